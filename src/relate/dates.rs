//! Date expressions in a sentence, resolved against the article's date, and
//! which clause a date belongs to.
//!
//! "on Oct. 13", "October 13, 2025", "13 October", "in August", "mid-October",
//! "at the end of June", "in 2019", "a 2019 summit", "on Tuesday",
//! "yesterday", "last week", "last month", "last year", "earlier this year",
//! "last October", "in May last year". Each becomes a [`PartialDate`] at the
//! precision the text gives; the year comes from the article's date, moved
//! back (for what occurred) or forward (for what is planned) so that the date
//! falls on the right side of it.
//!
//! A date inside a clause of its own ("since the clash of Feb. 12", "weeks
//! after the election on May 3", ", who took office in March,") dates only
//! that clause ([`in_other_clause`]); "a week earlier", "two days later",
//! "the next day" move the story's date from the sentence before
//! ([`narrative_shift`]).

use crate::date::PartialDate;
use crate::span::Span;
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use regex::Regex;
use std::sync::LazyLock;

/// A date expression found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateExpr {
    /// Its bytes in the text.
    pub span: Span,
    /// What it says, before resolution against the article date.
    pub kind: DateKind,
}

/// What a date expression says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateKind {
    /// A calendar date, some parts possibly missing (month and day without a year).
    Calendar(PartialDate),
    /// A day of the week.
    Weekday(Weekday),
    /// Days relative to the article date (yesterday = -1).
    DayOffset(i32),
    /// "last week" (-1) or "this week" (0): the month of that week.
    Week(i32),
    /// "last weekend" or "at the weekend" (-1 when past, +1 when ahead),
    /// "this weekend" (0): the month of that weekend's Saturday.
    Weekend(i32),
    /// "last month" (-1), "this month" (0).
    Month(i32),
    /// "last year" (-1), "this year" (0).
    Year(i32),
    /// "last October": the latest such month before the article's month.
    LastMonthNamed(i8),
    /// "in May last year" (month, -1), "in May this year" (month, 0).
    MonthOfYear(i8, i32),
}

const MONTHS: &str = r"(?P<month>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:tember|t\.|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)";

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let pat = format!(
        r"(?xi)
        \b(?:
            (?P<y1>(?:19|20)\d\d)-(?P<m1>\d\d)-(?P<d1>\d\d)
          | {m}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?
          | (?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{m2}\b(?:,?\s+(?P<year2>(?:19|20)\d\d))?
          | (?:in|during|until|by|early|late|mid|mid-|earlier\s+in|later\s+in|(?:the\s+)?(?:end|start|beginning|middle)\s+of)[\s-]+{m3}\b(?:\s+(?P<year3>(?:19|20)\d\d)\b|\s+(?:of\s+)?(?P<ry3>last|this|next)\s+year\b)?
          | {m4}\s+(?:(?P<year5>(?:19|20)\d\d)\b|(?:of\s+)?(?P<ry4>last|this)\s+year\b)
          | (?:last|this\s+past)\s+{m5}\b
          | (?:a|an|the|his|her|their|its|that)\s+(?P<year6>(?:19|20)\d\d)\s+[a-z]+\b
          | (?:in|during|until|by)\s+(?P<year4>(?:19|20)\d\d)\b
          | (?:at|over|during|on)\s+the\s+weekend\b
          | (?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
          | (?P<rel>yesterday|today|tonight|tomorrow)\b
          | (?P<which>last|this|next|past)\s+(?P<unit>weekend|week|month|year)\b
        )",
        m = MONTHS,
        m2 = MONTHS.replace("?P<month>", "?P<month2>"),
        m3 = MONTHS.replace("?P<month>", "?P<month3>"),
        m4 = MONTHS.replace("?P<month>", "?P<month4>"),
        m5 = MONTHS.replace("?P<month>", "?P<month5>"),
    );
    crate::relate::regex(&pat)
});

/// "last" year is -1, "next" +1, "this" 0.
fn year_offset(w: &str) -> i32 {
    match w.to_ascii_lowercase().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    }
}

fn month_num(s: &str) -> Option<i8> {
    let l = s.to_ascii_lowercase();
    let names = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    names
        .iter()
        .position(|n| l.starts_with(n))
        .map(|i| i as i8 + 1)
}

