//! Real readers on real files: pages written in the styles scrapers produce
//! (tests/data/clean: each `NAME.txt` with the exact body blocks expected in
//! `NAME.kept`), JSON Lines with other field names, gzip, HTML, and every kind
//! of bad input next to good articles.

use actorgraph::clean::{Cleaned, clean};
use actorgraph::diag::Severity;
use actorgraph::ingest::{Input, InputOptions, read_inputs};
use jiff::civil::{Date, date};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/clean")
        .join(name)
}

/// Every block's span selects exactly its (trimmed, non-empty) text.
fn check_spans(text: &str, c: &Cleaned) {
    let mut last = 0;
    for b in &c.blocks {
        let t = b.span.text(text);
        assert!(!t.is_empty(), "empty block {:?}", b.span);
        assert_eq!(t, t.trim(), "untrimmed block {:?}", b.span);
        assert_eq!(&text.as_bytes()[b.span.start..b.span.end], t.as_bytes());
        assert!(b.span.start >= last, "blocks out of order");
        last = b.span.end;
    }
}

/// Reads one page through the real reader, cleans it, and compares the kept
/// blocks with `NAME.kept` and the date with `want_date`.
fn check_page(name: &str, want_date: Option<Date>) {
    let path = data(&format!("{name}.txt"));
    let items: Vec<Input> = read_inputs(&[&path], &InputOptions::default()).collect();
    let [Input::Article(a)] = &items[..] else {
        panic!("{name}: {items:?}");
    };
    assert_eq!(a.id, format!("{name}.txt"));
    assert_eq!(
        a.text.as_bytes(),
        fs::read(&path).unwrap(),
        "text is the file's bytes"
    );
    let c = clean(a);
    check_spans(&a.text, &c);
    let kept: Vec<&str> = c.body().map(|s| s.text(&a.text)).collect();
    let want = fs::read_to_string(data(&format!("{name}.kept"))).unwrap();
    let want: Vec<&str> = want.lines().collect();
    assert_eq!(kept, want, "{name}: kept blocks");
    assert_eq!(c.date, want_date, "{name}: date");
}

#[test]
fn live_blog_keeps_posts_and_their_titles() {
    check_page("live_blog", Some(date(2025, 6, 12)));
}

#[test]
fn aggregator_teaser_sidebar_is_skipped() {
    check_page("aggregator", None);
}

#[test]
fn repeated_paragraphs_are_kept_once() {
    check_page("repeated", Some(date(2025, 6, 3)));
    let text = fs::read_to_string(data("repeated.txt")).unwrap();
    let c = clean(&actorgraph::article::Article::new("r", text.as_str()));
    let dups = c
        .blocks
        .iter()
        .filter(|b| b.skipped == Some("duplicate"))
        .count();
    assert_eq!(dups, 2);
}

#[test]
fn cookie_subscription_and_legal_lines_are_skipped() {
    check_page("pitches", Some(date(2024, 3, 12)));
}

/// The inputs as text: articles as `ID`, problems as their message line.
fn summary(items: &[Input]) -> Vec<String> {
    items
        .iter()
        .map(|i| match i {
            Input::Article(a) => format!("article {}", a.id),
            Input::Problem(d) => {
                let sev = if d.severity == Severity::Error {
                    "error"
                } else {
                    "warning"
                };
                format!("{sev} {d}")
            }
        })
        .collect()
}

fn articles(items: &[Input]) -> Vec<&actorgraph::article::Article> {
    items
        .iter()
        .filter_map(|i| match i {
            Input::Article(a) => Some(a),
            Input::Problem(_) => None,
        })
        .collect()
}

