//! JSON Lines: one article per line, read one line at a time.
//!
//! Field names are mapped by [`InputOptions`] (`text`, `id`, `date`, `url`,
//! `title` by default); a dotted name (`article.body`) reaches into nested
//! objects when no field has the dotted name itself. Extra fields are
//! ignored. Each bad line (cut off, not JSON, not an object, no text field, a
//! text that is not a string) gives one error naming the file and line, and
//! reading goes on with the next line. An article's text offsets refer to
//! its decoded text field.

use super::decode::{Decoded, decode};
use super::{Input, InputOptions, io_message};
use crate::article::Article;
use crate::clean::date;
use crate::date::PartialDate;
use crate::diag::Diagnostic;
use serde_json::Value;
use std::io::BufRead;

/// The records of one JSON Lines stream.
pub struct Records {
    reader: Box<dyn BufRead + Send>,
    /// The path shown in diagnostics and recorded as the article's source.
    source: String,
    /// The file's id, for `FILE:LINE` ids of records without one.
    file_id: String,
    line: usize,
    done: bool,
    buf: Vec<u8>,
}

/// What reading one line gave.
enum Line {
    Eof,
    /// A line (without its newline), whether it ended with one, and whether it
    /// was longer than the limit (then only the limit's worth was kept).
    Read {
        newline: bool,
        over: bool,
    },
}

/// Reads one line into `buf`, keeping at most `limit` bytes of it but always
/// consuming the whole line, so a huge line costs no more than the limit.
fn read_line_capped(r: &mut dyn BufRead, buf: &mut Vec<u8>, limit: usize) -> std::io::Result<Line> {
    buf.clear();
    let mut over = false;
    let mut any = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(if any {
                Line::Read {
                    newline: false,
                    over,
                }
            } else {
                Line::Eof
            });
        }
        any = true;
        let (chunk, found) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (&avail[..i], Some(i + 1)),
            None => (avail, None),
        };
        let room = limit.saturating_sub(buf.len());
        if chunk.len() > room {
            over = true;
        }
        buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = found.unwrap_or(avail.len());
        r.consume(used);
        if found.is_some() {
            return Ok(Line::Read {
                newline: true,
                over,
            });
        }
    }
}

/// A JSON value's type, for messages.
fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The field `name` of an object: the key itself, or a dotted path into
/// nested objects.
fn field<'v>(obj: &'v Value, name: &str) -> Option<&'v Value> {
    if let Some(v) = obj.get(name) {
        return Some(v);
    }
    if !name.contains('.') {
        return None;
    }
    name.split('.').try_fold(obj, |v, part| v.get(part))
}

