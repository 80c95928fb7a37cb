//! Exact decimal numbers for normalized amounts.
//!
//! A [`Decimal`] is an integer significand times a power of ten
//! (`538 × 10^-2`), so `1.0107 trillion` is exactly `1010700000000`: no
//! floating point anywhere. A significand that fits a `u64` (up to 19
//! significant digits: every amount news writes) is held inline, so reading,
//! scaling and adding numbers never allocates; longer ones are a string of
//! digits, with the same results. Only the operations money and counts need
//! are here: parse, multiply by `10^k`, add, compare, print canonically. Numbers
//! are bounded ([`MAX_DIGITS`] digits, exponent within ±[`MAX_EXP`]); an
//! operation that would go past the bound returns `None` instead of
//! panicking or allocating without end, so absurd inputs yield no mention.
//!
//! ```
//! use newsfacts_extract::decimal::Decimal;
//! let d = Decimal::parse("1.0107").unwrap().mul_pow10(12).unwrap();
//! assert_eq!(d.to_string(), "1010700000000");
//! let sum = d.add(&Decimal::parse("0.5").unwrap()).unwrap();
//! assert_eq!(sum.to_string(), "1010700000000.5");
//! ```

use std::cmp::Ordering;
use std::fmt;

/// Most significant digits a decimal may hold.
pub const MAX_DIGITS: usize = 512;
/// Largest absolute power of ten a decimal may carry.
pub const MAX_EXP: i32 = 512;

/// A non-negative exact decimal: `significand × 10^exp`.
///
/// Invariants (one representation per value, so the derived `Eq` and
/// `Hash` compare values): the significand has no trailing zeros (zero is
/// `Small(0)` with `exp == 0`); it is `Small` exactly when it fits in a
/// `u64`, so the amounts news writes never touch the heap, and `Big`
/// (ASCII digits, most significant first, no leading zero) otherwise.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Decimal {
    sig: Sig,
    exp: i32,
}

/// The significand of a [`Decimal`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Sig {
    Small(u64),
    Big(Box<[u8]>),
}

impl Default for Decimal {
    fn default() -> Decimal {
        Decimal::zero()
    }
}

