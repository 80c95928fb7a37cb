//! English money mentions: `5.38 trillion won`, `KRW 2.633 trillion`,
//! `US$4.2 billion`, `$130B`, `₩160 trillion`, `W5 trillion`, `160-T won`,
//! `4.2 billion dollars`, `two million dollars`, `50 cents`, `3 to 5
//! trillion won`, `$3-5 billion`, `about 400 billion won`, `more than $300
//! million`, `5 trillion won ($4.2 billion)` (the second a conversion).
//!
//! Every number is read by [`crate::numeral::parse_en`]; it becomes money
//! with a currency before it (a symbol or an ISO code) or after it (a
//! currency word or code). Cues before it (`about`, `more than`, `less
//! than`, …) or after it (`or more`) set `approx` and join the surface.
//! Exchange rates (`1,320.5 won per dollar`, `$1 = 1,300 won`, `905 won per
//! 100 yen`, `the 1,400-won mark`, `the pound rose to $1.2750`, the won's
//! daily move `down 4.5 won`) are not money. `rose from $3 billion to $5
//! billion` is two amounts (a change); `ranging from` and `between` make a
//! range. Also read: glued codes (`KRW500 billion`), pence (`20p`), `half a
//! billion dollars`, `$1 billion-plus` (`over`), `north of` (`over`), `shy
//! of` (`under`), and national currency names (`South Korean won`).

use std::sync::LazyLock;

use newsfacts_local::PerWorker;
use newsfacts_record::{Approx, MentionValue};
use regex::Regex;

use super::{next_digit, EndRegex};
use crate::decimal::Decimal;
use crate::numeral::{parse_en, scan_en, Numeral};
use crate::{Context, Mention};

