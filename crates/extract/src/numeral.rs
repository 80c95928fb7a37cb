//! Numbers as news writes them, in Korean and English, read exactly.
//!
//! Two readers share one result type, [`Numeral`]:
//!
//! * [`parse_ko`] reads Arabic digits with `,` grouping and decimals
//!   (`1,300`, `1.3`), Korean scale words 만/억/조/경 with 천/백/십 inside
//!   (`1조5천억`, `2만6천`, `5조 3,800억`, `2억 4천 4백만`, `3천477`), Hangul
//!   numerals (`삼조`, `일천오백억`, `이십오만`, `천만`) and the cue `여`
//!   attached to a number (`2만여`, `300여억`, `1만6천여`: `over = true`).
//! * [`parse_en`] reads Arabic digits with grouping and decimals, scale words
//!   (thousand … trillion, Indian lakh and crore) and news abbreviations
//!   (`5.38 trillion`, `1.9 mln`, `$130B` → `130B`, `500-billion-won`,
//!   `160-T`, `4.2bn`), and spelled numbers (`two million`, `twenty-five`,
//!   `a billion`).
//!
//! Both take a sentence and a byte position where a number may start, and
//! return the value as an exact [`Decimal`] with the byte offset just past
//! the number (`None` when no number starts there). They never panic and
//! never allocate per character; absurd numbers (hundreds of digits times
//! 조) either read exactly or give `None`.
//!
//! [`scan_ko`] and [`scan_en`] list every maximal number of a sentence left
//! to right, for rules that look at what follows each number.
//!
//! ```
//! use newsfacts_extract::numeral::{parse_en, parse_ko, scan_ko};
//! let s = "일자리 1만6천여명";
//! let n = parse_ko(s, s.find('1').unwrap()).unwrap();
//! assert_eq!(n.value.to_string(), "16000");
//! assert!(n.over);
//! assert_eq!(&s[n.start..n.end], "1만6천여");
//!
//! let n = parse_en("1.9 mln jobs", 0).unwrap();
//! assert_eq!(n.value.to_string(), "1900000");
//! assert_eq!(n.end, "1.9 mln".len());
//!
//! let all: Vec<String> = scan_ko("5조 3,800억 원과 2만여 명")
//!     .map(|n| n.value.to_string())
//!     .collect();
//! assert_eq!(all, ["5380000000000", "20000"]);
//! ```

use crate::decimal::Decimal;

/// A number read from a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Numeral {
    /// The exact value (`1조5천억` → `1500000000000`).
    pub value: Decimal,
    /// Byte offset of the first character (the position passed in).
    pub start: usize,
    /// Byte offset just past the last character read (after a trailing `여`,
    /// a scale word or abbreviation; never after a following space).
    pub end: usize,
    /// Power of ten of the largest scale word read: 만 4, 억 8, 조 12,
    /// thousand 3, million 6, billion 9, trillion 12; 0 without one.
    /// 천/백/십 inside a Korean number are not scale words here.
    pub top_scale: i32,
    /// A Korean `여` ("and more") was attached: `2만여`, `300여억`.
    pub over: bool,
    /// The number starts with a Hangul numeral or a bare unit (`삼조`,
    /// `일천억`, `천만`, `만`). Such numbers are easy to confuse with words
    /// (`구조조정`, `천안`), so rules should ask for a unit or currency next.
    pub hangul: bool,
    /// The number is spelled in English words (`two million`, `a billion`).
    pub spelled: bool,
    /// The digits had a decimal point (`1.3`, `1,320.5`).
    pub fraction: bool,
}

/// The bounds of a count range `low`–`high` (`3~5만`, `8 to 10 thousand`):
/// a lower number without a scale word takes the upper one's scale when
/// `lift` allows it (`3~5만` → 30000–50000). `None` unless low < high and
/// both fit in a `u64`.
pub fn count_range(low: u64, low_num: &Numeral, high: &Numeral, lift: bool) -> Option<(u64, u64)> {
    let b = high.value.to_u64()?;
    let a = if low_num.top_scale == 0 && high.top_scale > 0 && lift {
        10u64
            .checked_pow(high.top_scale as u32)
            .and_then(|p| low.checked_mul(p))?
    } else {
        low
    };
    (a < b).then_some((a, b))
}

// ---------------------------------------------------------------------------
// Shared helpers

/// The character starting at byte `i`, `None` past the end or off a
/// character boundary. ASCII and three-byte characters (Hangul) are read
/// straight from the bytes.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = s.as_bytes();
    match *b.get(i)? {
        c0 @ 0..=0x7F => Some(char::from(c0)),
        c0 @ 0xE0..=0xEF => {
            // A lead byte is a boundary, and valid UTF-8 has its two
            // continuation bytes.
            let &[_, b1, b2] = b.get(i..i + 3)? else {
                return None;
            };
            char::from_u32(
                (u32::from(c0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F),
            )
        }
        _ => s.get(i..).and_then(|t| t.chars().next()),
    }
}

fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|t| t.chars().next_back())
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// The offset of the first ASCII digit of `b` at or after `from`, eight
/// bytes at a time; `None` when there is none. The rules' cheap "any digit
/// here?" test and their digit-run scanner.
pub(crate) fn next_digit(b: &[u8], mut from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(from..from + 8) {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(chunk);
        let x = u64::from_le_bytes(bytes);
        // Per byte, without carries between bytes: its high bit says
        // `>= '0'`, and not `> '9'`, and ASCII.
        let low = x & !HIGH;
        let ge_0 = low + (0x80 - u64::from(b'0')) * ONES;
        let gt_9 = low + (0x80 - u64::from(b'9') - 1) * ONES;
        let digit = ge_0 & !gt_9 & !x & HIGH;
        if digit != 0 {
            return Some(from + (digit.trailing_zeros() / 8) as usize);
        }
        from += 8;
    }
    (from..b.len()).find(|&i| b[i].is_ascii_digit())
}

/// True when a number may start at `pos`: not in the middle of digits or
/// of a decimal like `3.5` or a group like `1,300`.
fn number_boundary(s: &str, pos: usize) -> bool {
    if !s.is_char_boundary(pos) || pos > s.len() {
        return false;
    }
    let b = s.as_bytes();
    if pos == 0 {
        return true;
    }
    let prev = b[pos - 1];
    if prev.is_ascii_digit() {
        return false;
    }
    if (prev == b'.' || prev == b',') && pos >= 2 && b[pos - 2].is_ascii_digit() {
        return false;
    }
    true
}

/// Reads Arabic digits at `pos`: `5`, `412500`, `1,320.5`, `0.8`. Grouping
/// commas must be followed by exactly three digits (`1,300`); a comma that
/// is not (`3,4월`) ends the number before it. Returns the value, the end
/// offset and whether there was a decimal point.
pub fn read_arabic(s: &str, pos: usize) -> Option<(Decimal, usize, bool)> {
    let b = s.as_bytes();
    let mut i = pos;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i == pos {
        return None;
    }
    let lead = i - pos;
    if lead <= 3 {
        // Grouped thousands: ",ddd" not followed by another digit.
        while i + 3 < b.len()
            && b[i] == b','
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
            && b[i + 3].is_ascii_digit()
            && !(i + 4 < b.len() && b[i + 4].is_ascii_digit())
        {
            i += 4;
        }
    }
    let int_end = i;
    let mut fraction = false;
    let mut frac_start = i;
    if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        fraction = true;
        frac_start = i + 1;
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    let frac = if fraction {
        &b[frac_start..i]
    } else {
        &b[0..0]
    };
    let d = Decimal::from_parts(&b[pos..int_end], frac)?;
    Some((d, i, fraction))
}

fn scaled(value: &Decimal, e: i32) -> Option<Decimal> {
    value.mul_pow10(e)
}

// ---------------------------------------------------------------------------
// Korean

