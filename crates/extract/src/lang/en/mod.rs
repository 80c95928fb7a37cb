//! English rules: [`money`], [`jobs`] and [`year`], one file per kind.

pub mod jobs;
pub mod money;
pub mod year;

use newsfacts_record::Kind;

use crate::{Context, Mention};

/// The English rule set.
pub struct English;

impl super::Rules for English {
    fn find(&self, kind: Kind, sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
        match kind {
            Kind::Money => money::find(sentence, ctx, out),
            Kind::Jobs => jobs::find(sentence, ctx, out),
            Kind::Year => year::find(sentence, ctx, out),
        }
    }
}
