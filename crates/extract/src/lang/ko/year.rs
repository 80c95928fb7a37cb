//! Korean year mentions: `2026년`, `2025년까지`, `2014년도`, ranges
//! (`2023~2026년`, `2024?2028년`), dates (`2021년 4월 4일`, `2021.04.04`),
//! years inside names (`‘2040 광주 도시기본계획’`) and relative years
//! (`올해`, `금년`, `내년(도)`, `지난해`, `작년`).
//!
//! The surface is the year expression only; the relation comes from the cue
//! that follows it (`까지` → by, `부터`/`이후`/`이래` → since, else in), after
//! optional period words (`하반기`, `말`, `3월`). A month with a year is a
//! date. Accepted years: 1800–2100 written with `년`, 1900–2100 bare. A bare
//! four-digit number counts only inside a range, a date or a name
//! (`2040 광주 …`); `2040명`, `2030세대`, `2030년대`, `3135.59`, `2,040`,
//! `IMG_2024` are no years.
//!
//! Real-news forms: press-release years after an apostrophe (`’24년`,
//! `’24~’26년`, `’24.3월`), `2024.3월` and `2024년 1~3월` (dates), `학년도` and
//! `회계연도` labels, seasons (`2024 시즌`), event names after a Latin acronym
//! (`CES 2024`), and `올` before a period word (`올 상반기`, `올들어`: this
//! year). Index values (`코스피 2050 돌파`) are no years.

use std::sync::LazyLock;

use newsfacts_local::PerWorker;
use newsfacts_record::Relation;
use regex::Regex;

use crate::lang::{relative_year, year_value as value};
use crate::numeral::next_digit;
use crate::{Context, Mention};

/// Relative years (`올해`, `금년도`, `내년`, `지난 해`, `작년`), and last,
/// so that `올해` wins, a bare `올` (this year before a period word, see
/// [`ol_this_year`]): one search over the sentence finds both.
static RELATIVE: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("올해|금년(?:도)?|내년(?:도)?|지난 ?해|작년(?:도)?|올").expect("valid regex")
});

/// After the first year: an optional `년`, a joiner, the second year (4 or 2 digits).
static RANGE: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"^(?: ?년)?(?:[ \t]?[~∼～〜\-–—‐‑−][ \t]?|\?)([0-9]{4}|[0-9]{2})(?: ?년(?:도)?)?")
        .expect("valid regex")
});

/// After the year: `년 4월 (4일)`.
static DATE_KO: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(
        "^(?: ?년 ?|\\. ?)([0-9]{1,2})(?: ?[~∼～\\-] ?([0-9]{1,2}))? ?월(?: ?([0-9]{1,2}) ?일)?",
    )
    .expect("valid regex")
});

/// After the year: `.04.04`, `-04-04`, `/4/4`, `. 4. 4`.
static DATE_NUM: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"^([.\-/]) ?([0-9]{1,2}) ?([.\-/]) ?([0-9]{1,2})").expect("valid regex")
});

static PLAIN: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?: ?년(?:도)?|학년도|회계연도|사업연도)").expect("valid regex")
});

/// Period words that may stand between a year and its cue (`2025년
/// 하반기까지`), as regex fragments in order of preference. A fragment is a
/// literal word or starts with an ASCII digit class (`[1-4] ?분기`).
const PERIODS: &[&str] = &[
    "상·하반기",
    "상반기",
    "하반기",
    "전반기",
    "후반기",
    "초반",
    "중반",
    "후반",
    "연말",
    "연초",
    "말",
    "초",
    "중",
    "[1-4] ?분기",
    "[0-9]{1,2} ?월(?: ?[0-9]{1,2} ?일)?",
    "께",
    "경",
    "쯤",
    "무렵",
    "전",
];

/// The cues after a year (and its period words) and the relation each gives.
const CUES: &[(&str, Relation)] = &[
    ("까지", Relation::By),
    ("부터", Relation::Since),
    ("이후", Relation::Since),
    ("이래", Relation::Since),
    ("이전", Relation::By),
    ("以後", Relation::Since),
];

