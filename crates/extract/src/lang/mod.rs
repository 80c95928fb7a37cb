//! The language registry: one module per language, each with one file per
//! mention kind. Adding a language is a module plus one line in [`rules`].

pub mod en;
pub mod ko;

use newsfacts_record::{Kind, Lang, MentionValue, Relation};

use crate::{Context, Mention};

/// The rules of one language.
pub trait Rules: Sync {
    /// Appends the mentions of `kind` found in `sentence` to `out`.
    fn find(&self, kind: Kind, sentence: &str, ctx: &Context, out: &mut Vec<Mention>);

    /// Appends the mentions of every kind, in [`Kind::ALL`] order. A language
    /// may override it to share work between kinds, such as reading the
    /// sentence's numbers once; the result must equal the default's.
    fn find_all(&self, sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
        for kind in Kind::ALL {
            self.find(kind, sentence, ctx, out);
        }
    }

    /// Typical news sentences that take the rules down their usual paths:
    /// run once by [`crate::warm_up`] so that their regexes are compiled.
    fn samples(&self) -> &'static [&'static str] {
        &[]
    }
}

/// The rules for a language, or `None` when it has none (`und`).
pub fn rules(lang: Lang) -> Option<&'static dyn Rules> {
    match lang {
        Lang::Ko => Some(&ko::Korean),
        Lang::En => Some(&en::English),
        Lang::Und => None,
    }
}

/// The value of a year mention, for every language's year rules.
pub(crate) fn year_value(
    year: Option<i32>,
    year_end: Option<i32>,
    relation: Relation,
    relative: Option<i32>,
) -> MentionValue {
    MentionValue::Year {
        year,
        year_end,
        relation,
        relative,
    }
}

/// A relative year at `start..end` (`올해`, `next year`): `rel` years from
/// the context's reference year, `year: null` without one.
pub(crate) fn relative_year(
    start: usize,
    end: usize,
    rel: i32,
    relation: Relation,
    ctx: &Context,
) -> Mention {
    Mention {
        start,
        end,
        value: year_value(
            ctx.reference_year.map(|y| y + rel),
            None,
            relation,
            Some(rel),
        ),
    }
}
