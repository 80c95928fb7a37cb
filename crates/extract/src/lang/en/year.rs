//! English year mentions: `by 2026`, `in 2024`, `since 2017`, ranges
//! (`2023–2026`, `2024 to 2028`, `2024-2027`, `2023?2026`), dates
//! (`July 3, 2020`, `Jan. 15, 2024`, `3 July 2020`, `July, 2020`,
//! `2020-07-03`), years inside names (`‘2040 Gwangjin Plan’`,
//! `the 2024 Paris Olympics`, `Vision 2030`) and relative years (`this year`,
//! `next year`, `last year`).
//!
//! The surface is the year expression only; the relation comes from the cue
//! just before it (`by`, `until`, `through`, `no later than` → by; `since`,
//! `from`, `starting`, `after` → since; else in), looking past modifiers such
//! as `the end of`, `early`, `mid-`, `fiscal` or a month name. Accepted years
//! are 1900–2100; `2,040`, `3135.59`, `2020 units`, `2020s`, `IMG_2024`,
//! phone numbers, times (`2030 GMT`), labels (`Room 2024`, `a score of
//! 2000`) and addresses (`2024 Main Street`) are no years. A `from` after a
//! change (`rose 8 percent from last year`, `delayed to 2026 from 2024`)
//! names a year compared with: `in`, not `since`. `post-2030` is `since`,
//! `pre-2019` is `by`, `beyond 2030` is `since`; `2023/24` is a range only
//! for consecutive years; `17/05/2024` is a date.

use newsfacts_local::PerWorker;
use newsfacts_record::Relation;
use regex::Regex;

use super::{digit_runs, EndRegex};
use crate::lang::{relative_year, year_value as value};
use crate::{Context, Mention};

static RELATIVE: PerWorker<Regex> =
    PerWorker::new(|| Regex::new(r"(?i)\b(this|next|last)\s+year\b").expect("valid regex"));

/// After the first year: a joiner and the second year (4 or 2 digits).
static RANGE: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"^(?:\s?[–—‐‑−~∼/-]\s?|\?|\s+to\s+)([0-9]{4}|[0-9]{2})").expect("valid regex")
});

/// After the year: `-07-03`, `/7/3`, `.07.03`.
static DATE_NUM: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"^([.\-/])([0-9]{1,2})([.\-/])([0-9]{1,2})").expect("valid regex")
});

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

/// Before the year: `July 3, `, `Jan. 15 `, `July, `, `July `.
static DATE_MONTH_FIRST: PerWorker<EndRegex> = PerWorker::new(|| {
    EndRegex::new(&format!(
        r"\b(?:{MONTHS})(?:\.)?(?:\s+[0-9]{{1,2}}(?:st|nd|rd|th)?)?,?\s+$"
    ))
});

/// Before the year: `17/05/`, `05.17.`, `17-05-` (two numbers, one
/// separator, each a possible day or month).
static DATE_DMY: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"\b(0?[1-9]|[12][0-9]|3[01])([./-])(0?[1-9]|[12][0-9]|3[01])([./-])$")
        .expect("valid regex")
});

/// Before the year: `3 July `, `15th of January, `.
static DATE_DAY_FIRST: PerWorker<EndRegex> = PerWorker::new(|| {
    EndRegex::new(&format!(
        r"\b[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\.?,?\s+$"
    ))
});

/// Modifiers between a cue and the year, removed before reading the cue.
static MODIFIER: PerWorker<EndRegex> = PerWorker::new(|| {
    EndRegex::new(&format!(
        r"(?i)(?:\b(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|close|turn|course|rest|remainder|spring|summer|fall|autumn|winter|(?:first|second|latter|last|final|1st|2nd|3rd|4th|third|fourth)\s+(?:half|quarter)|early\s+part|latter\s+part)\s+of\s+(?:the\s+)?(?:year\s+)?$|\b(?:early|earlier|late|later|mid|end|year-end|fiscal(?:\s+year)?|calendar(?:\s+year)?|FY)[\s-]*$|\b(?-i:{MONTHS})\.?\s+$)"
    ))
});

