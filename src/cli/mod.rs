//! The subcommands of the binary, one file each: clap arguments, output
//! formatting and exit codes. The only code that prints or exits.

pub mod query;
