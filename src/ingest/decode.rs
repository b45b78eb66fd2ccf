//! Bytes to text: binary detection, UTF-8, and the Windows-1252 fallback.
//!
//! A file that is valid UTF-8 is used as it is, so offsets are byte offsets
//! into the file on disk. Anything else is decoded (UTF-16 with a byte-order
//! mark, else Windows-1252, which maps every byte to a character and is what
//! non-UTF-8 Western news pages almost always are) with a warning, and its
//! offsets then refer to the decoded UTF-8 text.

use crate::diag::Diagnostic;

/// How much of the start of a file is examined for binary content.
const SNIFF: usize = 8192;

/// What became of a file's bytes.
#[derive(Debug)]
pub enum Decoded {
    /// Text, with a warning when it had to be converted.
    Text(String, Option<Diagnostic>),
    /// Nothing but whitespace: skipped with a warning.
    Empty(Diagnostic),
    /// Not text: skipped with an error.
    Binary(Diagnostic),
}

/// The reason `bytes` look binary: a NUL byte in the first 8 KB, or more
/// than one in ten bytes there being control characters.
pub fn binary_reason(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(SNIFF)];
    if let Some(at) = head.iter().position(|&b| b == 0) {
        return Some(format!("binary file (NUL byte at offset {at})"));
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b) || b == 0x7f)
        .count();
    if !head.is_empty() && control * 10 > head.len() {
        return Some(format!(
            "binary file ({} of the first {} bytes are control characters)",
            control,
            head.len()
        ));
    }
    None
}

/// Decodes a whole file (or one JSON Lines record: then `line` is set).
pub fn decode(bytes: Vec<u8>, source: &str, line: Option<usize>) -> Decoded {
    let utf16 = if bytes.starts_with(&[0xff, 0xfe]) {
        Some(encoding_rs::UTF_16LE)
    } else if bytes.starts_with(&[0xfe, 0xff]) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    };
    let (text, warning) = if let Some(enc) = utf16 {
        let (text, _) = enc.decode_with_bom_removal(&bytes);
        let w = Diagnostic::warning(
            source,
            line,
            format!(
                "decoded from {}; offsets refer to the decoded UTF-8 text",
                enc.name()
            ),
        );
        (text.into_owned(), Some(w))
    } else {
        if let Some(reason) = binary_reason(&bytes) {
            return Decoded::Binary(Diagnostic::error(
                source,
                line,
                format!("{reason}; skipped"),
            ));
        }
        match String::from_utf8(bytes) {
            Ok(text) => (text, None),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let bytes = e.into_bytes();
                let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
                let w = Diagnostic::warning(
                    source,
                    line,
                    format!(
                        "not valid UTF-8 (byte 0x{:02x} at offset {at}); decoded as Windows-1252, offsets refer to the decoded UTF-8 text",
                        bytes[at]
                    ),
                );
                (text.into_owned(), Some(w))
            }
        }
    };
    if text.trim().is_empty() {
        let what = if line.is_some() {
            "empty text"
        } else {
            "empty file"
        };
        return Decoded::Empty(Diagnostic::warning(
            source,
            line,
            format!("{what}; skipped"),
        ));
    }
    Decoded::Text(text, warning)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_kept_byte_for_byte() {
        let s = "Erdoğan met Lula.\n";
        match decode(s.as_bytes().to_vec(), "a.txt", None) {
            Decoded::Text(t, None) => assert_eq!(t, s),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn windows_1252_is_decoded_with_a_warning() {
        let bytes = b"Caf\xe9 talks \x93ended\x94.".to_vec();
        match decode(bytes, "a.txt", None) {
            Decoded::Text(t, Some(w)) => {
                assert_eq!(t, "Café talks “ended”.");
                assert_eq!(
                    w.to_string(),
                    "a.txt: not valid UTF-8 (byte 0xe9 at offset 3); decoded as Windows-1252, offsets refer to the decoded UTF-8 text"
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "Talks.".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        match decode(bytes, "a.txt", None) {
            Decoded::Text(t, Some(_)) => assert_eq!(t, "Talks."),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn binary_and_empty_are_skipped() {
        assert!(matches!(
            decode(b"PK\x03\x04\x00\x00".to_vec(), "a.zip", None),
            Decoded::Binary(d) if d.message == "binary file (NUL byte at offset 4); skipped"
        ));
        let controls: Vec<u8> = (0..100u8)
            .map(|i| if i % 3 == 0 { 1 } else { b'a' })
            .collect();
        assert!(matches!(decode(controls, "b", None), Decoded::Binary(_)));
        assert!(matches!(
            decode(b" \n\t\n".to_vec(), "c", None),
            Decoded::Empty(_)
        ));
        assert!(matches!(decode(Vec::new(), "d", None), Decoded::Empty(_)));
    }
}
