//! HTML input on arbitrary bytes: text extraction, then cleaning of the
//! extracted text.
#![no_main]

use actorgraph::article::Article;
use actorgraph::clean::clean;
use actorgraph::ingest::html;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data);
    let Ok(x) = html::extract(&page) else {
        return;
    };
    let mut a = Article::new("fuzz.html", x.text);
    a.url = x.url;
    a.title = x.title;
    a.date = x.date;
    let c = clean(&a);
    for b in &c.blocks {
        assert!(
            a.text.get(b.span.start..b.span.end).is_some(),
            "block {:?}",
            b.span
        );
    }
});