#[test]
fn json_lines_with_other_field_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.ndjson");
    fs::write(
        &path,
        concat!(
            r#"{"guid":"kr-1","content":{"body":"Korean and Japanese envoys met in Busan on Friday."},"published":"2024-10-04T09:30:00+09:00","link":"https://example.org/kr-1","headline":"Envoys meet in Busan","tags":["asia"]}"#,
            "\n",
            r#"{"guid":"kr-2","content":{"body":"The talks will resume in Osaka."},"published":"Sat, 05 Oct 2024 10:00:00 +0000"}"#,
            "\n",
            r#"{"guid":"kr-3","content":{"text":"wrong field"}}"#,
            "\n",
        ),
    )
    .unwrap();
    let opts = InputOptions {
        text_field: "content.body".into(),
        id_field: "guid".into(),
        date_field: "published".into(),
        url_field: "link".into(),
        title_field: "headline".into(),
        ..InputOptions::default()
    };
    let items: Vec<Input> = read_inputs(&[&path], &opts).collect();
    assert_eq!(
        summary(&items),
        [
            "article kr-1".to_string(),
            "article kr-2".to_string(),
            format!(
                "error {}:3: no 'content.body' field; fields present: content, guid (choose one with --text-field); skipped",
                path.display()
            ),
        ]
    );
    let a = articles(&items);
    assert_eq!(a[0].date, Some(date(2024, 10, 4)));
    assert_eq!(a[0].url.as_deref(), Some("https://example.org/kr-1"));
    assert_eq!(a[0].title.as_deref(), Some("Envoys meet in Busan"));
    assert_eq!(
        a[0].text,
        "Korean and Japanese envoys met in Busan on Friday."
    );
    assert_eq!(a[1].date, Some(date(2024, 10, 5)));
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn gzip_files_are_read_transparently() {
    let dir = tempfile::tempdir().unwrap();
    let page = fs::read(data("aggregator.txt")).unwrap();
    fs::write(dir.path().join("page.txt.gz"), gzip(&page)).unwrap();
    fs::write(
        dir.path().join("feed.jsonl.gz"),
        gzip(b"{\"id\":\"z1\",\"text\":\"Talks.\"}\n{\"id\":\"z2\",\"text\":\"More talks.\"}\n"),
    )
    .unwrap();
    fs::write(dir.path().join("broken.txt.gz"), b"\x1f\x8b\x08\x00garbage").unwrap();
    let items: Vec<Input> =
        read_inputs(&[dir.path().to_path_buf()], &InputOptions::default()).collect();
    let s = summary(&items);
    assert_eq!(s.len(), 4, "{s:?}");
    assert!(
        s[0].starts_with(&format!(
            "error {}: cannot decompress: ",
            dir.path().join("broken.txt.gz").display()
        )),
        "{s:?}"
    );
    assert_eq!(s[1..], ["article z1", "article z2", "article page.txt.gz"]);
    let a = articles(&items);
    assert_eq!(a[2].text.as_bytes(), &page[..]);
}

#[test]
fn html_main_text_title_and_date_are_extracted() {
    let dir = tempfile::tempdir().unwrap();
    let html = r#"<!DOCTYPE html>
<html lang="en"><head>
<title>Norway and Poland sign gas deal | The Baltic Courier</title>
<meta property="article:published_time" content="2024-11-20T08:15:00+01:00">
<link rel="canonical" href="https://baltic.example/2024/11/20/gas-deal">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>Norway and Poland sign gas deal</h1>
<p>Norwegian Prime Minister Jonas Gahr Støre and Polish Prime Minister Donald Tusk signed a ten-year gas supply agreement in Warsaw on Wednesday, officials from both governments said.</p>
<p>The deal covers deliveries through the Baltic Pipe, which links Norwegian fields in the North Sea to the Polish coast through Denmark, and runs until the end of 2034.</p>
<p>Tusk said the agreement would protect Poland from price shocks and thanked his guest for what he called a decade of reliable partnership between the two countries.</p>
</article></main>
<aside><h2>Related</h2><ul><li><a href="/a">Macron calls Scholz</a></li><li><a href="/b">Meloni hosts Rama</a></li></ul></aside>
<footer><p>© 2024 The Baltic Courier. All rights reserved.</p></footer>
</body></html>"#;
    let path = dir.path().join("gas.html");
    fs::write(&path, html).unwrap();
    let items: Vec<Input> = read_inputs(&[path], &InputOptions::default()).collect();
    let [Input::Article(a)] = &items[..] else {
        panic!("{items:?}");
    };
    assert_eq!(a.id, "gas.html");
    assert_eq!(a.date, Some(date(2024, 11, 20)));
    assert_eq!(
        a.url.as_deref(),
        Some("https://baltic.example/2024/11/20/gas-deal")
    );
    let c = clean(a);
    check_spans(&a.text, &c);
    let kept: Vec<&str> = c.body().map(|s| s.text(&a.text)).collect();
    assert_eq!(
        kept,
        [
            "Norway and Poland sign gas deal",
            "Norwegian Prime Minister Jonas Gahr Støre and Polish Prime Minister Donald Tusk signed a ten-year gas supply agreement in Warsaw on Wednesday, officials from both governments said.",
            "The deal covers deliveries through the Baltic Pipe, which links Norwegian fields in the North Sea to the Polish coast through Denmark, and runs until the end of 2034.",
            "Tusk said the agreement would protect Poland from price shocks and thanked his guest for what he called a decade of reliable partnership between the two countries.",
        ]
    );
}