/// Period words that may stand between a year and its cue, then the cue
/// (group 1), built from [`PERIODS`] and [`CUES`].
static CUE: PerWorker<Regex> = PerWorker::new(|| {
    let cues: Vec<&str> = CUES.iter().map(|&(c, _)| c).collect();
    Regex::new(&format!(
        "^(?:\\s?(?:{}))*\\s?({})",
        PERIODS.join("|"),
        cues.join("|")
    ))
    .expect("valid regex")
});

/// The characters a [`CUE`] match may start with after its optional
/// space: the first character of each literal of [`PERIODS`] and
/// [`CUES`]; the digit-led fragments are [`cue_may_follow`]'s digit test.
static CUE_FIRSTS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let literals = PERIODS
        .iter()
        .filter(|p| !p.starts_with('['))
        .chain(CUES.iter().map(|(c, _)| c));
    let mut firsts: Vec<char> = literals.filter_map(|w| w.chars().next()).collect();
    firsts.sort_unstable();
    firsts.dedup();
    firsts
});

/// False when no [`CUE`] match can start `rest`: after at most one
/// whitespace character (the regex's `\s?`), a cue or a period word must
/// begin, so its first character must be one of [`CUE_FIRSTS`] or an
/// ASCII digit. Saves the regex call after most years.
fn cue_may_follow(rest: &str) -> bool {
    let mut chars = rest.chars();
    let mut c = chars.next();
    if c.is_some_and(char::is_whitespace) {
        c = chars.next();
    }
    c.is_some_and(|c| c.is_ascii_digit() || CUE_FIRSTS.binary_search(&c).is_ok())
}

/// Counters glued to a number: `2040명`, `2000~3000명`.
static COUNTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(
        "^(?:명|개|원|대|곳|가구|건|세대|만|억|천|조|톤|채|호|척|점|편|회|번|배|마리|그루|평|달러|엔|위안|유로|주|일|시간|분|개월|년|석|병|장|권|위|%|㎡|㎢|％|(?:m|km|kg|t|MW|GW|kW)(?:[^A-Za-z]|$))",
    )
    .expect("valid regex")
});

/// A counter standing as its own word after a number: `2024 명이`, `2030 세대`.
static COUNTER_WORD: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(
        "^(?:명|개|원|대|곳|가구|건|세대|톤|채|호|척|점|편|회|번|배|마리|그루|평|달러|엔|위안|유로|주|일|시간|분|개월|년|석|병|장|권|위|개사|개국|만|억|천|조)(?:[^가-힣]|$|이|가|을|를|은|는|의|에|도|로|으|씩|과|와|만|억|천|여)|^(?:m|km|kg|t|MW|GW|kW)(?:[^A-Za-z]|$)",
    )
    .expect("valid regex")
});

/// Period words after a year: a year followed by one is not a name.
static PERIOD: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?:상·하반기|상반기|하반기|전반기|후반기|초반|중반|후반|연말|연초|말|초|중|[0-9])")
        .expect("valid regex")
});

const OPENING_QUOTES: &[char] = &['‘', '“', '\'', '"', '「', '『', '《', '〈', '<', '['];

/// Appends the year mentions of `sentence` to `out`.
pub fn find(sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
    let bytes = sentence.as_bytes();
    if next_digit(bytes, 0).is_some() {
        absolute(sentence, out);
    }
    for m in RELATIVE.find_iter(sentence) {
        if m.as_str() == "올" {
            ol_this_year(sentence, m.start(), ctx, out);
        } else {
            relative(sentence, m, ctx, out);
        }
    }
}

fn is_hangul(c: char) -> bool {
    ('가'..='힣').contains(&c) || ('ㄱ'..='ㆎ').contains(&c)
}

/// The relation given by the cue after a year ending at `end`.
fn cue_after(sentence: &str, end: usize) -> Relation {
    let rest = &sentence[end..];
    if !cue_may_follow(rest) {
        return Relation::In;
    }
    // The match ends with its cue (group 1), and no cue ends another, so
    // the span alone names it: no capture search needed.
    match CUE.find(rest) {
        Some(m) => CUES
            .iter()
            .find(|&&(c, _)| m.as_str().ends_with(c))
            .map_or(Relation::Since, |&(_, r)| r),
        None => Relation::In,
    }
}

