//! Dates at the precision the text gives them.
//!
//! News rarely gives a full date: "in August", "on Oct. 13", "last year". A
//! [`PartialDate`] keeps exactly what is known and prints as ISO 8601 at that
//! precision (`2025-08-15`, `2025-08`, `2025`, or `--10-13` when the year is
//! unknown), which is what the graph records.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar date of which only some parts may be known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    /// The year, when known.
    pub year: Option<i16>,
    /// The month (1 to 12), when known.
    pub month: Option<i8>,
    /// The day of the month, when known (only together with a month).
    pub day: Option<i8>,
}

impl PartialDate {
    /// A full date.
    pub fn from_date(d: Date) -> PartialDate {
        PartialDate {
            year: Some(d.year()),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }

    /// A year only.
    pub fn year(year: i16) -> PartialDate {
        PartialDate {
            year: Some(year),
            month: None,
            day: None,
        }
    }

    /// A year and month.
    pub fn month(year: i16, month: i8) -> PartialDate {
        PartialDate {
            year: Some(year),
            month: Some(month),
            day: None,
        }
    }

    /// The full date, when year, month and day are all known and valid.
    pub fn to_date(&self) -> Option<Date> {
        Date::new(self.year?, self.month?, self.day?).ok()
    }

    /// Parse ISO 8601 at any of the precisions [`fmt::Display`] writes.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let s = s.trim();
        if let Some(md) = s.strip_prefix("--") {
            let (m, d) = md.split_once('-')?;
            let (month, day) = (m.parse().ok()?, d.parse().ok()?);
            return valid_month_day(month, day).then_some(PartialDate {
                year: None,
                month: Some(month),
                day: Some(day),
            });
        }
        let mut parts = s.splitn(3, '-');
        let y: &str = parts.next()?;
        if y.len() != 4 {
            return None;
        }
        let year: i16 = y.parse().ok()?;
        let month: Option<i8> = match parts.next() {
            Some(m) if m.len() == 2 => Some(m.parse().ok()?),
            Some(_) => return None,
            None => None,
        };
        let day: Option<i8> = match parts.next() {
            Some(d) if d.len() == 2 => Some(d.parse().ok()?),
            Some(_) => return None,
            None => None,
        };
        let pd = PartialDate {
            year: Some(year),
            month,
            day,
        };
        match (month, day) {
            (Some(m), Some(_)) if pd.to_date().is_none() || !(1..=12).contains(&m) => None,
            (Some(m), None) if !(1..=12).contains(&m) => None,
            _ => Some(pd),
        }
    }
}

fn valid_month_day(month: i8, day: i8) -> bool {
    // 2024 is a leap year, so February 29 is accepted when the year is unknown.
    Date::new(2024, month, day).is_ok()
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (None, None, _) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_at_the_known_precision() {
        assert_eq!(PartialDate::year(2025).to_string(), "2025");
        assert_eq!(PartialDate::month(2025, 8).to_string(), "2025-08");
        let d = PartialDate {
            year: None,
            month: Some(10),
            day: Some(13),
        };
        assert_eq!(d.to_string(), "--10-13");
    }

    #[test]
    fn parse_round_trips_and_rejects_invalid() {
        for s in ["2025", "2025-08", "2025-08-15", "--10-13", "2024-02-29"] {
            assert_eq!(PartialDate::parse(s).unwrap().to_string(), s);
        }
        for s in [
            "",
            "25",
            "2025-13",
            "2025-02-30",
            "--02-30",
            "2025-8",
            "abcd",
        ] {
            assert_eq!(PartialDate::parse(s), None, "{s}");
        }
    }
}
