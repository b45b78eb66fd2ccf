//! Shared XML plumbing for the GraphML and GEXF writers, on quick-xml.
//!
//! Owns three things every XML export needs: removing the characters XML 1.0
//! forbids (one stray U+000B in an article makes every XML reader reject the
//! whole file), escaping text and attribute values so that readers give back
//! exactly the string we had (including tabs, newlines and carriage returns,
//! which XML parsers otherwise normalise away), and an indented element writer.

use quick_xml::Writer;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::QName;
use std::borrow::Cow;
use std::io::Write;

/// True when XML 1.0 allows `c` in a document:
/// `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
/// Surrogates cannot occur in a Rust `char`, so only the control characters
/// and the two non-characters U+FFFE and U+FFFF are left to reject.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= '\u{20}' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

/// `s` without the characters XML 1.0 forbids; borrowed when there are none.
pub fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().all(is_xml_char) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| is_xml_char(c)).collect())
    }
}

/// The most characters of one attribute value or text written: libxml2
/// (xmllint, igraph) refuses a value past 10,000,000 bytes without its
/// "huge" option, and a reader's display needs far less. A longer value
/// (only ever evidence from text with no sentence ends, or aliases of a
/// merged graph) is cut, its last character an ellipsis; graph JSON keeps
/// it whole.
pub const MAX_VALUE: usize = 100_000;

/// `s` cut to [`MAX_VALUE`] characters; borrowed when it is not longer.
pub fn cap(s: &str) -> Cow<'_, str> {
    if s.len() <= MAX_VALUE {
        return Cow::Borrowed(s);
    }
    if s.chars().nth(MAX_VALUE).is_none() {
        return Cow::Borrowed(s);
    }
    let at = s
        .char_indices()
        .nth(MAX_VALUE - 1)
        .map_or(s.len(), |(at, _)| at);
    Cow::Owned(format!("{}\u{2026}", &s[..at]))
}

/// `s` cleaned and escaped for element content. The carriage return is
/// written as a character reference because parsers turn a literal one into a
/// newline (XML 1.0, section 2.11), which would change evidence text.
pub fn escape_text(s: &str) -> String {
    let cleaned = clean(&cap(s)).into_owned();
    let mut out = String::with_capacity(cleaned.len());
    for c in cleaned.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
    out
}

/// `s` cleaned and escaped for a double-quoted attribute value. Tab, newline
/// and carriage return become character references, because attribute-value
/// normalisation (XML 1.0, section 3.3.3) would turn literal ones into spaces.
pub fn escape_attr(s: &str) -> String {
    let cleaned = clean(&cap(s)).into_owned();
    let mut out = String::with_capacity(cleaned.len());
    for c in cleaned.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
    out
}

/// `s` cleaned and with its whitespace collapsed: runs of spaces, tabs and line
/// breaks become one space, and the ends are trimmed. For values the schema
/// types as `xsd:token` (GEXF labels), whose readers may collapse them anyway.
pub fn collapse(s: &str) -> String {
    clean(&cap(s))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// An indented XML document being written to a file or into memory.
///
/// The writers stream into the file rather than build the document in memory
/// first, so a graph's export costs no more memory than the graph. The first
/// I/O error is kept and every later write skipped, so the element calls stay
/// plain statements and [`XmlOut::finish_into`] reports the error once.
pub struct XmlOut<'a> {
    w: Writer<&'a mut dyn Write>,
    err: Option<std::io::Error>,
}

impl<'a> XmlOut<'a> {
    /// A new document written to `out`, starting with the XML declaration
    /// (UTF-8).
    pub fn new(out: &'a mut dyn Write) -> XmlOut<'a> {
        let mut x = XmlOut {
            w: Writer::new_with_indent(out, b' ', 2),
            err: None,
        };
        x.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
        x
    }

    fn event(&mut self, e: Event<'_>) {
        if self.err.is_none()
            && let Err(e) = self.w.write_event(e)
        {
            self.err = Some(e);
        }
    }

    fn element<'n>(name: &'n str, attrs: &[(&'n str, &str)]) -> BytesStart<'n> {
        let mut e = BytesStart::new(name);
        for &(k, v) in attrs {
            e.push_attribute(Attribute {
                key: QName(k),
                value: Cow::Owned(escape_attr(v)),
            });
        }
        e
    }

    /// Opens `<name attrs...>`.
    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.event(Event::Start(Self::element(name, attrs)));
    }

    /// Closes `</name>`.
    pub fn close(&mut self, name: &str) {
        self.event(Event::End(BytesEnd::new(name)));
    }

    /// Writes `<name attrs.../>`.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.event(Event::Empty(Self::element(name, attrs)));
    }

    /// Writes `<name attrs...>text</name>` on one line.
    pub fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.open(name, attrs);
        self.event(Event::Text(BytesText::from_escaped(escape_text(text))));
        self.close(name);
    }

    /// Ends the document with a newline; the first error met while writing,
    /// if any.
    pub fn finish_into(mut self) -> std::io::Result<()> {
        match self.err.take() {
            Some(e) => Err(e),
            None => self.w.into_inner().write_all(b"\n"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_are_capped_on_a_character_boundary() {
        let long = "é".repeat(MAX_VALUE + 10);
        let c = cap(&long);
        assert_eq!(c.chars().count(), MAX_VALUE);
        assert!(c.ends_with('\u{2026}'));
        let exact = "é".repeat(MAX_VALUE);
        assert_eq!(cap(&exact), exact.as_str());
    }

    #[test]
    fn forbidden_characters_are_removed_and_allowed_ones_kept() {
        let s = "a\u{0}b\u{8}c\u{B}d\u{C}e\u{E}f\u{1F}g\u{FFFE}h\u{FFFF}i\t\n\r j\u{D7FF}\u{E000}\u{FFFD}\u{10000}";
        assert_eq!(
            clean(s),
            "abcdefghi\t\n\r j\u{D7FF}\u{E000}\u{FFFD}\u{10000}"
        );
        assert!(matches!(clean("plain Київ"), Cow::Borrowed(_)));
    }

    #[test]
    fn text_escaping_keeps_carriage_returns_and_quotes() {
        assert_eq!(
            escape_text("a<b>&\"c'\r\n\t\u{B}"),
            "a&lt;b&gt;&amp;\"c'&#13;\n\t"
        );
    }

    #[test]
    fn attribute_escaping_protects_whitespace_from_normalisation() {
        assert_eq!(
            escape_attr("x\"y<&>'\t\n\r\u{1}z\\"),
            "x&quot;y&lt;&amp;&gt;'&#9;&#10;&#13;z\\"
        );
    }

    #[test]
    fn collapse_makes_a_token() {
        assert_eq!(collapse("  a\t b\r\n\u{B}c  "), "a b c");
    }

    #[test]
    fn writer_indents_elements_and_keeps_text_inline() {
        let bytes = crate::export::to_vec(|w| {
            let mut x = XmlOut::new(w);
            x.open("r", &[("k", "v\n")]);
            x.text("d", &[("key", "a")], "1 < 2");
            x.empty("e", &[]);
            x.close("r");
            x.finish_into()
        });
        let s = String::from_utf8(bytes).unwrap();
        assert_eq!(
            s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r k=\"v&#10;\">\n  <d key=\"a\">1 &lt; 2</d>\n  <e/>\n</r>\n"
        );
    }
}
