//! HTML pages: the main text, its title and its date.
//!
//! The article is extracted with `dom_smoothie`, a maintained Rust port of
//! Mozilla's Readability (the algorithm behind Firefox's reader view), in its
//! "formatted" text mode, which keeps one paragraph per line. The page's
//! headline is put first when the extracted text does not start with it.
//! The article's text is this extracted text, so for HTML input every offset
//! refers to the extracted text, not to the bytes of the page.
//!
//! The date comes from the page's metadata as the extractor reads it
//! (`article:published_time` and friends, JSON-LD `datePublished`), else from
//! the first `<time datetime="...">`.

use crate::clean::date;
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

/// More elements than this and the page is not parsed (a hostile page must
/// not take unbounded time).
const MAX_ELEMENTS: usize = 200_000;

/// What was extracted from a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The headline followed by the main text, one paragraph a line.
    pub text: String,
    /// The page's title, when it has one.
    pub title: Option<String>,
    /// The publication date from the page's metadata.
    pub date: Option<Date>,
    /// The canonical URL, when the page names one.
    pub url: Option<String>,
}

/// ASCII word boundaries: a Unicode `\b` sends the regex crate to its slow
/// engines on a page with any non-ASCII byte.
fn ascii(pattern: &str) -> String {
    crate::text::ascii_word_boundaries(pattern)
}

static TIME_DATETIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii(
        r#"(?is)<time\b[^>]*?\bdatetime\s*=\s*["']([^"']{4,40})["']"#,
    ))
    .expect("valid time regex")
});
static META_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii(r#"(?is)<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datepublished|pubdate|publish[-_]date|date|dc\.date|sailthru\.date|parsely-pub-date)["'][^>]*>"#))
        .expect("valid meta regex")
});
static CONTENT_ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii(r#"(?is)\bcontent\s*=\s*["']([^"']{4,60})["']"#))
        .expect("valid content regex")
});
static CANONICAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii(
        r#"(?is)<link\b[^>]*?\brel\s*=\s*["']canonical["'][^>]*?\bhref\s*=\s*["']([^"']+)["']"#,
    ))
    .expect("valid canonical regex")
});

/// The publication date in the page's markup: a date meta tag, else the
/// first `<time datetime>`.
fn markup_date(html: &str) -> Option<Date> {
    META_DATE
        .find_iter(html)
        .filter_map(|m| CONTENT_ATTR.captures(m.as_str()))
        .filter_map(|c| c.get(1))
        .find_map(|v| date::parse_lenient(v.as_str()))
        .or_else(|| {
            TIME_DATETIME
                .captures_iter(html)
                .filter_map(|c| c.get(1))
                .find_map(|v| date::parse_lenient(v.as_str()))
        })
}

/// Extracts the main text of a page, or says why there is none.
pub fn extract(html: &str) -> Result<Extracted, String> {
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..dom_smoothie::Config::default()
    };
    let mut reader = dom_smoothie::Readability::new(html, None, Some(cfg))
        .map_err(|e| format!("cannot read the HTML: {e}"))?;
    let article = reader
        .parse()
        .map_err(|e| format!("no article text found in the HTML ({e})"))?;
    let body = normalize_lines(&article.text_content);
    let title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
    let mut text = String::new();
    if let Some(t) = &title {
        let head: String = body.chars().take(t.chars().count() + 200).collect();
        if !head.contains(t.as_str()) {
            text.push_str(t);
            text.push_str("\n\n");
        }
    }
    text.push_str(&body);
    if text.trim().is_empty() {
        return Err("no article text found in the HTML".to_string());
    }
    let date = article
        .published_time
        .as_deref()
        .and_then(date::parse_lenient)
        .or_else(|| markup_date(html));
    let url = CANONICAL
        .captures(html)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string());
    Ok(Extracted {
        text,
        title,
        date,
        url,
    })
}

/// Trims each line and keeps at most one blank line between paragraphs.
fn normalize_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = false;
    for line in s.lines() {
        let line = line.trim();
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_meta_and_time_tags() {
        let meta = r#"<head><meta property="article:published_time" content="2024-09-12T08:00:00+02:00"></head>"#;
        assert_eq!(markup_date(meta), Some(jiff::civil::date(2024, 9, 12)));
        let time = r#"<p>Posted <time class="x" datetime="2023-01-05">Jan 5</time></p>"#;
        assert_eq!(markup_date(time), Some(jiff::civil::date(2023, 1, 5)));
        assert_eq!(markup_date("<p>no date</p>"), None);
    }

    #[test]
    fn empty_page_has_no_article() {
        assert!(extract("<html><body></body></html>").is_err());
    }
}