/// The runs of ASCII digits of `s` as byte ranges, left to right: what
/// `[0-9]+` finds, without a regex call.
fn digit_runs(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let start = next_digit(b, from)?;
        let mut end = start + 1;
        while end < b.len() && b[end].is_ascii_digit() {
            end += 1;
        }
        from = end;
        Some((start, end))
    })
}

fn absolute(sentence: &str, out: &mut Vec<Mention>) {
    let mut consumed = 0usize;
    for (s, e) in digit_runs(sentence) {
        if s < consumed {
            continue;
        }
        if e - s == 2 {
            // `’24년`: two digits after an apostrophe.
            let head = &sentence[..s];
            let quote = if head.ends_with('\'') {
                Some(s - 1)
            } else if head.ends_with('’') || head.ends_with('‘') {
                Some(s - 3)
            } else {
                None
            };
            if let Some(end) = quote.and_then(|q| short_year_at(sentence, q, out)) {
                consumed = end;
            }
            continue;
        }
        if e - s != 4 {
            continue;
        }
        let Ok(year) = sentence[s..e].parse::<i32>() else {
            continue;
        };
        if !(1800..=2100).contains(&year) {
            continue;
        }
        let before = &sentence[..s];
        let mut back = before.chars().rev();
        let prev = back.next();
        let prev2 = back.next();
        if let Some(p) = prev {
            if p.is_ascii_alphabetic() || p == '_' {
                continue;
            }
            if matches!(
                p,
                ',' | '.' | '-' | '/' | ':' | '~' | '?' | '–' | '∼' | '～'
            ) && prev2.is_some_and(|c| c.is_ascii_digit())
            {
                continue;
            }
            if matches!(p, '$' | '₩' | '#' | '№' | '+') {
                continue;
            }
        }
        let rest = &sentence[e..];
        let mut next = rest.chars();
        let n1 = next.next();
        let n2 = next.next();
        // Range.
        if let Some(c) = RANGE.captures(rest) {
            let second = c.get(1).map_or("", |g| g.as_str());
            let whole = c.get(0).map_or(0, |g| g.end());
            let after = &rest[whole..];
            let digit_after = after.starts_with(|ch: char| ch.is_ascii_digit())
                || (after.starts_with(['.', ','])
                    && after[1..].starts_with(|ch: char| ch.is_ascii_digit()));
            let end_year = parse_end(year, second);
            let joined_by_q = rest[..whole].contains('?');
            let has_nyeon = rest[..whole].contains('년');
            let bare_counter = !has_nyeon && COUNTER.is_match(after.trim_start_matches(' '));
            if let (Some(y2), false, false) = (end_year, digit_after, bare_counter) {
                if !joined_by_q || (!rest.starts_with(' ') && second.len() == 4) {
                    // A trailing particle-less `년` belongs to the surface.
                    out.push(Mention {
                        start: s,
                        end: e + whole,
                        value: value(Some(year), Some(y2), Relation::Range, None),
                    });
                    consumed = e + whole;
                    continue;
                }
            }
        }
        // Dates.
        if let Some(c) = DATE_KO.captures(rest) {
            let month: u32 = c[1].parse().unwrap_or(0);
            // `2024년 1~3월`: a month range is a date too.
            let month_end_ok = c.get(2).is_none_or(|m| {
                m.as_str()
                    .parse::<u32>()
                    .is_ok_and(|m| m > month && m <= 12)
            });
            let day_ok = c.get(3).is_none_or(|d| {
                d.as_str()
                    .parse::<u32>()
                    .is_ok_and(|d| (1..=31).contains(&d))
            });
            if (1..=12).contains(&month) && month_end_ok && day_ok {
                let whole = c.get(0).map_or(0, |g| g.end());
                out.push(Mention {
                    start: s,
                    end: e + whole,
                    value: value(Some(year), None, Relation::Date, None),
                });
                consumed = e + whole;
                continue;
            }
        }
        if let Some(c) = DATE_NUM.captures(rest) {
            let month: u32 = c[2].parse().unwrap_or(0);
            let day: u32 = c[4].parse().unwrap_or(0);
            let whole = c.get(0).map_or(0, |g| g.end());
            let digit_after = rest[whole..].starts_with(|ch: char| ch.is_ascii_digit());
            if c[1] == c[3] && (1..=12).contains(&month) && (1..=31).contains(&day) && !digit_after
            {
                out.push(Mention {
                    start: s,
                    end: e + whole,
                    value: value(Some(year), None, Relation::Date, None),
                });
                consumed = e + whole;
                continue;
            }
        }
        // Part of a larger number, a decimal or a time.
        if matches!(n1, Some('.' | ',' | ':')) && n2.is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        if let Some(p) = PLAIN.find(rest) {
            let after = &rest[p.end()..];
            if (after.starts_with('대') && !after.starts_with("대비")) || after.starts_with('차')
            {
                continue; // 2030년대 (a decade), 2024년차
            }
            let end = e + p.end();
            let quoted = prev.is_some_and(|c| OPENING_QUOTES.contains(&c)) && !quoted_speech(after);
            let relation = if quoted && is_name_after(after) && !EVENT_AFTER.is_match(after) {
                Relation::Other
            } else {
                cue_after(sentence, end)
            };
            out.push(Mention {
                start: s,
                end,
                value: value(Some(year), None, relation, None),
            });
            consumed = end;
            continue;
        }
        // A bare year: only inside a name (`2040 광주 도시기본계획`).
        if year < 1900
            || prev.is_some_and(|c| is_hangul(c) || matches!(c, '-' | '/' | '.' | ':' | '·' | '@'))
        {
            continue;
        }
        let word_before = before.trim_end().rsplit(' ').next().unwrap_or("");
        if INDEX_WORD.is_match(word_before) {
            continue; // `코스피 2050 돌파`: an index value
        }
        // `2024 시즌`, `2024시즌`: a season is its year.
        if rest.trim_start_matches(' ').starts_with("시즌") {
            out.push(Mention {
                start: s,
                end: e,
                value: value(Some(year), None, Relation::In, None),
            });
            consumed = e;
            continue;
        }
        let quoted = prev.is_some_and(|c| OPENING_QUOTES.contains(&c)) && !quoted_speech(rest);
        // `CES 2024`, `MWC 2024`: an event name before the year.
        let acronym_before = prev == Some(' ')
            && (2..=8).contains(&word_before.len())
            && word_before
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'&')
            && !n1.is_some_and(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':'));
        if acronym_before
            || (n1 == Some(' ')
                && n2.is_some_and(|c| is_hangul(c) || c.is_ascii_alphabetic())
                && is_name_after(rest)
                && (quoted || !VALUE_AFTER.is_match(&rest[1..])))
        {
            out.push(Mention {
                start: s,
                end: e,
                value: value(Some(year), None, Relation::Other, None),
            });
            consumed = e;
        }
    }
}

