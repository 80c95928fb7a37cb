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

use std::sync::LazyLock;

use newsfacts_record::{MentionValue, Relation};
use regex::Regex;

use crate::{Context, Mention};

static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new("[0-9]+").expect("valid regex"));

static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new("올해|금년(?:도)?|내년(?:도)?|지난 ?해|작년(?:도)?").expect("valid regex")
});

/// After the first year: an optional `년`, a joiner, the second year (4 or 2 digits).
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?: ?년)?(?:[ \t]?[~∼～〜\-–—‐‑−][ \t]?|\?)([0-9]{4}|[0-9]{2})(?: ?년(?:도)?)?")
        .expect("valid regex")
});

/// After the year: `년 4월 (4일)`.
static DATE_KO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new("^ ?년 ?([0-9]{1,2}) ?월(?: ?([0-9]{1,2}) ?일)?").expect("valid regex")
});

/// After the year: `.04.04`, `-04-04`, `/4/4`, `. 4. 4`.
static DATE_NUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([.\-/]) ?([0-9]{1,2}) ?([.\-/]) ?([0-9]{1,2})").expect("valid regex")
});

static PLAIN: LazyLock<Regex> = LazyLock::new(|| Regex::new("^ ?년(?:도)?").expect("valid regex"));

/// Period words that may stand between a year and its cue, then the cue.
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        "^(?:\\s?(?:상·하반기|상반기|하반기|전반기|후반기|초반|중반|후반|연말|연초|말|초|중|[1-4] ?분기|[0-9]{1,2} ?월(?: ?[0-9]{1,2} ?일)?|께|경|쯤|무렵))*\\s?(까지|부터|이후|이래|이전|以後)",
    )
    .expect("valid regex")
});

/// Counters glued to a number: `2040명`, `2000~3000명`.
static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        "^(?:명|개|원|대|곳|가구|건|세대|만|억|천|조|톤|채|호|척|점|편|회|번|배|마리|그루|평|달러|엔|위안|유로|주|일|시간|분|개월|년|석|병|장|권|위|%|㎡|㎢|％|(?:m|km|kg|t|MW|GW|kW)(?:[^A-Za-z]|$))",
    )
    .expect("valid regex")
});

/// A counter standing as its own word after a number: `2024 명이`, `2030 세대`.
static COUNTER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        "^(?:명|개|원|대|곳|가구|건|세대|톤|채|호|척|점|편|회|번|배|마리|그루|평|달러|엔|위안|유로|주|일|시간|분|개월|년|석|병|장|권|위|개사|개국|만|억|천|조)(?:[^가-힣]|$|이|가|을|를|은|는|의|에|도|로|으|씩|과|와|만|억|천|여)|^(?:m|km|kg|t|MW|GW|kW)(?:[^A-Za-z]|$)",
    )
    .expect("valid regex")
});

/// Period words after a year: a year followed by one is not a name.
static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new("^(?:상·하반기|상반기|하반기|전반기|후반기|초반|중반|후반|연말|연초|말|초|중|[0-9])")
        .expect("valid regex")
});

const OPENING_QUOTES: &[char] = &['‘', '“', '\'', '"', '「', '『', '《', '〈', '<', '['];

/// Appends the year mentions of `sentence` to `out`.
pub fn find(sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
    let bytes = sentence.as_bytes();
    let has_digit = bytes.iter().any(u8::is_ascii_digit);
    if has_digit {
        absolute(sentence, out);
    }
    if sentence.contains('해') || sentence.contains('년') {
        relative(sentence, ctx, out);
    }
}

fn value(
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

fn is_hangul(c: char) -> bool {
    ('가'..='힣').contains(&c) || ('ㄱ'..='ㆎ').contains(&c)
}

/// The relation given by the cue after a year ending at `end`.
fn cue_after(sentence: &str, end: usize) -> Relation {
    match CUE.captures(&sentence[end..]).and_then(|c| c.get(1)) {
        Some(m) => match m.as_str() {
            "까지" | "이전" => Relation::By,
            _ => Relation::Since,
        },
        None => Relation::In,
    }
}

fn absolute(sentence: &str, out: &mut Vec<Mention>) {
    let mut consumed = 0usize;
    for m in DIGITS.find_iter(sentence) {
        let (s, e) = (m.start(), m.end());
        if s < consumed || e - s != 4 {
            continue;
        }
        let Ok(year) = m.as_str().parse::<i32>() else {
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
            let day_ok = c.get(2).is_none_or(|d| {
                d.as_str()
                    .parse::<u32>()
                    .is_ok_and(|d| (1..=31).contains(&d))
            });
            if (1..=12).contains(&month) && day_ok {
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
            let quoted = prev.is_some_and(|c| OPENING_QUOTES.contains(&c));
            let relation = if quoted && is_name_after(after) {
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
        if n1 == Some(' ')
            && n2.is_some_and(|c| is_hangul(c) || c.is_ascii_alphabetic())
            && is_name_after(rest)
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
        || CUE.is_match(after)
        || word.starts_with("대비"))
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

fn relative(sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
    for m in RELATIVE.find_iter(sentence) {
        let word = m.as_str();
        let prev = sentence[..m.start()].chars().next_back();
        if prev.is_some_and(is_hangul) && !word.starts_with('올') {
            continue; // 재작년, …
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
                    continue;
                }
            } else if after.starts_with("외") {
                continue;
            }
        }
        let rel = match word.chars().next() {
            Some('올' | '금') => 0,
            Some('내') => 1,
            _ => -1,
        };
        out.push(Mention {
            start: m.start(),
            end: m.end(),
            value: value(
                ctx.reference_year.map(|y| y + rel),
                None,
                cue_after(sentence, m.end()),
                Some(rel),
            ),
        });
    }
}