/// The cue word right before the year (after modifiers).
static CUE: PerWorker<EndRegex> = PerWorker::new(|| {
    EndRegex::new(
        r"(?i)\b(no\s+later\s+than|not\s+later\s+than|up\s+(?:to|until)|prior\s+to|ahead\s+of|by|until|till|through|thru|before|since|from|starting(?:\s+(?:in|from))?|beginning(?:\s+(?:in|from))?|after|beyond)\s+$",
    )
});

/// A change before `from`: `rose 8 percent from`, `up from`, `down 3.2
/// won from`, `compared`. Such a `from` names a year compared with, not the
/// start of a period.
static COMPARISON: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(
        r"(?i)\b(?:up|down|rose|risen|rise|rises|fell|fallen|falls|increased?|increases|decreased?|decreases|declined?|declines|dropped|drops?|jumped|climbed|grew|grown|gained|slipped|slid|surged|soared|plunged|edged|higher|lower|percent|points?|unchanged|improved|narrowed|widened|shrank|expanded|slowed|accelerated|rebounded|recovered|doubled|tripled|halved|changed|compared|on-year|delayed|delaying|postponed|postponing|revised)\b[^,;:]{0,40}$|%[^,;:]{0,40}$|\bto\s+(?:(?:early|late|mid-?|the\s+end\s+of)\s*)?[0-9]{4}\s+$",
    )
    .expect("valid regex")
});

/// Nouns that make a number before them a quantity, not a year.
static QUANTITY: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^\s*(?:new\s+|more\s+|additional\s+|other\s+)?(?:units?|people|persons?|workers?|employees?|jobs?|positions?|households?|homes?|houses?|residents?|students?|trainees?|cars?|vehicles?|tons?|tonnes?|won|dollars?|yen|euros?|pounds?|yuan|meters?|metres?|km|kilometers?|miles?|square|acres?|hectares?|companies|firms?|cases?|beds?|seats?|rooms?|apartments?|members?|visitors?|participants?|times|pieces?|items?|products?|stores?|shops?|points?|percent|kg|mw|gw|kw|sq|ha|m2|plants?|sites?|projects?|won's|hours?|minutes?|days?|cattle|pigs?|trees?|buses|trucks?|ships?|vessels?|patients?|doctors?|nurses?|teachers?|children|youths?|seniors?|individuals?|applicants?|bn|billion|million|mln|trillion|thousand|votes?|ballots?|yards?|basis\s+points?|bps|calories|signatures|copies|downloads|views|followers|troops|soldiers|deaths|infections|shares|gmt|utc|kst|est|edt|pst|pdt|cet|jst|hrs)\b")
        .expect("valid regex")
});

/// Words before a number that make it a label or a score, not a year:
/// `Room 2024`, `Flight 2024`, `a score of 2000`.
static LABEL_BEFORE: PerWorker<EndRegex> = PerWorker::new(|| {
    EndRegex::new(
        r"(?i)\b(?:score|tally|room|rm\.|suite|flight|route|highway|page|pp?\.|gate|platform|exit|bus|apt\.|ext\.|tel\.?|model|version|ver\.|article|chapter|section|clause|episode|jersey|channel|ch\.|vol\.|volume|item|code|case|docket|unit|lot)\s+(?:of\s+)?$",
    )
});

/// A street after a number: `2024 Main Street` is an address.
static STREET_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"^\s(?:[A-Z][A-Za-z]+\s){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Drive|Lane|Parkway)\b")
        .expect("valid regex")
});

/// Name words that end a name holding a year (`2040 Incheon Aviation Plan`).
static NAME_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"^\s(?:[A-Z][\w'’&.-]*\s){0,4}(?:Plan|Plans|Vision|Olympics?|Olympic Games|Games|Expo|EXPO|Cup|Forum|Summit|Fair|Festival|Awards?|Prizes?|Marathon|Tournament|Open|Grand\sPrix|Congress|Convention|Project|Strategy|Initiative|Agenda|Roadmap|Masterplan|Biennale|Championships?|Conference|Exhibition|Show|Week|Challenge|Program|Programme|Blueprint|Report|Census|Survey|Declaration|Goals?|Master)\b|^\s(?:[A-Z][\w'’&.-]*\s){1,3}(?:[a-z]+\s)?(?:summit|meetings?|conference|forum|games|expo|festival|fair|championships?|tournament|talks)\b")
        .expect("valid regex")
});