/// Makes a FIFO with the system's `mkfifo`; false when that is not possible.
fn mkfifo(path: &Path) -> bool {
    std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn bad_inputs_each_get_one_diagnostic_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("docs");
    fs::create_dir_all(root.join("sub")).unwrap();
    let good = "Peruvian and Bolivian ministers met in La Paz on Monday.\n";
    fs::write(root.join("a_good.txt"), good).unwrap();
    fs::write(root.join("b_empty.txt"), b"").unwrap();
    fs::write(
        root.join("c_binary.txt"),
        b"\x7fELF\x02\x01\x01\x00\x00\x00binary",
    )
    .unwrap();
    fs::write(
        root.join("d_cp1252.txt"),
        b"Caf\xe9 talks in Bogot\xe1 ended.\n",
    )
    .unwrap();
    fs::write(
        root.join("e_bad.jsonl"),
        "{\"id\":\"j1\",\"text\":\"Talks.\"}\n{\"id\":\"j2\",\"text\":[1]}\n{\"id\":\"j3\",\"text\":\"cut",
    )
    .unwrap();
    let unreadable = root.join("f_unreadable.txt");
    fs::write(&unreadable, good).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&unreadable, fs::Permissions::from_mode(0o000)).unwrap();
    }
    // Root reads files whatever their mode; then the file is simply read.
    let can_read_unreadable = fs::File::open(&unreadable).is_ok();
    let fifo = root.join("g_pipe.txt");
    let have_fifo = mkfifo(&fifo);
    if !have_fifo {
        println!("mkfifo is not available: the FIFO case is not checked");
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink("..", root.join("sub/loop")).unwrap();
    fs::write(root.join("sub/z_ok.txt"), good).unwrap();
    let missing = dir.path().join("nowhere.txt");

    let items: Vec<Input> = read_inputs(&[&missing, &root], &InputOptions::default()).collect();
    let p = |name: &str| root.join(name).display().to_string();
    let mut want = vec![
        format!("error {}: no such file or directory", missing.display()),
        "article a_good.txt".to_string(),
        format!("warning {}: empty file; skipped", p("b_empty.txt")),
        format!(
            "error {}: binary file (NUL byte at offset 7); skipped",
            p("c_binary.txt")
        ),
        format!(
            "warning {}: not valid UTF-8 (byte 0xe9 at offset 3); decoded as Windows-1252, offsets refer to the decoded UTF-8 text",
            p("d_cp1252.txt")
        ),
        "article d_cp1252.txt".to_string(),
        "article j1".to_string(),
        format!(
            "error {}:2: field 'text' is an array, expected a string; skipped",
            p("e_bad.jsonl")
        ),
        format!(
            "error {}:3: invalid JSON at column 22: EOF while parsing a string (the last line is cut off); skipped",
            p("e_bad.jsonl")
        ),
    ];
    if can_read_unreadable {
        want.push("article f_unreadable.txt".to_string());
    } else {
        want.push(format!(
            "error {}: permission denied; skipped",
            p("f_unreadable.txt")
        ));
    }
    if have_fifo {
        want.push(format!(
            "error {}: not a regular file (a fifo); skipped",
            p("g_pipe.txt")
        ));
    }
    want.push(format!(
        "error {}: symlink loop: leads back to {}; skipped",
        p("sub/loop"),
        root.display()
    ));
    want.push("article sub/z_ok.txt".to_string());
    assert_eq!(summary(&items), want);

    let a = articles(&items);
    assert_eq!(a[0].text, good);
    assert_eq!(a[1].text, "Café talks in Bogotá ended.\n");
    // Offsets of a decoded file refer to the decoded text.
    let c = clean(a[1]);
    check_spans(&a[1].text, &c);
}

