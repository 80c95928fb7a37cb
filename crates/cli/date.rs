//! Calendar dates as `YYYY-MM-DD`, checked for real (month, day, leap years).

/// A checked calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    /// The year.
    pub year: i32,
    month: u32,
    day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`; the message says what is wrong.
    pub fn parse(s: &str) -> Result<Date, String> {
        let bad = || format!("invalid date {s:?}: expected YYYY-MM-DD");
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, String> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(format!("invalid date {s:?}: month {month} does not exist")),
        };
        if day == 0 || day > days {
            return Err(format!(
                "invalid date {s:?}: day {day} does not exist in that month"
            ));
        }
        Ok(Date {
            year: year as i32,
            month,
            day,
        })
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn real_dates_only() {
        for ok in ["2021-04-04", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert_eq!(Date::parse(ok).unwrap().to_string(), ok);
        }
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2021-13-01",
            "2021-00-10",
            "2021-04-31",
            "2021-4-4",
            "20210404",
            "",
            "2021-04-04T00:00",
            "２０２１-04-04",
            "+021-04-04",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }
}
