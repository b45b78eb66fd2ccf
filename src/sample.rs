//! The embedded sample: six short articles written for actorgraph (meetings,
//! a call, a cancellation, a denial, a visit), used by `actorgraph build`
//! when no input is given.

use crate::article::Article;

const TEXTS: [(&str, &str); 5] = [
    (
        "01-nairobi-summit.txt",
        include_str!("../data/sample/01-nairobi-summit.txt"),
    ),
    (
        "02-tokyo-call.txt",
        include_str!("../data/sample/02-tokyo-call.txt"),
    ),
    (
        "03-jakarta-cancel.txt",
        include_str!("../data/sample/03-jakarta-cancel.txt"),
    ),
    (
        "04-denial.txt",
        include_str!("../data/sample/04-denial.txt"),
    ),
    (
        "05-berlin-visit.txt",
        include_str!("../data/sample/05-berlin-visit.txt"),
    ),
];

const JSONL: &str = include_str!("../data/sample/06-widodo-kishida.jsonl");

/// The sample articles, in a fixed order.
pub fn articles() -> Vec<Article> {
    let mut out: Vec<Article> = TEXTS
        .iter()
        .map(|(id, text)| {
            let mut a = Article::new(*id, *text);
            a.source = format!("<sample>/{id}");
            a
        })
        .collect();
    for line in JSONL.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value =
            serde_json::from_str(line).expect("the embedded sample is valid JSON");
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let mut a = Article::new(
            field("id").unwrap_or_default(),
            field("text").unwrap_or_default(),
        );
        a.source = "<sample>/06-widodo-kishida.jsonl".into();
        a.date = field("date").and_then(|d| d.parse().ok());
        a.title = field("title");
        out.push(a);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn sample_has_six_articles_with_ids() {
        let a = super::articles();
        assert_eq!(a.len(), 6);
        assert!(a.iter().all(|x| !x.id.is_empty() && !x.text.is_empty()));
    }
}