#[test]
fn a_named_fifo_is_refused_not_opened() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("stream");
    if !mkfifo(&fifo) {
        println!("mkfifo is not available: skipped");
        return;
    }
    let items: Vec<Input> = read_inputs(&[&fifo], &InputOptions::default()).collect();
    assert_eq!(
        summary(&items),
        [format!(
            "error {}: not a regular file (a fifo); skipped (to read a stream, pipe it to standard input and name it -)",
            fifo.display()
        )]
    );
}

#[test]
fn a_50_mb_one_line_article_is_read_in_parts_and_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let sentence = "The envoy met the minister in the capital and the talks went on late. ";
    let n = 50 * 1024 * 1024 / sentence.len() + 1;
    let text = sentence.repeat(n);
    let text = text.trim_end();
    fs::write(&path, text).unwrap();
    let items: Vec<Input> = read_inputs(&[path], &InputOptions::default()).collect();
    let Some((Input::Problem(warning), parts)) = items.split_first() else {
        panic!("{:?}", summary(&items));
    };
    assert_eq!(warning.severity, Severity::Warning);
    assert!(
        warning.message.contains("document 'huge.txt' has") && warning.message.contains("11 parts"),
        "{}",
        warning.message
    );
    assert_eq!(parts.len(), 11, "{:?}", summary(&items));
    let mut at = 0;
    for (k, item) in parts.iter().enumerate() {
        let Input::Article(a) = item else {
            panic!("{:?}", summary(&items));
        };
        let id = if k == 0 {
            "huge.txt".to_string()
        } else {
            format!("huge.txt#part{}", k + 1)
        };
        assert_eq!(a.id, id);
        assert_eq!(a.offset, at);
        assert!(a.text.len() <= actorgraph::parts::MAX_ARTICLE_BYTES);
        assert_eq!(&text[at..at + a.text.len()], a.text);
        at += a.text.len();
        let c = clean(a);
        assert_eq!(c.blocks.len(), 1);
        assert_eq!(c.blocks[0].skipped, None);
    }
    assert_eq!(at, text.len());
}

#[test]
fn files_over_the_size_limit_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    fs::write(&path, "x".repeat(2000)).unwrap();
    let opts = InputOptions {
        max_bytes: 1000,
        ..InputOptions::default()
    };
    let items: Vec<Input> = read_inputs(&[&path], &opts).collect();
    assert_eq!(
        summary(&items),
        [format!(
            "error {}: larger than the limit of 1000 bytes; skipped",
            path.display()
        )]
    );
}

#[test]
fn folders_are_read_in_sorted_order_with_relative_ids() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for name in [
        "b.txt",
        "a/z.text",
        "a/y.htm.csv",
        "c.md",
        ".hidden.txt",
        "a/b/x.txt",
    ] {
        let p = root.join(name);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, "The minister met the envoy.\n").unwrap();
    }
    let items: Vec<Input> = read_inputs(&[root.to_path_buf()], &InputOptions::default()).collect();
    // The files of other types (a/y.htm.csv, c.md) are counted at the end
    // of the folder, the hidden one not.
    assert_eq!(
        summary(&items),
        [
            "article a/b/x.txt".to_string(),
            "article a/z.text".to_string(),
            "article b.txt".to_string(),
            format!(
                "warning {}: skipped 2 files of other types (inputs are .txt, .text, \
                 .jsonl, .ndjson, .html, .htm and .xhtml, each also .gz)",
                root.display()
            ),
        ]
    );
    // A named file is read whatever its extension, with its file name as id.
    let items: Vec<Input> = read_inputs(&[root.join("c.md")], &InputOptions::default()).collect();
    assert_eq!(summary(&items), ["article c.md"]);
}

