//! Reading inputs: files, folders, JSON Lines, HTML, gzip and standard input,
//! one article at a time.
//!
//! [`read_inputs`] returns a lazy iterator of [`Input`]s: articles, and
//! diagnostics for everything that could not be read (a missing path, an
//! unreadable or binary file, a FIFO, a symlink loop, a malformed JSON Lines
//! record). A problem never stops the run: each gets one [`Diagnostic`]
//! naming the file (and line), and reading goes on. Only one article (or one
//! JSON Lines line) is held in memory at a time, so memory does not grow with
//! the corpus; a single text file or JSON Lines line is capped at
//! [`InputOptions::max_bytes`].
//!
//! What is read, and how:
//!
//! - a folder is walked recursively in sorted order ([`walk`]), reading
//!   `*.txt`, `*.text` (text), `*.jsonl`, `*.ndjson` (JSON Lines), `*.html`,
//!   `*.htm`, `*.xhtml` (HTML), each also as `*.gz`, and nothing else;
//! - a file named on the command line is read whatever its name: JSON Lines or
//!   HTML by those extensions, text otherwise (`.gz` is decompressed first);
//!   a named FIFO or device is refused (it could block forever): pipe data
//!   through `-` instead;
//! - `-` is standard input: JSON Lines when its first non-blank byte is `{`,
//!   HTML when it starts with `<`, text otherwise (or as
//!   [`InputOptions::stdin_format`] says).
//!
//! Document ids: for a file found in a folder, its path relative to the
//! folder argument with `/` separators (`sub/b.txt`); for a file argument,
//! its file name; for a JSON Lines record, its id field, else `FILE:LINE`;
//! for standard input, `-`.
//!
//! Offsets: a UTF-8 text file's article text is the file's bytes exactly, so
//! offsets are byte offsets into the file on disk (after decompression for
//! `.gz`). Text that is not UTF-8 is decoded as Windows-1252 (UTF-16 when it
//! has a byte-order mark) with a warning; its offsets refer to the decoded
//! UTF-8 text. For JSON Lines they refer to the decoded text field, for HTML
//! to the extracted text ([`html`]).
//!
//! Dates: [`Article::date`] is the date given with the input (a JSON Lines
//! field, an HTML meta tag); when there is none and the text itself gives
//! none either ([`crate::clean::date::document_date`]), it is
//! [`InputOptions::date`] (the `--date` fallback).

pub mod decode;
pub mod html;
pub mod jsonl;
pub mod walk;

use crate::article::Article;
use crate::clean::date::document_date;
use crate::diag::Diagnostic;
use decode::{Decoded, decode};
use flate2::read::MultiGzDecoder;
use jiff::civil::Date;
use std::collections::VecDeque;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use walk::{Found, Walk};

/// The default cap on one file's (decompressed) size or one JSON Lines line.
pub const DEFAULT_MAX_BYTES: u64 = 256 * 1024 * 1024;

/// How an input is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text, one article per file.
    Text,
    /// JSON Lines, one article per line.
    Jsonl,
    /// An HTML page, one article per file.
    Html,
}

/// How to read the inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputOptions {
    /// The JSON Lines field with the article text (`--text-field`).
    pub text_field: String,
    /// The JSON Lines field with the document id (`--id-field`).
    pub id_field: String,
    /// The JSON Lines field with the publication date (`--date-field`).
    pub date_field: String,
    /// The JSON Lines field with the source URL (`--url-field`).
    pub url_field: String,
    /// The JSON Lines field with the title (`--title-field`).
    pub title_field: String,
    /// The date of articles that give none, with the input or in their text (`--date`).
    pub date: Option<Date>,
    /// How standard input is read; `None` guesses from its first byte.
    pub stdin_format: Option<Format>,
    /// The largest file (after decompression) or JSON Lines line read, in bytes.
    pub max_bytes: u64,
    /// Counts the bytes of the input files as they are read from disk
    /// (before decompression), for a progress display; each file counts
    /// its whole size once done with, read to the end or not, so the count
    /// ends at [`input_size`].
    pub bytes_read: Option<ByteCount>,
}

/// A shared count of bytes ([`InputOptions::bytes_read`]); clones count
/// into the same total.
#[derive(Clone, Debug, Default)]
pub struct ByteCount(std::sync::Arc<std::sync::atomic::AtomicU64>);