/// A dateline at the start of a sentence ("NAIROBI, May 14 (Reuters) -"):
/// its date is the article's, not an event's.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"^\p{Lu}[\p{Lu}\p{M} .'-]+(?:,\s*\p{Lu}[\p{L} .'-]*)?,\s+[^-\u2013\u2014]{3,40}?\s*(?:\([^)]{1,40}\)\s*)?[-\u2013\u2014]+\s",
    )
});

/// A "since" clause still open: a word or more after "since" ("since Moscow
/// launched ..."; "since Sunday" itself dates an ongoing event's start), and
/// no comma, semicolon or dash since.
static SINCE_OPEN: LazyLock<Regex> =
    LazyLock::new(|| crate::relate::regex(r"\bsince\s+[^\s,;]+\s[^,;\u2013\u2014]*$"));

static SINCE_RIGHT_BEFORE: LazyLock<Regex> = LazyLock::new(|| crate::relate::regex(r"\bsince\s+$"));

/// Finds the date expressions in `region` of `text`, leaving out a dateline's.
pub fn find(text: &str, region: Span) -> Vec<DateExpr> {
    find_with(text, region, true)
}

/// [`find`], with the dates after "since" kept: in "since June 2021, when
/// they met" the date is the clause's own.
pub fn find_with_since(text: &str, region: Span) -> Vec<DateExpr> {
    find_with(text, region, false)
}

fn find_with(text: &str, region: Span, skip_since: bool) -> Vec<DateExpr> {
    let hay = region.text(text);
    // A dateline has a comma and a dash before white space: without both,
    // no search.
    let may_have_dateline = hay.contains(',') && has_spaced_dash(hay);
    let dateline_end = may_have_dateline
        .then(|| DATELINE.find(hay).map(|m| m.end()))
        .flatten()
        .unwrap_or(0);
    let mut out = Vec::new();
    for c in DATE_RE.captures_iter(hay) {
        let m = c.get(0).expect("group 0 always matches");
        if m.end() <= dateline_end {
            continue;
        }
        // "the first visit since Moscow launched its invasion in February
        // 2022": a date inside a "since" clause dates what came before.
        if skip_since && SINCE_OPEN.is_match(&hay[..m.start()]) {
            continue;
        }
        let span = Span::new(region.start + m.start(), region.start + m.end());
        let num = |name: &str| c.name(name).and_then(|x| x.as_str().parse::<i16>().ok());
        let kind = if let (Some(y), Some(mo), Some(d)) = (num("y1"), num("m1"), num("d1")) {
            DateKind::Calendar(PartialDate {
                year: Some(y),
                month: Some(mo as i8),
                day: Some(d as i8),
            })
        } else if let Some(mo) = c.name("month").and_then(|x| month_num(x.as_str())) {
            // "May" alone is too often a verb; a day number must follow it.
            let day = num("day").map(|d| d as i8);
            DateKind::Calendar(PartialDate {
                year: num("year"),
                month: Some(mo),
                day,
            })
        } else if let Some(mo) = c.name("month2").and_then(|x| month_num(x.as_str())) {
            DateKind::Calendar(PartialDate {
                year: num("year2"),
                month: Some(mo),
                day: num("day2").map(|d| d as i8),
            })
        } else if let Some(mo) = c.name("month3").and_then(|x| month_num(x.as_str())) {
            if mo == 5 && !m.as_str().to_ascii_lowercase().contains("may") {
                continue;
            }
            match c.name("ry3") {
                Some(w) => DateKind::MonthOfYear(mo, year_offset(w.as_str())),
                None => DateKind::Calendar(PartialDate {
                    year: num("year3"),
                    month: Some(mo),
                    day: None,
                }),
            }
        } else if let Some(mo) = c.name("month4").and_then(|x| month_num(x.as_str())) {
            // "from April 2023": a month and its year, no preposition needed;
            // "May last year" the same.
            match (num("year5"), c.name("ry4")) {
                (Some(y), _) => DateKind::Calendar(PartialDate::month(y, mo)),
                (None, Some(w)) => DateKind::MonthOfYear(mo, year_offset(w.as_str())),
                (None, None) => continue,
            }
        } else if let Some(mo) = c.name("month5").and_then(|x| month_num(x.as_str())) {
            DateKind::LastMonthNamed(mo)
        } else if let Some(y) = num("year6") {
            // "a 2019 interview", "the 2021 summit": the year of the event named.
            DateKind::Calendar(PartialDate::year(y))
        } else if m.as_str().to_ascii_lowercase().ends_with("weekend") && c.name("which").is_none()
        {
            DateKind::Weekend(-1)
        } else if let Some(y) = num("year4") {
            DateKind::Calendar(PartialDate::year(y))
        } else if let Some(w) = c.name("wd") {
            let wd = match w.as_str().to_ascii_lowercase().as_str() {
                "monday" => Weekday::Monday,
                "tuesday" => Weekday::Tuesday,
                "wednesday" => Weekday::Wednesday,
                "thursday" => Weekday::Thursday,
                "friday" => Weekday::Friday,
                "saturday" => Weekday::Saturday,
                _ => Weekday::Sunday,
            };
            DateKind::Weekday(wd)
        } else if let Some(r) = c.name("rel") {
            DateKind::DayOffset(match r.as_str().to_ascii_lowercase().as_str() {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            })
        } else if let (Some(w), Some(u)) = (c.name("which"), c.name("unit")) {
            let n = match w.as_str().to_ascii_lowercase().as_str() {
                "last" | "past" => -1,
                "next" => 1,
                _ => 0,
            };
            match u.as_str().to_ascii_lowercase().as_str() {
                "week" => DateKind::Week(n),
                "weekend" => DateKind::Weekend(n),
                "month" => DateKind::Month(n),
                _ => DateKind::Year(n),
            }
        } else {
            continue;
        };
        // Invalid calendar dates ("Feb. 30") are not dates.
        if let DateKind::Calendar(pd) = kind
            && let (Some(mo), Some(d)) = (pd.month, pd.day)
            && Date::new(pd.year.unwrap_or(2024), mo, d).is_err()
        {
            continue;
        }
        // "their first talks since March 2019": the last time, not this one
        // ("hosting him since Sunday" still dates an ongoing visit).
        if skip_since
            && matches!(kind, DateKind::Calendar(_))
            && SINCE_RIGHT_BEFORE.is_match(&hay[..m.start()])
        {
            continue;
        }
        out.push(DateExpr { span, kind });
    }
    out
}

