//! Tests of pronouns and plurals.

use super::*;

/// The actors of the plural mentions of `r` ("the two leaders"), in order.
fn plurals(r: &Resolved) -> Vec<String> {
    r.mentions
        .iter()
        .filter(|m| m.how == How::Plural)
        .map(|m| r.actors[m.actor].id.clone())
        .collect()
}

/// [`plurals`] of `text`, sorted.
fn sorted_plurals(text: &str, date: Option<Date>) -> Vec<String> {
    let mut v = plurals(&run(text, date).0);
    v.sort();
    v
}

#[test]
fn a_pronoun_opening_a_sentence_is_the_previous_subject() {
    let (_, shown) = run(
        "Ruto met Kenyatta in Nairobi. He said the talks went well.",
        None,
    );
    assert!(
        shown.contains(&"He=william-ruto:pronoun".to_string()),
        "{shown:?}"
    );
    let (_, shown) = run("Ruto said Kenyatta had left before he arrived.", None);
    assert!(
        shown.contains(&"he=uhuru-kenyatta:pronoun".to_string()),
        "{shown:?}"
    );
}

#[test]
fn the_two_leaders_are_the_last_two_heads_named() {
    let text = "Ruto met Kenyatta and Mudavadi. Mudavadi said the two leaders agreed.";
    let plural = plurals(&run(text, Some(Date::constant(2024, 8, 1))).0);
    // In August 2024 Ruto is president and Kenyatta no longer is: one head only.
    assert!(plural.is_empty(), "{plural:?}");
    let plural = plurals(&run(text, Some(Date::constant(2022, 9, 13))).0);
    assert_eq!(plural, ["william-ruto", "uhuru-kenyatta"]);
}

#[test]
fn the_one_who_acts_on_the_two_is_not_one_of_them() {
    let plural = |text: &str| sorted_plurals(text, None);
    let base = "Ruto accused Museveni of meddling. Museveni denied it.";
    // The object of a short verb phrase: the two others.
    assert_eq!(
        plural(&format!(
            "{base} Kenyatta telephoned the two men on Friday."
        )),
        ["william-ruto", "yoweri-museveni"]
    );
    assert_eq!(
        plural(&format!("{base} Kenyatta will meet both men in Nairobi.")),
        ["william-ruto", "yoweri-museveni"]
    );
    // Across a saying the speaker may be one of the two.
    assert_eq!(
        plural(&format!("{base} Kenyatta said the two men had agreed.")),
        ["uhuru-kenyatta", "yoweri-museveni"]
    );
    // Two people named before it in the sentence are the two.
    assert_eq!(
        plural("Kenyatta met Mudavadi, Ruto met Museveni, and the two men agreed."),
        ["william-ruto", "yoweri-museveni"]
    );
}

#[test]
fn an_object_pronoun_is_not_the_subject_of_its_clause() {
    let him = |text: &str| {
        let (_, shown) = run(text, Some(Date::constant(2024, 3, 1)));
        shown
            .into_iter()
            .filter(|s| s.starts_with("him="))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        him("Uhuru Kenyatta landed in Nairobi. William Ruto welcomed him at State House."),
        ["him=uhuru-kenyatta:pronoun"]
    );
    assert_eq!(
        him("Uhuru Kenyatta said William Ruto had invited him."),
        ["him=uhuru-kenyatta:pronoun"]
    );
    // Across a clause boundary the nearest person may be meant.
    assert_eq!(
        him("Uhuru Kenyatta met William Ruto, and aides said he had called him."),
        ["him=william-ruto:pronoun"]
    );
}

#[test]
fn the_two_diplomats_are_the_last_two_diplomats_named() {
    let gaz_text = r#"{"kind":"person","label":"Musalia Mudavadi","offices":[{"title":"foreign minister","of":"Kenya","from":"2024-07-01"}]}
{"kind":"person","label":"Mauro Vieira","offices":[{"title":"foreign minister","of":"Brazil","from":"2023-01-01"}]}
{"kind":"person","label":"William Ruto","offices":[{"title":"president","of":"Kenya","from":"2022-09-13"}]}
{"kind":"place","label":"Kenya","type":"country"}
{"kind":"place","label":"Brazil","type":"country"}
{"kind":"office","label":"president","type":"head_of_state"}
{"kind":"office","label":"foreign minister","type":"minister"}
"#;
    let (gaz, d) = Gazetteer::builder().add_text(gaz_text, "t.jsonl").build();
    assert!(d.is_empty(), "{d:?}");
    let text =
        "Mudavadi called Vieira. William Ruto said nothing. The two diplomats last met in May.";
    let sents = sentence::split(text, Span::new(0, text.len()));
    let r = resolve(text, &sents, &gaz, Some(Date::constant(2025, 3, 1)));
    let mut two = plurals(&r);
    two.sort();
    assert_eq!(two, ["mauro-vieira", "musalia-mudavadi"]);
}

#[test]
fn they_are_the_two_people_just_named_and_nobody_in_a_group() {
    let plural = |text: &str| sorted_plurals(text, Some(Date::constant(2024, 3, 1)));
    assert_eq!(
        plural("William Ruto called Uhuru Kenyatta. If they meet, it will be historic."),
        ["uhuru-kenyatta", "william-ruto"]
    );
    // A third person, or a group beside them, and "they" is not the pair.
    assert!(
        plural("William Ruto called Uhuru Kenyatta and Musalia Mudavadi. They agreed.").is_empty()
    );
    assert!(plural("William Ruto met Uhuru Kenyatta. Officials said they agreed.").is_empty());
}

#[test]
fn a_pronoun_goes_to_the_subject_not_to_a_name_in_a_fronted_phrase() {
    // Without the fronted phrase the first person named is the subject.
    for (text, he) in [
        (
            "In a letter to Ruto sent on Monday, Mudavadi said the talks were over. He thanked him.",
            "musalia-mudavadi",
        ),
        (
            "According to Ruto, Mudavadi will resign. He is tired.",
            "musalia-mudavadi",
        ),
        (
            "Ruto said Mudavadi would resign. He is tired.",
            "william-ruto",
        ),
        // No one named after the phrase: the first person named.
        (
            "After meeting Ruto, the delegation left. He was pleased.",
            "william-ruto",
        ),
        // Right after a verbless phrase, "he" is not someone named in it but
        // the subject before.
        (
            "Mudavadi flew in. Speaking at a news conference with Ruto, he said talks went well.",
            "musalia-mudavadi",
        ),
    ] {
        let (_, shown) = run(text, None);
        let want = [format!("He={he}:pronoun"), format!("he={he}:pronoun")];
        assert!(want.iter().any(|w| shown.contains(w)), "{text}: {shown:?}");
    }
}
