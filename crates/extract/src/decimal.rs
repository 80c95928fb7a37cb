//! Exact decimal numbers for normalized amounts.
//!
//! A [`Decimal`] is a string of decimal digits times a power of ten
//! (`538 × 10^-2`), so `1.0107 trillion` is exactly `1010700000000`: no
//! floating point anywhere. Only the operations money and counts need are
//! here: parse, multiply by `10^k`, add, compare, print canonically. Numbers
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

/// A non-negative exact decimal: `digits × 10^exp`.
///
/// Invariants: `digits` holds values 0–9, most significant first, with no
/// leading and no trailing zeros (zero is the empty vector with `exp == 0`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    digits: Vec<u8>,
    exp: i32,
}

impl Decimal {
    /// Zero.
    pub fn zero() -> Decimal {
        Decimal::default()
    }

    /// The integer `n`.
    pub fn from_u64(mut n: u64) -> Decimal {
        // Digits straight from the number, trailing zeros into the exponent.
        let mut exp = 0;
        while n != 0 && n.is_multiple_of(10) {
            n /= 10;
            exp += 1;
        }
        let mut digits = Vec::new();
        while n != 0 {
            digits.push((n % 10) as u8);
            n /= 10;
        }
        if digits.is_empty() {
            return Decimal::zero();
        }
        digits.reverse();
        Decimal { digits, exp }
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
        let mut digits = Vec::with_capacity(int.len() + frac.len());
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
        let mut d = Decimal {
            digits,
            exp: -(frac.len() as i32),
        };
        d.normalize();
        d.check()
    }

    fn normalize(&mut self) {
        let lead = self.digits.iter().take_while(|&&d| d == 0).count();
        if lead > 0 {
            self.digits.drain(..lead);
        }
        while let Some(&0) = self.digits.last() {
            self.digits.pop();
            self.exp += 1;
        }
        if self.digits.is_empty() {
            self.exp = 0;
        }
    }

    fn check(self) -> Option<Decimal> {
        if self.digits.len() > MAX_DIGITS || self.exp.unsigned_abs() > MAX_EXP as u32 {
            None
        } else {
            Some(self)
        }
    }

    /// True for zero.
    pub fn is_zero(&self) -> bool {
        self.digits.is_empty()
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
        let mut n: u64 = 0;
        for &d in &self.digits {
            n = n.checked_mul(10)?.checked_add(u64::from(d))?;
        }
        for _ in 0..self.exp {
            n = n.checked_mul(10)?;
        }
        Some(n)
    }

    /// `self × 10^k`, or `None` past the bounds.
    pub fn mul_pow10(&self, k: i32) -> Option<Decimal> {
        if self.is_zero() {
            return Some(Decimal::zero());
        }
        let exp = self.exp.checked_add(k)?;
        Decimal {
            digits: self.digits.clone(),
            exp,
        }
        .check()
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
        // Both operands written as integers of a common exponent, least
        // significant digit first.
        let a = self.aligned(exp)?;
        let b = other.aligned(exp)?;
        let n = a.len().max(b.len());
        let mut sum = Vec::with_capacity(n + 1);
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
        let mut d = Decimal { digits: sum, exp };
        d.normalize();
        d.check()
    }

    /// The digits, least significant first, padded with zeros down to `exp`.
    fn aligned(&self, exp: i32) -> Option<Vec<u8>> {
        let pad = usize::try_from(self.exp - exp).ok()?;
        if pad + self.digits.len() > MAX_DIGITS + 2 * MAX_EXP as usize {
            return None;
        }
        let mut v = vec![0u8; pad];
        v.extend(self.digits.iter().rev());
        Some(v)
    }

    /// Position of the most significant digit: `10^magnitude ≤ self <
    /// 10^(magnitude+1)`; `None` for zero.
    fn magnitude(&self) -> Option<i64> {
        if self.is_zero() {
            None
        } else {
            Some(self.digits.len() as i64 - 1 + i64::from(self.exp))
        }
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
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Decimal {
    /// Canonical form: no leading zeros, no trailing zeros after the point,
    /// no point for integers (`"5380000000000"`, `"4.25"`, `"0.5"`, `"0"`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(self.digits.len() + self.exp.unsigned_abs() as usize + 2);
        if self.is_zero() {
            s.push('0');
        } else if self.exp >= 0 {
            s.extend(self.digits.iter().map(|&d| char::from(b'0' + d)));
            s.extend(std::iter::repeat_n('0', self.exp as usize));
        } else {
            let frac = self.exp.unsigned_abs() as usize;
            if frac >= self.digits.len() {
                s.push_str("0.");
                s.extend(std::iter::repeat_n('0', frac - self.digits.len()));
                s.extend(self.digits.iter().map(|&d| char::from(b'0' + d)));
            } else {
                let int = self.digits.len() - frac;
                s.extend(self.digits[..int].iter().map(|&d| char::from(b'0' + d)));
                s.push('.');
                s.extend(self.digits[int..].iter().map(|&d| char::from(b'0' + d)));
            }
        }
        f.write_str(&s)
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
}
