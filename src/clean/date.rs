//! The article's publication date: lenient parsing of the date strings that
//! come with the input, and finding the date in the text itself.
//!
//! Scraped text carries its date in a few conventional places, and only
//! those are trusted: a metadata header (` date 2025-05-07`), a
//! "Published"/"Posted"/"Updated" line, a wire dateline ("ANKARA, March 4
//! (Reuters) -"), a short dated byline near the top, or a date inside a source
//! URL. A date in a body sentence ("On Oct. 13, Trump said") is an event date,
//! not the publication date, and is never taken. A dateline without a year
//! gives a date only when another of those sources gives the year.

use crate::date::PartialDate;
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

/// Where the document date came from, most trusted first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateSource {
    /// Given with the input (a JSON Lines field, an HTML meta tag, `--date`).
    Input,
    /// A metadata header line such as ` date 2025-05-07` or `Published: ...`.
    Header,
    /// A wire dateline with a year ("WASHINGTON, May 24, 2018 -").
    Dateline,
    /// A short dated line near the top, such as a byline with its date.
    Byline,
    /// An "Updated" line: later than publication, but close to it.
    Updated,
    /// A date in the path of the article's URL (`/2025/05/07/`).
    Url,
    /// A dateline without a year, completed with a year from a URL.
    DatelineWithUrlYear,
}

/// How many bytes at the top of the text may hold a byline date or dateline.
const HEAD_BYTES: usize = 3000;
/// How many non-blank lines at the top may hold a byline date or dateline.
const HEAD_LINES: usize = 12;

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// Full dates in the forms news pages print them. Alternatives, each with its
/// own named groups, so one scan finds the first date of any form: ISO and
/// its CJK cousin (`2024-03-12`, `2024/3/12`, `2024年3月12日`), month first
/// (`March 12th, 2024`), day first (`12 March 2024`, `12-Mar-2024`), and
/// numbers only (`12.03.2024`, `03/11/2022`, `12.03.24`), whose order is
/// decided apart (see [`Numeric`]).
static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::text::ascii_word_boundaries(&full_date_pattern())).expect("valid date regex")
});

fn full_date_pattern() -> String {
    format!(
        r"(?ix)
        \b(?P<iy>\d{{4}})(?:[-/.]|年)(?P<im>\d{{1,2}})(?:[-/.]|月)(?P<id>\d{{1,2}})(?:\b|T|日)
        | \b(?P<am>{MONTH})\.?\s+(?P<ad>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ay>\d{{4}})\b
        | \b(?P<bd>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?:of\s+)?(?P<bm>{MONTH})\.?,?(?:\s+|-)(?P<by>\d{{4}})\b
        | \b(?P<na>\d{{1,2}})(?P<s1>[-/.])(?P<nb>\d{{1,2}})(?P<s2>[-/.])(?P<ny>\d{{4}}|\d{{2}})\b
        "
    )
}

/// Which number of a numeric date is the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// `12.03.2024` is 12 March: Europe, most of the world.
    DayFirst,
    /// `03/12/2024` is March 12: the United States.
    MonthFirst,
}

/// A date written in numbers only, day and month in an order the numbers
/// alone may not tell (`03/11/2022`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Numeric {
    /// The first number.
    pub a: i8,
    /// The second number.
    pub b: i8,
    /// The year (a two-digit year is taken in this century).
    pub year: i16,
    /// The separator: `.`, `/` or `-`.
    pub sep: char,
}

impl Numeric {
    /// The order the values force: a number above 12 is the day.
    pub fn forced(&self) -> Option<Order> {
        match (self.a > 12, self.b > 12) {
            (true, false) => Some(Order::DayFirst),
            (false, true) => Some(Order::MonthFirst),
            _ if self.a == self.b => Some(Order::DayFirst),
            _ => None,
        }
    }

    /// The order when nothing else tells: slashes are month first (the
    /// American habit), dots and dashes day first.
    pub fn default_order(&self) -> Order {
        if self.sep == '/' {
            Order::MonthFirst
        } else {
            Order::DayFirst
        }
    }

    /// The date read in `order`, when it is a valid one.
    pub fn read(&self, order: Order) -> Option<Date> {
        let (m, d) = match order {
            Order::DayFirst => (self.b, self.a),
            Order::MonthFirst => (self.a, self.b),
        };
        make_date(&self.year.to_string(), m, &d.to_string())
    }
}