/// True when a dash ('-', '\u{2013}' or '\u{2014}') right before white space
/// stands in `s`, as one ends every [`DATELINE`].
fn has_spaced_dash(s: &str) -> bool {
    s.match_indices(['-', '\u{2013}', '\u{2014}'])
        .any(|(i, d)| s[i + d.len()..].starts_with(char::is_whitespace))
}

/// Resolves an expression against the article date. `future` is true when
/// the event is planned (a bare weekday or month then lies ahead).
pub fn resolve(kind: DateKind, doc: Option<Date>, future: bool) -> Option<PartialDate> {
    match kind {
        DateKind::Calendar(pd) if pd.year.is_some() => Some(pd),
        DateKind::Calendar(pd) => {
            let Some(d) = doc else {
                return pd.day.is_some().then_some(pd);
            };
            let mut y = d.year();
            let m = pd.month?;
            let candidate = (m, pd.day.unwrap_or(if future { 31 } else { 1 }));
            let docmd = (d.month(), d.day());
            if !future && candidate > docmd && (m - d.month()) >= 2 {
                y -= 1;
            } else if future && candidate < docmd && (d.month() - m) >= 2 {
                y += 1;
            }
            Some(PartialDate {
                year: Some(y),
                month: Some(m),
                day: pd.day,
            })
        }
        DateKind::Weekday(wd) => {
            let d = doc?;
            let back =
                (d.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset()).rem_euclid(7);
            let day = if future && back != 0 {
                d.checked_add((7 - back as i64).days()).ok()?
            } else {
                d.checked_sub((back as i64).days()).ok()?
            };
            Some(PartialDate::from_date(day))
        }
        DateKind::DayOffset(n) => Some(PartialDate::from_date(
            doc?.checked_add((n as i64).days()).ok()?,
        )),
        DateKind::Week(n) => {
            let d = doc?.checked_add((7 * n as i64).days()).ok()?;
            Some(PartialDate::month(d.year(), d.month()))
        }
        DateKind::Weekend(n) => {
            let d = doc?;
            // The Saturday on or before the article date, then moved by
            // whole weeks; "at the weekend" of a plan is the coming one.
            let back = (d.weekday().to_monday_zero_offset()
                - Weekday::Saturday.to_monday_zero_offset())
            .rem_euclid(7);
            let sat = d.checked_sub((back as i64).days()).ok()?;
            let weeks = match n {
                -1 if future => 1,
                -1 if back == 0 => -1,
                -1 => 0,
                0 if back > 1 => 1,
                n => n,
            };
            let sat = sat.checked_add((7 * weeks as i64).days()).ok()?;
            Some(PartialDate::month(sat.year(), sat.month()))
        }
        DateKind::Month(n) => {
            let d = doc?
                .first_of_month()
                .checked_add((n as i64).months())
                .ok()?;
            Some(PartialDate::month(d.year(), d.month()))
        }
        DateKind::Year(n) => Some(PartialDate::year(doc?.year() + n as i16)),
        DateKind::LastMonthNamed(m) => {
            let d = doc?;
            let y = if m < d.month() {
                d.year()
            } else {
                d.year() - 1
            };
            Some(PartialDate::month(y, m))
        }
        DateKind::MonthOfYear(m, n) => Some(PartialDate::month(doc?.year() + n as i16, m)),
    }
}

