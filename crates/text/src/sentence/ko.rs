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
/// `맛있었어요 다만`, `부탁드려요 다음에`, `갈게요 내일`). Nouns ending in
/// `요` (`필요`, `중요`, `수요`, `개요`, `가요`) are not among them.
const BARE_ENDINGS: &[&str] = &[
    "니다", "어요", "아요", "에요", "예요", "해요", "세요", "네요", "데요", "까요", "군요", "나요",
    "래요", "대요", "려요", "여요", "와요", "봐요", "줘요", "돼요", "워요", "게요", "걸요", "지요",
    "서요", "구요", "든요", "져요", "쳐요", "켜요", "혀요", "셔요", "겨요", "펴요", "둬요", "써요",
    "꿔요", "놔요", "라요", "러요", "죠",
];

/// Plain `다` endings that end an unpunctuated sentence (`먹었다 그리고`)
/// besides every past or future form (a syllable closed by `ㅆ`, see
/// [`past_final`]): a few common predicates. A bare `다` is not enough
/// (`모두 다 같이`, `하다 보니`).
const BARE_DA: &[&str] = &[
    "있다",
    "없다",
    "이다",
    "좋다",
    "같다",
    "많다",
    "싶다",
    "크다",
    "높다",
    "낮다",
    "않다",
    "맞다",
    "쉽다",
    "어렵다",
    "아니다",
    "그렇다",
    "이렇다",
    "적다",
    "작다",
    "길다",
    "짧다",
    "빠르다",
    "다르다",
    "아프다",
    "나쁘다",
    "기쁘다",
    "슬프다",
    "바쁘다",
    "예쁘다",
    "덥다",
    "춥다",
    "싸다",
    "비싸다",
    "넓다",
    "좁다",
];

/// Words ending like a predicate that are nouns (`사이다 한 병`, `판다 두
///마리`, `캐나다 정부`).
const DA_NOUNS: &[&str] = &["사이다", "판다", "캐나다", "우간다", "바다", "소다", "다다"];

/// Whether the syllable `c` is closed by `ㄴ` (`한`, `간`, `본`): the
/// present tense `…ㄴ다` (`간다`, `본다`, `추천한다`).
fn present_final(c: char) -> bool {
    is_syllable(c) && (c as u32 - 0xAC00) % 28 == 4
}

/// Nominal endings of report-style notes (개조식), ending a sentence without
/// a period: `…할 예정임`, `…한 것임`. Nouns ending in `임` (`책임`,
/// `모임`, `게임`) are not among them.
const BARE_IM: &[&str] = &[
    "것임",
    "예정임",
    "계획임",
    "방침임",
    "전망임",
    "상황임",
    "때문임",
    "수준임",
    "상태임",
    "셈임",
    "뿐임",
    "입장임",
    "추세임",
    "사실임",
    "결과임",
    "아님",
];

/// Nouns ending in `함` that are no `…함` ending: `포함`, ships and boxes
/// (`구축함`, `우편함`). Matched as the end of the word.
const HAM_NOUNS: &[&str] = &[
    "포함",
    "잠수함",
    "구축함",
    "호위함",
    "상륙함",
    "초계함",
    "순양함",
    "항공모함",
    "우편함",
    "사물함",
    "편지함",
    "보관함",
    "수납함",
    "모금함",
    "투표함",
    "신고함",
];

/// Ship nouns that are also the tail of a verb (`발전함`, `도모함`): only
/// the whole word is a noun.
const HAM_NOUN_WORDS: &[&str] = &["군함", "전함", "기함", "모함"];

/// Case particles that, written apart after a bare ending, still belong to
/// it (`없었음 을 확인했다`).
const PARTICLES: &[&str] = &[
    "을", "를", "이", "가", "은", "는", "에", "도", "과", "와", "으로", "로", "의", "에서",
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
    "면서",
];
const DA_CONTINUES_PREFIX: &[&str] = &[
    "보니",
    "보면",
    "싶",
    "하더라",
    "치더라",
    "치고",
    "하면서",
    "하더니",
    "하니까",
];

/// Emoticons that may close an informal sentence (`좋아요ㅋㅋ`, `좋아요^^`,
/// `답죠?ㅎㅅㅎ`, `감사합니다^_^`, `좋았어요:)`): marks, emoji and bare jamo.
pub(crate) fn is_emoticon(c: char) -> bool {
    matches!(c, '~' | '^' | ';' | ')' | '-' | '*' | '_' | '\u{3131}'..='\u{3163}' | '\u{2600}'..='\u{27BF}' | '\u{1F300}'..='\u{1FAFF}')
}

/// Whether `c` is a compatibility jamo (`ㅋ`, `ㅎ`, `ㅠ`): in running text
/// an emoticon, never the start of a word.
pub(crate) fn is_jamo(c: char) -> bool {
    matches!(c, '\u{3131}'..='\u{3163}')
}

