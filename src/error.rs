//! Errors at the boundaries: reading files and parsing user files.
//!
//! Analysis never fails; only I/O and the parsing of user-supplied files
//! (inputs, gazetteers, rules) return an [`Error`].

use std::path::PathBuf;

/// An error that stops one operation at a boundary.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{}: {}", path.display(), crate::ingest::io_message(source))]
    Io {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
    /// A user file (gazetteer, rules, graph) is malformed.
    #[error("{file}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Parse {
        /// The file.
        file: String,
        /// The 1-based line, when known.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
    /// A request that cannot be carried out (an unknown format, a missing tool).
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// A parse error in `file` at `line`.
    pub fn parse(
        file: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Error {
        Error::Parse {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

/// Result with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