impl ByteCount {
    /// The bytes counted so far.
    pub fn get(&self) -> u64 {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn add(&self, n: u64) {
        self.0.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Two counts are equal when they are the same count.
impl PartialEq for ByteCount {
    fn eq(&self, other: &ByteCount) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for ByteCount {}

/// A file being read, counting into a [`ByteCount`]: what was read as it
/// is read, and the rest of the file's size when dropped (a file skipped
/// half way is done with all the same).
struct Counted {
    file: File,
    count: ByteCount,
    size: u64,
    read: u64,
}

impl Read for Counted {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.file.read(buf)?;
        // A file that grew while read counts no more than its size at open.
        let counted = (n as u64).min(self.size.saturating_sub(self.read));
        self.read += n as u64;
        self.count.add(counted);
        Ok(n)
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.count.add(self.size.saturating_sub(self.read));
    }
}

/// The total size on disk of the files that reading `paths` opens (folders
/// walked as [`read_inputs`] walks them, files of other types left out), or
/// `None` when one of them is standard input (`-`), whose size is unknown.
/// Paths that cannot be read count 0.
pub fn input_size<P: AsRef<Path>>(paths: &[P]) -> Option<u64> {
    let size = |p: &Path| fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let mut total = 0u64;
    for p in paths {
        let p = p.as_ref();
        if p.as_os_str() == "-" {
            return None;
        }
        if p.is_dir() {
            for found in Walk::new(p) {
                if let Found::File { path, .. } = found {
                    total += size(&path);
                }
            }
        } else if p.is_file() {
            total += size(p);
        }
    }
    Some(total)
}

impl Default for InputOptions {
    fn default() -> InputOptions {
        InputOptions {
            text_field: "text".into(),
            id_field: "id".into(),
            date_field: "date".into(),
            url_field: "url".into(),
            title_field: "title".into(),
            date: None,
            stdin_format: None,
            max_bytes: DEFAULT_MAX_BYTES,
            bytes_read: None,
        }
    }
}

/// One item read: an article, or a problem with an input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// An article to process.
    Article(Article),
    /// A warning (the input was used anyway) or an error (it was skipped).
    Problem(Diagnostic),
}

/// The format and compression a file name says: `a.jsonl.gz` is JSON Lines,
/// gzip-compressed; `None` for names that are no input format.
pub fn format_of(name: &str) -> (Option<Format>, bool) {
    let lower = name.to_ascii_lowercase();
    let (stem, gz) = match lower.strip_suffix(".gz") {
        Some(s) => (s, true),
        None => (lower.as_str(), false),
    };
    let ext = stem.rsplit_once('.').map_or("", |(_, e)| e);
    let format = match ext {
        "txt" | "text" => Some(Format::Text),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        _ => None,
    };
    (format, gz)
}

/// An I/O error as a lowercase message without the OS error number noise
/// for the common cases.
pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "no such file or directory".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        _ if e.raw_os_error() == Some(40) => {
            "too many levels of symbolic links (a symlink loop)".into()
        }
        _ => {
            let s = e.to_string();
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_lowercase().chain(c).collect())
                .unwrap_or_default()
        }
    }
}

/// The kind of a non-regular file, for messages.
pub(crate) fn kind_name(meta: &fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a fifo";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    let _ = meta;
    "not a file or folder"
}

/// The `--date` fallback for an article that has no date of its own.
pub(crate) fn fallback_date(text: &str, url: Option<&str>, opts: &InputOptions) -> Option<Date> {
    opts.date?;
    if document_date(text, url, None).is_some() {
        None
    } else {
        opts.date
    }
}

/// Reads `paths` lazily, one article at a time (see the module docs).
/// Standard input (`-`) is read from the process's standard input.
pub fn read_inputs<P: AsRef<Path>>(paths: &[P], opts: &InputOptions) -> Inputs {
    Inputs {
        opts: opts.clone(),
        args: paths.iter().map(|p| p.as_ref().to_path_buf()).collect(),
        walk: None,
        records: None,
        queue: VecDeque::new(),
        stdin: None,
    }
}

/// Like [`read_inputs`], with `-` read from `stdin` instead of the process's
/// standard input.
pub fn read_inputs_with_stdin<P: AsRef<Path>>(
    paths: &[P],
    opts: &InputOptions,
    stdin: Box<dyn BufRead + Send>,
) -> Inputs {
    let mut inputs = read_inputs(paths, opts);
    inputs.stdin = Some(stdin);
    inputs
}

/// The iterator [`read_inputs`] returns.
pub struct Inputs {
    opts: InputOptions,
    args: VecDeque<PathBuf>,
    walk: Option<Walk>,
    records: Option<jsonl::Records>,
    queue: VecDeque<Input>,
    stdin: Option<Box<dyn BufRead + Send>>,
}

