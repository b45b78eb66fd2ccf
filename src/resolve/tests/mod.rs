//! Tests of resolution, one file a part of it, by the same seams as the
//! code; the test gazetteer and the `run` helper here are shared.

mod descriptions;
mod discovery;
mod names;
mod offices;
mod places;
mod pronouns;

use super::*;
use crate::sentence;

const GAZ: &str = r#"{"kind":"person","label":"William Ruto","offices":[{"title":"president","of":"Kenya","from":"2022-09-13"}]}
{"kind":"person","label":"Uhuru Kenyatta","offices":[{"title":"president","of":"Kenya","from":"2013-04-09","to":"2022-09-13"}]}
{"kind":"person","label":"Musalia Mudavadi","offices":[{"title":"foreign minister","of":"Kenya","from":"2024-07-01"}]}
{"kind":"place","label":"Kenya","type":"country","adjectives":["Kenyan"]}
{"kind":"place","label":"Nairobi","type":"city","country":"Kenya","capital":true}
{"kind":"organization","label":"State House","of":"Kenya","type":"government"}
{"kind":"office","label":"president","type":"head_of_state"}
{"kind":"office","label":"foreign minister","aliases":["foreign secretary"],"type":"minister"}
{"kind":"office","label":"spokesperson","aliases":["spokesman","spokeswoman"],"type":"spokesperson"}
{"kind":"office","label":"leader","type":"generic"}
{"kind":"person","label":"Grace May","offices":[{"title":"foreign minister","of":"Kenya","from":"2010-01-01","to":"2012-01-01"}]}
{"kind":"person","label":"Victoria Kamau"}
{"kind":"place","label":"Victoria","type":"city"}
{"kind":"place","label":"Mombasa","type":"city","country":"Kenya"}
{"kind":"place","label":"Kisumu","type":"city","country":"Kenya"}
{"kind":"person","label":"Luís Montenegro"}
{"kind":"place","label":"Montenegro","type":"country"}
{"kind":"person","label":"Yoweri Museveni"}
{"kind":"place","label":"Uganda","type":"country"}
{"kind":"place","label":"United Kingdom","type":"country"}
{"kind":"place","label":"India","type":"country","adjectives":["Indian"]}
{"kind":"organization","label":"Reuters","type":"media"}
{"kind":"organization","label":"United Nations","aliases":["UN"]}
{"kind":"place","label":"Lima","type":"city"}
"#;

fn run(text: &str, date: Option<Date>) -> (Resolved, Vec<String>) {
    let (gaz, d) = Gazetteer::builder().add_text(GAZ, "t.jsonl").build();
    assert!(d.is_empty(), "{d:?}");
    let sents = sentence::split(text, Span::new(0, text.len()));
    let r = resolve(text, &sents, &gaz, date);
    let shown = r
        .mentions
        .iter()
        .map(|m| {
            format!(
                "{}={}:{}",
                m.span.text(text),
                r.actors[m.actor].id,
                m.how.as_str()
            )
        })
        .collect();
    (r, shown)
}