const fn hangul_digit(c: char) -> Option<u64> {
    Some(match c {
        '일' => 1,
        '이' => 2,
        '삼' => 3,
        '사' => 4,
        '오' => 5,
        '육' | '륙' => 6,
        '칠' => 7,
        '팔' => 8,
        '구' => 9,
        _ => return None,
    })
}

const fn small_unit(c: char) -> Option<i32> {
    Some(match c {
        '십' => 1,
        '백' => 2,
        '천' => 3,
        _ => return None,
    })
}

const fn big_unit(c: char) -> Option<i32> {
    Some(match c {
        '만' => 4,
        '억' => 8,
        '조' => 12,
        '경' => 16,
        _ => return None,
    })
}

/// True for the characters a Hangul-led number starts with: a Hangul
/// digit, a small unit (`천만`) or a bare `만`.
const fn ko_starts_number(c: char) -> bool {
    hangul_digit(c).is_some() || small_unit(c).is_some() || c == '만'
}

/// The cue "and more" after a number part (`2만여`, `300여억`).
const YEO: char = '여';

/// True for the characters that may follow a digit in a number: a unit
/// (`삼천`, `5조`) or [`YEO`] (`삼여억`, `2만여`). A Hangul digit followed
/// by anything else is a lone digit, which [`parse_ko`] never reads as a
/// number (`삼성`, `이 회사`); Arabic digits followed by anything else are
/// the whole number (`2024년`).
const fn ko_follows_digit(c: char) -> bool {
    small_unit(c).is_some() || big_unit(c).is_some() || c == YEO
}

/// First and last code point of the Hangul syllables (`가`–`힣`).
const SYLLABLES: (u32, u32) = (0xAC00, 0xD7A3);
/// How many Hangul syllables there are.
const SYLLABLE_COUNT: usize = (SYLLABLES.1 - SYLLABLES.0 + 1) as usize;

/// A bit set over the Hangul syllables, one bit per syllable.
type SyllableSet = [u64; SYLLABLE_COUNT.div_ceil(64)];

/// The character classes [`syllable_set`] builds sets of.
#[derive(Clone, Copy)]
enum SyllableClass {
    /// [`ko_starts_number`]
    Start,
    /// [`hangul_digit`]
    Digit,
    /// [`ko_follows_digit`]
    AfterDigit,
}

/// The syllables of one class, as a bit set (at compile time).
const fn syllable_set(class: SyllableClass) -> SyllableSet {
    let mut set = [0u64; SYLLABLE_COUNT.div_ceil(64)];
    let mut k = 0;
    while k < SYLLABLE_COUNT {
        if let Some(c) = char::from_u32(SYLLABLES.0 + k as u32) {
            let member = match class {
                SyllableClass::Start => ko_starts_number(c),
                SyllableClass::Digit => hangul_digit(c).is_some(),
                SyllableClass::AfterDigit => ko_follows_digit(c),
            };
            if member {
                set[k / 64] |= 1 << (k % 64);
            }
        }
        k += 1;
    }
    set
}

/// The syllables that start a number ([`ko_starts_number`]).
static KO_STARTS: SyllableSet = syllable_set(SyllableClass::Start);
/// The Hangul digits.
static KO_DIGITS: SyllableSet = syllable_set(SyllableClass::Digit);
/// The syllables that may follow a Hangul digit ([`ko_follows_digit`]).
static KO_AFTER_DIGIT: SyllableSet = syllable_set(SyllableClass::AfterDigit);

/// The 64-code-point blocks of U+A000–U+DFFF (UTF-8 lead byte 0xEA–0xED,
/// block from the second byte) that hold a syllable of [`KO_STARTS`]:
/// one bit test on two bytes rejects most syllables.
static KO_START_BLOCKS: [u64; 4] = {
    let mut set = [0u64; 4];
    let mut k = 0;
    while k < SYLLABLE_COUNT {
        if KO_STARTS[k / 64] & (1 << (k % 64)) != 0 {
            let block = (SYLLABLES.0 as usize + k - 0xA000) >> 6;
            set[block / 64] |= 1 << (block % 64);
        }
        k += 1;
    }
    set
};

fn in_set(set: &SyllableSet, k: u32) -> bool {
    set[k as usize / 64] & (1 << (k % 64)) != 0
}

