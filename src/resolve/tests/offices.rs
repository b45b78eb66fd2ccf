//! Tests of titles, offices and their holders.

use super::*;
use crate::resolve::offices::with_article;

#[test]
fn description_resolves_by_the_article_date() {
    let (_, then) = run(
        "The Kenyan president spoke.",
        Some(Date::constant(2020, 1, 1)),
    );
    assert!(
        then.contains(&"Kenyan president=uhuru-kenyatta:description".to_string()),
        "{then:?}"
    );
    let (_, now) = run(
        "The Kenyan president spoke.",
        Some(Date::constant(2024, 1, 1)),
    );
    assert!(
        now.contains(&"Kenyan president=william-ruto:description".to_string()),
        "{now:?}"
    );
}

#[test]
fn office_composes_before_and_after() {
    let (_, a) = run(
        "Kenya's foreign minister left.",
        Some(Date::constant(2025, 1, 1)),
    );
    let (_, b) = run(
        "The foreign minister of Kenya left.",
        Some(Date::constant(2025, 1, 1)),
    );
    assert!(
        a.contains(&"Kenya's foreign minister=foreign-minister-of-kenya:office".to_string()),
        "{a:?}"
    );
    assert!(
        b.contains(&"foreign minister of Kenya=foreign-minister-of-kenya:office".to_string()),
        "{b:?}"
    );
    assert!(
        b.contains(&"foreign minister of Kenya=musalia-mudavadi:description".to_string()),
        "{b:?}"
    );
}

#[test]
fn organization_titles_and_discovered_people() {
    let (r, shown) = run(
        "State House spokesman Hussein Mohamed told journalist Amina Yusuf that talks went well.",
        None,
    );
    assert!(
        shown.contains(&"State House spokesman=state-house-spokesperson:office".to_string()),
        "{shown:?}"
    );
    assert!(
        shown.contains(&"Hussein Mohamed=hussein-mohamed:discovered".to_string()),
        "{shown:?}"
    );
    assert!(
        shown.contains(&"Amina Yusuf=amina-yusuf:discovered".to_string()),
        "{shown:?}"
    );
    assert!(r.actors.iter().filter(|a| a.discovered).count() == 2);
}
#[test]
fn former_office_is_past() {
    let (r, _) = run("Former Kenyan President Uhuru Kenyatta spoke.", None);
    assert_eq!(r.offices.len(), 1);
    assert!(r.offices[0].past);
}

#[test]
fn generic_leader_is_the_head_of_state_and_no_office() {
    let (r, shown) = run(
        "The Kenyan leader arrived in Nairobi.",
        Some(Date::constant(2024, 5, 1)),
    );
    assert_eq!(
        shown,
        [
            "Kenyan leader=william-ruto:description",
            "Nairobi=nairobi:name"
        ]
    );
    assert!(r.actors.iter().all(|a| a.kind != Kind::Office));
}

#[test]
fn holder_between_commas_after_a_definite_title() {
    let (r, shown) = run(
        "Kenya's foreign minister, Amina Wanjiru, flew out. After meeting the spokesman, Joseph Otieno said nothing.",
        Some(Date::constant(2020, 1, 1)),
    );
    assert!(
        shown.contains(&"Amina Wanjiru=amina-wanjiru:discovered".to_string()),
        "{shown:?}"
    );
    let holders: Vec<&str> = r
        .offices
        .iter()
        .map(|o| r.actors[o.person].id.as_str())
        .collect();
    assert_eq!(holders, ["amina-wanjiru"]);
    // No closing comma: "Joseph Otieno" is not the spokesman.
    assert!(
        !shown.iter().any(|s| s.starts_with("Joseph Otieno")),
        "{shown:?}"
    );
}