/// Time zones whose countries write the day first, and those that write the
/// month first, as a dated line ends ("03/11/2022 17:02 CET").
fn zone_order(rest: &str) -> Option<Order> {
    const DAY_FIRST: &[&str] = &[
        "CET", "CEST", "GMT", "BST", "WET", "WEST", "EET", "EEST", "MSK", "IST", "AEST", "AEDT",
        "ACST", "AWST", "NZST", "NZDT", "SAST", "WAT", "EAT", "CAT", "WIB", "SGT", "HKT", "JST",
        "KST", "TRT", "Uhr", "MEZ", "MESZ",
    ];
    const MONTH_FIRST: &[&str] = &[
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST",
        "AKDT", "HST",
    ];
    rest.split(|c: char| !c.is_alphanumeric())
        .take(8)
        .find_map(|w| {
            if DAY_FIRST.contains(&w) {
                Some(Order::DayFirst)
            } else if MONTH_FIRST.contains(&w) {
                Some(Order::MonthFirst)
            } else {
                None
            }
        })
}

/// Decides the order of an ambiguous numeric date, given the rest of its line.
type Decide<'a> = &'a dyn Fn(&Numeric, &str) -> Order;

/// The order of a numeric date from its own line alone: its values, then the
/// time zone after it, then its separator.
fn decide_alone(n: &Numeric, rest: &str) -> Order {
    n.forced()
        .or_else(|| zone_order(rest))
        .unwrap_or_else(|| n.default_order())
}

/// A metadata or "Published" line: the key at the start of a line.
static HEADER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?im)^[ \t]*(?:date|dated|published|posted|first published|publication date|pubdate|created)(?:\s+(?:on|at))?[ \t]*[:=\-]?[ \t]*(.{0,80})",
    )
    .expect("valid header regex")
});

static UPDATED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?im)^[ \t]*(?:updated|last updated|modified|last modified)(?:\s+(?:on|at))?[ \t]*[:=\-]?[ \t]*(.{0,80})",
    )
    .expect("valid updated regex")
});

/// A wire dateline: a place in capitals or title case, a comma, a month and
/// day, an optional year and agency, and a dash.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^[ \t]*(?:[\p{{Lu}}][\p{{Lu}}.'’ -]+|[\p{{Lu}}][\p{{Ll}}]+(?:[ -][\p{{Lu}}][\p{{Ll}}]+)*)(?:,[ \t]+[\p{{L}}. ]{{2,30}})?,[ \t]+(?i:(?P<m>{MONTH}))\.?[ \t]+(?P<d>\d{{1,2}})(?:,?[ \t]+(?P<y>\d{{4}}))?[ \t]*(?:\([^)\n]{{1,40}}\)[ \t]*)?[-–—]"
    ))
    .expect("valid dateline regex")
});

/// A URL, and a date in its path.
static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"https?://[^\s<>()]+").expect("valid url regex"));
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})(?:[/-](?P<d>\d{1,2}))?(?:[/-]|$)|/(?P<cy>(?:19|20)\d{2})(?P<cm>\d{2})(?P<cd>\d{2})(?:[/-]|$)",
    )
    .expect("valid url date regex")
});
/// A line that is only a URL, or a URL given as the source.
static URL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^[ \t]*(?:(?:url|source|link|canonical|original)[ \t]*[:=]?[ \t]*)?(https?://\S+)[ \t]*$")
        .expect("valid url line regex")
});

