//! The actorgraph command line (work in progress).

fn main() {}