/// The word before a bare number that makes it an index value.
static INDEX_WORD: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(
        "(?:코스피|코스닥|지수|나스닥|다우|닛케이|니케이|항셍|KOSPI|KOSDAQ|S&P|환율|주가|종가)",
    )
    .expect("valid regex")
});

/// Words after a bare number that make it a value, not a name: `2050 선`,
/// `2050 포인트를 돌파`.
static VALUE_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?:선|포인트|돌파|고지|붕괴|회복|마감|안팎|수준|대로|대에|을|를|이|가|은|는|에서|으로|로)(?:[^가-힣]|$)")
        .expect("valid regex")
});

/// Two-digit years after an apostrophe, as press releases write them:
/// `’24년`, `'25년도`, `’24.3월`, `’24.3.15`, `’24~’26년`.
static SHORT_YEAR: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(
        r"^['‘’`]([0-9]{2})(?:( ?[~∼～\-–] ?['‘’`]?)([0-9]{2}) ?년(?:도)?|( ?년(?:도)?)|(\. ?[0-9]{1,2} ?월)|(\. ?[0-9]{1,2}\. ?[0-9]{1,2}\.?))",
    )
    .expect("valid regex")
});

/// A month (and day) after a two-digit year: ` 5월`, ` 5월 3일`.
static SHORT_MONTH: PerWorker<Regex> =
    PerWorker::new(|| Regex::new("^ ?([0-9]{1,2}) ?월(?: ?[0-9]{1,2} ?일)?").expect("valid regex"));

