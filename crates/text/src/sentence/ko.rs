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

/// Syllables after which a period glued to a Latin letter or a digit ends a
/// sentence (`밝혔다.LG전자는`).
const GLUED_ENDINGS: &[char] = &['다', '요', '죠'];

/// Whether a period glued after `prev` and before a letter or digit ends a
/// sentence.
pub(crate) fn glued_ending(prev: char) -> bool {
    GLUED_ENDINGS.contains(&prev)
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
/// `맛있었어요 다만`).
const BARE_ENDINGS: &[&str] = &[
    "니다", "어요", "아요", "에요", "예요", "해요", "세요", "네요", "데요", "까요", "군요", "나요",
    "래요", "대요", "죠",
];

/// Plain `다` endings that end an unpunctuated sentence (`먹었다 그리고`):
/// past and future forms and a few common predicates. A bare `다` is not
/// enough (`모두 다 같이`, `하다 보니`).
const BARE_DA: &[&str] = &[
    "었다", "았다", "였다", "했다", "겠다", "셨다", "됐다", "졌다", "왔다", "갔다", "봤다", "랐다",
    "렸다", "웠다", "혔다", "냈다", "섰다", "쳤다", "켰다", "줬다", "뒀다", "겼다", "꼈다", "텼다",
    "렀다", "났다", "샀다", "잤다", "찼다", "폈다", "있다", "없다", "한다", "된다", "는다",
];

/// Words after a bare `다` that continue the sentence (`했다 해도`,
/// `있다 보니`, `한다 하더라도`).
const DA_CONTINUES_EXACT: &[&str] = &[
    "고",
    "는",
    "며",
    "면",
    "가",
    "라고",
    "라는",
    "하고",
    "하는",
    "하며",
    "한",
    "할",
    "하면",
    "하니",
    "해도",
    "하여",
    "하던",
    "해서",
    "싶다",
    "하여도",
    "든",
    "든지",
];
const DA_CONTINUES_PREFIX: &[&str] = &["보니", "보면", "싶", "하더라", "치더라", "치고"];

/// Emoticons that may close an informal sentence (`좋아요ㅋㅋ`, `좋아요^^`).
fn is_emoticon(c: char) -> bool {
    matches!(c, '~' | '^' | ';' | 'ㅋ' | 'ㅎ' | 'ㅠ' | 'ㅜ' | '\u{2600}'..='\u{27BF}' | '\u{1F300}'..='\u{1FAFF}')
}

fn is_syllable(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// Whether the sentence text `before` (up to a space) ends an unpunctuated
/// sentence, given the Hangul text `after` the space: a polite or past
/// ending, or a run of laughter jamo (`ㅋㅋ`) after a syllable.
pub(crate) fn bare_boundary(before: &str, after: &str) -> bool {
    let core = before.trim_end_matches(is_emoticon);
    if core.len() < before.len() && core.ends_with(['.', '!', '?']) {
        // `좋아요.😊 다음에`: the mark ended it, the emoji closes it.
        return true;
    }
    let Some(last) = core.chars().next_back().filter(|&c| is_syllable(c)) else {
        return false;
    };
    let laughter = before[core.len()..]
        .chars()
        .filter(|&c| matches!(c, 'ㅋ' | 'ㅎ' | 'ㅠ' | 'ㅜ'))
        .count();
    if laughter >= 2 {
        return !quote_continues(after);
    }
    // Every bare ending ends in one of these: a cheap first test per space.
    if !matches!(last, '다' | '요' | '죠') || quote_continues(after) {
        return false;
    }
    let word_end = after.find(|c: char| !is_hangul(c)).unwrap_or(after.len());
    let word = &after[..word_end];
    if word.is_empty() {
        return false;
    }
    if ends_with_ending(core, BARE_ENDINGS) {
        return true;
    }
    ends_with_ending(core, BARE_DA)
        && !DA_CONTINUES_EXACT.contains(&word)
        && !DA_CONTINUES_PREFIX.iter().any(|p| word.starts_with(p))
}

/// Whether `text` ends with one of `endings`, at the end of a Hangul word.
fn ends_with_ending(text: &str, endings: &[&str]) -> bool {
    endings.iter().any(|e| {
        text.ends_with(e)
            && text[..text.len() - e.len()]
                .chars()
                .next_back()
                .is_none_or(|c| is_hangul(c) || c.is_whitespace())
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
