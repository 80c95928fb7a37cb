//! Korean rules: [`money`], [`jobs`] and [`year`], one file per kind.

pub mod jobs;
pub mod money;
pub mod year;

use newsfacts_record::Kind;

use crate::{Context, Mention};

/// The Korean rule set.
pub struct Korean;

impl super::Rules for Korean {
    fn find(&self, kind: Kind, sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
        match kind {
            Kind::Money => money::find(sentence, ctx, out),
            Kind::Jobs => jobs::find(sentence, ctx, out),
            Kind::Year => year::find(sentence, ctx, out),
        }
    }
}