#[test]
fn the_date_fallback_applies_only_to_articles_without_a_date() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("dated.txt"),
        "Headline Here\nPublished: 2023-04-05\nText.\n",
    )
    .unwrap();
    fs::write(dir.path().join("undated.txt"), "Headline Here\nText.\n").unwrap();
    let opts = InputOptions {
        date: Some(date(2020, 2, 2)),
        ..InputOptions::default()
    };
    let items: Vec<Input> = read_inputs(&[dir.path().to_path_buf()], &opts).collect();
    let dates: Vec<_> = articles(&items)
        .iter()
        .map(|a| (a.id.clone(), clean(a).date))
        .collect();
    assert_eq!(
        dates,
        [
            ("dated.txt".to_string(), Some(date(2023, 4, 5))),
            ("undated.txt".to_string(), Some(date(2020, 2, 2))),
        ]
    );
}

/// The progress display's byte count: every file of a folder, read whole,
/// streamed, decompressed, too large or not UTF-8, counts its size on disk
/// once, so the count ends at `input_size`; files of other types count in
/// neither; standard input has no size.
#[test]
fn the_bytes_read_end_at_the_input_size() {
    use actorgraph::ingest::{ByteCount, input_size};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.txt"), "Ruto met Lula in Nairobi on Monday.").unwrap();
    fs::write(
        d.join("b.jsonl"),
        concat!(
            r#"{"id":"1","text":"Kishida called Scholz."}"#,
            "\n",
            "not json\n",
            r#"{"id":"2","text":"Widodo met Kishida."}"#,
            "\n"
        ),
    )
    .unwrap();
    fs::write(d.join("c.txt.gz"), gzip(b"Scholz hosted Ruto in Berlin.")).unwrap();
    fs::write(d.join("d.txt"), "x".repeat(4000)).unwrap();
    fs::write(d.join("e.txt"), b"Caf\xe9 talks.").unwrap();
    fs::write(d.join("notes.pdf"), "not an input").unwrap();
    fs::create_dir(d.join("sub")).unwrap();
    fs::write(
        d.join("sub/f.html"),
        "<html><body><p>Talks.</p></body></html>",
    )
    .unwrap();
    let on_disk: u64 = [
        "a.txt",
        "b.jsonl",
        "c.txt.gz",
        "d.txt",
        "e.txt",
        "sub/f.html",
    ]
    .iter()
    .map(|f| fs::metadata(d.join(f)).unwrap().len())
    .sum();
    let extra = d.join("extra.txt");
    fs::write(&extra, "Lula visited Tokyo.").unwrap();
    let paths = [d.to_path_buf(), extra.clone()];
    let total = on_disk + fs::metadata(&extra).unwrap().len();
    // extra.txt is in the folder and named again: read twice, counted twice.
    assert_eq!(
        input_size(&paths),
        Some(total + fs::metadata(&extra).unwrap().len())
    );
    let count = ByteCount::default();
    let opts = InputOptions {
        // d.txt is over the limit: skipped, but done with.
        max_bytes: 1000,
        bytes_read: Some(count.clone()),
        ..InputOptions::default()
    };
    let mut seen = Vec::new();
    for item in read_inputs(&paths, &opts) {
        // The count never passes the total on the way.
        assert!(count.get() <= input_size(&paths).unwrap());
        seen.push(item);
    }
    assert!(seen.iter().any(|i| matches!(i, Input::Problem(_))));
    assert_eq!(Some(count.get()), input_size(&paths));
    assert_eq!(input_size(&[Path::new("-")]), None);
    assert_eq!(input_size(&[d.join("nosuch.txt")]), Some(0));
}
