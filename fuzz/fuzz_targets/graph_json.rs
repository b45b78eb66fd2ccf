//! Graph JSON reading: arbitrary text through `export::json::from_str`; what
//! reads must write and read back to the same bytes.
#![no_main]

use actorgraph::export::json;
use actorgraph::graph::Limits;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(g) = json::from_str(s, "fuzz.json", Limits::default()) else {
        return;
    };
    let once = json::to_string(&g);
    let back = json::from_str(&once, "fuzz.json", Limits::default())
        .unwrap_or_else(|e| panic!("our own JSON does not read back: {e}\n{once}"));
    assert_eq!(
        json::to_string(&back),
        once,
        "the round trip changed the JSON"
    );
});