/// Reads a two-digit year at the apostrophe at byte `i`; returns its end.
fn short_year_at(sentence: &str, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let c = SHORT_YEAR.captures(sentence.get(i..)?)?;
    let whole = c.get(0)?;
    if sentence[..i]
        .chars()
        .next_back()
        .is_some_and(|p| p.is_ascii_alphanumeric())
    {
        return None;
    }
    let mut end = i + whole.end();
    let after = &sentence[end..];
    if after.starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    let y = c.get(1)?.as_str().parse::<i32>().ok()?;
    let year = if y < 50 { 2000 + y } else { 1900 + y };
    let v = if let Some(y2) = c.get(3).and_then(|g| g.as_str().parse::<i32>().ok()) {
        let year_end = year / 100 * 100 + y2;
        if year_end <= year {
            return None;
        }
        value(Some(year), Some(year_end), Relation::Range, None)
    } else if c.get(4).is_some() {
        if after.starts_with('대') && !after.starts_with("대비") {
            return None; // `'90년대`: a decade
        }
        // `’24년 5월 (3일)`: a date.
        let month = SHORT_MONTH.captures(after).filter(|m| {
            m.get(1)
                .and_then(|g| g.as_str().parse::<u32>().ok())
                .is_some_and(|v| (1..=12).contains(&v))
        });
        if let Some(m) = month.and_then(|m| m.get(0)) {
            end += m.end();
            value(Some(year), None, Relation::Date, None)
        } else {
            value(Some(year), None, cue_after(sentence, end), None)
        }
    } else {
        // `’24.3월`, `’24.3.15`: a date; a trailing dot is no part of it.
        if sentence[..end].ends_with('.') {
            end -= 1;
        }
        value(Some(year), None, Relation::Date, None)
    };
    out.push(Mention {
        start: i,
        end,
        value: v,
    });
    Some(end)
}

/// True when `after` (the text after a year) goes on with a name word rather
/// than a cue, a period word or a counter.
fn is_name_after(after: &str) -> bool {
    let Some(word) = after.strip_prefix(' ') else {
        return false;
    };
    if !word.starts_with(|c: char| is_hangul(c) || c.is_ascii_alphabetic()) {
        return false;
    }
    !(COUNTER_WORD.is_match(word)
        || PERIOD.is_match(word)
        || (cue_may_follow(after) && CUE.is_match(after))
        || word.starts_with("대비"))
}

/// An event after `N년` in quotes: a headline quote (`“2026년 양산”`), not
/// a name (`‘2021년 경기지역 혁신프로젝트’`).
static EVENT_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^ (?:양산|착공|완공|준공|개통|출시|가동|개최|시행|도입|상장|완료|달성|목표|흑자|적자|개장|개교|입주|분양)(?:[”\"’'」』]|$)")
        .expect("valid regex")
});

/// Whether the quotation that `after` continues is speech, not a name: it
/// ends in a sentence ending (`“2030년 … 시대를 열겠다”`).
fn quoted_speech(after: &str) -> bool {
    let inner = match after.find(['”', '"', '’', '\'', '」', '』']) {
        Some(k) => &after[..k],
        None => return false,
    };
    let inner = inner.trim_end().trim_end_matches(['.', '!', '?']);
    inner.ends_with(['다', '요', '까']) || inner.contains("겠")
}

/// The end year of a range whose second part is `text` (4 or 2 digits).
fn parse_end(first: i32, text: &str) -> Option<i32> {
    let n: i32 = text.parse().ok()?;
    let end = if text.len() == 2 {
        first / 100 * 100 + n
    } else {
        n
    };
    (end > first && end <= 2100 && end - first <= 100).then_some(end)
}