/// The index (from `가`) of the Hangul syllable whose UTF-8 starts at
/// `b[i]`, read straight from its three bytes; `None` for anything else.
#[inline]
fn syllable_at(b: &[u8], i: usize) -> Option<u32> {
    let &[b0, b1, b2] = b.get(i..i + 3)? else {
        return None;
    };
    if !matches!(b0, 0xEA..=0xED) || b1 & 0xC0 != 0x80 || b2 & 0xC0 != 0x80 {
        return None;
    }
    let cp = (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
    (SYLLABLES.0..=SYLLABLES.1)
        .contains(&cp)
        .then(|| cp - SYLLABLES.0)
}

/// True when a Hangul-led number may start at `i` (a character boundary
/// of a non-ASCII character): the syllable there starts a number
/// ([`ko_starts_number`]), no syllable comes right before it, and a Hangul
/// digit has a unit or [`YEO`] right after it. Safe as a filter:
/// [`parse_ko`] returns `None` for a non-digit start failing any of these.
#[inline]
fn ko_hangul_may_start(b: &[u8], i: usize) -> bool {
    let Some(&[b0, b1]) = b.get(i..i + 2) else {
        return false;
    };
    if !matches!(b0, 0xEA..=0xED) {
        return false;
    }
    let block = usize::from(b0 - 0xEA) * 64 + usize::from(b1 & 0x3F);
    if KO_START_BLOCKS[block / 64] & (1 << (block % 64)) == 0 {
        return false;
    }
    let Some(k) = syllable_at(b, i) else {
        return false;
    };
    in_set(&KO_STARTS, k)
        && !(i >= 3 && syllable_at(b, i - 3).is_some())
        && (!in_set(&KO_DIGITS, k)
            || syllable_at(b, i + 3).is_some_and(|n| in_set(&KO_AFTER_DIGIT, n)))
}

/// `여` directly after a number part, unless it starts a word (`여성`, `여당`).
fn yeo_at(s: &str, k: usize) -> Option<usize> {
    if char_at(s, k) != Some(YEO) {
        return None;
    }
    let after = char_at(s, k + 3);
    if let Some(c) = after {
        if matches!(
            c,
            '성' | '당'
                | '야'
                | '행'
                | '부'
                | '파'
                | '력'
                | '론'
                | '의'
                | '섯'
                | '기'
                | '지'
                | '자'
                | '러'
                | '름'
                | '유'
        ) {
            return None;
        }
    }
    Some(k + 3)
}

struct Section {
    value: Decimal,
    end: usize,
    /// Read a Hangul digit or a unit without coefficient.
    hangul: bool,
    /// Read a 천/백/십 unit.
    unit: bool,
    /// Only one Hangul digit and nothing else (`삼` of `삼조`, `이` of `이 회사`).
    lone_hangul_digit: bool,
    fraction: bool,
}

enum Coef {
    Arabic(Decimal, bool),
    Hangul(u64),
}

fn coef_at(s: &str, j: usize) -> Option<(Coef, usize)> {
    let c = char_at(s, j)?;
    if c.is_ascii_digit() {
        let (d, e, frac) = read_arabic(s, j)?;
        return Some((Coef::Arabic(d, frac), e));
    }
    hangul_digit(c).map(|n| (Coef::Hangul(n), j + c.len_utf8()))
}

/// A term with a small unit (`4백`, `오백`, `천`) starting at `j`, smaller than `below`?
fn unit_term_follows(s: &str, j: usize, below: i32) -> bool {
    let after_coef = match coef_at(s, j) {
        Some((_, e)) => e,
        None => j,
    };
    matches!(char_at(s, after_coef).and_then(small_unit), Some(u) if u < below)
}

/// One digit (Arabic or Hangul) at `j` that ends there: not `5천`, not `12`.
fn single_digit_at(s: &str, j: usize) -> bool {
    let Some((coef, e)) = coef_at(s, j) else {
        return false;
    };
    let one = match coef {
        Coef::Arabic(d, frac) => !frac && d < Decimal::from_u64(10),
        Coef::Hangul(_) => true,
    };
    one && e == j + char_at(s, j).map_or(0, char::len_utf8)
        && !char_at(s, e).is_some_and(|c| small_unit(c).is_some() || c.is_ascii_digit())
}

/// Reads the part of a Korean number below one big unit: `3천477`, `일천오백`,
/// `1,300`, `4천 4백`, `1.3`.
fn section(s: &str, i: usize) -> Option<Section> {
    let mut value = Decimal::zero();
    let mut last_unit = 4;
    let mut j = i;
    let mut got = false;
    let mut hangul = false;
    let mut unit = false;
    let mut fraction = false;
    let mut terms = 0;
    let mut lone = false;
    loop {
        let (coef, cj) = match coef_at(s, j) {
            Some((c, e)) => (Some(c), e),
            None => (None, j),
        };
        let u = char_at(s, cj)
            .and_then(small_unit)
            .filter(|&u| u < last_unit);
        if let Some(u) = u {
            let c = match &coef {
                Some(Coef::Arabic(d, f)) => {
                    fraction |= *f;
                    d.clone()
                }
                Some(Coef::Hangul(n)) => {
                    hangul = true;
                    Decimal::from_u64(*n)
                }
                None => {
                    hangul = true;
                    Decimal::from_u64(1)
                }
            };
            value = value.add(&scaled(&c, u)?)?;
            last_unit = u;
            j = cj + 3;
            got = true;
            unit = true;
            terms += 1;
            // `4천 4백`: a space between terms when a smaller unit term follows.
            if s.as_bytes().get(j) == Some(&b' ') && unit_term_follows(s, j + 1, last_unit) {
                j += 1;
            } else if u == 1 && s.as_bytes().get(j) == Some(&b' ') && single_digit_at(s, j + 1) {
                // `4십 5만`, `8십 9원`: the ones digit after a spaced 십.
                j += 1;
            }
            continue;
        }
        match coef {
            Some(Coef::Arabic(d, f)) => {
                // A bare Arabic number ends the section; after a unit only
                // when attached (`3천477`).
                if terms > 0 && j != cj && s.as_bytes().get(j) == Some(&b' ') {
                    break;
                }
                fraction |= f;
                value = value.add(&d)?;
                j = cj;
                got = true;
            }
            Some(Coef::Hangul(n)) => {
                hangul = true;
                if terms == 0 {
                    lone = true;
                }
                value = value.add(&Decimal::from_u64(n))?;
                j = cj;
                got = true;
            }
            None => {}
        }
        break;
    }
    got.then_some(Section {
        value,
        end: j,
        hangul,
        unit,
        lone_hangul_digit: lone,
        fraction,
    })
}

/// True when a Korean number can start at `k`: a digit, a Hangul digit or a
/// small unit.
fn ko_part_starts(s: &str, k: usize) -> bool {
    match char_at(s, k) {
        Some(c) => c.is_ascii_digit() || hangul_digit(c).is_some() || small_unit(c).is_some(),
        None => false,
    }
}

/// Reads a Korean-style number at byte `pos` (see the module docs).
///
/// `None` when `pos` is not on a character boundary, continues a number
/// (a digit or `3.`/`1,` before it), or starts a Hangul numeral inside a
/// word (a Hangul syllable before it: `삼성`), or when nothing numeric is
/// there. A lone Hangul digit with no unit after it (`이`, `삼성`) is not a
/// number; a bare `만` is 10,000 (`만 원`).
pub fn parse_ko(s: &str, pos: usize) -> Option<Numeral> {
    // Fast path for the common case, digits with nothing Korean attached
    // (`2024년`, `1,300 명`): what the full reader below returns for them.
    // Digits followed by a unit or 여 (`5조`, `3천`, `2만여`) go the full way.
    if s.as_bytes().get(pos).is_some_and(u8::is_ascii_digit) && number_boundary(s, pos) {
        let (value, end, fraction) = read_arabic(s, pos)?;
        if !char_at(s, end).is_some_and(ko_follows_digit) {
            return Some(Numeral {
                value,
                start: pos,
                end,
                top_scale: 0,
                over: false,
                hangul: false,
                spelled: false,
                fraction,
            });
        }
    }
    parse_ko_full(s, pos)
}

/// [`parse_ko`] without its fast path.
fn parse_ko_full(s: &str, pos: usize) -> Option<Numeral> {
    if !number_boundary(s, pos) {
        return None;
    }
    let first = char_at(s, pos)?;
    let starts_hangul = !first.is_ascii_digit();
    if starts_hangul {
        if !ko_starts_number(first) {
            return None;
        }
        if char_before(s, pos).is_some_and(is_hangul) {
            return None;
        }
    }
    let mut n = Numeral {
        value: Decimal::zero(),
        start: pos,
        end: pos,
        top_scale: 0,
        over: false,
        hangul: starts_hangul,
        spelled: false,
        fraction: false,
    };
    if first == '만' {
        // A bare 만: ten thousand, nothing more.
        n.value = Decimal::from_u64(10_000);
        n.end = pos + 3;
        n.top_scale = 4;
        // `만 오천`, `만오천`, `만 2천`: a part below 10,000 with a 천/백/십 unit.
        let k = n.end;
        let next = if ko_part_starts(s, k) {
            Some(k)
        } else if s.as_bytes().get(k) == Some(&b' ') && ko_part_starts(s, k + 1) {
            Some(k + 1)
        } else {
            None
        };
        if let Some(sec) = next.and_then(|j| section(s, j)) {
            let below = sec.value < Decimal::from_u64(10_000);
            let big_after = char_at(s, sec.end).and_then(big_unit).is_some();
            if sec.unit && !sec.fraction && !sec.lone_hangul_digit && below && !big_after {
                if let Some(v) = n.value.add(&sec.value) {
                    n.value = v;
                    n.end = sec.end;
                }
            }
        }
        if let Some(k) = yeo_at(s, n.end) {
            n.end = k;
            n.over = true;
        }
        return Some(n);
    }
    let mut last_big = i32::MAX;
    let mut i = pos;
    let mut after_space = false;
    let mut first_part = true;
    while let Some(sec) = section(s, i) {
        let mut k = sec.end;
        let mut yeo = false;
        if let Some(k2) = yeo_at(s, k) {
            k = k2;
            yeo = true;
        }
        let big = char_at(s, k).and_then(big_unit).filter(|&e| e < last_big);
        if let Some(e) = big {
            let add = scaled(&sec.value, e)?;
            n.value = n.value.add(&add)?;
            n.top_scale = n.top_scale.max(e);
            n.fraction |= sec.fraction;
            n.over |= yeo;
            last_big = e;
            k += 3;
            if let Some(k2) = yeo_at(s, k) {
                k = k2;
                n.over = true;
            }
            n.end = k;
            first_part = false;
            if n.over {
                break;
            }
            if ko_part_starts(s, k) {
                i = k;
                after_space = false;
                continue;
            }
            if s.as_bytes().get(k) == Some(&b' ') && ko_part_starts(s, k + 1) {
                i = k + 1;
                after_space = true;
                continue;
            }
            break;
        }
        // A final section without a big unit.
        if first_part && sec.lone_hangul_digit {
            return None;
        }
        if after_space {
            // `2만 5000`, `4만 5천`, `사만 오천`: only an integer below
            // 10,000 after 만, plain or with 천/백/십 units.
            let plain = !sec.hangul && !sec.unit && !sec.fraction;
            let units = sec.unit && !sec.fraction && !sec.lone_hangul_digit;
            if !(last_big == 4 && (plain || units) && sec.value < Decimal::from_u64(10_000)) {
                break;
            }
        }
        if !first_part && sec.fraction {
            break;
        }
        n.value = n.value.add(&sec.value)?;
        n.fraction |= sec.fraction;
        n.over |= yeo;
        n.end = k;
        let _ = sec.hangul;
        break;
    }
    (n.end > pos).then_some(n)
}

/// Every maximal Korean-style number of `s`, left to right.
pub fn scan_ko(s: &str) -> impl Iterator<Item = Numeral> + '_ {
    ScanKo { s, i: 0 }
}

