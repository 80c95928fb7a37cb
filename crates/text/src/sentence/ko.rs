//! Korean sentence rules as data: Hangul, final endings, quotative
//! particles that continue a sentence after a closing quote.
//!
//! These fire on Hangul text in any document: the document language is only
//! a hint.

/// Whether `c` is a Hangul syllable or jamo.
pub(crate) fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// Syllables that end a question or exclamation (`…까?`, `…요!`), so that a
/// glued `?` between Hangul (`했을까?그는`) is a boundary while a lost dash
/// between names (`서울?부산`) is not.
const QE_ENDINGS: &[char] = &[
    '까', '요', '죠', '니', '냐', '나', '가', '지', '군', '네', '다', '야', '어', '아', '래', '세',
];

/// Whether a `?` or `!` glued between `prev` and Hangul ends a sentence.
pub(crate) fn qe_ending(prev: char) -> bool {
    QE_ENDINGS.contains(&prev)
}

/// Syllables after which an ellipsis followed by a space ends a sentence
/// (`…했다… 그러나`); elsewhere (`1.3조… 분기 최대`) it is a headline pause.
const ELLIPSIS_ENDINGS: &[char] = &['다', '요', '죠', '까', '니', '네', '군'];

/// Whether an ellipsis after `prev` and before a space ends a sentence.
pub(crate) fn ellipsis_ends(prev: char) -> bool {
    ELLIPSIS_ENDINGS.contains(&prev)
}

/// Words that continue a sentence after a closing quote and a space
/// (`“…” 라고`, `“…” 하고`).
const QUOTATIVES: &[&str] = &[
    "라고",
    "이라고",
    "고",
    "하고",
    "라며",
    "이라며",
    "며",
    "하며",
    "면서",
    "라면서",
    "하면서",
    "라는",
    "이라는",
    "란",
    "하는",
];

/// Whether the text at `rest` (starting with Hangul, after a closing quote
/// and a space) continues the quoted sentence.
pub(crate) fn quote_continues(rest: &str) -> bool {
    let word_end = rest.find(|c: char| !is_hangul(c)).unwrap_or(rest.len());
    QUOTATIVES.contains(&&rest[..word_end])
}

/// Polite and formal final endings that end a sentence even without a
/// period when a space and Hangul follow (kss-style informal text:
/// `맛있었어요 다만`). `다` alone is not here: news writes its period.
const BARE_ENDINGS: &[&str] = &[
    "니다", "어요", "아요", "에요", "예요", "해요", "세요", "네요", "데요", "까요", "군요", "나요",
    "래요", "대요", "죠",
];

/// Whether the word ending at the end of `before` carries a final ending
/// that closes a sentence without punctuation.
pub(crate) fn bare_ending(before: &str) -> bool {
    BARE_ENDINGS.iter().any(|e| {
        before.ends_with(e)
            && before[..before.len() - e.len()]
                .chars()
                .next_back()
                .is_none_or(is_hangul)
    })
}

/// Korean list markers at the start of a line: `가.`, `나.` …
pub(crate) fn is_list_letter(c: char) -> bool {
    matches!(
        c,
        '가' | '나'
            | '다'
            | '라'
            | '마'
            | '바'
            | '사'
            | '아'
            | '자'
            | '차'
            | '카'
            | '타'
            | '파'
            | '하'
    )
}