fn month_number(name: &str) -> Option<i8> {
    let m = name.get(..3)?.to_ascii_lowercase();
    let n = match m.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

/// A date from numbers, rejecting years a news article cannot have.
fn make_date(year: &str, month: i8, day: &str) -> Option<Date> {
    let year: i16 = year.parse().ok()?;
    let day: i8 = day.parse().ok()?;
    if !(1900..=2100).contains(&year) {
        return None;
    }
    Date::new(year, month, day).ok()
}

/// The first full date (year, month and day) anywhere in `s`, with its byte
/// offset: ISO (`2025-05-07`, `2025/05/07`), `May 7, 2025`, `7 May 2025`,
/// `07.05.2025`, `05/07/2025` (month first unless the values or a time zone
/// after it say otherwise).
pub fn find_full_date(s: &str) -> Option<(Date, usize)> {
    find_date(s, false, &decide_alone)
}

/// The first full date in `s`; `short_year` admits two-digit years
/// (`12.03.24`), which only a labelled header line is trusted with.
fn find_date(s: &str, short_year: bool, decide: Decide) -> Option<(Date, usize)> {
    for c in FULL_DATE.captures_iter(s) {
        let whole = c.get(0).expect("group 0 always matches");
        let date = if let (Some(y), Some(m), Some(d)) = (c.name("iy"), c.name("im"), c.name("id")) {
            m.as_str()
                .parse()
                .ok()
                .and_then(|m| make_date(y.as_str(), m, d.as_str()))
        } else if let (Some(y), Some(m), Some(d)) = (c.name("ay"), c.name("am"), c.name("ad")) {
            month_number(m.as_str()).and_then(|m| make_date(y.as_str(), m, d.as_str()))
        } else if let (Some(y), Some(m), Some(d)) = (c.name("by"), c.name("bm"), c.name("bd")) {
            month_number(m.as_str()).and_then(|m| make_date(y.as_str(), m, d.as_str()))
        } else {
            numeric(&c, short_year).and_then(|n| n.read(decide(&n, rest_of_line(s, whole.end()))))
        };
        if let Some(date) = date {
            return Some((date, whole.start()));
        }
    }
    None
}

/// The text after `at` up to the end of its line.
fn rest_of_line(s: &str, at: usize) -> &str {
    let rest = &s[at..];
    rest.split('\n').next().unwrap_or(rest)
}

/// The numeric date of a [`FULL_DATE`] match, when its separators agree.
fn numeric(c: &regex::Captures, short_year: bool) -> Option<Numeric> {
    let sep = c.name("s1")?.as_str();
    if c.name("s2")?.as_str() != sep {
        return None;
    }
    let y = c.name("ny")?.as_str();
    let year: i16 = match y.len() {
        4 => y.parse().ok()?,
        2 if short_year => 2000 + y.parse::<i16>().ok()?,
        _ => return None,
    };
    Some(Numeric {
        a: c.name("na")?.as_str().parse().ok()?,
        b: c.name("nb")?.as_str().parse().ok()?,
        year,
        sep: sep.chars().next()?,
    })
}

/// How a document writes its dates, for the numeric dates its values leave
/// open: the unambiguous numeric dates it prints elsewhere, a date written in
/// words that one reading repeats, and whether its worded dates put the day
/// first ("12 March 2024") or the month ("March 12, 2024").
#[derive(Debug, Default)]
struct Habits {
    /// Unambiguous numeric dates seen, by separator: (day first, month first).
    numeric: Vec<(char, Order)>,
    /// Worded dates seen, and in which order they were written.
    worded: Vec<(Date, Order)>,
}

impl Habits {
    fn of(texts: &[&str]) -> Habits {
        let mut h = Habits::default();
        for t in texts {
            for c in FULL_DATE.captures_iter(t) {
                if let (Some(y), Some(m), Some(d)) = (c.name("ay"), c.name("am"), c.name("ad")) {
                    if let Some(date) =
                        month_number(m.as_str()).and_then(|m| make_date(y.as_str(), m, d.as_str()))
                    {
                        h.worded.push((date, Order::MonthFirst));
                    }
                } else if let (Some(y), Some(m), Some(d)) =
                    (c.name("by"), c.name("bm"), c.name("bd"))
                {
                    if let Some(date) =
                        month_number(m.as_str()).and_then(|m| make_date(y.as_str(), m, d.as_str()))
                    {
                        h.worded.push((date, Order::DayFirst));
                    }
                } else if let Some(n) = numeric(&c, false)
                    && let Some(o) = n.forced()
                    && n.a != n.b
                {
                    h.numeric.push((n.sep, o));
                }
            }
        }
        h
    }

    /// The order of an ambiguous `n` in this document, or `None` when the
    /// document does not tell.
    fn order(&self, n: &Numeric) -> Option<Order> {
        if let Some(&(_, o)) = self.numeric.iter().find(|(s, _)| *s == n.sep) {
            return Some(o);
        }
        let readings = [Order::DayFirst, Order::MonthFirst].map(|o| (o, n.read(o)));
        let repeated: Vec<Order> = readings
            .iter()
            .filter(|(_, d)| d.is_some_and(|d| self.worded.iter().any(|(w, _)| *w == d)))
            .map(|(o, _)| *o)
            .collect();
        if let [o] = repeated[..] {
            return Some(o);
        }
        let day_first = self
            .worded
            .iter()
            .filter(|(_, o)| *o == Order::DayFirst)
            .count();
        let month_first = self.worded.len() - day_first;
        match day_first.cmp(&month_first) {
            std::cmp::Ordering::Greater => Some(Order::DayFirst),
            std::cmp::Ordering::Less => Some(Order::MonthFirst),
            std::cmp::Ordering::Equal => None,
        }
    }
}

/// Parses a date string given with the input, leniently: an ISO date or
/// datetime (the calendar date as written, whatever its offset), RFC 2822
/// (`Wed, 07 May 2025 10:00:00 +0000`), `May 7, 2025`, `7 May 2025`, or a
/// Unix timestamp in seconds or milliseconds (taken in UTC).
pub fn parse_lenient(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) && s.len() >= 9 {
        return parse_timestamp(s.parse().ok()?);
    }
    if let Ok(zoned) = jiff::fmt::rfc2822::parse(s) {
        return Some(zoned.date());
    }
    // A datetime's calendar date is the one written: "2025-05-07T23:30-05:00"
    // is May 7 where it was published, which is what the article says.
    find_full_date(s)
        .filter(|&(_, at)| at <= 16)
        .map(|(d, _)| d)
}