#[test]
fn lowercase_title_with_a_named_holder_is_an_office() {
    let (r, shown) = run(
        "They heard presidential spokesperson Hussein Mohamed.",
        None,
    );
    assert!(
        shown.contains(&"presidential spokesperson=presidential-spokesperson:office".to_string()),
        "{shown:?}"
    );
    assert_eq!(r.offices.len(), 1);
    // A bare lowercase noun before a name makes no office.
    let (r, _) = run("The remarks of spokesman Hussein Mohamed were brief.", None);
    assert!(r.offices.is_empty());
}

#[test]
fn an_organizations_chief_is_the_holder_of_its_top_office() {
    let gaz_text = r#"{"kind":"person","label":"Amina Odhiambo","offices":[{"title":"secretary-general","of":"East African Community","from":"2021-01-01"}]}
{"kind":"organization","label":"East African Community","aliases":["EAC"],"type":"alliance"}
{"kind":"office","label":"secretary-general","type":"international"}
{"kind":"office","label":"leader","type":"generic","aliases":["chief"]}
"#;
    let (gaz, d) = Gazetteer::builder().add_text(gaz_text, "t.jsonl").build();
    assert!(d.is_empty(), "{d:?}");
    let text = "The EAC chief said the talks would go on.";
    let sents = sentence::split(text, Span::new(0, text.len()));
    let r = resolve(text, &sents, &gaz, Some(Date::constant(2024, 3, 1)));
    assert!(
        r.mentions
            .iter()
            .any(|m| r.actors[m.actor].id == "amina-odhiambo" && m.how == How::Description),
        "{:?}",
        r.mentions
    );
    // Before her term, the chief is nobody the gazetteer knows.
    let r = resolve(text, &sents, &gaz, Some(Date::constant(2019, 3, 1)));
    assert!(r.actors.iter().all(|a| a.id != "amina-odhiambo"));
}

#[test]
fn an_indefinite_description_is_no_one_in_particular() {
    let (_, shown) = run(
        "A Kenyan foreign minister once said so. The Kenyan foreign minister spoke.",
        Some(Date::constant(2025, 1, 1)),
    );
    assert_eq!(
        shown,
        [
            "Kenyan foreign minister=foreign-minister-of-kenya:office",
            "Kenyan foreign minister=musalia-mudavadi:description"
        ]
    );
}

#[test]
fn an_office_of_a_country_named_with_the_says_the() {
    let (r, _) = run("The foreign minister of the United Kingdom arrived.", None);
    let labels: Vec<&str> = r
        .actors
        .iter()
        .filter(|a| a.kind == Kind::Office)
        .map(|a| a.label.as_str())
        .collect();
    assert_eq!(labels, ["Foreign Minister of the United Kingdom"]);
    assert_eq!(with_article("Kenya"), "Kenya");
    assert_eq!(with_article("Netherlands"), "the Netherlands");
}

#[test]
fn then_of_a_sequence_is_no_past_office() {
    let (r, _) = run(
        "Lula met Mudavadi and then Kenyan President William Ruto.",
        Some(Date::constant(2024, 1, 1)),
    );
    assert_eq!(r.offices.len(), 1, "{:?}", r.offices);
    assert!(!r.offices[0].past);
    let (r, _) = run(
        "Lula met then Kenyan President Uhuru Kenyatta.",
        Some(Date::constant(2024, 1, 1)),
    );
    assert!(r.offices.iter().all(|o| o.past), "{:?}", r.offices);
}

#[test]
fn a_south_asian_foreign_secretary_is_no_foreign_minister() {
    let offices = |text: &str| -> Vec<String> {
        let (r, _) = run(text, None);
        r.offices
            .iter()
            .map(|l| r.actors[l.office].id.clone())
            .collect()
    };
    assert_eq!(
        offices("Indian Foreign Secretary Vinay Kwatra spoke."),
        ["foreign-secretary-of-india"]
    );
    assert_eq!(
        offices("Kenyan Foreign Secretary Musalia Mudavadi spoke."),
        ["foreign-minister-of-kenya"]
    );
}