/// Name words before a year (`Vision 2030`).
static NAME_BEFORE: PerWorker<EndRegex> = PerWorker::new(|| {
    EndRegex::new(
        r"\b(?:Vision|Agenda|Horizon|Plan|Strategy|Expo|EXPO|Olympics|Games|Cup|Fair|Forum|Summit|Festival)\s$",
    )
});

const OPENING_QUOTES: &[char] = &['‘', '“', '\'', '"', '«'];

const FUNCTION_WORDS: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "And", "But", "Or", "It", "He", "She", "They", "We", "I",
    "This", "That", "Its", "Their", "As", "By", "For", "To", "Of", "From", "Since", "With", "When",
    "While",
];

/// Appends the year mentions of `sentence` to `out`.
pub fn find(sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
    absolute(sentence, out);
    // `year`, `Year` or `YEAR`; the first two hold `ear`, a single search
    // that fails for most sentences.
    let lower_year = (sentence.contains("ear")
        && (sentence.contains("year") || sentence.contains("Year")))
        || sentence.contains("YEAR");
    if lower_year {
        relative(sentence, ctx, out);
    }
}

/// The relation given by the cue before a year starting at `start`.
fn cue_before(sentence: &str, start: usize) -> Relation {
    let mut lo = start.saturating_sub(80);
    while !sentence.is_char_boundary(lo) {
        lo += 1;
    }
    let mut before = &sentence[lo..start];
    for _ in 0..3 {
        // A modifier ends with white space, a hyphen or a letter (`FY`).
        if !before.ends_with(|c: char| c.is_whitespace() || c == '-' || c.is_ascii_alphabetic()) {
            break;
        }
        match MODIFIER.find(before) {
            Some(m) if m.end() == before.len() => before = &before[..m.start()],
            _ => break,
        }
    }
    // The cue is the match without the white space after it (`find` runs
    // backwards from the end alone; `captures` would also run forwards).
    let cue = if ends_spaced(before) {
        CUE.find(before)
    } else {
        None
    };
    match cue {
        Some(m) => {
            let first = m.as_str().split_whitespace().next().unwrap_or("");
            let is = |w: &str| first.eq_ignore_ascii_case(w);
            if is("from") && COMPARISON.is_match(&before[..m.start()]) {
                // `up 8 percent from last year`: a point of comparison.
                return Relation::In;
            }
            let since = ["since", "from", "starting", "beginning", "after", "beyond"];
            if since.iter().any(|w| is(w)) {
                Relation::Since
            } else {
                Relation::By
            }
        }
        None => Relation::In,
    }
}

fn after_cue(rest: &str) -> Option<Relation> {
    let t = rest.trim_start();
    // The first 12 bytes, none when they end inside a character.
    let head = t.get(..t.len().min(12)).unwrap_or("");
    let starts = |w: &str| {
        head.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    };
    (starts("onward") || starts("and beyond")).then_some(Relation::Since)
}