impl Iterator for Inputs {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                return Some(self.split_long(item));
            }
            if let Some(records) = &mut self.records {
                match records.next_line(&self.opts) {
                    Some(items) => self.queue.extend(items),
                    None => self.records = None,
                }
                continue;
            }
            if let Some(walk) = &mut self.walk {
                match walk.next() {
                    Some(Found::File {
                        path,
                        id,
                        format,
                        gz,
                    }) => self.open(&path, id, format, gz),
                    Some(Found::Problem(d)) => self.queue.push_back(Input::Problem(d)),
                    None => self.walk = None,
                }
                continue;
            }
            let arg = self.args.pop_front()?;
            self.start(&arg);
        }
    }
}

impl Inputs {
    /// Begins reading one command-line argument.
    fn start(&mut self, arg: &Path) {
        if arg.as_os_str() == "-" {
            self.read_stdin();
            return;
        }
        let shown = arg.display().to_string();
        let meta = match fs::metadata(arg) {
            Ok(m) => m,
            Err(e) => {
                let msg = if fs::symlink_metadata(arg).is_ok_and(|m| m.is_symlink())
                    && e.kind() == std::io::ErrorKind::NotFound
                {
                    "broken symlink (its target does not exist)".to_string()
                } else {
                    io_message(&e)
                };
                self.problem(Diagnostic::error(shown, None, msg));
                return;
            }
        };
        if meta.is_dir() {
            self.walk = Some(Walk::new(arg));
        } else if meta.is_file() {
            let name = arg
                .file_name()
                .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
            let (format, gz) = format_of(&name);
            self.open(arg, name, format.unwrap_or(Format::Text), gz);
        } else {
            self.problem(Diagnostic::error(
                shown,
                None,
                format!(
                    "not a regular file ({}); skipped (to read a stream, pipe it to standard input and name it -)",
                    kind_name(&meta)
                ),
            ));
        }
    }

    fn problem(&mut self, d: Diagnostic) {
        self.queue.push_back(Input::Problem(d));
    }

