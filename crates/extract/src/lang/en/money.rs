//! English money mentions.

use crate::{Context, Mention};

/// Appends the money mentions of `sentence` to `out`.
pub fn find(sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
    let _ = (sentence, ctx, out);
}