fn string_field(obj: &Value, name: &str) -> Option<String> {
    match field(obj, name)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

impl Records {
    /// Records from `reader`; `source` names it in diagnostics, `file_id` is
    /// the file's document id.
    pub fn new(reader: Box<dyn BufRead + Send>, source: String, file_id: String) -> Records {
        Records {
            reader,
            source,
            file_id,
            line: 0,
            done: false,
            buf: Vec::new(),
        }
    }

    /// The inputs of the next non-blank line (a warning may come before its
    /// article), or `None` at the end.
    pub fn next_line(&mut self, opts: &InputOptions) -> Option<Vec<Input>> {
        loop {
            if self.done {
                return None;
            }
            let limit = usize::try_from(opts.max_bytes).unwrap_or(usize::MAX);
            let read = read_line_capped(self.reader.as_mut(), &mut self.buf, limit);
            self.line += 1;
            let line = self.line;
            let (newline, over) = match read {
                Ok(Line::Eof) => {
                    self.done = true;
                    return None;
                }
                Ok(Line::Read { newline, over }) => (newline, over),
                Err(e) => {
                    self.done = true;
                    return Some(vec![Input::Problem(Diagnostic::error(
                        &self.source,
                        Some(line),
                        format!(
                            "cannot read: {}; the rest of the file is skipped",
                            io_message(&e)
                        ),
                    ))]);
                }
            };
            if over {
                return Some(vec![Input::Problem(Diagnostic::error(
                    &self.source,
                    Some(line),
                    format!(
                        "line is longer than the limit of {} bytes; skipped",
                        opts.max_bytes
                    ),
                ))]);
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let bytes = std::mem::take(&mut self.buf);
            return Some(self.record(bytes, line, newline, opts));
        }
    }

    fn record(
        &self,
        bytes: Vec<u8>,
        line: usize,
        newline: bool,
        opts: &InputOptions,
    ) -> Vec<Input> {
        let err = |msg: String| {
            vec![Input::Problem(Diagnostic::error(
                &self.source,
                Some(line),
                msg,
            ))]
        };
        let mut out = Vec::new();
        let text = match decode(bytes, &self.source, Some(line)) {
            Decoded::Text(t, warning) => {
                out.extend(warning.map(Input::Problem));
                t
            }
            Decoded::Empty(_) => return Vec::new(),
            Decoded::Binary(d) => return vec![Input::Problem(d)],
        };
        let value: Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                let full = e.to_string();
                let what = full
                    .rsplit_once(" at line ")
                    .map_or(full.as_str(), |(w, _)| w);
                let cut = if e.is_eof() && !newline {
                    " (the last line is cut off)"
                } else if e.is_eof() {
                    " (the line is cut off)"
                } else {
                    ""
                };
                return err(format!(
                    "invalid JSON at column {}: {what}{cut}; skipped",
                    e.column()
                ));
            }
        };
        if !value.is_object() {
            return err(format!(
                "expected a JSON object, found {}; skipped",
                type_name(&value)
            ));
        }
        let text = match field(&value, &opts.text_field) {
            Some(Value::String(s)) => s.clone(),
            Some(other) => {
                return err(format!(
                    "field '{}' is {}, expected a string; skipped",
                    opts.text_field,
                    type_name(other)
                ));
            }
            None => {
                let keys: Vec<&str> = value
                    .as_object()
                    .map(|o| o.keys().map(String::as_str).take(12).collect())
                    .unwrap_or_default();
                return err(format!(
                    "no '{}' field; fields present: {} (choose one with --text-field); skipped",
                    opts.text_field,
                    if keys.is_empty() {
                        "none".to_string()
                    } else {
                        keys.join(", ")
                    }
                ));
            }
        };
        if text.trim().is_empty() {
            out.push(Input::Problem(Diagnostic::warning(
                &self.source,
                Some(line),
                format!("field '{}' is empty; skipped", opts.text_field),
            )));
            return out;
        }
        let id = string_field(&value, &opts.id_field)
            .unwrap_or_else(|| format!("{}:{line}", self.file_id));
        let url = string_field(&value, &opts.url_field);
        let title = string_field(&value, &opts.title_field);
        let mut date = None;
        let mut period = None;
        match field(&value, &opts.date_field) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s.trim().is_empty() => {}
            Some(v) => {
                match v {
                    Value::String(s) => {
                        date = date::parse_lenient(s);
                        period = date.is_none().then(|| date::parse_period(s)).flatten();
                    }
                    // A number of news-age years is a year, not a timestamp
                    // of 1970.
                    Value::Number(n) => match n.as_i64() {
                        Some(y @ 1900..=2100) => period = Some(PartialDate::year(y as i16)),
                        Some(t) => date = date::parse_timestamp(t),
                        None => {}
                    },
                    _ => {}
                }
                if date.is_none() && period.is_none() {
                    let shown: String = v.to_string().chars().take(60).collect();
                    out.push(Input::Problem(Diagnostic::warning(
                        &self.source,
                        Some(line),
                        format!(
                            "cannot read date {shown} in field '{}' (expected an ISO 8601 or RFC 2822 date, or a year and month such as 2017-11); the date in the text is used",
                            opts.date_field
                        ),
                    )));
                }
            }
        }
        let date = date.or_else(|| super::fallback_date(&text, url.as_deref(), opts));
        // A full date in the text within the given month or year is better
        // than the month or year alone; one outside it is not the article's.
        let date = match (date, period) {
            (None, Some(p)) => date::document_date(&text, url.as_deref(), None)
                .map(|(d, _)| d)
                .filter(|d| date::within(*d, p)),
            (d, _) => d,
        };
        let period = period.filter(|_| date.is_none());
        out.push(Input::Article(Article {
            id,
            source: self.source.clone(),
            text,
            date,
            period,
            url,
            title,
            offset: 0,
        }));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn read(data: &str, opts: &InputOptions) -> Vec<Input> {
        let mut r = Records::new(
            Box::new(Cursor::new(data.as_bytes().to_vec())),
            "d.jsonl".into(),
            "d.jsonl".into(),
        );
        let mut out = Vec::new();
        while let Some(items) = r.next_line(opts) {
            out.extend(items);
        }
        out
    }

    fn messages(inputs: &[Input]) -> Vec<String> {
        inputs
            .iter()
            .filter_map(|i| match i {
                Input::Problem(d) => Some(d.to_string()),
                Input::Article(_) => None,
            })
            .collect()
    }

    fn ids(inputs: &[Input]) -> Vec<String> {
        inputs
            .iter()
            .filter_map(|i| match i {
                Input::Article(a) => Some(a.id.clone()),
                Input::Problem(_) => None,
            })
            .collect()
    }

    #[test]
    fn bad_lines_are_reported_and_skipped() {
        let data = concat!(
            "{\"id\":\"a\",\"text\":\"One.\"}\n",
            "not json\n",
            "[1,2]\n",
            "{\"id\":\"b\",\"body\":\"x\"}\n",
            "{\"id\":\"c\",\"text\":42}\n",
            "\n",
            "{\"text\":\"Two.\",\"date\":\"2024-02-03T10:00:00Z\"}\n",
            "{\"id\":\"d\",\"text\":\"Thr",
        );
        let got = read(data, &InputOptions::default());
        assert_eq!(ids(&got), ["a", "d.jsonl:7"]);
        assert_eq!(
            messages(&got),
            [
                "d.jsonl:2: invalid JSON at column 2: expected ident; skipped",
                "d.jsonl:3: expected a JSON object, found an array; skipped",
                "d.jsonl:4: no 'text' field; fields present: body, id (choose one with --text-field); skipped",
                "d.jsonl:5: field 'text' is a number, expected a string; skipped",
                "d.jsonl:8: invalid JSON at column 21: EOF while parsing a string (the last line is cut off); skipped",
            ]
        );
    }

    #[test]
    fn fields_are_mapped_and_nested() {
        let opts = InputOptions {
            text_field: "article.body".into(),
            id_field: "guid".into(),
            date_field: "pubDate".into(),
            url_field: "link".into(),
            title_field: "headline".into(),
            ..InputOptions::default()
        };
        let data = r#"{"guid":17,"article":{"body":"Talks."},"pubDate":"Tue, 04 Mar 2025 08:00:00 +0000","link":"https://x.example/a","headline":"H","extra":[1]}"#;
        let got = read(data, &opts);
        let Input::Article(a) = &got[0] else {
            panic!("{:?}", messages(&got))
        };
        assert_eq!(a.id, "17");
        assert_eq!(a.text, "Talks.");
        assert_eq!(a.date, Some(jiff::civil::date(2025, 3, 4)));
        assert_eq!(a.url.as_deref(), Some("https://x.example/a"));
        assert_eq!(a.title.as_deref(), Some("H"));
    }

    #[test]
    fn a_month_or_a_year_is_a_date_at_that_precision() {
        let month = PartialDate::month(2017, 11);
        let cases: &[(&str, Option<jiff::civil::Date>, Option<PartialDate>)] = &[
            (r#""date":"2017-11""#, None, Some(month)),
            (r#""date":"November 2017""#, None, Some(month)),
            (r#""date":"2017""#, None, Some(PartialDate::year(2017))),
            (r#""date":2017"#, None, Some(PartialDate::year(2017))),
            // A full date in the text within the month is the article's.
            (
                r#""date":"2017-11","text":"Published 14 November 2017\nTalks.""#,
                Some(jiff::civil::date(2017, 11, 14)),
                None,
            ),
            // One outside it is not.
            (
                r#""date":"2017-11","text":"Published 14 May 2016\nTalks.""#,
                None,
                Some(month),
            ),
            (
                r#""date":"2017-11-14""#,
                Some(jiff::civil::date(2017, 11, 14)),
                None,
            ),
        ];
        for (fields, date, period) in cases {
            let line = if fields.contains("\"text\"") {
                format!("{{\"id\":\"x\",{fields}}}")
            } else {
                format!("{{\"id\":\"x\",\"text\":\"Talks.\",{fields}}}")
            };
            let got = read(&line, &InputOptions::default());
            assert!(messages(&got).is_empty(), "{fields}: {:?}", messages(&got));
            let Some(Input::Article(a)) = got.last() else {
                panic!("{fields}")
            };
            assert_eq!((a.date, a.period), (*date, *period), "{fields}");
        }
        for bad in [
            r#""2017-13""#,
            r#""1066""#,
            r#""Mayday 2017""#,
            r#""spring 2017""#,
        ] {
            let got = read(
                &format!(r#"{{"id":"x","text":"Talks.","date":{bad}}}"#),
                &InputOptions::default(),
            );
            let Some(Input::Article(a)) = got.last() else {
                panic!("{bad}")
            };
            assert_eq!((a.date, a.period), (None, None), "{bad}");
        }
    }

    #[test]
    fn unreadable_date_warns_and_falls_back() {
        let opts = InputOptions {
            date: Some(jiff::civil::date(2020, 1, 1)),
            ..InputOptions::default()
        };
        let got = read(r#"{"id":"x","text":"Talks.","date":"soon"}"#, &opts);
        assert_eq!(
            messages(&got),
            [
                "d.jsonl:1: cannot read date \"soon\" in field 'date' (expected an ISO 8601 or RFC 2822 date, or a year and month such as 2017-11); the date in the text is used"
            ]
        );
        let Some(Input::Article(a)) = got.last() else {
            panic!()
        };
        assert_eq!(a.date, Some(jiff::civil::date(2020, 1, 1)));
    }

    #[test]
    fn long_lines_are_capped_and_the_next_line_read() {
        let opts = InputOptions {
            max_bytes: 64,
            ..InputOptions::default()
        };
        let data = format!(
            "{{\"text\":\"{}\"}}\n{{\"id\":\"ok\",\"text\":\"Fine.\"}}\n",
            "a".repeat(500)
        );
        let got = read(&data, &opts);
        assert_eq!(ids(&got), ["ok"]);
        assert_eq!(
            messages(&got),
            ["d.jsonl:1: line is longer than the limit of 64 bytes; skipped"]
        );
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_give_one_result_per_line_and_no_panic(
            data in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)
        ) {
            let mut r = Records::new(
                Box::new(Cursor::new(data.clone())),
                "p.jsonl".into(),
                "p.jsonl".into(),
            );
            let mut items = 0;
            while let Some(got) = r.next_line(&InputOptions::default()) {
                items += got.len();
            }
            let lines = data.split(|&b| b == b'\n').count();
            // A line gives at most a warning and an article (or a warning
            // and an error); blank lines give nothing.
            proptest::prop_assert!(items <= 2 * lines);
        }
    }
}