/// The decimal digits of `n` as ASCII, most significant first, in `buf`
/// (empty for zero).
fn u64_digits(mut n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut i = buf.len();
    while n != 0 {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    &buf[i..]
}

/// `10^k` as a `u128`, or `None` past `u128`.
fn pow10_u128(k: u32) -> Option<u128> {
    10u128.checked_pow(k)
}

impl Decimal {
    /// Zero.
    pub fn zero() -> Decimal {
        Decimal {
            sig: Sig::Small(0),
            exp: 0,
        }
    }

    /// The integer `n`.
    pub fn from_u64(mut n: u64) -> Decimal {
        if n == 0 {
            return Decimal::zero();
        }
        // Trailing zeros into the exponent.
        let mut exp = 0;
        while n.is_multiple_of(10) {
            n /= 10;
            exp += 1;
        }
        Decimal {
            sig: Sig::Small(n),
            exp,
        }
    }

    /// `m × 10^exp` in canonical form, or `None` past the bounds.
    fn from_u64_exp(mut m: u64, mut exp: i32) -> Option<Decimal> {
        if m == 0 {
            return Some(Decimal::zero());
        }
        while m.is_multiple_of(10) {
            m /= 10;
            exp = exp.checked_add(1)?;
        }
        if exp.unsigned_abs() > MAX_EXP as u32 {
            return None;
        }
        Some(Decimal {
            sig: Sig::Small(m),
            exp,
        })
    }

    /// `m × 10^exp` in canonical form, or `None` past the bounds.
    fn from_u128(mut m: u128, mut exp: i32) -> Option<Decimal> {
        if let Ok(small) = u64::try_from(m) {
            // u64 division is much cheaper than u128 division.
            return Decimal::from_u64_exp(small, exp);
        }
        while m.is_multiple_of(10) {
            m /= 10;
            exp = exp.checked_add(1)?;
        }
        if exp.unsigned_abs() > MAX_EXP as u32 {
            return None;
        }
        let sig = match u64::try_from(m) {
            Ok(small) => Sig::Small(small),
            Err(_) => Sig::Big(m.to_string().into_bytes().into_boxed_slice()),
        };
        Some(Decimal { sig, exp })
    }

    /// `digits × 10^exp` (ASCII digits, most significant first) in canonical
    /// form, or `None` past the bounds. The reference path every operation
    /// falls back to when its value does not fit the fast one.
    fn from_digits(digits: &[u8], mut exp: i32) -> Option<Decimal> {
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        let mut digits = &digits[lead..];
        while let Some((&b'0', rest)) = digits.split_last() {
            digits = rest;
            exp = exp.checked_add(1)?;
        }
        if digits.is_empty() {
            return Some(Decimal::zero());
        }
        if digits.len() > MAX_DIGITS || exp.unsigned_abs() > MAX_EXP as u32 {
            return None;
        }
        let mut small: Option<u64> = Some(0);
        for &d in digits {
            small = small
                .and_then(|n| n.checked_mul(10))
                .and_then(|n| n.checked_add(u64::from(d - b'0')));
        }
        let sig = match small {
            Some(n) => Sig::Small(n),
            None => Sig::Big(digits.into()),
        };
        Some(Decimal { sig, exp })
    }

    /// The significand's ASCII digits, most significant first (empty for zero).
    fn digits<'a>(&'a self, buf: &'a mut [u8; 20]) -> &'a [u8] {
        match &self.sig {
            Sig::Small(n) => u64_digits(*n, buf),
            Sig::Big(d) => d,
        }
    }

    /// Parses ASCII digits with at most one `.` (`"5.38"`, `"412500"`,
    /// `".5"`); no sign, no grouping commas, no exponent. `None` when the
    /// text is anything else or exceeds the bounds.
    pub fn parse(s: &str) -> Option<Decimal> {
        let (int, frac) = match s.find('.') {
            Some(i) => (&s[..i], &s[i + 1..]),
            None => (s, ""),
        };
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        Decimal::from_parts(int.as_bytes(), frac.as_bytes())
    }

    /// Builds a decimal from the ASCII digits of its integer part and of its
    /// fraction. Bytes other than `0`–`9` (a grouping comma, say) are
    /// skipped in the integer part and rejected in the fraction.
    pub fn from_parts(int: &[u8], frac: &[u8]) -> Option<Decimal> {
        if frac.len() > MAX_EXP as usize {
            return None;
        }
        // Fast path: the digits fit a u64 (leading zeros add nothing).
        let mut n: u64 = 0;
        let mut fits = true;
        for &b in int.iter().chain(frac) {
            if b.is_ascii_digit() {
                match n
                    .checked_mul(10)
                    .and_then(|m| m.checked_add(u64::from(b - b'0')))
                {
                    Some(m) => n = m,
                    None => {
                        fits = false;
                        break;
                    }
                }
            } else if b != b',' {
                fits = false;
                break;
            }
        }
        if fits && !frac.contains(&b',') {
            return Decimal::from_u64_exp(n, -(frac.len() as i32));
        }
        // Long numbers and invalid bytes: the digit path.
        let mut digits = Vec::with_capacity(int.len() + frac.len());
        for &b in int {
            if b.is_ascii_digit() {
                digits.push(b);
            } else if b != b',' {
                return None;
            }
        }
        for &b in frac {
            if !b.is_ascii_digit() {
                return None;
            }
            digits.push(b);
        }
        Decimal::from_digits(&digits, -(frac.len() as i32))
    }

    /// True for zero.
    pub fn is_zero(&self) -> bool {
        matches!(self.sig, Sig::Small(0))
    }

    /// True when the value has no fractional part.
    pub fn is_integer(&self) -> bool {
        self.exp >= 0
    }

    /// The value as a `u64` when it is an integer that fits.
    pub fn to_u64(&self) -> Option<u64> {
        if !self.is_integer() {
            return None;
        }
        match &self.sig {
            Sig::Small(n) => n.checked_mul(10u64.checked_pow(self.exp as u32)?),
            // A significand past u64 is no u64 at any exponent.
            Sig::Big(_) => None,
        }
    }

    /// `self × 10^k`, or `None` past the bounds.
    pub fn mul_pow10(&self, k: i32) -> Option<Decimal> {
        if self.is_zero() {
            return Some(Decimal::zero());
        }
        let exp = self.exp.checked_add(k)?;
        if exp.unsigned_abs() > MAX_EXP as u32 {
            return None;
        }
        Some(Decimal {
            sig: self.sig.clone(),
            exp,
        })
    }

    /// `self + other`, or `None` past the bounds.
    pub fn add(&self, other: &Decimal) -> Option<Decimal> {
        if self.is_zero() {
            return Some(other.clone());
        }
        if other.is_zero() {
            return Some(self.clone());
        }
        let exp = self.exp.min(other.exp);
        if let (Sig::Small(a), Sig::Small(b)) = (&self.sig, &other.sig) {
            // Both aligned to the common exponent in a u128, when they fit.
            let a = pow10_u128((self.exp - exp) as u32).and_then(|p| p.checked_mul(u128::from(*a)));
            let b =
                pow10_u128((other.exp - exp) as u32).and_then(|p| p.checked_mul(u128::from(*b)));
            if let Some(sum) = a.zip(b).and_then(|(a, b)| a.checked_add(b)) {
                return Decimal::from_u128(sum, exp);
            }
        }
        self.add_digits(other, exp)
    }

    /// `self + other` digit by digit at the common exponent `exp`.
    fn add_digits(&self, other: &Decimal, exp: i32) -> Option<Decimal> {
        let (mut ba, mut bb) = ([0; 20], [0; 20]);
        let a = self.digits(&mut ba);
        let b = other.digits(&mut bb);
        // Both operands written as integers of the common exponent: their
        // lengths in digits, trailing zeros included.
        let pad_a = usize::try_from(self.exp - exp).ok()?;
        let pad_b = usize::try_from(other.exp - exp).ok()?;
        let limit = MAX_DIGITS + 2 * MAX_EXP as usize;
        if pad_a + a.len() > limit || pad_b + b.len() > limit {
            return None;
        }
        let (la, lb) = (a.len() + pad_a, b.len() + pad_b);
        let n = la.max(lb);
        // Digit `i` from the least significant end, zero past either side.
        let at = |d: &[u8], pad: usize, i: usize| -> u8 {
            if i < pad || i >= pad + d.len() {
                0
            } else {
                d[d.len() - 1 - (i - pad)] - b'0'
            }
        };
        let mut sum = vec![b'0'; n + 1];
        let mut carry = 0u8;
        for i in 0..n {
            let s = at(a, pad_a, i) + at(b, pad_b, i) + carry;
            sum[n - i] = b'0' + s % 10;
            carry = s / 10;
        }
        sum[0] = b'0' + carry;
        Decimal::from_digits(&sum, exp)
    }

    /// Position of the most significant digit: `10^magnitude ≤ self <
    /// 10^(magnitude+1)`; `None` for zero.
    fn magnitude(&self) -> Option<i64> {
        let len = match &self.sig {
            Sig::Small(0) => return None,
            Sig::Small(n) => n.ilog10() as i64 + 1,
            Sig::Big(d) => d.len() as i64,
        };
        Some(len - 1 + i64::from(self.exp))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        match (self.magnitude(), other.magnitude()) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(a), Some(b)) if a != b => a.cmp(&b),
            _ => {
                // Same magnitude: compare digit by digit from the top.
                let (mut ba, mut bb) = ([0; 20], [0; 20]);
                let x = self.digits(&mut ba);
                let y = other.digits(&mut bb);
                let n = x.len().max(y.len());
                for i in 0..n {
                    let p = x.get(i).copied().unwrap_or(b'0');
                    let q = y.get(i).copied().unwrap_or(b'0');
                    if p != q {
                        return p.cmp(&q);
                    }
                }
                Ordering::Equal
            }
        }
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Hands the canonical text of `digits × 10^exp` (ASCII digits of the
/// significand) to `put`, piece by piece: no leading zeros, no trailing
/// zeros after the point, no point for integers.
fn canonical<E>(
    digits: &[u8],
    exp: i32,
    mut put: impl FnMut(&[u8]) -> Result<(), E>,
) -> Result<(), E> {
    const ZEROS: [u8; 64] = [b'0'; 64];
    let zeros = |put: &mut dyn FnMut(&[u8]) -> Result<(), E>, mut n: usize| {
        while n > 0 {
            let k = n.min(ZEROS.len());
            put(&ZEROS[..k])?;
            n -= k;
        }
        Ok(())
    };
    if digits.is_empty() {
        put(b"0")
    } else if exp >= 0 {
        put(digits)?;
        zeros(&mut put, exp as usize)
    } else {
        let frac = exp.unsigned_abs() as usize;
        if frac >= digits.len() {
            put(b"0.")?;
            zeros(&mut put, frac - digits.len())?;
            put(digits)
        } else {
            let int = digits.len() - frac;
            put(&digits[..int])?;
            put(b".")?;
            put(&digits[int..])
        }
    }
}

/// ASCII digits as text.
fn ascii(d: &[u8]) -> &str {
    // Digits and points are ASCII by construction.
    std::str::from_utf8(d).unwrap_or_default()
}

impl fmt::Display for Decimal {
    /// Canonical form: no leading zeros, no trailing zeros after the point,
    /// no point for integers (`"5380000000000"`, `"4.25"`, `"0.5"`, `"0"`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0; 20];
        let digits = self.digits(&mut buf);
        // Most amounts fit a small buffer: written at once, so `to_string`
        // allocates once; longer ones go to the formatter piece by piece.
        let mut text = [0u8; 64];
        let mut len = 0;
        let fits = canonical(digits, self.exp, |piece| {
            let end = len + piece.len();
            text.get_mut(len..end).ok_or(())?.copy_from_slice(piece);
            len = end;
            Ok(())
        });
        match fits {
            Ok(()) => f.write_str(ascii(&text[..len])),
            Err(()) => canonical(digits, self.exp, |piece| f.write_str(ascii(piece))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    #[test]
    fn parse_and_print() {
        for (input, want) in [
            ("0", "0"),
            ("000", "0"),
            ("0.0", "0"),
            ("5", "5"),
            ("5.00", "5"),
            ("4.25", "4.25"),
            ("4.250", "4.25"),
            ("007.5", "7.5"),
            (".5", "0.5"),
            ("5.", "5"),
            ("0.05", "0.05"),
            ("1320.5", "1320.5"),
            ("5380000000000", "5380000000000"),
            ("100", "100"),
        ] {
            assert_eq!(p(input).to_string(), want, "{input}");
        }
    }

    #[test]
    fn parse_rejects() {
        for input in ["", ".", "1.2.3", "-1", "1e5", "abc", "1 000", "１"] {
            assert!(Decimal::parse(input).is_none(), "{input}");
        }
    }

    #[test]
    fn grouping_commas_in_parts() {
        let d = Decimal::from_parts(b"1,320", b"5").unwrap();
        assert_eq!(d.to_string(), "1320.5");
        assert!(Decimal::from_parts(b"1", b"5,0").is_none());
    }

    #[test]
    fn scale() {
        for (input, k, want) in [
            ("5.38", 12, "5380000000000"),
            ("1.0107", 12, "1010700000000"),
            ("23.21", 9, "23210000000"),
            ("0.8", 12, "800000000000"),
            ("50", -2, "0.5"),
            ("99", -2, "0.99"),
            ("5", -3, "0.005"),
            ("0", 12, "0"),
            ("1.5", 0, "1.5"),
        ] {
            assert_eq!(
                p(input).mul_pow10(k).unwrap().to_string(),
                want,
                "{input} e{k}"
            );
        }
    }

    #[test]
    fn sums() {
        for (a, b, want) in [
            ("1000000000000", "191300000000", "1191300000000"),
            ("0.5", "0.5", "1"),
            ("999", "1", "1000"),
            ("1.25", "3", "4.25"),
            ("0", "7", "7"),
            ("7", "0", "7"),
            ("0.001", "1000", "1000.001"),
        ] {
            assert_eq!(p(a).add(&p(b)).unwrap().to_string(), want, "{a}+{b}");
        }
    }

    #[test]
    fn order() {
        assert!(p("3") < p("5"));
        assert!(p("0.5") < p("1"));
        assert!(p("10") > p("9.99"));
        assert_eq!(p("1.50").cmp(&p("1.5")), Ordering::Equal);
        assert!(Decimal::zero() < p("0.001"));
    }

    #[test]
    fn integers() {
        assert_eq!(p("16000").to_u64(), Some(16000));
        assert_eq!(p("1.9").mul_pow10(6).unwrap().to_u64(), Some(1_900_000));
        assert_eq!(p("1.5").to_u64(), None);
        assert_eq!(p("99999999999999999999").to_u64(), None);
        assert_eq!(Decimal::from_u64(0).to_string(), "0");
        assert_eq!(
            Decimal::from_u64(u64::MAX).to_string(),
            u64::MAX.to_string()
        );
    }

    #[test]
    fn from_u64_equals_parsing_the_digits() {
        for n in [
            0,
            1,
            7,
            10,
            100,
            120,
            1005,
            5_380_000_000_000,
            999,
            u64::MAX,
            10u64.pow(19),
        ] {
            assert_eq!(Decimal::from_u64(n), p(&n.to_string()), "{n}");
        }
    }

    #[test]
    fn absurd_inputs_are_bounded() {
        let long = "9".repeat(400);
        let d = p(&long);
        assert_eq!(d.to_string(), long);
        assert!(d.mul_pow10(100).is_some());
        assert!(Decimal::parse(&"9".repeat(5000)).is_none());
        assert!(d.mul_pow10(i32::MAX).is_none());
        assert!(p("1").mul_pow10(i32::MIN).is_none());
        assert!(p("1").mul_pow10(MAX_EXP + 1).is_none());
        let big = p("1").mul_pow10(MAX_EXP).unwrap();
        let tiny = p("1").mul_pow10(-MAX_EXP).unwrap();
        assert!(big.add(&tiny).is_none());
        let d = p("999999999999999999999999999").mul_pow10(12).unwrap();
        assert_eq!(
            d.to_string(),
            format!("{}{}", "9".repeat(27), "0".repeat(12))
        );
    }

    /// The plain big-digit decimal this module used before its `u64` fast
    /// path: the reference the property tests hold the new one to.
    mod reference {
        use std::cmp::Ordering;

        use super::super::{MAX_DIGITS, MAX_EXP};

        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct Ref {
            pub digits: Vec<u8>,
            pub exp: i32,
        }

        impl Ref {
            pub fn from_parts(int: &[u8], frac: &[u8]) -> Option<Ref> {
                if frac.len() > MAX_EXP as usize {
                    return None;
                }
                let mut digits = Vec::new();
                for &b in int {
                    if b.is_ascii_digit() {
                        if digits.is_empty() && b == b'0' {
                            continue;
                        }
                        digits.push(b - b'0');
                    } else if b != b',' {
                        return None;
                    }
                }
                for &b in frac {
                    if !b.is_ascii_digit() {
                        return None;
                    }
                    digits.push(b - b'0');
                }
                let mut d = Ref {
                    digits,
                    exp: -(frac.len() as i32),
                };
                d.normalize();
                d.check()
            }

            fn normalize(&mut self) {
                let lead = self.digits.iter().take_while(|&&d| d == 0).count();
                self.digits.drain(..lead);
                while let Some(&0) = self.digits.last() {
                    self.digits.pop();
                    self.exp += 1;
                }
                if self.digits.is_empty() {
                    self.exp = 0;
                }
            }

            fn check(self) -> Option<Ref> {
                (self.digits.len() <= MAX_DIGITS && self.exp.unsigned_abs() <= MAX_EXP as u32)
                    .then_some(self)
            }

            pub fn to_u64(&self) -> Option<u64> {
                if self.exp < 0 {
                    return None;
                }
                let mut n: u64 = 0;
                for &d in &self.digits {
                    n = n.checked_mul(10)?.checked_add(u64::from(d))?;
                }
                for _ in 0..self.exp {
                    n = n.checked_mul(10)?;
                }
                Some(n)
            }

            pub fn mul_pow10(&self, k: i32) -> Option<Ref> {
                if self.digits.is_empty() {
                    return Some(self.clone());
                }
                Ref {
                    digits: self.digits.clone(),
                    exp: self.exp.checked_add(k)?,
                }
                .check()
            }

            fn aligned(&self, exp: i32) -> Option<Vec<u8>> {
                let pad = usize::try_from(self.exp - exp).ok()?;
                if pad + self.digits.len() > MAX_DIGITS + 2 * MAX_EXP as usize {
                    return None;
                }
                let mut v = vec![0u8; pad];
                v.extend(self.digits.iter().rev());
                Some(v)
            }

            pub fn add(&self, other: &Ref) -> Option<Ref> {
                if self.digits.is_empty() {
                    return Some(other.clone());
                }
                if other.digits.is_empty() {
                    return Some(self.clone());
                }
                let exp = self.exp.min(other.exp);
                let a = self.aligned(exp)?;
                let b = other.aligned(exp)?;
                let n = a.len().max(b.len());
                let mut sum = Vec::new();
                let mut carry = 0u8;
                for i in 0..n {
                    let s = a.get(i).copied().unwrap_or(0) + b.get(i).copied().unwrap_or(0) + carry;
                    sum.push(s % 10);
                    carry = s / 10;
                }
                if carry > 0 {
                    sum.push(carry);
                }
                sum.reverse();
                let mut d = Ref { digits: sum, exp };
                d.normalize();
                d.check()
            }

            fn magnitude(&self) -> Option<i64> {
                (!self.digits.is_empty())
                    .then(|| self.digits.len() as i64 - 1 + i64::from(self.exp))
            }

            pub fn cmp(&self, other: &Ref) -> Ordering {
                match (self.magnitude(), other.magnitude()) {
                    (None, None) => Ordering::Equal,
                    (None, Some(_)) => Ordering::Less,
                    (Some(_), None) => Ordering::Greater,
                    (Some(a), Some(b)) if a != b => a.cmp(&b),
                    _ => {
                        let n = self.digits.len().max(other.digits.len());
                        for i in 0..n {
                            let x = self.digits.get(i).copied().unwrap_or(0);
                            let y = other.digits.get(i).copied().unwrap_or(0);
                            if x != y {
                                return x.cmp(&y);
                            }
                        }
                        Ordering::Equal
                    }
                }
            }

            pub fn text(&self) -> String {
                let digit = |d: &u8| char::from(b'0' + d);
                let mut s = String::new();
                if self.digits.is_empty() {
                    s.push('0');
                } else if self.exp >= 0 {
                    s.extend(self.digits.iter().map(digit));
                    s.extend(std::iter::repeat_n('0', self.exp as usize));
                } else {
                    let frac = self.exp.unsigned_abs() as usize;
                    if frac >= self.digits.len() {
                        s.push_str("0.");
                        s.extend(std::iter::repeat_n('0', frac - self.digits.len()));
                        s.extend(self.digits.iter().map(digit));
                    } else {
                        let int = self.digits.len() - frac;
                        s.extend(self.digits[..int].iter().map(digit));
                        s.push('.');
                        s.extend(self.digits[int..].iter().map(digit));
                    }
                }
                s
            }
        }
    }

    /// A small deterministic generator (xorshift64*), so the property
    /// tests need no dependency and fail the same way every run.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }

        /// Digits around the u64 edge and beyond: short, 18–21 and long
        /// strings, with runs of zeros, an occasional grouping comma, and
        /// sometimes a stray byte.
        fn digits(&mut self, fraction: bool) -> Vec<u8> {
            let len = match self.below(6) {
                0 => 0,
                1 => self.below(4),
                2 => 17 + self.below(5),
                3 => 36 + self.below(6),
                4 => self.below(60),
                _ => self.below(12),
            } as usize;
            let mut v = Vec::with_capacity(len);
            for _ in 0..len {
                v.push(match self.below(40) {
                    0..=11 => b'0',
                    12..=15 => b'9',
                    16 if !fraction || self.below(4) == 0 => b',',
                    17 if self.below(8) == 0 => b'x',
                    _ => b'0' + self.below(10) as u8,
                });
            }
            v
        }

        fn pair(&mut self) -> (Option<Decimal>, Option<reference::Ref>) {
            let int = self.digits(false);
            let frac = self.digits(true);
            let frac = if self.below(3) == 0 { Vec::new() } else { frac };
            (
                Decimal::from_parts(&int, &frac),
                reference::Ref::from_parts(&int, &frac),
            )
        }

        fn exponent(&mut self) -> i32 {
            match self.below(4) {
                0 => self.below(25) as i32 - 12,
                1 => self.below(1100) as i32 - 550,
                _ => self.below(41) as i32 - 20,
            }
        }
    }

    /// The new decimal and the reference agree on every observation.
    fn same(d: &Decimal, r: &reference::Ref, what: &str) {
        assert_eq!(d.to_string(), r.text(), "{what}");
        assert_eq!(d.to_u64(), r.to_u64(), "{what}");
        assert_eq!(d.is_zero(), r.digits.is_empty(), "{what}");
        assert_eq!(d.is_integer(), r.exp >= 0, "{what}");
        assert_eq!(Decimal::parse(&d.to_string()).as_ref(), Some(d), "{what}");
    }

    #[test]
    fn fast_path_agrees_with_the_digit_reference() {
        use std::collections::hash_map::DefaultHasher;
        use std::hash::{Hash, Hasher};
        let hash = |d: &Decimal| {
            let mut h = DefaultHasher::new();
            d.hash(&mut h);
            h.finish()
        };
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut checked = 0;
        for round in 0..60_000 {
            let (a, ra) = rng.pair();
            let (b, rb) = rng.pair();
            assert_eq!(a.is_some(), ra.is_some(), "round {round}: parse a");
            assert_eq!(b.is_some(), rb.is_some(), "round {round}: parse b");
            let (Some(a), Some(ra), Some(b), Some(rb)) = (a, ra, b, rb) else {
                continue;
            };
            checked += 1;
            same(&a, &ra, &format!("round {round}: a"));
            same(&b, &rb, &format!("round {round}: b"));
            assert_eq!(a.cmp(&b), ra.cmp(&rb), "round {round}: {a} cmp {b}");
            assert_eq!(a == b, ra == rb, "round {round}: {a} == {b}");
            if a == b {
                assert_eq!(hash(&a), hash(&b), "round {round}: hash");
            }
            let k = rng.exponent();
            let (sa, rsa) = (a.mul_pow10(k), ra.mul_pow10(k));
            assert_eq!(sa.is_some(), rsa.is_some(), "round {round}: {a} e{k}");
            let (sa, rsa) = match (sa, rsa) {
                (Some(x), Some(y)) => (x, y),
                _ => (a.clone(), ra.clone()),
            };
            same(&sa, &rsa, &format!("round {round}: {a} e{k}"));
            let (sum, rsum) = (sa.add(&b), rsa.add(&rb));
            assert_eq!(sum.is_some(), rsum.is_some(), "round {round}: {sa} + {b}");
            if let (Some(sum), Some(rsum)) = (sum, rsum) {
                same(&sum, &rsum, &format!("round {round}: {sa} + {b}"));
                assert_eq!(sum.cmp(&sa), rsum.cmp(&rsa), "round {round}: sum cmp");
                assert_eq!(b.add(&sa).as_ref(), Some(&sum), "round {round}: commutes");
            }
        }
        assert!(checked > 20_000, "only {checked} rounds had two numbers");
    }

    #[test]
    fn u64_edge_values_agree_with_the_digit_reference() {
        let edges = [
            0,
            1,
            9,
            10,
            u64::MAX / 10,
            u64::MAX / 10 + 1,
            10u64.pow(18),
            10u64.pow(19) - 1,
            10u64.pow(19),
            u64::MAX - 1,
            u64::MAX,
        ];
        for &x in &edges {
            for &y in &edges {
                for k in [-25, -20, -19, -1, 0, 1, 19, 20, 25] {
                    let a = Decimal::from_u64(x).mul_pow10(k).unwrap();
                    let ra = reference::Ref::from_parts(x.to_string().as_bytes(), b"")
                        .unwrap()
                        .mul_pow10(k)
                        .unwrap();
                    same(&a, &ra, &format!("{x}e{k}"));
                    let b = Decimal::from_u64(y);
                    let rb = reference::Ref::from_parts(y.to_string().as_bytes(), b"").unwrap();
                    let sum = a.add(&b).unwrap();
                    same(&sum, &ra.add(&rb).unwrap(), &format!("{x}e{k} + {y}"));
                    assert_eq!(a.cmp(&b), ra.cmp(&rb), "{x}e{k} cmp {y}");
                }
            }
        }
    }
}