fn is_syllable(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// Whether the syllable `c` is closed by `ㅆ` (`했`, `있`, `갔`): the past
/// and future stems before `다` and `음`.
fn past_final(c: char) -> bool {
    is_syllable(c) && (c as u32 - 0xAC00) % 28 == 20
}

/// The Hangul word at the end of `text`.
fn last_word(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_syllable(c))
        .last()
        .map_or(text.len(), |(i, _)| i);
    &text[start..]
}

/// Whether `core` (the sentence so far, emoticons trimmed) ends in a
/// nominal ending of a report-style note: `했음`, `없음`, `함`, `예정임`, `됨`.
fn nominal_ending(core: &str) -> bool {
    let word = last_word(core);
    let mut rev = word.chars().rev();
    let Some(last) = rev.next() else {
        return false;
    };
    let prev = rev.next();
    match last {
        '음' | '슴' => {
            prev.is_some_and(past_final)
                || matches!(word, "없음" | "같음" | "않음" | "좋음" | "많음")
                || word.ends_with("않음")
        }
        '함' => !HAM_NOUNS.iter().any(|n| word.ends_with(n)) && !HAM_NOUN_WORDS.contains(&word),
        '임' | '님' => BARE_IM.iter().any(|e| word.ends_with(e)),
        '됨' => true,
        _ => false,
    }
}

/// Whether `c`, the last character before a space, may end a bare sentence
/// ([`bare_boundary`] is false otherwise): an emoticon, or the last syllable
/// of a bare ending.
pub(crate) fn may_end_bare(c: char) -> bool {
    is_emoticon(c)
        || matches!(
            c,
            '다' | '요' | '죠' | '음' | '슴' | '함' | '임' | '님' | '됨'
        )
}

/// Whether the sentence text `before` (up to a space) ends an unpunctuated
/// sentence, given the Hangul text `after` the space: a polite or past
/// ending, a report-style nominal ending, or a run of laughter jamo (`ㅋㅋ`)
/// after a syllable.
pub(crate) fn bare_boundary(before: &str, after: &str) -> bool {
    if after.starts_with(is_jamo) {
        // `웃겼다 ㅋㅋ 다음`: the emoticon still closes this sentence.
        return false;
    }
    let mut core = before.trim_end_matches(is_emoticon);
    if core.len() < before.len() {
        // `:)`, `:-)`: the colon belongs to the emoticon.
        core = core.trim_end_matches(':');
    }
    if core.len() < before.len() && core.ends_with(['.', '!', '?']) {
        // `좋아요.😊 다음에`: the mark ended it, the emoji closes it.
        return true;
    }
    let spaced = core.trim_end_matches(char::is_whitespace);
    if spaced.len() < core.len()
        && spaced.chars().next_back().is_some_and(is_syllable)
        && laughter_run(&before[core.len()..])
    {
        // `헐 대박 ㅠㅠ 어떡해`: a run of laughter or tears after a space.
        return !quote_continues(after);
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
    if !matches!(
        last,
        '다' | '요' | '죠' | '음' | '슴' | '함' | '임' | '님' | '됨'
    ) || quote_continues(after)
    {
        return false;
    }
    let word_end = after.find(|c: char| !is_hangul(c)).unwrap_or(after.len());
    let word = &after[..word_end];
    if word.is_empty() || PARTICLES.contains(&word) {
        return false;
    }
    match last {
        '다' => {
            if ends_with_ending(core, BARE_ENDINGS) {
                return true;
            }
            let tense = core
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|c| past_final(c) || present_final(c));
            let noun = DA_NOUNS.iter().any(|n| last_word(core).ends_with(n));
            (tense || ends_with_ending(core, BARE_DA))
                && !noun
                && !DA_CONTINUES_EXACT.contains(&word)
                && !DA_CONTINUES_PREFIX.iter().any(|p| word.starts_with(p))
        }
        '요' | '죠' => ends_with_ending(core, BARE_ENDINGS),
        _ => nominal_ending(core),
    }
}

/// Whether `run` (trailing emoticons) holds at least two laughter or tear
/// jamo (`ㅋㅋ`, `ㅎㅎ`, `ㅠㅠ`).
fn laughter_run(run: &str) -> bool {
    run.chars()
        .filter(|&c| matches!(c, 'ㅋ' | 'ㅎ' | 'ㅠ' | 'ㅜ'))
        .nth(1)
        .is_some()
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

/// The position of a Korean list letter in `가 나 다 …`.
pub(crate) fn list_letter_index(c: char) -> Option<usize> {
    const LETTERS: [char; 14] = [
        '가', '나', '다', '라', '마', '바', '사', '아', '자', '차', '카', '타', '파', '하',
    ];
    LETTERS.iter().position(|&l| l == c)
}