/// A publication date given only to the month or the year: ISO (`2017-11`,
/// `2017`), `November 2017`, `Nov. 2017`, `11/2017`. Years a news article
/// cannot have are refused.
pub fn parse_period(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    let pd = PartialDate::parse(s).or_else(|| {
        let (a, b) = s.rsplit_once([' ', '/', '.', '-'])?;
        let year: i16 = b.parse().ok().filter(|_| b.len() == 4)?;
        let a = a.trim_end_matches([',', '.']).trim();
        let month = match a.parse::<i8>() {
            Ok(m) => m,
            Err(_) => {
                let m = month_number(a)?;
                let name = a.to_ascii_lowercase();
                // "Mayday 2017" is no month: the name, or its abbreviation.
                let full = [
                    "january",
                    "february",
                    "march",
                    "april",
                    "may",
                    "june",
                    "july",
                    "august",
                    "september",
                    "october",
                    "november",
                    "december",
                ][m as usize - 1];
                (full.starts_with(&name) && name.len() >= 3).then_some(m)?
            }
        };
        (1..=12)
            .contains(&month)
            .then_some(PartialDate::month(year, month))
    })?;
    let year_ok = pd.year.is_some_and(|y| (1900..=2100).contains(&y));
    (year_ok && pd.day.is_none()).then_some(pd)
}

/// True when `d` lies in the month or year `p`.
pub fn within(d: Date, p: PartialDate) -> bool {
    p.year == Some(d.year()) && p.month.is_none_or(|m| m == d.month())
}

/// A Unix timestamp (seconds, or milliseconds when it is that large) as a UTC date.
pub fn parse_timestamp(n: i64) -> Option<Date> {
    let secs = if n.abs() >= 100_000_000_000 {
        n / 1000
    } else {
        n
    };
    let ts = jiff::Timestamp::from_second(secs).ok()?;
    let date = ts.to_zoned(jiff::tz::TimeZone::UTC).date();
    (1900..=2100).contains(&date.year()).then_some(date)
}

/// The byte offset where the head of the text (where bylines and datelines
/// live) ends: after [`HEAD_LINES`] non-blank lines or [`HEAD_BYTES`] bytes.
fn head_end(text: &str) -> usize {
    let mut lines = 0;
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        end += line.len();
        if !line.trim().is_empty() {
            lines += 1;
        }
        if lines >= HEAD_LINES || end >= HEAD_BYTES {
            break;
        }
    }
    let mut end = end.min(HEAD_BYTES).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// The date in a URL's path, with whether the day was there (`/2025/05/`
