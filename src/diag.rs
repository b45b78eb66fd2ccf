//! Diagnostics: problems that are reported and counted, never fatal.
//!
//! The library never prints. Readers and loaders return [`Diagnostic`]s next to
//! their results; the binary prints them and sums them up at the end of a run.

use std::fmt;

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The input was used, but something about it is worth knowing
    /// (a guessed encoding, a dropped duplicate).
    Warning,
    /// A record or file was skipped.
    Error,
}

/// One problem with one input, located as precisely as possible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Warning or error (= skipped).
    pub severity: Severity,
    /// The file (or `-`) the problem is in.
    pub source: String,
    /// The 1-based line, when the problem is on one line.
    pub line: Option<usize>,
    /// What is wrong, lowercase, without a trailing period.
    pub message: String,
}

impl Diagnostic {
    /// An error: the record or file was skipped.
    pub fn error(
        source: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            source: source.into(),
            line,
            message: message.into(),
        }
    }

    /// A warning: the input was used anyway.
    pub fn warning(
        source: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            source: source.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.source, line, self.message),
            None => write!(f, "{}: {}", self.source, self.message),
        }
    }
}