    /// Opens one file: JSON Lines start streaming; text and HTML are read whole.
    fn open(&mut self, path: &Path, id: String, format: Format, gz: bool) {
        let shown = path.display().to_string();
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => {
                // Done with: its size counts as read, as [`input_size`] counts it.
                if let Some(count) = &self.opts.bytes_read {
                    count.add(fs::metadata(path).map(|m| m.len()).unwrap_or(0));
                }
                self.problem(Diagnostic::error(
                    shown,
                    None,
                    format!("{}; skipped", io_message(&e)),
                ));
                return;
            }
        };
        let file: Box<dyn Read + Send> = match &self.opts.bytes_read {
            Some(count) => Box::new(Counted {
                size: file.metadata().map(|m| m.len()).unwrap_or(0),
                file,
                count: count.clone(),
                read: 0,
            }),
            None => Box::new(file),
        };
        let reader: Box<dyn Read + Send> = if gz {
            Box::new(MultiGzDecoder::new(BufReader::new(file)))
        } else {
            file
        };
        match format {
            Format::Jsonl => {
                self.records = Some(jsonl::Records::new(
                    Box::new(BufReader::new(reader)),
                    shown,
                    id,
                ));
            }
            Format::Text | Format::Html => self.read_whole(reader, shown, id, format, gz),
        }
    }

    /// Reads one whole text or HTML article from `reader`.
    fn read_whole(
        &mut self,
        reader: Box<dyn Read + Send>,
        shown: String,
        id: String,
        format: Format,
        gz: bool,
    ) {
        let mut bytes = Vec::new();
        let limit = self.opts.max_bytes;
        if let Err(e) = reader.take(limit.saturating_add(1)).read_to_end(&mut bytes) {
            // A gzip stream's errors are about its data, not the disk.
            let what = if gz && e.kind() != std::io::ErrorKind::PermissionDenied {
                format!("cannot decompress: {}; skipped", io_message(&e))
            } else {
                format!("cannot read: {}; skipped", io_message(&e))
            };
            self.problem(Diagnostic::error(shown, None, what));
            return;
        }
        if bytes.len() as u64 > limit {
            self.problem(Diagnostic::error(
                shown,
                None,
                format!("larger than the limit of {limit} bytes; skipped"),
            ));
            return;
        }
        let text = match decode(bytes, &shown, None) {
            Decoded::Text(t, warning) => {
                if let Some(w) = warning {
                    self.problem(w);
                }
                t
            }
            Decoded::Empty(d) | Decoded::Binary(d) => {
                self.problem(d);
                return;
            }
        };
        let article = match format {
            Format::Html => match html::extract(&text) {
                Ok(x) => {
                    let date = x
                        .date
                        .or_else(|| fallback_date(&x.text, x.url.as_deref(), &self.opts));
                    Article {
                        id,
                        source: shown,
                        text: x.text,
                        date,
                        period: None,
                        url: x.url,
                        title: x.title,
                        offset: 0,
                    }
                }
                Err(msg) => {
                    self.problem(Diagnostic::error(shown, None, format!("{msg}; skipped")));
                    return;
                }
            },
            Format::Text | Format::Jsonl => Article {
                date: fallback_date(&text, None, &self.opts),
                id,
                source: shown,
                text,
                period: None,
                url: None,
                title: None,
                offset: 0,
            },
        };
        self.queue.push_back(Input::Article(article));
    }

    /// An article too long to read whole comes back as a warning naming it,
    /// its parts queued behind it (see [`crate::parts`]).
    fn split_long(&mut self, item: Input) -> Input {
        let Input::Article(a) = &item else {
            return item;
        };
        let Some(mut parts) = crate::parts::split(a, crate::parts::MAX_ARTICLE_BYTES) else {
            return item;
        };
        // The parts after the first have no header or dateline of their own.
        let date = a.date.or_else(|| crate::clean::clean(&parts[0]).date);
        for p in &mut parts {
            p.date = p.date.or(date);
        }
        let message = format!(
            "document '{}' has {} bytes of text, more than the {} read as one; read as {} parts ('{}#part2'...), offsets of the whole",
            a.id,
            a.text.len(),
            crate::parts::MAX_ARTICLE_BYTES,
            parts.len(),
            a.id
        );
        let warning = Diagnostic::warning(a.source.clone(), None, message);
        for p in parts.into_iter().rev() {
            self.queue.push_front(Input::Article(p));
        }
        Input::Problem(warning)
    }

    /// Reads standard input, guessing its format from its first non-blank byte.
    fn read_stdin(&mut self) {
        let mut reader: Box<dyn BufRead + Send> = match self.stdin.take() {
            Some(r) => r,
            None => Box::new(BufReader::new(std::io::stdin())),
        };
        let format = match self.opts.stdin_format {
            Some(f) => f,
            None => match first_non_blank(reader.as_mut()) {
                Ok(Some(b'{')) => Format::Jsonl,
                Ok(Some(b'<')) => Format::Html,
                Ok(_) => Format::Text,
                Err(e) => {
                    self.problem(Diagnostic::error(
                        "-",
                        None,
                        format!("cannot read: {}", io_message(&e)),
                    ));
                    return;
                }
            },
        };
        match format {
            Format::Jsonl => {
                self.records = Some(jsonl::Records::new(reader, "-".into(), "-".into()));
            }
            Format::Text | Format::Html => {
                self.read_whole(Box::new(reader), "-".into(), "-".into(), format, false)
            }
        }
    }
}

/// The first byte that is not ASCII whitespace in what the reader has
/// buffered, consuming nothing (so JSON Lines line numbers stay right).
fn first_non_blank(r: &mut dyn BufRead) -> std::io::Result<Option<u8>> {
    loop {
        match r.fill_buf() {
            Ok(buf) => return Ok(buf.iter().find(|b| !b.is_ascii_whitespace()).copied()),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_names() {
        assert_eq!(format_of("a.txt"), (Some(Format::Text), false));
        assert_eq!(format_of("a.JSONL.gz"), (Some(Format::Jsonl), true));
        assert_eq!(format_of("b.ndjson"), (Some(Format::Jsonl), false));
        assert_eq!(format_of("c.htm.gz"), (Some(Format::Html), true));
        assert_eq!(format_of("d.csv"), (None, false));
        assert_eq!(format_of("gz"), (None, false));
    }

    #[test]
    fn stdin_is_sniffed() {
        let read = |data: &'static str| -> Vec<Input> {
            read_inputs_with_stdin(
                &[PathBuf::from("-")],
                &InputOptions::default(),
                Box::new(std::io::Cursor::new(data.as_bytes())),
            )
            .collect()
        };
        let got = read("\n  {\"id\":\"x\",\"text\":\"Talks.\"}\n{\"text\":\"More.\"}\n");
        let ids: Vec<_> = got
            .iter()
            .map(|i| match i {
                Input::Article(a) => a.id.clone(),
                Input::Problem(d) => d.to_string(),
            })
            .collect();
        assert_eq!(ids, ["x", "-:3"]);
        let got = read("Plain text article.\n");
        assert!(
            matches!(&got[..], [Input::Article(a)] if a.id == "-" && a.text == "Plain text article.\n")
        );
    }
}