fn absolute(sentence: &str, out: &mut Vec<Mention>) {
    let mut consumed = 0usize;
    for run in digit_runs(sentence) {
        let (s, e) = (run.start, run.end);
        if s < consumed || e - s != 4 {
            continue;
        }
        let Ok(year) = sentence[s..e].parse::<i32>() else {
            continue;
        };
        if !(1900..=2100).contains(&year) {
            continue;
        }
        let before = &sentence[..s];
        let mut back = before.chars().rev();
        let prev = back.next();
        let prev2 = back.next();
        if let Some(p) = prev {
            let fy = before.ends_with("FY") || before.ends_with("CY");
            if (p.is_ascii_alphabetic() && !fy) || p == '_' {
                continue;
            }
            if matches!(p, ',' | '.' | '-' | '/' | ':' | '~' | '?' | '–' | '—' | '+')
                && prev2.is_some_and(|c| c.is_ascii_digit())
            {
                // `17/05/2024`, `05.17.2024`: a day-month-year date.
                let tail = &sentence[e..];
                let glued = tail.starts_with(|c: char| c.is_ascii_alphanumeric());
                let longer = tail.starts_with(['.', ',', '-', '/', ':'])
                    && tail[1..].starts_with(|c: char| c.is_ascii_digit());
                let after_ok = !(glued || longer || QUANTITY.is_match(tail));
                let dmy = DATE_DMY
                    .captures(before)
                    .filter(|c| {
                        after_ok && c.get(2).map(|g| g.as_str()) == c.get(4).map(|g| g.as_str())
                    })
                    .and_then(|c| {
                        let a: u32 = c.get(1)?.as_str().parse().ok()?;
                        let b: u32 = c.get(3)?.as_str().parse().ok()?;
                        (a <= 12 || b <= 12).then(|| c.get(0).map(|g| g.start()))?
                    });
                if let Some(ds) = dmy {
                    out.push(Mention {
                        start: ds,
                        end: e,
                        value: value(Some(year), None, Relation::Date, None),
                    });
                    consumed = e;
                }
                continue;
            }
            if matches!(p, '$' | '€' | '£' | '¥' | '₩' | '#' | '№' | '+' | '@') {
                continue;
            }
            if p == '-' {
                let lower_before = before
                    .get(before.len().saturating_sub(8)..)
                    .unwrap_or("")
                    .to_ascii_lowercase();
                if !["mid-", "end-", "early-", "late-", "pre-", "post-", "year-"]
                    .iter()
                    .any(|w| lower_before.ends_with(w))
                {
                    continue;
                }
            }
            if before.ends_with("No. ") || before.ends_with("no. ") || before.ends_with("No.") {
                continue;
            }
        }
        let rest = &sentence[e..];
        let mut next = rest.chars();
        let n1 = next.next();
        let n2 = next.next();
        // `the 2024 Job Fair`: a capitalized name, not a quantity. Names
        // and streets start with a space and a capital letter.
        let capital_after =
            n1.is_some_and(char::is_whitespace) && n2.is_some_and(|c| c.is_ascii_uppercase());
        let named = || rest.starts_with(' ') && capital_after && NAME_AFTER.is_match(rest);
        if (QUANTITY.is_match(rest) && !named())
            || (ends_spaced(before) && LABEL_BEFORE.is_match(before))
            || (capital_after && STREET_AFTER.is_match(rest))
        {
            continue;
        }
        // Range: a joiner first (after white space only before `to`).
        let joined = rest
            .trim_start()
            .starts_with(['–', '—', '‐', '‑', '−', '~', '∼', '/', '-', '?', 't']);
        let range = if joined { RANGE.captures(rest) } else { None };
        if let Some(c) = range {
            let second = c.get(1).map_or("", |g| g.as_str());
            let whole = c.get(0).map_or(0, |g| g.end());
            let joiner = &rest[..whole - second.len()];
            let after = &rest[whole..];
            let bad_after = after.starts_with(|ch: char| ch.is_ascii_alphanumeric() || ch == '%')
                || (after.starts_with(['.', ',', '-', ':', '/'])
                    && after[1..].starts_with(|ch: char| ch.is_ascii_digit()))
                || QUANTITY.is_match(after);
            // `2023/24` only for consecutive years (a season, a fiscal year).
            let ok_joiner = second.len() == 4
                || !(joiner.contains('/') || joiner.contains("to"))
                || (joiner == "/" && parse_end(year, second) == Some(year + 1));
            if QUANTITY.is_match(after) {
                consumed = e + whole;
                continue; // `2000 to 3000 people`
            }
            if let (Some(y2), false, true) = (parse_end(year, second), bad_after, ok_joiner) {
                out.push(Mention {
                    start: s,
                    end: e + whole,
                    value: value(Some(year), Some(y2), Relation::Range, None),
                });
                consumed = e + whole;
                continue;
            }
        }
        // Numeric dates.
        let date_num = if rest.starts_with(['.', '-', '/']) {
            DATE_NUM.captures(rest)
        } else {
            None
        };
        if let Some(c) = date_num {
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
        // Part of a larger number, a decimal, a time, a decade, an ordinal.
        if matches!(n1, Some('.' | ',' | ':' | '-' | '/')) && n2.is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        if n1.is_some_and(|c| c.is_ascii_alphanumeric() || c == '%') {
            continue;
        }
        // Dates with a month name.
        // A day-first date ends with a month after white space, which is a
        // month-first date too: without one, neither is there.
        let month_first = if ends_spaced(before) {
            DATE_MONTH_FIRST.find(before)
        } else {
            None
        };
        let date_start = month_first.map(|b| match DATE_DAY_FIRST.find(before) {
            Some(a) => a.start().min(b.start()),
            None => b.start(),
        });
        if let Some(ds) = date_start {
            out.push(Mention {
                start: ds,
                end: e,
                value: value(Some(year), None, Relation::Date, None),
            });
            consumed = e;
            continue;
        }
        let ends = |w: &str| {
            before.len() >= w.len()
                && before
                    .get(before.len() - w.len()..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(w))
        };
        let relation = if is_name(before, rest, prev) {
            Relation::Other
        } else if ends("post-") {
            Relation::Since // `post-2030 targets`
        } else if ends("pre-") {
            Relation::By // `pre-2019 levels`
        } else {
            match cue_before(sentence, s) {
                Relation::In => after_cue(rest).unwrap_or(Relation::In),
                r => r,
            }
        };
        out.push(Mention {
            start: s,
            end: e,
            value: value(Some(year), None, relation, None),
        });
        consumed = e;
    }
}

/// True when the year sits inside a name: `‘2040 Gwangjin Plan’`,
/// `the 2024 Paris Olympics`, `Vision 2030`.
fn is_name(before: &str, rest: &str, prev: Option<char>) -> bool {
    if ends_spaced(before) && NAME_BEFORE.is_match(before) {
        return true;
    }
    let next_word: &str = rest
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !(c.is_alphanumeric() || c == '-')).next())
        .unwrap_or("");
    let capitalized = next_word.starts_with(|c: char| c.is_ascii_uppercase())
        && !FUNCTION_WORDS.contains(&next_word)
        && !MONTHS.split('|').any(|m| m == next_word);
    if !capitalized {
        return false;
    }
    let quoted = prev.is_some_and(|c| OPENING_QUOTES.contains(&c));
    let the = before.ends_with("the ") || before.ends_with("The ");
    quoted || (NAME_AFTER.is_match(rest) && (the || !ends_with_cue(before)))
}

