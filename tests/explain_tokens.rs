//! `actorgraph explain` shows each sentence's tokens with their parts of
//! speech, through the binary.

use std::process::Command;

#[test]
fn explain_shows_tokens_with_tags() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(
        &file,
        "KYIV, Ukraine (AP) — Putin didn't meet Xi.\n\nThe U.S. envoy arrived on Monday.\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .arg("explain")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("tokens: "))
        .collect();
    assert_eq!(
        lines,
        [
            "KYIV/PROPN ,/PUNCT Ukraine/PROPN (/PUNCT AP/PROPN )/PUNCT —/PUNCT Putin/PROPN \
             did/AUX n't/PART meet/VERB Xi/PROPN ./PUNCT",
            "The/DET U.S./PROPN envoy/NOUN arrived/VERB on/ADP Monday/PROPN ./PUNCT",
        ],
        "{stdout}"
    );
}