/// Period words after `올` ("this year") as news writes it: `올 상반기`,
/// `올 들어`, `올초`, `올 1분기`, `올 3월`, `올 한 해`.
static OL_PERIOD: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(
        "^ ?(?:상·하반기|상반기|하반기|전반기|후반기|[1-4] ?분기|[0-9]{1,2} ?[~∼～\\-]? ?(?:[0-9]{1,2} ?)?월|초|말|연말|연초|한 ?해|들어|여름|겨울|봄|가을|시즌|연간|누적)(?:[^가-힣]|$|[은는이가을를의에도부까만엔중서와과보로인])",
    )
    .expect("valid regex")
});

/// `올` at byte `i`, standing for this year before a period word.
fn ol_this_year(sentence: &str, i: usize, ctx: &Context, out: &mut Vec<Mention>) {
    if sentence[..i].chars().next_back().is_some_and(is_hangul) {
        return;
    }
    let end = i + '올'.len_utf8();
    if sentence[end..].starts_with('해') || !OL_PERIOD.is_match(&sentence[end..]) {
        return;
    }
    out.push(Mention {
        start: i,
        end,
        value: value(ctx.reference_year, None, cue_after(sentence, end), Some(0)),
    });
}

/// The relative year word `m` (a [`RELATIVE`] match other than `올`).
fn relative(sentence: &str, m: regex::Match<'_>, ctx: &Context, out: &mut Vec<Mention>) {
    let word = m.as_str();
    let prev = sentence[..m.start()].chars().next_back();
    if prev.is_some_and(is_hangul) && !word.starts_with('올') {
        return; // 재작년, …
    }
    let after = &sentence[m.end()..];
    if word.starts_with("지난") {
        if word.contains(' ') {
            // `지난 해` only before a particle or a break.
            let ok = match after.chars().next() {
                None => true,
                Some(c) => !is_hangul(c) || "에의는도보부까와말초같".contains(c),
            };
            if !ok || after.starts_with("외") {
                return;
            }
        } else if after.starts_with("외") {
            return;
        }
    }
    let rel = match word.chars().next() {
        Some('올' | '금') => 0,
        Some('내') => 1,
        _ => -1,
    };
    out.push(relative_year(
        m.start(),
        m.end(),
        rel,
        cue_after(sentence, m.end()),
        ctx,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_regex_is_built_from_its_tables() {
        assert_eq!(
            CUE.as_str(),
            "^(?:\\s?(?:상·하반기|상반기|하반기|전반기|후반기|초반|중반|후반|연말|연초|말|초|중|[1-4] ?분기|[0-9]{1,2} ?월(?: ?[0-9]{1,2} ?일)?|께|경|쯤|무렵|전))*\\s?(까지|부터|이후|이래|이전|以後)"
        );
        // The fragments that are no literal start with a class of digits.
        for p in PERIODS.iter().filter(|p| p.starts_with('[')) {
            let class = p.as_bytes().get(1..4).unwrap_or_default();
            assert!(
                matches!(class, [a, b'-', b] if a.is_ascii_digit() && b.is_ascii_digit()),
                "{p}"
            );
        }
    }

    #[test]
    fn no_cue_ends_another() {
        for (a, _) in CUES {
            for (b, _) in CUES {
                assert!(a == b || !a.ends_with(b), "{a} {b}");
            }
        }
    }

    #[test]
    fn cue_prefilter_never_rejects_a_cue() {
        let tables = [
            include_str!("../../../../../tests/tables/year.ko.toml"),
            include_str!("../../../../../tests/tables/money.ko.toml"),
            include_str!("../../../../../tests/tables/jobs.ko.toml"),
        ];
        let extra = [
            "까지",
            " 부터",
            "\u{3000}이후",
            "  까지",
            "하반기까지",
            " 3월 5일까지",
            "3 분기 이전",
            "以後",
            "말 까지",
            "년",
        ];
        let mut matched = 0;
        for line in tables.iter().flat_map(|t| t.lines()).chain(extra) {
            for (i, _) in line.char_indices() {
                let rest = &line[i..];
                if CUE.is_match(rest) {
                    matched += 1;
                    assert!(cue_may_follow(rest), "{rest}");
                }
            }
        }
        assert!(matched > 100, "{matched}");
    }
}