/// Whether `before` ends with white space: every regex read backwards from
/// a year (`…\s+$`, `…\s$`) needs it, so without it none is run. (Those
/// regexes match words with `\b`, which the fast engine cannot read next to
/// non-ASCII text; it then falls back to a slow one over the whole text.)
fn ends_spaced(before: &str) -> bool {
    before.ends_with(char::is_whitespace)
}

fn ends_with_cue(before: &str) -> bool {
    let t = before.trim_end();
    let last = t
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    [
        "in", "by", "since", "until", "through", "from", "during", "for", "till", "before",
        "after", "than", "to", "of",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w))
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
        // The word before the white space (`find` needs no capture engine).
        let w = m.as_str().split(char::is_whitespace).next().unwrap_or("");
        let before = sentence[..m.start()].trim_end();
        let last = before
            .rsplit(|ch: char| !ch.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if ["the", "a", "every", "per", "past"]
            .iter()
            .any(|x| last.eq_ignore_ascii_case(x))
        {
            continue; // `over the last year`, `the next year`
        }
        let after = &sentence[m.end()..];
        if after.starts_with('-') && !after.starts_with("-end") {
            continue; // `this year-long`
        }
        let rel = if w.eq_ignore_ascii_case("this") {
            0
        } else if w.eq_ignore_ascii_case("next") {
            1
        } else {
            -1
        };
        out.push(relative_year(
            m.start(),
            m.end(),
            rel,
            cue_before(sentence, m.start()),
            ctx,
        ));
    }
}