/// gives May 1 with `false`).
fn url_date(url: &str) -> Option<(Date, bool)> {
    for c in URL_DATE.captures_iter(url) {
        let (y, m, d) = match (c.name("y"), c.name("cy")) {
            (Some(y), _) => (y, c.name("m"), c.name("d")),
            (None, Some(y)) => (y, c.name("cm"), c.name("cd")),
            _ => continue,
        };
        let Some(month) = m.and_then(|m| m.as_str().parse::<i8>().ok()) else {
            continue;
        };
        match d {
            Some(d) => {
                if let Some(date) = make_date(y.as_str(), month, d.as_str()) {
                    return Some((date, true));
                }
            }
            None => {
                if let Some(date) = make_date(y.as_str(), month, "1") {
                    return Some((date, false));
                }
            }
        }
    }
    None
}

/// The first full date in the value part of lines matched by `re`; a
/// labelled line may give a two-digit year.
fn date_on_lines(re: &Regex, text: &str, decide: Decide) -> Option<Date> {
    re.captures_iter(text)
        .filter_map(|c| c.get(1))
        .find_map(|v| find_date(v.as_str(), true, decide).map(|(d, _)| d))
}

/// A short line (a byline, a date line) near the top with a full date.
fn byline_date(head: &str, decide: Decide) -> Option<Date> {
    head.lines()
        .filter(|l| {
            let words = l.split_whitespace().count();
            (1..=16).contains(&words) && !UPDATED_LINE.is_match(l) && !l.contains("://")
        })
        .find_map(|l| find_date(l, false, decide).map(|(d, _)| d))
}

/// The dateline of the first lines: month, day and maybe year.
fn dateline(head: &str) -> Option<(i8, i8, Option<i16>)> {
    let c = DATELINE.captures(head)?;
    let month = month_number(c.name("m")?.as_str())?;
    let day: i8 = c.name("d")?.as_str().parse().ok()?;
    let year = c.name("y").and_then(|y| y.as_str().parse::<i16>().ok());
    Date::new(2024, month, day).ok()?;
    Some((month, day, year))
}

/// The source URLs the text names on a line of their own (or after `url:`,
/// `source:`), and `extra` (the URL given with the input) first.
fn source_urls<'t>(text: &'t str, extra: Option<&'t str>) -> impl Iterator<Item = &'t str> {
    extra.into_iter().chain(
        URL_LINE
            .captures_iter(text)
            .filter_map(|c| c.get(1).map(|m| m.as_str())),
    )
}

/// How much of the start and of the end of a text is searched for
/// "Published" lines and source URLs.
const EDGE_BYTES: usize = 16 * 1024;

/// The start and the end of a long text (each [`EDGE_BYTES`], cut at
/// character boundaries), or the whole of a short one.
fn edges(text: &str) -> (&str, &str) {
    if text.len() <= 2 * EDGE_BYTES {
        return (text, "");
    }
    let mut a = EDGE_BYTES;
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = text.len() - EDGE_BYTES;
    while !text.is_char_boundary(b) {
        b += 1;
    }
    (&text[..a], &text[b..])
}