/// Prefixes written right before the digits: (prefix, code).
const SYMBOLS: &[(&str, &str)] = &[
    ("U.S.$", "USD"),
    ("US$", "USD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("HK$", "HKD"),
    ("S$", "SGD"),
    ("SG$", "SGD"),
    ("NT$", "TWD"),
    ("NZ$", "NZD"),
    ("R$", "BRL"),
    ("MX$", "MXN"),
    ("U.S. $", "USD"),
    ("US $", "USD"),
    ("$", "USD"),
    ("₩", "KRW"),
    ("￦", "KRW"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("CN¥", "CNY"),
    ("RMB¥", "CNY"),
    ("¥", "JPY"),
    ("￥", "JPY"),
    ("₹", "INR"),
    ("₫", "VND"),
    ("฿", "THB"),
    ("₱", "PHP"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
    ("W", "KRW"),
];

/// ISO codes (and RMB) written before or after the number.
const CODES: &[(&str, &str)] = &[
    ("KRW", "KRW"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("GBP", "GBP"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
    ("HKD", "HKD"),
    ("CHF", "CHF"),
    ("SGD", "SGD"),
    ("INR", "INR"),
    ("TWD", "TWD"),
    ("VND", "VND"),
    ("NZD", "NZD"),
    ("THB", "THB"),
    ("MYR", "MYR"),
    ("IDR", "IDR"),
    ("PHP", "PHP"),
    ("RUB", "RUB"),
    ("BRL", "BRL"),
    ("MXN", "MXN"),
    ("ZAR", "ZAR"),
    ("SEK", "SEK"),
    ("NOK", "NOK"),
    ("DKK", "DKK"),
    ("PLN", "PLN"),
    ("TRY", "TRY"),
    ("AED", "AED"),
    ("SAR", "SAR"),
];

/// Codes read only before a number and after a space (`Rs 500 crore`).
const SPACED_ONLY: &[(&str, &str)] = &[("Rs.", "INR"), ("Rs", "INR")];

/// Currency words after the number, longest first where one is a prefix of
/// another: (words, code, unit power). Matched case-insensitively.
const WORDS: &[(&str, &str, i32)] = &[
    ("south korean won", "KRW", 0),
    ("korean won", "KRW", 0),
    ("japanese yen", "JPY", 0),
    ("chinese yuan", "CNY", 0),
    ("british pounds", "GBP", 0),
    ("vietnamese dong", "VND", 0),
    ("mexican pesos", "MXN", 0),
    ("philippine pesos", "PHP", 0),
    ("thai baht", "THB", 0),
    ("indonesian rupiah", "IDR", 0),
    ("malaysian ringgit", "MYR", 0),
    ("russian rubles", "RUB", 0),
    ("turkish lira", "TRY", 0),
    ("saudi riyals", "SAR", 0),
    ("brazilian reais", "BRL", 0),
    ("reais", "BRL", 0),
    ("swedish kronor", "SEK", 0),
    ("norwegian kroner", "NOK", 0),
    ("danish kroner", "DKK", 0),
    ("south african rand", "ZAR", 0),
    ("won", "KRW", 0),
    ("us dollars", "USD", 0),
    ("us dollar", "USD", 0),
    ("u.s. dollars", "USD", 0),
    ("u.s. dollar", "USD", 0),
    ("american dollars", "USD", 0),
    ("canadian dollars", "CAD", 0),
    ("canadian dollar", "CAD", 0),
    ("australian dollars", "AUD", 0),
    ("australian dollar", "AUD", 0),
    ("hong kong dollars", "HKD", 0),
    ("hong kong dollar", "HKD", 0),
    ("singapore dollars", "SGD", 0),
    ("singapore dollar", "SGD", 0),
    ("new taiwan dollars", "TWD", 0),
    ("taiwan dollars", "TWD", 0),
    ("taiwanese dollars", "TWD", 0),
    ("new zealand dollars", "NZD", 0),
    ("dollars", "USD", 0),
    ("dollar", "USD", 0),
    ("yen", "JPY", 0),
    ("yuan", "CNY", 0),
    ("renminbi", "CNY", 0),
    ("euros", "EUR", 0),
    ("euro", "EUR", 0),
    ("pounds sterling", "GBP", 0),
    ("pounds", "GBP", 0),
    ("pound", "GBP", 0),
    ("sterling", "GBP", 0),
    ("swiss francs", "CHF", 0),
    ("swiss franc", "CHF", 0),
    ("francs", "CHF", 0),
    ("indian rupees", "INR", 0),
    ("rupees", "INR", 0),
    ("rupiah", "IDR", 0),
    ("ringgit", "MYR", 0),
    ("baht", "THB", 0),
    ("dong", "VND", 0),
    ("rubles", "RUB", 0),
    ("roubles", "RUB", 0),
    ("lira", "TRY", 0),
    ("dirhams", "AED", 0),
    ("riyals", "SAR", 0),
    ("zlotys", "PLN", 0),
    ("zloty", "PLN", 0),
    ("forints", "HUF", 0),
    ("forint", "HUF", 0),
    ("czech korunas", "CZK", 0),
    ("czech koruna", "CZK", 0),
    ("korunas", "CZK", 0),
    ("koruna", "CZK", 0),
    ("shekels", "ILS", 0),
    ("cents", "USD", -2),
    ("cent", "USD", -2),
    ("pence", "GBP", -2),
];

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The currencies that may stand right before a number: every symbol, every
/// code, and `Rs.`/`Rs` (spaced codes).
fn before_currencies() -> impl Iterator<Item = &'static str> {
    SYMBOLS
        .iter()
        .chain(CODES)
        .chain(SPACED_ONLY)
        .map(|&(c, _)| c)
}

/// Every byte a currency before a number can end with (from
/// [`before_currencies`]): a number whose previous byte (or the byte before
/// a single space) is none of these has no currency before it.
static BEFORE_LAST_BYTES: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut set = [false; 256];
    for c in before_currencies() {
        if let Some(&last) = c.as_bytes().last() {
            set[last as usize] = true;
        }
    }
    set
});

/// Table entries grouped by their first two bytes, in table order. The key
/// of a byte is its low five bits, the same for both cases of a letter, so
/// an entry can only match a text that starts with its key: a lookup visits
/// one small group and finds what a loop over the whole table would. Built
/// once from the table, so it cannot drift from it; every entry has two
/// bytes or more.
struct ByPair(Vec<Vec<usize>>);

impl ByPair {
    fn key(a: u8, b: u8) -> usize {
        usize::from(a & 31) << 5 | usize::from(b & 31)
    }

    fn new<'a>(texts: impl Iterator<Item = &'a str>) -> ByPair {
        let mut groups = vec![Vec::new(); 1 << 10];
        for (i, t) in texts.enumerate() {
            let &[a, b, ..] = t.as_bytes() else {
                panic!("table entry {t:?} is shorter than two bytes");
            };
            groups[ByPair::key(a, b)].push(i);
        }
        ByPair(groups)
    }

    /// The entries that may start `rest` (ASCII case-insensitively).
    fn starting(&self, rest: &str) -> &[usize] {
        match rest.as_bytes() {
            &[a, b, ..] => &self.0[ByPair::key(a, b)],
            _ => &[],
        }
    }
}

static CODES_BY_START: LazyLock<ByPair> =
    LazyLock::new(|| ByPair::new(CODES.iter().map(|&(c, _)| c)));

static WORDS_BY_START: LazyLock<ByPair> =
    LazyLock::new(|| ByPair::new(WORDS.iter().map(|&(w, _, _)| w)));

fn starts_ci(hay: &str, needle: &str) -> bool {
    hay.len() >= needle.len()
        && hay.is_char_boundary(needle.len())
        && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

/// ASCII case-insensitive substring test, without allocating.
fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    !n.is_empty() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

fn ends_ci(hay: &str, needle: &str) -> bool {
    hay.len() >= needle.len()
        && hay.is_char_boundary(hay.len() - needle.len())
        && hay[hay.len() - needle.len()..].eq_ignore_ascii_case(needle)
}

/// A currency before the number starting at `pos`: (code, start).
fn currency_before(s: &str, n: &Numeral) -> Option<(&'static str, usize)> {
    let head = s.get(..n.start)?;
    let b = s.as_bytes();
    // Every currency below ends right before the number or before one space
    // before it; when neither byte can end one, none of the loops can match.
    let last = *head.as_bytes().last()?;
    let spaced_last = (last == b' ' && head.len() >= 2).then(|| b[head.len() - 2]);
    if !BEFORE_LAST_BYTES[last as usize]
        && !spaced_last.is_some_and(|x| BEFORE_LAST_BYTES[x as usize])
    {
        return None;
    }
    if !n.spelled {
        // `€ 5 million`: one space after a sign (not after `W` or `Rs`).
        let spaced = head.strip_suffix(' ');
        for &(sym, code) in SYMBOLS {
            let glued = head.strip_suffix(sym);
            let before = match (glued, spaced) {
                (Some(x), _) => Some(x),
                (None, Some(h)) if !sym.ends_with(|c: char| c.is_ascii_alphabetic()) => {
                    h.strip_suffix(sym)
                }
                _ => None,
            };
            if let Some(before) = before {
                let p = before.len();
                // Letters glued before a symbol belong to another word (`IW5`),
                // except the ones listed (`US$`).
                if p > 0 && is_word_byte(b[p - 1]) {
                    continue;
                }
                if sym == "W" || sym == "Rs" {
                    // `W5 trillion`, `W300,000`: only with a scale or grouped digits.
                    let digits = &s[n.start..n.end];
                    if n.top_scale == 0 && !digits.contains(',') {
                        continue;
                    }
                }
                return Some((code, p));
            }
        }
    }
    // `KRW500 billion`, `USD3bn`: a code glued to the digits, only with a
    // scale or grouped digits (`PHP7` is a version, not pesos).
    if !n.spelled && (n.top_scale > 0 || s[n.start..n.end].contains(',')) {
        for &(c, code) in CODES {
            if let Some(before) = head.strip_suffix(c) {
                let p = before.len();
                if p > 0 && is_word_byte(b[p - 1]) {
                    continue;
                }
                return Some((code, p));
            }
        }
    }
    // `KRW 2.633 trillion`, `USD 5 million`.
    let trimmed = head.strip_suffix(' ')?;
    for &(c, code) in CODES.iter().chain(SPACED_ONLY) {
        if let Some(before) = trimmed.strip_suffix(c) {
            let p = before.len();
            if p > 0 && is_word_byte(b[p - 1]) {
                continue;
            }
            return Some((code, p));
        }
    }
    None
}

/// A currency after the number: (code, unit power, end).
fn currency_after(s: &str, n: &Numeral) -> Option<(&'static str, i32, usize)> {
    let b = s.as_bytes();
    if let Some(end) = pence_after(s, n) {
        return Some(("GBP", -2, end));
    }
    let mut j = n.end;
    if matches!(b.get(j), Some(b' ') | Some(b'-')) {
        j += 1;
    }
    let rest = s.get(j..)?;
    // Codes: upper case only (`5 trillion KRW`). Only the entries sharing
    // the first two bytes of `rest` can match; they come in table order.
    for &k in CODES_BY_START.starting(rest) {
        let (c, code) = CODES[k];
        if rest.starts_with(c)
            && !b.get(j + c.len()).is_some_and(|&x| is_word_byte(x))
            && j > n.end
            && b[n.end] == b' '
        {
            return Some((code, 0, j + c.len()));
        }
    }
    for &k in WORDS_BY_START.starting(rest) {
        let (w, code, unit) = WORDS[k];
        if starts_ci(rest, w) && !b.get(j + w.len()).is_some_and(|&x| is_word_byte(x)) {
            let end = j + w.len();
            let word = &rest[..w.len()];
            if w == "won" && !won_is_currency(s, n, end, word) {
                return None;
            }
            if (w == "pounds" || w == "pound") && n.top_scale == 0 && !pounds_are_money(s, n, end) {
                // `a 300-pound man`, `500 pounds of rice`: weight.
                return None;
            }
            if (w == "dong" || w == "lira" || w == "sterling")
                && n.top_scale == 0
                && !s[n.start..n.end].contains(',')
            {
                return None;
            }
            if n.spelled
                && n.top_scale == 0
                && unit == 0
                && w != "dollars"
                && w != "euros"
                && w != "yen"
                && w != "pounds"
            {
                return None;
            }
            return Some((code, unit, end));
        }
    }
    None
}

/// Plain `pounds` are money only as pay or a price: `190,000 pounds a
/// week`, `worth 500 pounds`, `fined 2,000 pounds`; never `pounds of rice`.
fn pounds_are_money(s: &str, n: &Numeral, end: usize) -> bool {
    let after = s[end..].trim_start();
    if starts_ci(after, "of ") || n.spelled {
        return false;
    }
    let per = ["a ", "an ", "per "].iter().any(|p| {
        starts_ci(after, p)
            && ["week", "month", "year", "hour", "day", "season", "annum"]
                .iter()
                .any(|u| starts_ci(&after[p.len()..], u))
    });
    let before = s[..n.start].trim_end();
    let lead = before.rsplit(|c: char| !c.is_ascii_alphabetic()).find(|w| {
        !w.is_empty()
            && !["a", "an", "reported", "reportedly", "some", "about"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
    });
    let money_word = lead.is_some_and(|w| {
        [
            "worth", "fined", "paid", "pay", "earn", "earns", "earned", "earning", "salary",
            "wage", "fine", "cost", "costs", "priced", "fee", "bonus", "prize",
        ]
        .iter()
        .any(|m| w.eq_ignore_ascii_case(m))
    });
    per || money_word
}

/// `20p`, `310p`, `2.5p`: pence glued to at most three digits, never a
/// video resolution (`720p`, `1080p`) or a time (`5p.m.`).
fn pence_after(s: &str, n: &Numeral) -> Option<usize> {
    let b = s.as_bytes();
    if n.spelled || n.top_scale != 0 || b.get(n.end) != Some(&b'p') {
        return None;
    }
    let end = n.end + 1;
    if b.get(end).is_some_and(|&x| is_word_byte(x))
        || (b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(|x| x.is_ascii_alphabetic()))
    {
        return None;
    }
    let digits = &s[n.start..n.end];
    let int = digits.split('.').next().unwrap_or(digits);
    if int.len() > 3 || digits.contains(',') || matches!(int, "144" | "240" | "360" | "480" | "720")
    {
        return None;
    }
    Some(end)
}

/// `won` after a number is the currency unless the number is a year or a
/// score and `won` the verb (`in 2010 won the cup`, `3 won the vote`).
fn won_is_currency(s: &str, n: &Numeral, end: usize, word: &str) -> bool {
    if n.top_scale > 0 {
        return true;
    }
    let digits = &s[n.start..n.end];
    if n.spelled {
        return false;
    }
    // Grouped or decimal digits are prices (`9,860 won an hour`).
    if digits.contains(',') || n.fraction {
        return true;
    }
    let next = s[end..].trim_start();
    let next_word: &str = next
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let verb_object = [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "gold",
        "silver",
        "bronze",
        "seats",
        "votes",
        "games",
        "matches",
        "awards",
        "titles",
        "races",
        "by",
        "out",
        "against",
        "praise",
        "approval",
        "re",
        "election",
        "reelection",
        "office",
        "power",
        "support",
        "backing",
        "medals",
        "prizes",
        "contracts",
        "orders",
        "bids",
        "places",
        "spots",
        "points",
    ]
    .iter()
    .any(|w| next_word.eq_ignore_ascii_case(w));
    if verb_object {
        return false;
    }
    // `Chapter 3 Won Kim`: a name.
    if word == "Won"
        && next_word
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase())
    {
        return false;
    }
    let year_like =
        digits.len() == 4 && !n.fraction && (digits.starts_with("19") || digits.starts_with("20"));
    if year_like && word != "won" {
        return false;
    }
    if year_like && ends_ci(s[..n.start].trim_end(), " in") {
        return false;
    }
    true
}

/// Cues before the amount: (cue, approx); longest first where they share a tail.
const PREFIX_CUES: &[(&str, Approx)] = &[
    ("approximately", Approx::About),
    ("approx.", Approx::About),
    ("about", Approx::About),
    ("around", Approx::About),
    ("roughly", Approx::About),
    ("nearly", Approx::About),
    ("almost", Approx::About),
    ("close to", Approx::About),
    ("an estimated", Approx::About),
    ("estimated", Approx::About),
    ("some", Approx::About),
    ("just over", Approx::Over),
    ("north of", Approx::Over),
    ("just shy of", Approx::Under),
    ("shy of", Approx::Under),
    ("no more than", Approx::Under),
    ("not more than", Approx::Under),
    ("no less than", Approx::Over),
    ("not less than", Approx::Over),
    ("at most", Approx::Under),
    ("a maximum of", Approx::Under),
    ("a minimum of", Approx::Over),
    ("just above", Approx::Over),
    ("just below", Approx::Under),
    ("more than", Approx::Over),
    ("over", Approx::Over),
    ("at least", Approx::Over),
    ("upwards of", Approx::Over),
    ("in excess of", Approx::Over),
    ("exceeding", Approx::Over),
    ("above", Approx::Over),
    ("just under", Approx::Under),
    ("less than", Approx::Under),
    ("under", Approx::Under),
    ("below", Approx::Under),
    ("fewer than", Approx::Under),
    ("up to", Approx::Under),
    ("as much as", Approx::Under),
];

fn prefix_cue(s: &str, start: usize) -> Option<(Approx, usize)> {
    let head = s.get(..start)?;
    let trimmed = head.strip_suffix(' ')?;
    for &(cue, approx) in PREFIX_CUES {
        if ends_ci(trimmed, cue) {
            let p = trimmed.len() - cue.len();
            if p > 0 && is_word_byte(s.as_bytes()[p - 1]) {
                continue;
            }
            return Some((approx, p));
        }
    }
    None
}

const SUFFIX_CUES: &[(&str, Approx)] = &[
    ("or more", Approx::Over),
    ("or higher", Approx::Over),
    ("or less", Approx::Under),
    ("or so", Approx::About),
];

fn suffix_cue(s: &str, end: usize) -> Option<(Approx, usize)> {
    // `a $1 billion-plus deal`.
    if let Some(r) = s.get(end..) {
        if starts_ci(r, "-plus") && !s.as_bytes().get(end + 5).is_some_and(|&x| is_word_byte(x)) {
            return Some((Approx::Over, end + 5));
        }
    }
    let rest = s.get(end..)?.strip_prefix(' ')?;
    for &(cue, approx) in SUFFIX_CUES {
        if starts_ci(rest, cue)
            && !s
                .as_bytes()
                .get(end + 1 + cue.len())
                .is_some_and(|&x| is_word_byte(x))
        {
            return Some((approx, end + 1 + cue.len()));
        }
    }
    None
}

/// A currency as the subject of a quote right before the number: `the euro
/// fetched`, `the dollar bought`, `the yen traded at`.
static QUOTED: PerWorker<EndRegex> = PerWorker::new(|| {
    EndRegex::new(
        r"(?i)\b(?:euro|dollar|greenback|yen|yuan|renminbi|pound|sterling|won|franc|rupee|ruble|rouble)s?\s+(?:fetched|fetches|bought|buys|traded\s+at|was\s+trading\s+at|was\s+quoted\s+at|changed\s+hands\s+at|stood\s+at|was\s+at)\s+(?:(?:about|around|some)\s+)?$",
    )
});

/// Words after a won figure that make it a level of the exchange rate:
/// `the 1,400-won mark`, `the 1,300 won level`.
const RATE_LEVELS: &[&str] = &[
    "mark",
    "level",
    "line",
    "threshold",
    "barrier",
    "territory",
    "range",
    "handle",
];

/// An exchange rate, not an amount: `1,320.5 won per dollar`, `$1 = 1,300 won`,
/// `the exchange rate of 1,320 won`, `905 won per 100 yen`, `the 1,400-won
/// mark`, and the daily move of the won (`The local currency closed at
/// 1,385.5 won …, up 3.2 won`).
fn is_rate(s: &str, start: usize, end: usize, n: &Numeral, code: &str) -> bool {
    let before = s[..start].trim_end();
    let after = s[end..].trim_start();
    if before.ends_with('=') || after.starts_with('=') {
        return true;
    }
    // `per 100 yen`: the second leg of a rate.
    if ends_ci(before, " per") {
        return true;
    }
    // `the pound rose to $1.2750`: a quote with three or more decimals after
    // a currency named as the subject.
    if n.top_scale == 0 && n.fraction {
        let digits = &s[n.start..n.end];
        let decimals = digits.rsplit('.').next().map_or(0, str::len);
        if decimals >= 3 {
            let mut from = start.saturating_sub(60);
            while !s.is_char_boundary(from) {
                from += 1;
            }
            let w = &s[from..start];
            if [
                "pound ",
                "sterling",
                "euro ",
                "yen ",
                "yuan ",
                "the dollar",
                "the won",
                "franc ",
                "currency",
                "greenback",
            ]
            .iter()
            .any(|c| contains_ci(w, c))
            {
                return true;
            }
        }
    }
    // `the euro fetched 171.85 yen`: a currency quoted in another.
    if n.top_scale == 0 && QUOTED.is_match(&s[..start]) {
        return true;
    }
    if code == "KRW" && n.top_scale == 0 {
        let next: &str = after
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if RATE_LEVELS.iter().any(|w| next.eq_ignore_ascii_case(w)) {
            return true;
        }
        // The won's own level or move (`closed at 1,385.5 won`, `down 4.5
        // won`) in a sentence about the currency; share prices (`closed at
        // 78,500 won`) are whole numbers without a move word.
        let moved = before
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .is_some_and(|w| {
                [
                    "up",
                    "down",
                    "by",
                    "rose",
                    "fell",
                    "gained",
                    "lost",
                    "shed",
                    "added",
                    "touched",
                    "breached",
                    "topped",
                    "crossed",
                    "surpassed",
                    "past",
                ]
                .iter()
                .any(|m| w.eq_ignore_ascii_case(m))
            });
        if (n.fraction || moved)
            && (contains_ci(s, "local currency")
                || contains_ci(s, "the won ")
                || contains_ci(s, "korean won "))
        {
            return true;
        }
        // `It briefly touched 1,400 won in intraday trading`, `it had dropped
        // to as low as 1,389 won`: a level of the won against the dollar,
        // never a share price (no shares in sight).
        let extreme = ["as low as", "as high as", "a low of", "a high of"]
            .iter()
            .any(|w| ends_ci(before, w));
        if ((moved && contains_ci(s, "intraday")) || extreme)
            && !contains_ci(s, "share")
            && !contains_ci(s, "stock")
            && n.value.to_u64().is_some_and(|v| (800..2000).contains(&v))
        {
            return true;
        }
    }
    for p in [
        "per ",
        "to the ",
        "against the ",
        "versus the ",
        "vs. the ",
        "a ",
    ] {
        if starts_ci(after, p) {
            let mut r = &after[p.len()..];
            for skip in ["u.s. ", "us "] {
                if starts_ci(r, skip) {
                    r = &r[skip.len()..];
                }
            }
            if [
                "dollar",
                "greenback",
                "euro",
                "yen",
                "yuan",
                "pound",
                "won",
                "$1",
                "us$1",
            ]
            .iter()
            .any(|c| starts_ci(r, c))
            {
                return true;
            }
        }
    }
    if n.top_scale == 0 {
        let mut from = start.saturating_sub(50);
        while !s.is_char_boundary(from) {
            from += 1;
        }
        let w = &s[from..start];
        if [
            "exchange rate",
            "won-dollar",
            "won/dollar",
            "dollar-won",
            "dollar/won",
        ]
        .iter()
        .any(|k| contains_ci(w, k))
        {
            return true;
        }
    }
    false
}

struct Amount {
    value: Decimal,
    code: &'static str,
    start: usize,
    end: usize,
}

fn amount(s: &str, n: &Numeral) -> Option<Amount> {
    let before = currency_before(s, n);
    let after = currency_after(s, n);
    match (before, after) {
        (Some((code, start)), Some((code2, 0, end))) if code == code2 => Some(Amount {
            value: n.value.clone(),
            code,
            start,
            end,
        }),
        (Some((code, start)), _) => Some(Amount {
            value: n.value.clone(),
            code,
            start,
            end: n.end,
        }),
        (None, Some((code, unit, end))) => Some(Amount {
            value: n.value.mul_pow10(unit)?,
            code,
            start: n.start,
            end,
        }),
        (None, None) => None,
    }
}

/// The joiner of a range after byte `i`: `-`, `–`, `~`, ` to `, ` and `
/// (after `between`, asked only then). Returns where the second number may
/// start (after an optional repeated symbol is left to the caller).
fn range_joiner(s: &str, i: usize, between: impl FnOnce() -> bool) -> Option<(usize, bool)> {
    let rest = s.get(i..)?;
    for j in ["-", "–", "~", "—"] {
        if let Some(a) = rest.strip_prefix(j) {
            return Some((s.len() - a.len(), false));
        }
    }
    for j in [" - ", " – ", " ~ "] {
        if let Some(a) = rest.strip_prefix(j) {
            return Some((s.len() - a.len(), false));
        }
    }
    if let Some(a) = rest.strip_prefix(" to ") {
        return Some((s.len() - a.len(), true));
    }
    if let Some(a) = rest.strip_prefix(" and ") {
        if between() {
            return Some((s.len() - a.len(), true));
        }
    }
    None
}

/// The second number of a range at `j`, possibly after a repeated symbol
/// (`$3 billion to $5 billion`).
fn second(s: &str, j: usize) -> Option<Numeral> {
    if let Some(n) = parse_en(s, j) {
        return Some(n);
    }
    let rest = s.get(j..)?;
    for &(sym, _) in SYMBOLS {
        if sym != "W" && rest.starts_with(sym) {
            return parse_en(s, j + sym.len());
        }
    }
    None
}

/// `gained $1.86 to $73.56`, `up $2 to $75`: a move and the level it
/// reached, two amounts (not a range). Transitive verbs (`raised $1 billion
/// to $2 billion`) and `by` may open a range and are left out.
fn moved_by(s: &str, start: usize) -> bool {
    let mut before = s[..start].trim_end();
    for cue in [
        "about",
        "around",
        "some",
        "nearly",
        "roughly",
        "more than",
        "over",
    ] {
        if ends_ci(before, cue) {
            before = before[..before.len() - cue.len()].trim_end();
            break;
        }
    }
    let last = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    [
        "rose",
        "rise",
        "rises",
        "rising",
        "risen",
        "gained",
        "gain",
        "gains",
        "fell",
        "fall",
        "falls",
        "falling",
        "fallen",
        "added",
        "adds",
        "lost",
        "loses",
        "jumped",
        "climbed",
        "slipped",
        "dropped",
        "declined",
        "increased",
        "decreased",
        "advanced",
        "surged",
        "soared",
        "slid",
        "sank",
        "tumbled",
        "plunged",
        "eased",
        "up",
        "down",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w))
}

/// `rose from $3 billion to $5 billion`: two amounts (a change), unless the
/// `from` opens a range (`ranging from`, `anywhere from`).
fn change_from(s: &str, start: usize) -> bool {
    let before = s[..start].trim_end();
    let Some(head) = before
        .strip_suffix("from")
        .or_else(|| before.strip_suffix("From"))
    else {
        return false;
    };
    if head.as_bytes().last().is_some_and(|&x| is_word_byte(x)) {
        return false;
    }
    let head = head.trim_end();
    let prev = head
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    ![
        "ranging", "range", "ranges", "ranged", "anywhere", "varying", "vary", "varies",
    ]
    .iter()
    .any(|w| prev.eq_ignore_ascii_case(w))
}

/// Appends the money mentions of `sentence` to `out`.
pub fn find(sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
    let _ = ctx;
    let s = sentence;
    // An amount needs a number; most sentences have none.
    let mut nums = scan_en(s).peekable();
    if nums.peek().is_none() || !may_have_amount(s) {
        return;
    }
    find_in(s, nums, out);
}

/// Like [`find`], given the numbers of `sentence` ([`scan_en`]'s, in order).
pub(crate) fn find_scanned(sentence: &str, nums: &[Numeral], out: &mut Vec<Mention>) {
    if !nums.is_empty() && may_have_amount(sentence) {
        find_in(sentence, nums.iter().cloned(), out);
    }
}

/// Cheap prefilter: an amount needs a digit or a spelled number with a
/// currency word.
fn may_have_amount(s: &str) -> bool {
    static CURRENCY_WORD: PerWorker<Regex> = PerWorker::new(|| {
        Regex::new("(?i)dollar|won|yen|euro|pound|yuan|cent|franc").expect("valid regex")
    });
    next_digit(s.as_bytes(), 0).is_some() || CURRENCY_WORD.is_match(s)
}

/// The money mentions among the numbers `nums` of `s` (left to right).
fn find_in(s: &str, nums: impl Iterator<Item = Numeral>, out: &mut Vec<Mention>) {
    let b = s.as_bytes();
    let mut last_end = 0;
    let mut last: Option<(usize, &'static str)> = None;
    for n in nums {
        if n.start < last_end {
            continue;
        }
        // Digits glued to letters are codes and names (`A380`, `COVID-19`),
        // except after a currency symbol such as `W`, `US$`, `Rs`.
        if !n.spelled
            && n.start > 0
            && b[n.start - 1].is_ascii_alphabetic()
            && currency_before(s, &n).is_none()
        {
            continue;
        }
        let mut value;
        let mut max = None;
        let code;
        let start;
        let mut end;
        let between = |st: usize| ends_ci(s[..st].trim_end(), "between");
        match amount(s, &n) {
            Some(a) => {
                value = a.value;
                code = a.code;
                start = a.start;
                end = a.end;
                // `$3 billion-$5 billion`, `$3-5 billion`.
                if let Some((j, word)) = range_joiner(s, end, || between(start)) {
                    let prefixed = a.start < n.start;
                    if let Some(m) = second(s, j) {
                        let mut v = value.clone();
                        if n.top_scale == 0 && m.top_scale > 0 && end == n.end {
                            if let Some(x) = v.mul_pow10(m.top_scale) {
                                v = x;
                            }
                        }
                        let a2 = amount(s, &m).or_else(|| {
                            prefixed.then(|| Amount {
                                value: m.value.clone(),
                                code,
                                start: m.start,
                                end: m.end,
                            })
                        });
                        if let Some(a2) = a2 {
                            // `between 50 million won and 200 million won`.
                            let between_and =
                                between(start) && s.get(end..j).is_some_and(|g| g == " and ");
                            let same_shape = !word
                                || (prefixed && !change_from(s, start) && !moved_by(s, start))
                                || between_and;
                            if a2.code == code && v < a2.value && same_shape && !m.spelled {
                                max = Some(a2.value);
                                end = a2.end;
                                value = v;
                            }
                        }
                    }
                }
            }
            None => {
                // `3 to 5 trillion won`: the first number takes the second's currency.
                let Some((j, _)) = range_joiner(s, n.end, || between(n.start)) else {
                    continue;
                };
                let Some(m) = second(s, j) else { continue };
                let Some(a2) = amount(s, &m) else { continue };
                if m.spelled != n.spelled {
                    continue;
                }
                let mut v = n.value.clone();
                if n.top_scale == 0 && m.top_scale > 0 {
                    match v.mul_pow10(m.top_scale) {
                        Some(x) => v = x,
                        None => continue,
                    }
                }
                if v >= a2.value {
                    continue;
                }
                value = v;
                max = Some(a2.value);
                code = a2.code;
                start = n.start;
                end = a2.end;
            }
        }
        push_money(s, out, &mut last, start, end, value, max, code, &n);
        last_end = end;
    }
}

#[allow(clippy::too_many_arguments)]
fn push_money(
    s: &str,
    out: &mut Vec<Mention>,
    last: &mut Option<(usize, &'static str)>,
    start: usize,
    end: usize,
    value: Decimal,
    max: Option<Decimal>,
    code: &'static str,
    n: &Numeral,
) {
    if is_rate(s, start, end, n, code) {
        return;
    }
    let mut start = start;
    let mut end = end;
    let mut approx = Approx::Exact;
    if let Some((a, p)) = prefix_cue(s, start) {
        approx = a;
        start = p;
    }
    if let Some((a, e)) = suffix_cue(s, end) {
        if approx == Approx::Exact {
            approx = a;
        }
        end = e;
    }
    let mut conversion = false;
    let before = s[..start].trim_end_matches(' ');
    if let Some(inner) = before.strip_suffix('(') {
        let inner = inner.trim_end_matches(' ');
        if let Some((prev_end, prev_code)) = *last {
            if prev_end == inner.len() && prev_code != code {
                conversion = true;
            }
        }
    }
    out.push(Mention {
        start,
        end,
        value: MentionValue::Money {
            amount: value.to_string(),
            amount_max: max.map(|m| m.to_string()),
            currency: code.to_string(),
            currency_inferred: false,
            approx,
            conversion,
        },
    });
    *last = Some((end, code));
}