/// The scanner behind [`scan_ko`]. It tries [`parse_ko`] at ASCII digits
/// (stepping over a digit run that does not parse, so `12` is not read
/// again as `2`) and at the Hangul syllables [`ko_hangul_may_start`]
/// admits; any other character starts nothing and is stepped over whole.
struct ScanKo<'a> {
    s: &'a str,
    i: usize,
}

impl Iterator for ScanKo<'_> {
    type Item = Numeral;
    fn next(&mut self) -> Option<Numeral> {
        let b = self.s.as_bytes();
        let mut i = self.i;
        while i < b.len() {
            let c = b[i];
            if c < 0x80 {
                if c.is_ascii_digit() {
                    if let Some(n) = parse_ko(self.s, i) {
                        self.i = n.end.max(i + 1);
                        return Some(n);
                    }
                    i += 1;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                } else {
                    i += 1;
                }
                continue;
            }
            if let (0xEA..=0xED, Some(&b1)) = (c, b.get(i + 1)) {
                // Hangul: the cheap block test first, inline.
                let lead = usize::from(c - 0xEA);
                if KO_START_BLOCKS[lead] & (1 << (b1 & 0x3F)) != 0 && ko_hangul_may_start(b, i) {
                    if let Some(n) = parse_ko(self.s, i) {
                        self.i = n.end.max(i + 1);
                        return Some(n);
                    }
                }
                i += 3;
                continue;
            }
            // On to the next character (`i` is always on a boundary).
            i += match c {
                0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
        }
        self.i = i;
        None
    }
}

// ---------------------------------------------------------------------------
// English

/// The scale word or abbreviation at `i` (after optional separators already
/// skipped) and its power of ten, with its end.
fn en_scale_word(s: &str, i: usize) -> Option<(i32, usize)> {
    let b = s.as_bytes();
    let mut j = i;
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    if j == i || j - i > 9 {
        return None;
    }
    let w = &s[i..j];
    let e = if w.eq_ignore_ascii_case("thousand") {
        3
    } else if w.eq_ignore_ascii_case("million")
        || w.eq_ignore_ascii_case("mln")
        || w.eq_ignore_ascii_case("mn")
    {
        6
    } else if w.eq_ignore_ascii_case("billion")
        || w.eq_ignore_ascii_case("bln")
        || w.eq_ignore_ascii_case("bn")
        || w.eq_ignore_ascii_case("bil")
    {
        9
    } else if w.eq_ignore_ascii_case("lakh") || w.eq_ignore_ascii_case("lakhs") {
        5
    } else if w.eq_ignore_ascii_case("crore") || w.eq_ignore_ascii_case("crores") {
        7
    } else if w.eq_ignore_ascii_case("trillion")
        || w.eq_ignore_ascii_case("tln")
        || w.eq_ignore_ascii_case("trn")
        || w.eq_ignore_ascii_case("tn")
        || w.eq_ignore_ascii_case("tr")
        || w.eq_ignore_ascii_case("trln")
    {
        12
    } else {
        return None;
    };
    Some((e, j))
}

/// A single-letter abbreviation attached to digits (`130B`, `5m`, `160-T`).
fn en_scale_letter(c: u8) -> Option<i32> {
    Some(match c {
        b'k' | b'K' => 3,
        b'm' | b'M' => 6,
        b'b' | b'B' => 9,
        b't' | b'T' => 12,
        _ => return None,
    })
}

fn word_end(b: &[u8], j: usize) -> bool {
    j >= b.len() || !(b[j].is_ascii_alphanumeric() || b[j] == b'_')
}

/// The scale after an Arabic number ending at `i`: attached abbreviation,
/// `-T`, or a space and a word. Returns the power of ten and the end.
fn en_scale_after(s: &str, i: usize) -> Option<(i32, usize)> {
    let b = s.as_bytes();
    let c = *b.get(i)?;
    if c.is_ascii_alphabetic() {
        if let Some((e, j)) = en_scale_word(s, i) {
            if word_end(b, j) {
                return Some((e, j));
            }
        }
        if let Some(e) = en_scale_letter(c) {
            if word_end(b, i + 1) {
                return Some((e, i + 1));
            }
        }
        return None;
    }
    if c == b'-' {
        // `a 500-billion-won project`
        if let Some((e, j)) = en_scale_word(s, i + 1) {
            if word_end(b, j) {
                return Some((e, j));
            }
        }
        let l = *b.get(i + 1)?;
        if matches!(l, b'T' | b'B' | b'M') && word_end(b, i + 2) {
            return en_scale_letter(l).map(|e| (e, i + 2));
        }
        return None;
    }
    if c == b' ' {
        let (e, j) = en_scale_word(s, i + 1)?;
        if word_end(b, j) {
            return Some((e, j));
        }
    }
    None
}

/// The words of a spelled English number, lowercase, with their values.
const EN_WORDS: &[(&str, EnWord)] = &[
    ("zero", EnWord::Small(0)),
    ("one", EnWord::Small(1)),
    ("two", EnWord::Small(2)),
    ("three", EnWord::Small(3)),
    ("four", EnWord::Small(4)),
    ("five", EnWord::Small(5)),
    ("six", EnWord::Small(6)),
    ("seven", EnWord::Small(7)),
    ("eight", EnWord::Small(8)),
    ("nine", EnWord::Small(9)),
    ("ten", EnWord::Small(10)),
    ("eleven", EnWord::Small(11)),
    ("twelve", EnWord::Small(12)),
    ("thirteen", EnWord::Small(13)),
    ("fourteen", EnWord::Small(14)),
    ("fifteen", EnWord::Small(15)),
    ("sixteen", EnWord::Small(16)),
    ("seventeen", EnWord::Small(17)),
    ("eighteen", EnWord::Small(18)),
    ("nineteen", EnWord::Small(19)),
    ("twenty", EnWord::Small(20)),
    ("thirty", EnWord::Small(30)),
    ("forty", EnWord::Small(40)),
    ("fifty", EnWord::Small(50)),
    ("sixty", EnWord::Small(60)),
    ("seventy", EnWord::Small(70)),
    ("eighty", EnWord::Small(80)),
    ("ninety", EnWord::Small(90)),
    ("hundred", EnWord::Hundred),
    ("thousand", EnWord::Scale(3)),
    ("million", EnWord::Scale(6)),
    ("billion", EnWord::Scale(9)),
    ("trillion", EnWord::Scale(12)),
];

/// Words that open a spelled number without being one: `a billion`,
/// `an eighty`… (see [`parse_spelled`]) and `half a million` ([`parse_half`]).
const EN_LEADS: &[&str] = &["a", "an", "half"];

/// How many words [`EN_WORDS`] and [`EN_LEADS`] hold together.
const EN_TABLE_LEN: usize = EN_WORDS.len() + EN_LEADS.len();

/// Word `k` of [`EN_WORDS`] followed by [`EN_LEADS`].
const fn en_table_word(k: usize) -> &'static [u8] {
    if k < EN_WORDS.len() {
        EN_WORDS[k].0.as_bytes()
    } else {
        EN_LEADS[k - EN_WORDS.len()].as_bytes()
    }
}

/// The code of `w[k]`, a letter in any case: 0–25, or 26 past the end of
/// the word (and for any byte that is no letter).
const fn letter_code(w: &[u8], k: usize) -> usize {
    if k < w.len() {
        let c = (w[k] | 0x20).wrapping_sub(b'a');
        if c < 26 {
            return c as usize;
        }
    }
    26
}

/// The key of the first three letters of a word, padded with "ended"
/// (`a` and `an` have keys too): one of 27³.
const fn prefix_key(w: &[u8]) -> usize {
    (letter_code(w, 0) * 27 + letter_code(w, 1)) * 27 + letter_code(w, 2)
}