/// Finds the publication date of a text, from the most trusted source that
/// gives one (see [`DateSource`]). `url` is the article's URL given with the
/// input, if any; `given` is a date given with the input, which wins.
pub fn document_date(
    text: &str,
    url: Option<&str>,
    given: Option<Date>,
) -> Option<(Date, DateSource)> {
    if let Some(d) = given {
        return Some((d, DateSource::Input));
    }
    // Metadata lines and source URLs sit at the top or the bottom of a page;
    // a huge text is searched there only.
    let (top, bottom) = edges(text);
    // A numeric date its values leave open is read the way the rest of the
    // page writes dates; the page is read for that only when one is met.
    let habits = std::cell::OnceCell::new();
    let decide = |n: &Numeric, rest: &str| {
        n.forced()
            .or_else(|| zone_order(rest))
            .or_else(|| habits.get_or_init(|| Habits::of(&[top, bottom])).order(n))
            .unwrap_or_else(|| n.default_order())
    };
    let on_lines =
        |re: &Regex| date_on_lines(re, top, &decide).or_else(|| date_on_lines(re, bottom, &decide));
    if let Some(d) = on_lines(&HEADER_LINE) {
        return Some((d, DateSource::Header));
    }
    let head = &text[..head_end(text)];
    let line = dateline(head);
    if let Some((m, d, Some(y))) = line
        && let Ok(date) = Date::new(y, m, d)
        && (1900..=2100).contains(&y)
    {
        return Some((date, DateSource::Dateline));
    }
    if let Some(d) = byline_date(head, &decide) {
        return Some((d, DateSource::Byline));
    }
    if let Some(d) = on_lines(&UPDATED_LINE) {
        return Some((d, DateSource::Updated));
    }
    let from_url = source_urls(top, url)
        .chain(source_urls(bottom, None))
        .filter_map(|u| URL.find(u).map(|m| m.as_str()))
        .find_map(url_date);
    match (from_url, line) {
        (Some((d, true)), _) => Some((d, DateSource::Url)),
        (Some((d, false)), Some((m, day, None))) => Date::new(d.year(), m, day)
            .ok()
            .map(|d| (d, DateSource::DatelineWithUrlYear)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn lenient_parse_of_input_dates() {
        let cases = [
            ("2025-05-07", Some(date(2025, 5, 7))),
            ("2025-05-07T23:30:00-05:00", Some(date(2025, 5, 7))),
            ("2025-05-07 10:00:00", Some(date(2025, 5, 7))),
            ("Wed, 07 May 2025 10:00:00 +0000", Some(date(2025, 5, 7))),
            ("May 7, 2025", Some(date(2025, 5, 7))),
            ("7 May 2025", Some(date(2025, 5, 7))),
            ("2025/05/07", Some(date(2025, 5, 7))),
            ("1746612000", Some(date(2025, 5, 7))),
            ("1746612000000", Some(date(2025, 5, 7))),
            ("", None),
            ("yesterday", None),
            ("2025-13-01", None),
            ("2025-02-30", None),
            ("0001-01-01", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_lenient(s), want, "{s:?}");
        }
    }

    #[test]
    fn dates_found_in_text_by_source() {
        let cases: &[(&str, Option<(Date, DateSource)>)] = &[
            (
                " date 2025-05-07 403\nTitle line\nBody.",
                Some((date(2025, 5, 7), DateSource::Header)),
            ),
            (
                "Headline here\nPublished: March 3, 2024 at 10:15 a.m.\nText.",
                Some((date(2024, 3, 3), DateSource::Header)),
            ),
            (
                "Headline\nWASHINGTON, May 24, 2018 - The envoy arrived.",
                Some((date(2018, 5, 24), DateSource::Dateline)),
            ),
            (
                "Headline\nBy Ana Lima | 12 June 2023 09:00 BST\nThe envoy arrived.",
                Some((date(2023, 6, 12), DateSource::Byline)),
            ),
            (
                "Headline\nThe minister met the envoy on May 3, 2021, in a long session that went late into the evening and ended without a deal.",
                None,
            ),
            (
                "Headline\nText of the story.\nUpdated 2022-11-02\n",
                Some((date(2022, 11, 2), DateSource::Updated)),
            ),
            (
                "Headline\nText.\nhttps://example.org/world/2019/04/08/envoy-visit\n",
                Some((date(2019, 4, 8), DateSource::Url)),
            ),
            (
                "OSLO, Oct. 2 (Reuters) - The talks resumed.\nsource: https://example.org/2020/10/talks",
                Some((date(2020, 10, 2), DateSource::DatelineWithUrlYear)),
            ),
            ("LIMA, March 4 (Reuters) - The talks resumed.", None),
        ];
        for (text, want) in cases {
            assert_eq!(document_date(text, None, None), *want, "{text:?}");
        }
    }

    #[test]
    fn input_date_and_url_take_their_places() {
        let given = date(2001, 1, 2);
        assert_eq!(
            document_date(" date 2025-05-07\n", None, Some(given)),
            Some((given, DateSource::Input))
        );
        assert_eq!(
            document_date("Text.", Some("https://x.example/news/20240315/story"), None),
            Some((date(2024, 3, 15), DateSource::Url))
        );
    }

    #[test]
    fn head_end_is_a_char_boundary() {
        let text = "é".repeat(4000);
        let end = head_end(&text);
        assert!(text.is_char_boundary(end));
        assert!(end <= HEAD_BYTES);
        assert!(document_date(&text, None, None).is_none());
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_safe(s in "\\PC{0,200}") {
            let _ = parse_lenient(&s);
            let _ = document_date(&s, Some(&s), None);
            let _ = find_full_date(&s);
            let _ = parse_period(&s);
        }
    }
}
