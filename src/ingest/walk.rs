//! Walking input folders: sorted, recursive, following symlinks, loop-safe.
//!
//! Entries are visited in byte order of their names so that the same folder
//! always gives the same articles in the same order. Symlinks are followed;
//! a link back to a folder on the current path is a loop and is reported, a
//! folder reached a second time through another link is skipped with a
//! warning. Hidden entries (names starting with `.`) are skipped silently;
//! files whose extension is not an input format are skipped and counted, in
//! one warning at the end of the folder argument. Non-regular files
//! (FIFOs, sockets, devices) are reported and never opened, so a FIFO without
//! a writer cannot hang the run.

use super::{Format, format_of, io_message, kind_name};
use crate::diag::Diagnostic;
use std::collections::HashSet;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

/// One thing found in a folder.
#[derive(Debug)]
pub enum Found {
    /// An input file, with its id (the path relative to the folder argument).
    File {
        /// Where it is.
        path: PathBuf,
        /// Its document id.
        id: String,
        /// How to read it.
        format: Format,
        /// Whether it is gzip-compressed.
        gz: bool,
    },
    /// Something that could not be walked or read.
    Problem(Diagnostic),
}

struct Frame {
    dir: PathBuf,
    rel: String,
    canon: PathBuf,
    entries: std::vec::IntoIter<OsString>,
}

/// A lazy walk of one folder argument: only the open folders' entry lists are
/// held in memory.
pub struct Walk {
    stack: Vec<Frame>,
    /// Canonical paths of the folders entered so far (membership only).
    visited: HashSet<PathBuf>,
    pending: Vec<Found>,
    /// The folder argument, for the count of files of other types.
    root: PathBuf,
    /// Files skipped for their extension so far.
    other_types: usize,
}

impl Walk {
    /// A walk of `root`, which must be a folder.
    pub fn new(root: &Path) -> Walk {
        let mut walk = Walk {
            stack: Vec::new(),
            visited: HashSet::new(),
            pending: Vec::new(),
            root: root.to_path_buf(),
            other_types: 0,
        };
        walk.enter(root.to_path_buf(), String::new());
        walk
    }

    fn enter(&mut self, dir: PathBuf, rel: String) {
        let canon = fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
        if let Some(ancestor) = self.stack.iter().find(|f| f.canon == canon) {
            self.pending.push(Found::Problem(Diagnostic::error(
                dir.display().to_string(),
                None,
                format!(
                    "symlink loop: leads back to {}; skipped",
                    ancestor.dir.display()
                ),
            )));
            return;
        }
        if !self.visited.insert(canon.clone()) {
            self.pending.push(Found::Problem(Diagnostic::warning(
                dir.display().to_string(),
                None,
                "folder already read through another path; skipped",
            )));
            return;
        }
        let mut names = Vec::new();
        match fs::read_dir(&dir) {
            Ok(entries) => {
                for e in entries {
                    match e {
                        Ok(e) => names.push(e.file_name()),
                        Err(e) => self.pending.push(Found::Problem(Diagnostic::error(
                            dir.display().to_string(),
                            None,
                            format!("cannot list folder: {}", io_message(&e)),
                        ))),
                    }
                }
            }
            Err(e) => {
                self.pending.push(Found::Problem(Diagnostic::error(
                    dir.display().to_string(),
                    None,
                    format!("cannot list folder: {}", io_message(&e)),
                )));
                return;
            }
        }
        names.sort();
        self.stack.push(Frame {
            dir,
            rel,
            canon,
            entries: names.into_iter(),
        });
    }

    /// Looks at one entry of the innermost open folder.
    fn visit(&mut self, dir: &Path, rel: &str, name: OsString) {
        let name_str = name.to_string_lossy().into_owned();
        if name_str.starts_with('.') {
            return;
        }
        let path = dir.join(&name);
        let id = if rel.is_empty() {
            name_str.clone()
        } else {
            format!("{rel}/{name_str}")
        };
        let shown = path.display().to_string();
        let meta = match fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                let dangling = fs::symlink_metadata(&path).is_ok_and(|m| m.is_symlink())
                    && e.kind() == std::io::ErrorKind::NotFound;
                let msg = if dangling {
                    "broken symlink (its target does not exist); skipped".to_string()
                } else {
                    format!("{}; skipped", io_message(&e))
                };
                self.pending
                    .push(Found::Problem(Diagnostic::error(shown, None, msg)));
                return;
            }
        };
        if meta.is_dir() {
            self.enter(path, id);
        } else if meta.is_file() {
            if let (Some(format), gz) = format_of(&name_str) {
                self.pending.push(Found::File {
                    path,
                    id,
                    format,
                    gz,
                });
            } else {
                self.other_types += 1;
            }
        } else {
            self.pending.push(Found::Problem(Diagnostic::error(
                shown,
                None,
                format!("not a regular file ({}); skipped", kind_name(&meta)),
            )));
        }
    }
}

impl Iterator for Walk {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        loop {
            if !self.pending.is_empty() {
                return Some(self.pending.remove(0));
            }
            let frame = self.stack.last_mut()?;
            match frame.entries.next() {
                Some(name) => {
                    let (dir, rel) = (frame.dir.clone(), frame.rel.clone());
                    self.visit(&dir, &rel, name);
                }
                None => {
                    self.stack.pop();
                    if self.stack.is_empty() && self.other_types > 0 {
                        let n = std::mem::take(&mut self.other_types);
                        self.pending.push(Found::Problem(Diagnostic::warning(
                            self.root.display().to_string(),
                            None,
                            format!(
                                "skipped {} of other types (inputs are .txt, .text, .jsonl, \
                                 .ndjson, .html, .htm and .xhtml, each also .gz)",
                                if n == 1 {
                                    "1 file".to_string()
                                } else {
                                    format!("{n} files")
                                }
                            ),
                        )));
                    }
                }
            }
        }
    }
}