/// Bit set of the [`prefix_key`]s of the words of [`EN_WORDS`] and
/// [`EN_LEADS`], computed at compile time from those tables.
static EN_PREFIXES: [u64; (27 * 27 * 27usize).div_ceil(64)] = {
    let mut set = [0u64; (27 * 27 * 27usize).div_ceil(64)];
    let mut k = 0;
    while k < EN_TABLE_LEN {
        let key = prefix_key(en_table_word(k));
        set[key / 64] |= 1 << (key % 64);
        k += 1;
    }
    set
};

/// For each first letter, the bit set of the lengths of the words of
/// [`EN_WORDS`] and [`EN_LEADS`] that start with it (`f`: 4, 5, 7, 8),
/// computed at compile time from those tables.
static EN_LENGTHS: [u32; 26] = {
    let mut lens = [0u32; 26];
    let mut k = 0;
    while k < EN_TABLE_LEN {
        let w = en_table_word(k);
        lens[letter_code(w, 0)] |= 1 << w.len();
        k += 1;
    }
    lens
};

/// True when `word`, a run of ASCII letters, has the first letter, the
/// length and the first three letters of some word of [`EN_WORDS`] or
/// [`EN_LEADS`]: two table look-ups, no comparison. It never rejects one
/// of those words, in any case.
#[inline(always)]
fn en_word_may_be(word: &[u8]) -> bool {
    let first = letter_code(word, 0);
    first < 26
        && word.len() < 32
        && EN_LENGTHS[first] & (1 << word.len()) != 0
        && EN_PREFIXES[prefix_key(word) / 64] & (1 << (prefix_key(word) % 64)) != 0
}

/// True when `word`, a whole run of ASCII letters, may open a spelled
/// number: it is a word of [`EN_LEADS`] or [`EN_WORDS`], in any case. Most
/// words of a sentence (`the`, `for`, `company`) fail [`en_word_may_be`],
/// before any comparison. Safe as a filter: [`parse_spelled`] reads
/// nothing unless its first word is one of these (a number word, `a`/`an`
/// before one, or `half a`).
#[inline(always)]
fn en_spelled_opens(word: &[u8]) -> bool {
    en_word_may_be(word) && en_table_has(word)
}

/// True when `word` is a word of [`EN_LEADS`] or [`EN_WORDS`], in any case.
#[inline(never)]
fn en_table_has(word: &[u8]) -> bool {
    EN_LEADS
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
        || EN_WORDS
            .iter()
            .any(|(w, _)| word.eq_ignore_ascii_case(w.as_bytes()))
}

/// The end of the run of ASCII letters that starts at or before `i`: the
/// first byte from `i` on that is no ASCII letter. Eight bytes at a time.
#[inline]
fn letters_end(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(chunk);
        let x = u64::from_le_bytes(bytes);
        // Per byte, without carries between bytes: lowercase it, then its
        // high bit says `>= 'a'`, and not `> 'z'`, and ASCII.
        let l = (x | (0x20 * ONES)) & !HIGH;
        let ge_a = l + (0x80 - u64::from(b'a')) * ONES;
        let gt_z = l + (0x80 - u64::from(b'z') - 1) * ONES;
        let letter = ge_a & !gt_z & !x & HIGH;
        let other = !letter & HIGH;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// The value of a number word (any case), `None` for any other word.
fn en_word_value(w: &str) -> Option<EnWord> {
    if !en_word_may_be(w.as_bytes()) {
        return None;
    }
    EN_WORDS
        .iter()
        .find(|(word, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, value)| value)
}

#[derive(Clone, Copy)]
enum EnWord {
    Small(u64),
    Hundred,
    Scale(i32),
}

/// `half a million`, `half a billion`: half of one scale word.
fn parse_half(s: &str, pos: usize) -> Option<Numeral> {
    let rest = s.get(pos..)?;
    let after = ["half a ", "Half a ", "HALF A ", "half an ", "Half an "]
        .iter()
        .find_map(|h| rest.strip_prefix(h))?;
    let k = s.len() - after.len();
    let b = s.as_bytes();
    let mut e = k;
    while e < b.len() && b[e].is_ascii_alphabetic() {
        e += 1;
    }
    if !word_end(b, e) {
        return None;
    }
    let Some(EnWord::Scale(scale)) = en_word_value(&s[k..e]) else {
        return None;
    };
    Some(Numeral {
        value: Decimal::from_u64(5).mul_pow10(scale - 1)?,
        start: pos,
        end: e,
        top_scale: scale,
        over: false,
        hangul: false,
        spelled: true,
        fraction: false,
    })
}

/// Spelled English number at `pos` (`two million`, `twenty-five`,
/// `one hundred and five`, `a billion`, `half a billion`).
fn parse_spelled(s: &str, pos: usize) -> Option<Numeral> {
    let b = s.as_bytes();
    if matches!(b.get(pos), Some(b'h' | b'H')) {
        if let Some(n) = parse_half(s, pos) {
            return Some(n);
        }
    }
    let mut total = Decimal::zero();
    let mut current: u64 = 0;
    let mut have_current = false;
    let mut any = false;
    let mut end = pos;
    let mut i = pos;
    let mut top = 0;
    let mut last_scale = i32::MAX;
    let mut last_small_tens = false;
    let mut last_hundred = false;
    let mut first = true;
    loop {
        let mut j = i;
        while j < b.len() && b[j].is_ascii_alphabetic() {
            j += 1;
        }
        if j == i || j - i > 9 {
            break;
        }
        let w = &s[i..j];
        let word = if first && (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")) {
            // `a billion`, `a hundred`: one, only before a multiplier.
            let k = j + 1;
            let mut e = k;
            while e < b.len() && b[e].is_ascii_alphabetic() {
                e += 1;
            }
            if b.get(j) != Some(&b' ') || e == k {
                break;
            }
            match en_word_value(&s[k..e]) {
                Some(EnWord::Hundred) | Some(EnWord::Scale(_)) => EnWord::Small(1),
                _ => break,
            }
        } else if !first && w.eq_ignore_ascii_case("and") {
            // `one hundred and five`: only after hundred/scale, before a small word.
            let k = j + 1;
            let mut e = k;
            while e < b.len() && b[e].is_ascii_alphabetic() {
                e += 1;
            }
            if b.get(j) == Some(&b' ')
                && e > k
                && matches!(en_word_value(&s[k..e]), Some(EnWord::Small(_)))
                && current.is_multiple_of(100)
                && any
            {
                i = k;
                continue;
            }
            break;
        } else {
            match en_word_value(w) {
                Some(x) => x,
                None => break,
            }
        };
        if !word_end(b, j) {
            break;
        }
        match word {
            EnWord::Small(n) => {
                // `twenty-five` after tens, `hundred five` after hundred; not `five six`.
                let ok = !have_current || (last_small_tens && n < 10) || (last_hundred && n < 100);
                if !ok {
                    break;
                }
                last_small_tens = n >= 20;
                last_hundred = false;
                current += n;
                have_current = true;
            }
            EnWord::Hundred => {
                if current >= 100 {
                    break;
                }
                current = if have_current { current } else { 1 } * 100;
                have_current = true;
                last_small_tens = false;
                last_hundred = true;
            }
            EnWord::Scale(e) => {
                if !have_current || e >= last_scale {
                    break;
                }
                total = total.add(&Decimal::from_u64(current).mul_pow10(e)?)?;
                current = 0;
                have_current = false;
                last_scale = e;
                top = top.max(e);
                last_small_tens = false;
                last_hundred = false;
            }
        }
        any = true;
        first = false;
        end = j;
        // Separators: a space or a hyphen between words.
        if j < b.len()
            && (b[j] == b' ' || b[j] == b'-')
            && j + 1 < b.len()
            && b[j + 1].is_ascii_alphabetic()
        {
            i = j + 1;
        } else {
            break;
        }
    }
    if !any {
        return None;
    }
    let value = total.add(&Decimal::from_u64(current))?;
    Some(Numeral {
        value,
        start: pos,
        end,
        top_scale: top,
        over: false,
        hangul: false,
        spelled: true,
        fraction: false,
    })
}

/// Reads an English-style number at byte `pos` (see the module docs).
///
/// `None` when `pos` is not on a character boundary, continues a number or
/// a word (an ASCII letter or digit before a spelled number), or when
/// nothing numeric is there. Digits may be followed by a scale: an attached
/// abbreviation (`130B`, `4.2bn`, `5m`), `-T`/`-B`/`-M` (`160-T`), or a space
/// and a word (`5.38 trillion`, `1.9 mln`, `2 bn`).
pub fn parse_en(s: &str, pos: usize) -> Option<Numeral> {
    if !number_boundary(s, pos) {
        return None;
    }
    let b = s.as_bytes();
    let c = *b.get(pos)?;
    if c.is_ascii_digit() {
        let (value, mut end, fraction) = read_arabic(s, pos)?;
        let mut top = 0;
        let mut value = value;
        if let Some((e, j)) = en_scale_after(s, end) {
            value = value.mul_pow10(e)?;
            top = e;
            end = j;
        }
        return Some(Numeral {
            value,
            start: pos,
            end,
            top_scale: top,
            over: false,
            hangul: false,
            spelled: false,
            fraction,
        });
    }
    if c.is_ascii_alphabetic() {
        if pos > 0 && (b[pos - 1].is_ascii_alphanumeric() || b[pos - 1] == b'-') {
            return None;
        }
        if !en_spelled_opens(&b[pos..letters_end(b, pos)]) {
            return None;
        }
        return parse_spelled(s, pos);
    }
    None
}

/// Every maximal English-style number of `s`, left to right (digits and
/// spelled numbers).
pub fn scan_en(s: &str) -> impl Iterator<Item = Numeral> + '_ {
    ScanEn { s, i: 0 }
}