/// Words that open a clause of its own, whose dates are that clause's: an
/// earlier or later event ("since", "after", "before", "following", "ahead
/// of", "prior to") or a relative clause ("who", "which", "whose").
static CLAUSE_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"\b(?:since|after|before|following|ahead\s+of|prior\s+to|who|which|whose)\s",
    )
});

/// True when the date at `date` sits in a clause of its own that the
/// trigger at `trig` is not part of: an opener ("since", "after", "who", ...) before
/// the date in `sentence`, no comma, semicolon, dash or parenthesis between,
/// and the trigger outside the clause, which ends at the first of those after
/// the date. "The two ministers met on March 3, their first talks since the
/// clash of Feb. 12": Feb. 12 is the clash's. "After the vote of May 2, X
/// met Y": May 2 is the vote's. "X, who met Y on May 2, said": May 2 is the
/// meeting's.
pub fn in_other_clause(text: &str, sentence: Span, date: Span, trig: Span) -> bool {
    let (Some(before), Some(after)) = (
        text.get(sentence.start..date.start),
        text.get(date.end..sentence.end.max(date.end)),
    ) else {
        return false;
    };
    let is_break = |c: char| matches!(c, ',' | ';' | '(' | ')' | '\u{2013}' | '\u{2014}');
    // The clause is open at the date: its opener after the last break.
    let open_from = before
        .char_indices()
        .rfind(|&(_, c)| is_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let Some(opener) = CLAUSE_OPENER
        .find_iter(&before[open_from..])
        .last()
        .map(|m| sentence.start + open_from + m.start())
    else {
        return false;
    };
    // "the following day" is a date, not a clause.
    if text[..opener].to_ascii_lowercase().ends_with("the ") {
        return false;
    }
    let end = date.end + after.find(is_break).unwrap_or(after.len());
    !(trig.start >= opener && trig.end <= end)
}

/// "a week earlier", "two days later", "the day before": how many days a
/// sentence moves the story's date from the one named before it, when it says.
pub fn narrative_shift(sentence: &str) -> Option<i64> {
    // The words it cannot do without first: most sentences have none.
    static NEEDS: LazyLock<Regex> = LazyLock::new(|| crate::relate::regex(r"later|earlier|before"));
    static SHIFT: LazyLock<Regex> = LazyLock::new(|| {
        crate::relate::regex(
            r"\b(?P<n>a|one|two|three|four|five|six|seven|\d)\s+(?P<u>days?|weeks?)\s+(?P<dir>later|earlier)\b|\bthe\s+(?P<u2>day|week)\s+before\b",
        )
    });
    if !NEEDS.is_match(sentence) {
        return None;
    }
    let c = SHIFT.captures(sentence)?;
    if let Some(u) = c.name("u2") {
        return Some(if u.as_str().eq_ignore_ascii_case("week") {
            -7
        } else {
            -1
        });
    }
    let n: i64 = match c.name("n")?.as_str().to_ascii_lowercase().as_str() {
        "a" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        d => d.parse().ok()?,
    };
    let unit = if c
        .name("u")?
        .as_str()
        .to_ascii_lowercase()
        .starts_with("week")
    {
        7
    } else {
        1
    };
    let sign = if c.name("dir")?.as_str().eq_ignore_ascii_case("earlier") {
        -1
    } else {
        1
    };
    Some(sign * n * unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str, doc: Option<Date>, future: bool) -> Option<String> {
        let found = find(s, Span::new(0, s.len()));
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        resolve(found[0].kind, doc, future).map(|d| d.to_string())
    }

    #[test]
    fn calendar_dates_at_their_precision() {
        let doc = Some(Date::constant(2025, 11, 18));
        assert_eq!(
            one("met on Oct. 13 in Nairobi", doc, false).as_deref(),
            Some("2025-10-13")
        );
        assert_eq!(
            one("talks on May 24, 2018", doc, false).as_deref(),
            Some("2018-05-24")
        );
        assert_eq!(one("on 3 March", doc, false).as_deref(), Some("2025-03-03"));
        assert_eq!(one("met in August", doc, false).as_deref(), Some("2025-08"));
        assert_eq!(one("in 2019 they met", doc, false).as_deref(), Some("2019"));
        assert_eq!(one("on Oct. 13", None, false).as_deref(), Some("--10-13"));
        assert_eq!(
            one("in mid-October", doc, false).as_deref(),
            Some("2025-10")
        );
    }

    #[test]
    fn year_rolls_to_the_right_side_of_the_article() {
        let doc = Some(Date::constant(2025, 2, 10));
        assert_eq!(
            one("met in December", doc, false).as_deref(),
            Some("2024-12")
        );
        let doc = Some(Date::constant(2025, 11, 20));
        assert_eq!(
            one("will meet in January", doc, true).as_deref(),
            Some("2026-01")
        );
    }

    #[test]
    fn weekdays_and_relative_days() {
        // 2018-05-24 was a Thursday.
        let doc = Some(Date::constant(2018, 5, 24));
        assert_eq!(
            one("on Thursday", doc, false).as_deref(),
            Some("2018-05-24")
        );
        assert_eq!(one("on Tuesday", doc, false).as_deref(), Some("2018-05-22"));
        assert_eq!(one("on Tuesday", doc, true).as_deref(), Some("2018-05-29"));
        assert_eq!(one("yesterday", doc, false).as_deref(), Some("2018-05-23"));
        assert_eq!(one("last week", doc, false).as_deref(), Some("2018-05"));
        assert_eq!(one("on Tuesday", None, false), None);
    }

    #[test]
    fn a_datelines_date_is_no_events_date() {
        let s = "NAIROBI, May 14 (Reuters) - Ruto met Lula on Tuesday.";
        let found = find(s, Span::new(0, s.len()));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.text(s), "Tuesday");
        let s = "SAO PAULO, Brazil, March 4, 2024 - Lula spoke.";
        assert!(find(s, Span::new(0, s.len())).is_empty());
    }

    #[test]
    fn a_dateline_is_looked_for_only_before_a_spaced_dash() {
        assert!(has_spaced_dash("NAIROBI, May 14 - Ruto"));
        assert!(has_spaced_dash("KYIV, May 14 \u{2014}\u{a0}Zelensky"));
        assert!(!has_spaced_dash("Kyiv-based, co-op and \u{2013}2024"));
        let s = "KYIV, Ukraine, May 14 (AP) \u{2014}\u{a0}Zelensky met Ruto on Tuesday.";
        let found = find(s, Span::new(0, s.len()));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].span.text(s), "Tuesday");
    }

    #[test]
    fn a_month_with_its_year_needs_no_preposition() {
        let doc = Some(Date::constant(2025, 11, 18));
        assert_eq!(
            one("a courtesy from April 2023, when they met", doc, false).as_deref(),
            Some("2023-04")
        );
        assert_eq!(one("in May 2019", doc, false).as_deref(), Some("2019-05"));
        // Right after "since", the last time, not this one; kept for a
        // "when" clause that the date introduces.
        let s = "since May 2019";
        assert!(find(s, Span::new(0, s.len())).is_empty());
        assert_eq!(find_with_since(s, Span::new(0, s.len())).len(), 1);
    }

    #[test]
    fn a_since_clause_dates_nothing_after_it() {
        let s = "his first visit since the war began in February 2022";
        assert!(find(s, Span::new(0, s.len())).is_empty());
        // "since Sunday" dates the start of what goes on, and a comma
        // closes the clause.
        let s = "hosting him since Sunday";
        assert_eq!(find(s, Span::new(0, s.len())).len(), 1);
        let s = "since the war began, they met in March";
        assert_eq!(find(s, Span::new(0, s.len())).len(), 1);
    }

    #[test]
    fn weekends_are_the_month_of_their_saturday() {
        // 2024-07-09 was a Tuesday; 2024-06-03 a Monday.
        let doc = Some(Date::constant(2024, 7, 9));
        assert_eq!(
            one("told him at the weekend", doc, false).as_deref(),
            Some("2024-07")
        );
        let doc = Some(Date::constant(2024, 6, 3));
        assert_eq!(
            one("met last weekend", doc, false).as_deref(),
            Some("2024-06")
        );
        assert_eq!(
            one("over the weekend", Some(Date::constant(2024, 6, 1)), false).as_deref(),
            Some("2024-05")
        );
        assert_eq!(
            one(
                "will meet this weekend",
                Some(Date::constant(2024, 5, 29)),
                true
            )
            .as_deref(),
            Some("2024-06")
        );
    }

    #[test]
    fn since_marks_no_events_date() {
        let s = "their first talks since 2023 and since March";
        assert!(find(s, Span::new(0, s.len())).is_empty());
    }

    #[test]
    fn may_the_verb_is_not_a_date() {
        assert!(find("They may meet soon.", Span::new(0, 19)).is_empty());
        assert!(find("Feb. 30 is no day", Span::new(0, 17)).is_empty());
    }

    fn other_clause(s: &str, date: &str, trig: &str) -> bool {
        let d = s.find(date).unwrap();
        let t = s.find(trig).unwrap();
        in_other_clause(
            s,
            Span::new(0, s.len()),
            Span::new(d, d + date.len()),
            Span::new(t, t + trig.len()),
        )
    }

    #[test]
    fn a_date_in_a_clause_of_its_own_dates_only_that_clause() {
        let cases = [
            (
                "They met on March 3, their first talks since the clash of Feb. 12.",
                "Feb. 12",
                "met",
                true,
            ),
            (
                "They met on March 3, their first talks since the clash of Feb. 12.",
                "March 3",
                "met",
                false,
            ),
            (
                "Ley, who took office on January 16, held a call with Ruto.",
                "January 16",
                "held a call",
                true,
            ),
            (
                "Ley, who met Ruto on January 16, said it went well.",
                "January 16",
                "met",
                false,
            ),
            (
                "After the vote of May 2, Ley met Ruto on May 9.",
                "May 2",
                "met",
                true,
            ),
            (
                "Ley met Ruto, weeks after the clash on 1 December, 2024.",
                "1 December, 2024",
                "met",
                true,
            ),
            (
                "On March 6, Ley phoned Ruto, months after the election of Jan. 22 had ended it.",
                "Jan. 22",
                "phoned",
                true,
            ),
            (
                "On March 6, Ley phoned Ruto, months after the election of Jan. 22 had ended it.",
                "March 6",
                "phoned",
                false,
            ),
            ("Ley met Ruto the following Monday.", "Monday", "met", false),
            (
                "Ley met Ruto after arriving on Monday.",
                "Monday",
                "met",
                true,
            ),
        ];
        for (s, date, trig, want) in cases {
            assert_eq!(other_clause(s, date, trig), want, "{s} / {date}");
        }
    }

    #[test]
    fn narrative_shifts_move_by_days() {
        let cases = [
            ("A week earlier, he had phoned her.", Some(-7)),
            ("Two days later, they met.", Some(2)),
            ("A day later they spoke.", Some(1)),
            ("The day before, they spoke.", Some(-1)),
            ("They met later.", None),
            ("He met her before the vote.", None),
        ];
        for (s, want) in cases {
            assert_eq!(narrative_shift(s), want, "{s}");
        }
    }

    #[test]
    fn relative_months_and_years() {
        let doc = Some(Date::constant(2025, 3, 10));
        for (s, want) in [
            ("met last October", "2024-10"),
            ("met last February", "2025-02"),
            ("met last March", "2024-03"),
            ("met in May last year", "2024-05"),
            ("met May last year", "2024-05"),
            ("met in June this year", "2025-06"),
            ("met at the end of January", "2025-01"),
            ("met at the start of December", "2024-12"),
            ("met in the middle of February", "2025-02"),
            ("met earlier this year", "2025"),
            ("met during a 2019 visit", "2019"),
            ("at the 2021 summit", "2021"),
        ] {
            assert_eq!(one(s, doc, false).as_deref(), Some(want), "{s}");
        }
    }
}
