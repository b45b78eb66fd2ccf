//! Cleaning on arbitrary text: blocks in order, inside the text and on
//! character boundaries.
#![no_main]

use actorgraph::article::Article;
use actorgraph::clean::clean;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = Article::new("fuzz.txt", text.as_ref());
    let c = clean(&a);
    let mut last = 0;
    for b in &c.blocks {
        assert!(b.span.start >= last, "blocks overlap or are out of order");
        assert!(
            text.get(b.span.start..b.span.end).is_some(),
            "block {:?}",
            b.span
        );
        last = b.span.end;
    }
    let _ = c.body_text(&text);
});