/// The scanner behind [`scan_en`]. It tries [`parse_en`] where it could
/// succeed and steps over the rest a run at a time: a digit run that does
/// not parse (so `12` is not read again as `2`), and the letters after a
/// word's first (a spelled number only starts a word, and only a word
/// passing [`en_spelled_opens`]). Bytes of other characters start
/// nothing.
struct ScanEn<'a> {
    s: &'a str,
    i: usize,
}

impl Iterator for ScanEn<'_> {
    type Item = Numeral;
    fn next(&mut self) -> Option<Numeral> {
        let b = self.s.as_bytes();
        let mut i = self.i;
        while i < b.len() {
            let c = b[i];
            if c.is_ascii_digit() {
                if let Some(n) = parse_en(self.s, i) {
                    self.i = n.end.max(i + 1);
                    return Some(n);
                }
                i += 1;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
            } else if c.is_ascii_alphabetic() {
                let end = letters_end(b, i + 1);
                if (i == 0 || !b[i - 1].is_ascii_alphanumeric()) && en_spelled_opens(&b[i..end]) {
                    if let Some(n) = parse_en(self.s, i) {
                        self.i = n.end.max(i + 1);
                        return Some(n);
                    }
                }
                i = end;
            } else {
                i += 1;
            }
        }
        self.i = i;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ko(s: &str) -> Option<(String, String)> {
        parse_ko(s, 0).map(|n| (n.value.to_string(), s[n.start..n.end].to_string()))
    }

    fn en(s: &str) -> Option<(String, String)> {
        parse_en(s, 0).map(|n| (n.value.to_string(), s[n.start..n.end].to_string()))
    }

    #[test]
    fn korean_numbers() {
        for (input, value, surface) in [
            ("5조3800억원", "5380000000000", "5조3800억"),
            ("5조 3,800억 원", "5380000000000", "5조 3,800억"),
            ("1.3조", "1300000000000", "1.3조"),
            ("1조5천억 원", "1500000000000", "1조5천억"),
            ("2천억원", "200000000000", "2천억"),
            ("500만 원", "5000000", "500만"),
            ("1조1913억원", "1191300000000", "1조1913억"),
            ("3천477억원", "347700000000", "3천477억"),
            ("1천500억원", "150000000000", "1천500억"),
            ("1조3,000억원", "1300000000000", "1조3,000억"),
            ("2조 5,225억원", "2522500000000", "2조 5,225억"),
            ("9,870억원", "987000000000", "9,870억"),
            ("612조 원", "612000000000000", "612조"),
            ("12조 6천억 원", "12600000000000", "12조 6천억"),
            ("2억5천만 달러", "250000000", "2억5천만"),
            ("2억 4천 4백만 달러", "244000000", "2억 4천 4백만"),
            ("1만1,000원", "11000", "1만1,000"),
            ("9,860원", "9860", "9,860"),
            ("1,320.5원", "1320.5", "1,320.5"),
            ("2만6천", "26000", "2만6천"),
            ("2만 5000원", "25000", "2만 5000"),
            ("4만 5천원", "45000", "4만 5천"),
            ("사만 오천 원", "45000", "사만 오천"),
            ("12억3456만원", "1234560000", "12억3456만"),
            ("1억 2,000만 원", "120000000", "1억 2,000만"),
            ("일억 이천만 원", "120000000", "일억 이천만"),
            ("삼천오백만 원", "35000000", "삼천오백만"),
            ("백억", "10000000000", "백억"),
            ("14만5094개", "145094", "14만5094"),
            ("21조3천억원", "21300000000000", "21조3천억"),
            ("7조 2,000억 원", "7200000000000", "7조 2,000억"),
            ("8천500억원", "850000000000", "8천500억"),
            ("삼조 원", "3000000000000", "삼조"),
            ("일천억 원", "100000000000", "일천억"),
            ("일천오백억 원", "150000000000", "일천오백억"),
            ("이십오만", "250000", "이십오만"),
            ("삼천만원", "30000000", "삼천만"),
            ("십오억 원", "1500000000", "십오억"),
            ("천만 원", "10000000", "천만"),
            ("백만 원", "1000000", "백만"),
            ("만 원", "10000", "만"),
            (
                "1억 2천 3백 4십 5만 6천 7백 8십 9원",
                "123456789",
                "1억 2천 3백 4십 5만 6천 7백 8십 9",
            ),
            ("오십 오만 원", "550000", "오십 오만"),
            ("만 오천 원", "15000", "만 오천"),
            ("만오천원", "15000", "만오천"),
            ("만 2천명", "12000", "만 2천"),
            ("만 이 회사", "10000", "만"),
            ("오천 원", "5000", "오천"),
            ("구백구십구조", "999000000000000", "구백구십구조"),
            ("이억 사천사백만 달러", "244000000", "이억 사천사백만"),
            ("12", "12", "12"),
            ("1억 명", "100000000", "1억"),
            ("5조 300명", "5000000000000", "5조"),
            ("3조~5조원", "3000000000000", "3조"),
            ("3,4월", "3", "3"),
            ("1,2345", "1", "1"),
            ("0.5", "0.5", "0.5"),
        ] {
            assert_eq!(
                ko(input),
                Some((value.to_string(), surface.to_string())),
                "{input}"
            );
        }
    }

    #[test]
    fn korean_yeo() {
        for (input, value, surface) in [
            ("2만여 명", "20000", "2만여"),
            ("300여억 원", "30000000000", "300여억"),
            ("1만6천여명", "16000", "1만6천여"),
            ("100여명", "100", "100여"),
            ("1억여원", "100000000", "1억여"),
        ] {
            let n = parse_ko(input, 0).unwrap();
            assert_eq!(n.value.to_string(), value, "{input}");
            assert_eq!(&input[n.start..n.end], surface, "{input}");
            assert!(n.over, "{input}");
        }
        let n = parse_ko("3명 여성", 0).unwrap();
        assert!(!n.over);
        let n = parse_ko("300여성", 0).unwrap();
        assert_eq!((n.value.to_string(), n.over), ("300".to_string(), false));
    }

    #[test]
    fn korean_non_numbers() {
        for input in [
            "삼성",
            "이 회사",
            "사업",
            "일자리",
            "원",
            "억",
            "조",
            "",
            "여",
        ] {
            assert_eq!(ko(input), None, "{input}");
        }
        // Inside a word or a number.
        assert!(parse_ko("구삼조", 3).is_none());
        assert!(parse_ko("123", 1).is_none());
        assert!(parse_ko("3.5", 2).is_none());
        assert!(parse_ko("1,300", 2).is_none());
        // Not a char boundary, out of range.
        assert!(parse_ko("삼조", 1).is_none());
        assert!(parse_ko("1", 5).is_none());
    }

    #[test]
    fn korean_flags() {
        let n = parse_ko("삼조 원", 0).unwrap();
        assert!(n.hangul && n.top_scale == 12);
        let n = parse_ko("3천억", 0).unwrap();
        assert!(!n.hangul && n.top_scale == 8);
        let n = parse_ko("1.3조", 0).unwrap();
        assert!(n.fraction);
        let n = parse_ko("3천", 0).unwrap();
        assert_eq!(n.top_scale, 0);
    }

    #[test]
    fn english_numbers() {
        for (input, value, surface) in [
            ("5.38 trillion won", "5380000000000", "5.38 trillion"),
            ("1.0107 trillion won", "1010700000000", "1.0107 trillion"),
            ("23.21 billion won", "23210000000", "23.21 billion"),
            ("130B over", "130000000000", "130B"),
            ("160-T won", "160000000000000", "160-T"),
            ("1.9 mln jobs", "1900000", "1.9 mln"),
            ("2.5 Mln Jobs", "2500000", "2.5 Mln"),
            ("4.2bn", "4200000000", "4.2bn"),
            ("4.2 bn", "4200000000", "4.2 bn"),
            ("5m", "5000000", "5m"),
            ("320,000 new jobs", "320000", "320,000"),
            ("412,500 won", "412500", "412,500"),
            ("4.25 per ton", "4.25", "4.25"),
            ("1,320.5 won", "1320.5", "1,320.5"),
            ("5 Trillion Won", "5000000000000", "5 Trillion"),
            ("500 Billion Yen", "500000000000", "500 Billion"),
            ("10 trillion", "10000000000000", "10 trillion"),
            ("5 millions", "5", "5"),
            ("5 mileage", "5", "5"),
            ("3M company", "3000000", "3M"),
            ("5km", "5", "5"),
            ("two million jobs", "2000000", "two million"),
            ("twenty-five dollars", "25", "twenty-five"),
            ("one hundred and five", "105", "one hundred and five"),
            ("a billion dollars", "1000000000", "a billion"),
            ("three hundred thousand", "300000", "three hundred thousand"),
            (
                "two million five hundred thousand",
                "2500000",
                "two million five hundred thousand",
            ),
            ("ten", "10", "ten"),
            ("Five Trillion Won", "5000000000000", "Five Trillion"),
            ("500-billion-won project", "500000000000", "500-billion"),
            ("3 lakh", "300000", "3 lakh"),
            ("half a billion dollars", "500000000", "half a billion"),
            ("450tr", "450000000000000", "450tr"),
            ("1.2 bil.", "1200000000", "1.2 bil"),
            ("Half a million won", "500000", "Half a million"),
        ] {
            assert_eq!(
                en(input),
                Some((value.to_string(), surface.to_string())),
                "{input}"
            );
        }
    }

    #[test]
    fn english_non_numbers() {
        for input in ["a plan", "won", "someone", "and five", "hundreds", "", "$"] {
            assert_eq!(en(input), None, "{input}");
        }
        assert!(parse_en("anyone", 1).is_none());
        assert!(parse_en("x2", 1).is_some()); // letters before digits are the caller's call
        assert!(parse_en("12", 1).is_none());
    }

    #[test]
    fn absurd_numbers_do_not_panic() {
        let long = "9".repeat(400);
        let n = parse_ko(&format!("{long}조"), 0).unwrap();
        assert_eq!(n.value.to_string(), format!("{long}{}", "0".repeat(12)));
        assert!(parse_ko(&"9".repeat(5000), 0).is_none());
        let n = parse_ko("999999999999999999999999999조", 0).unwrap();
        assert_eq!(
            n.value.to_string(),
            format!("{}{}", "9".repeat(27), "0".repeat(12))
        );
        let n = parse_en(&format!("{long} trillion"), 0).unwrap();
        assert_eq!(n.value.to_string().len(), 412);
        for s in [
            "조조조조",
            "천천천",
            "1,",
            "1.",
            ".5",
            "1..2",
            "9,999,999,999,999,999,999,999 trillion",
            "٣",
            "１２",
        ] {
            let _ = parse_ko(s, 0);
            let _ = parse_en(s, 0);
            let _: Vec<_> = scan_ko(s).collect();
            let _: Vec<_> = scan_en(s).collect();
        }
    }

    /// The scanner `scan_ko` and `scan_en` were before their prefilters:
    /// `parse` is tried at every position where `starts` holds. The
    /// reference the fast scanners are held to.
    struct Scan<'a, P, S> {
        s: &'a str,
        i: usize,
        parse: P,
        starts: S,
    }

    impl<P, S> Iterator for Scan<'_, P, S>
    where
        P: Fn(&str, usize) -> Option<Numeral>,
        S: Fn(&[u8], usize) -> bool,
    {
        type Item = Numeral;
        fn next(&mut self) -> Option<Numeral> {
            let b = self.s.as_bytes();
            while self.i < b.len() {
                let i = self.i;
                if self.s.is_char_boundary(i) && (self.starts)(b, i) {
                    if let Some(n) = (self.parse)(self.s, i) {
                        self.i = n.end.max(i + 1);
                        return Some(n);
                    }
                }
                // Skip to the next character (or past the digits of a number
                // that did not parse, so `12` is not read again as `2`).
                let mut j = i + 1;
                while j < b.len()
                    && (!self.s.is_char_boundary(j)
                        || b[j - 1].is_ascii_digit() && b[j].is_ascii_digit())
                {
                    j += 1;
                }
                self.i = j;
            }
            None
        }
    }

    /// Every line of the rule tables: real sentences in both languages.
    fn table_lines() -> Vec<&'static str> {
        [
            include_str!("../../../tests/tables/money.en.toml"),
            include_str!("../../../tests/tables/jobs.en.toml"),
            include_str!("../../../tests/tables/year.en.toml"),
            include_str!("../../../tests/tables/sentence.en.toml"),
            include_str!("../../../tests/tables/money.ko.toml"),
            include_str!("../../../tests/tables/jobs.ko.toml"),
            include_str!("../../../tests/tables/year.ko.toml"),
        ]
        .iter()
        .flat_map(|t| t.lines())
        .collect()
    }

    /// Sentences stitched from number words (in any case), near misses
    /// (`for`, `thirds`, `hundreds`, `and`), digits, scale abbreviations,
    /// separators and Hangul, by a fixed xorshift sequence.
    fn stitched_sentences() -> Vec<String> {
        const PIECES: &[&str] = &[
            "one",
            "Two",
            "THREE",
            "twenty",
            "twenty-five",
            "hundred",
            "Hundred",
            "thousand",
            "million",
            "billion",
            "trillion",
            "a",
            "A",
            "an",
            "An",
            "and",
            "half",
            "Half",
            "HALF",
            "for",
            "forty",
            "fort",
            "thirds",
            "hundreds",
            "the",
            "this",
            "seventeen",
            "seventeens",
            "ten",
            "tens",
            "zero",
            "bill",
            "mil",
            "5",
            "12",
            "1,300",
            "3.5",
            "130B",
            "4.2bn",
            "mln",
            "-",
            " ",
            " ",
            " ",
            "  ",
            ",",
            ".",
            "$",
            "x",
            "원",
            "삼",
            "2024",
            "nine-",
            "-T",
            "k",
        ];
        stitch(PIECES, 0x2545_F491_4F6C_DD1D, 3)
    }

    /// `parse_en` without the spelled-number prefilter: the reader as it
    /// was before the filter, to hold the filter to.
    fn parse_en_unfiltered(s: &str, pos: usize) -> Option<Numeral> {
        let b = s.as_bytes();
        match b.get(pos) {
            Some(c) if c.is_ascii_alphabetic() && number_boundary(s, pos) => {
                if pos > 0 && (b[pos - 1].is_ascii_alphanumeric() || b[pos - 1] == b'-') {
                    return None;
                }
                parse_spelled(s, pos)
            }
            _ => parse_en(s, pos),
        }
    }

    #[test]
    fn scan_en_agrees_with_trying_every_position() {
        let stitched = stitched_sentences();
        let texts = table_lines()
            .into_iter()
            .chain(stitched.iter().map(String::as_str));
        for s in texts {
            let reference: Vec<Numeral> = Scan {
                s,
                i: 0,
                parse: parse_en_unfiltered,
                starts: |b: &[u8], i: usize| {
                    let c = b[i];
                    c.is_ascii_digit()
                        || (c.is_ascii_alphabetic()
                            && (i == 0 || !b[i - 1].is_ascii_alphanumeric()))
                },
            }
            .collect();
            assert_eq!(scan_en(s).collect::<Vec<_>>(), reference, "{s}");
            for i in 0..=s.len() {
                assert_eq!(parse_en(s, i), parse_en_unfiltered(s, i), "{s} at {i}");
            }
        }
    }

    /// Korean sentences stitched from numerals, units, words that hold a
    /// numeral syllable (`삼성`, `구조`), digits and punctuation.
    fn stitched_korean() -> Vec<String> {
        const PIECES: &[&str] = &[
            "일",
            "이",
            "삼",
            "사",
            "오",
            "육",
            "륙",
            "칠",
            "팔",
            "구",
            "십",
            "백",
            "천",
            "만",
            "억",
            "조",
            "경",
            "여",
            "삼성",
            "구조",
            "이 회사",
            "만원",
            "천안",
            "1",
            "12",
            "1,300",
            "3.5",
            "2만",
            "5조",
            "원",
            "명",
            " ",
            " ",
            ",",
            ".",
            "~",
            "여성",
            "a",
            "x1",
            "é",
            "😀",
            "1.",
            "3,4",
        ];
        stitch(PIECES, 0x9E37_79B9_7F4A_7C15, 2)
    }

    /// 4,000 strings of 1 to 12 `pieces` drawn by a fixed xorshift sequence
    /// from `seed`, glued with no space one time in `glue_every`, else with one.
    fn stitch(pieces: &[&str], seed: u64, glue_every: u64) -> Vec<String> {
        let mut x = seed;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        (0..4000)
            .map(|_| {
                let n = 1 + next() % 12;
                (0..n)
                    .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                    .collect::<Vec<_>>()
                    .join(if next() % glue_every == 0 { "" } else { " " })
            })
            .collect()
    }

    #[test]
    fn parse_ko_fast_path_agrees_with_the_full_reader() {
        let stitched = stitched_korean();
        for s in table_lines()
            .into_iter()
            .chain(stitched.iter().map(String::as_str))
        {
            for i in 0..=s.len() {
                assert_eq!(parse_ko(s, i), parse_ko_full(s, i), "{s} at {i}");
                assert_eq!(
                    char_at(s, i),
                    s.get(i..).and_then(|t| t.chars().next()),
                    "{s} at {i}"
                );
            }
        }
    }

    #[test]
    fn scan_ko_agrees_with_trying_every_position() {
        let stitched = stitched_korean();
        let texts = table_lines()
            .into_iter()
            .chain(stitched.iter().map(String::as_str));
        for s in texts {
            let reference: Vec<Numeral> = Scan {
                s,
                i: 0,
                parse: parse_ko,
                starts: |b: &[u8], i: usize| b[i].is_ascii_digit() || matches!(b[i], 0xEA..=0xED),
            }
            .collect();
            assert_eq!(scan_ko(s).collect::<Vec<_>>(), reference, "{s}");
        }
    }

    #[test]
    fn korean_start_filter_never_rejects_a_number() {
        let mut admitted = 0;
        for k in 0..=(SYLLABLES.1 - SYLLABLES.0) {
            let c = char::from_u32(SYLLABLES.0 + k).unwrap_or(' ');
            for next in [
                "", "천", "십", "만", "억", "조", "경", "여", "여억", "자", " ", "1", "a",
            ] {
                let s = format!(" {c}{next}");
                if ko_hangul_may_start(s.as_bytes(), 1) {
                    admitted += 1;
                } else {
                    assert!(parse_ko(&s, 1).is_none(), "{s}");
                }
                let s = format!("가{c}{next}");
                assert!(!ko_hangul_may_start(s.as_bytes(), 3), "{s}");
            }
        }
        // The starts of numbers pass: 14 characters, with the right followers.
        assert!(admitted > 14 * 4, "{admitted}");
        for c in ['a', '1', 'ㄱ', '一', '😀'] {
            let s = format!(" {c}");
            assert!(!ko_hangul_may_start(s.as_bytes(), 1), "{c}");
        }
    }

    #[test]
    fn every_number_word_passes_the_filter() {
        for w in EN_WORDS
            .iter()
            .map(|&(w, _)| w)
            .chain(EN_LEADS.iter().copied())
        {
            for v in [w.to_string(), w.to_uppercase(), {
                let mut c = w.to_string();
                c[..1].make_ascii_uppercase();
                c
            }] {
                assert!(en_spelled_opens(v.as_bytes()), "{v}");
            }
        }
        for w in [
            "the",
            "for",
            "thirds",
            "hundreds",
            "and",
            "bill",
            "",
            "seventeens",
        ] {
            assert!(!en_spelled_opens(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn next_digit_matches_a_byte_loop() {
        let stitched = stitched_sentences();
        for s in table_lines()
            .into_iter()
            .chain(stitched.iter().map(String::as_str))
            .chain(["", "1", "abcdefgh1", "/:0123456789"])
        {
            let b = s.as_bytes();
            for i in 0..=b.len() {
                let want = (i..b.len()).find(|&j| b[j].is_ascii_digit());
                assert_eq!(next_digit(b, i), want, "{s} at {i}");
            }
        }
        for v in 0..=255u8 {
            let b = [b'a', b'b', v, b'c', b'd', b'e', b'f', b'g', b'h', b'i', v];
            let want = v.is_ascii_digit().then_some(2);
            assert_eq!(next_digit(&b, 0), want, "{v}");
        }
    }

    #[test]
    fn letters_end_matches_a_byte_loop() {
        let stitched = stitched_sentences();
        for s in table_lines()
            .into_iter()
            .chain(stitched.iter().map(String::as_str))
            .chain([
                "",
                "a",
                "abcdefgh",
                "abcdefghi",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{",
            ])
        {
            let b = s.as_bytes();
            for i in 0..=b.len() {
                let mut j = i;
                while j < b.len() && b[j].is_ascii_alphabetic() {
                    j += 1;
                }
                assert_eq!(letters_end(b, i), j, "{s} at {i}");
            }
        }
        // Every byte value, alone and inside a run of letters.
        for v in 0..=255u8 {
            let b = [b'a', b'b', v, b'c', b'd', b'e', b'f', b'g', b'h', b'i', v];
            let want = if v.is_ascii_alphabetic() { 11 } else { 2 };
            assert_eq!(letters_end(&b, 0), want, "{v}");
        }
    }

    #[test]
    fn scans() {
        let got: Vec<String> = scan_ko("일자리 14만5094개와 1만6천여명, 2,040가구")
            .map(|n| n.value.to_string())
            .collect();
        assert_eq!(got, ["145094", "16000", "2040"]);
        let got: Vec<String> = scan_en("320,000 jobs, two million jobs and 1.9 mln jobs in 2025")
            .map(|n| n.value.to_string())
            .collect();
        assert_eq!(got, ["320000", "2000000", "1900000", "2025"]);
    }
}
