use super::discovery::{KIN, ROLES};
use super::offices::with_article;
use super::places::{ORG_HEADS, SITE_HEADS};
use super::words::{KINSHIP, ORG_HEAD, ROLE, SITE_HEAD, WORD_CLASSES};
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
fn full_name_surname_and_title_are_one_person() {
    let (r, shown) = run(
        "Kenyan President William Ruto arrived. Ruto said he was glad.",
        None,
    );
    assert_eq!(
        shown,
        [
            "Kenyan President=president-of-kenya:office",
            "William Ruto=william-ruto:name",
            "Ruto=william-ruto:surname",
            "he=william-ruto:pronoun"
        ]
    );
    assert_eq!(r.offices.len(), 1);
    assert!(!r.offices[0].past);
}

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
fn city_before_an_unknown_capitalized_word_is_a_first_name() {
    let (_, shown) = run("Nairobi Mwangi wrote the report in Nairobi.", None);
    assert_eq!(
        shown,
        ["Nairobi=nairobi:name"],
        "only the second Nairobi is the city"
    );
}

#[test]
fn headlines_do_not_discover_people() {
    let (r, _) = run("Kenyan President Orders Release Of Prisoners", None);
    assert!(r.actors.iter().all(|a| !a.discovered), "{:?}", r.actors);
    let (r, _) = run(
        "The Kenyan president praised spokesman Hussein Mohamed for his work.",
        None,
    );
    assert!(
        r.actors
            .iter()
            .any(|a| a.discovered && a.label == "Hussein Mohamed")
    );
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
fn common_word_surnames_need_the_full_name() {
    let (_, shown) = run("Talks began on May 16. May is a busy month.", None);
    assert!(shown.is_empty(), "{shown:?}");
    let (_, shown) = run("Grace May arrived. May said talks began on May 16.", None);
    assert_eq!(shown, ["Grace May=grace-may:name", "May=grace-may:surname"]);
}

#[test]
fn a_first_name_alone_is_the_person_named_in_full() {
    let (_, shown) = run(
        "Victoria Kamau met Ruto. Later, Victoria said the talks went well.",
        None,
    );
    assert!(
        shown.contains(&"Victoria=victoria-kamau:name".to_string()),
        "{shown:?}"
    );
    let (_, shown) = run("Ruto flew to Victoria.", None);
    assert!(
        shown.contains(&"Victoria=victoria:name".to_string()),
        "{shown:?}"
    );
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
fn an_unknown_first_name_before_a_known_surname_is_someone_else() {
    let (r, shown) = run(
        "Mudavadi told Kenya Times reporter Achieng Mudavadi nothing.",
        None,
    );
    assert!(
        shown.contains(&"Achieng Mudavadi=achieng-mudavadi:discovered".to_string()),
        "{shown:?}"
    );
    assert!(r.actors.iter().any(|a| a.id == "musalia-mudavadi"));
}

#[test]
fn administrations_and_longer_names_are_not_the_person() {
    let (r, shown) = run(
        "The Ruto administration praised Kenyatta Mwangi Otieno.",
        None,
    );
    assert!(
        shown.contains(&"Ruto administration=ruto-administration:discovered".to_string()),
        "{shown:?}"
    );
    assert!(
        r.actors
            .iter()
            .any(|a| a.kind == Kind::Organization && a.label == "Ruto administration")
    );
    assert!(
        !shown.iter().any(|m| m.contains("uhuru-kenyatta")),
        "{shown:?}"
    );
}

#[test]
fn one_word_name_opening_a_longer_one_is_someone_else() {
    // "Kenyatta" is known; "Kenyatta Odhiambo Otieno" is not Uhuru Kenyatta.
    let (_, shown) = run(
        "Deputy Foreign Minister Kenyatta Odhiambo Otieno spoke.",
        None,
    );
    assert!(
        shown.contains(&"Kenyatta Odhiambo Otieno=kenyatta-odhiambo-otieno:discovered".to_string()),
        "{shown:?}"
    );
    assert!(
        !shown.iter().any(|s| s.contains("uhuru-kenyatta")),
        "{shown:?}"
    );
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
fn people_introduced_by_roles_before_and_after_their_names() {
    let (_, shown) = run(
        "Earlier, Wanjiku Njoroge, a correspondent for a Nairobi daily, asked Ruto. \
         Ruto thanked his wife, Rachel Chebet, and the athletes, marathon star Faith Kipyegon and Eliud Kipchoge.",
        None,
    );
    for who in [
        "wanjiku-njoroge",
        "rachel-chebet",
        "faith-kipyegon",
        "eliud-kipchoge",
    ] {
        assert!(
            shown
                .iter()
                .any(|s| s.ends_with(&format!("={who}:discovered"))),
            "{who}: {shown:?}"
        );
    }
}

#[test]
fn sites_and_bodies_named_by_a_head_noun_are_discovered() {
    let (r, shown) = run(
        "Ruto landed at Wilson airport and drove from Nairobi County to the Senate Budget Committee. \
         The Kenyan Foreign Ministry said so.",
        None,
    );
    assert!(
        shown.contains(&"Wilson airport=wilson-airport:discovered".to_string()),
        "{shown:?}"
    );
    // The known city inside the county's name is not a mention of the city.
    assert!(
        shown.contains(&"Nairobi County=nairobi-county:discovered".to_string()),
        "{shown:?}"
    );
    assert!(
        !shown.iter().any(|s| s.starts_with("Nairobi=")),
        "{shown:?}"
    );
    let committee = r
        .actors
        .iter()
        .find(|a| a.id == "senate-budget-committee")
        .unwrap();
    assert_eq!(committee.kind, Kind::Organization);
    assert!(!shown.iter().any(|s| s.contains("ministry")), "{shown:?}");
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
fn a_counterpart_holds_the_same_office_in_the_other_country() {
    let gaz_text = r#"{"kind":"person","label":"Musalia Mudavadi","offices":[{"title":"foreign minister","of":"Kenya","from":"2024-07-01"}]}
{"kind":"person","label":"Mauro Vieira","offices":[{"title":"foreign minister","of":"Brazil","from":"2023-01-01"}]}
{"kind":"person","label":"William Ruto","offices":[{"title":"president","of":"Kenya","from":"2022-09-13"}]}
{"kind":"person","label":"Luiz Inácio Lula da Silva","aliases":["Lula"],"offices":[{"title":"president","of":"Brazil","from":"2023-01-01"}]}
{"kind":"place","label":"Kenya","type":"country","adjectives":["Kenyan"]}
{"kind":"place","label":"Brazil","type":"country","adjectives":["Brazilian"]}
{"kind":"office","label":"president","type":"head_of_state"}
{"kind":"office","label":"foreign minister","type":"minister"}
"#;
    let (gaz, d) = Gazetteer::builder().add_text(gaz_text, "t.jsonl").build();
    assert!(d.is_empty(), "{d:?}");
    let who = |text: &str| {
        let sents = sentence::split(text, Span::new(0, text.len()));
        let r = resolve(text, &sents, &gaz, Some(Date::constant(2025, 3, 1)));
        r.mentions
            .iter()
            .filter(|m| m.how == How::Description)
            .map(|m| format!("{}={}", m.span.text(text), r.actors[m.actor].id))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        who("Mudavadi met his Brazilian counterpart in Nairobi."),
        ["Brazilian counterpart=mauro-vieira"]
    );
    assert_eq!(
        who("William Ruto called his Brazilian counterpart."),
        ["Brazilian counterpart=luiz-inacio-lula-da-silva"]
    );
    // Named right after, the name is the mention.
    assert!(who("Ruto called his Brazilian counterpart Lula.").is_empty());
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
fn a_town_inside_a_name_after_a_role_is_part_of_the_name() {
    // "Victoria" is a city in the test gazetteer.
    let (_, shown) = run(
        "William Ruto told correspondent Amina Victoria that he would stay.",
        Some(Date::constant(2024, 3, 1)),
    );
    assert!(
        shown.contains(&"Amina Victoria=amina-victoria:discovered".to_string()),
        "{shown:?}"
    );
    assert!(
        !shown.iter().any(|s| s.starts_with("Victoria=")),
        "{shown:?}"
    );
    // The teller speaks of himself.
    assert!(
        shown.contains(&"he=william-ruto:pronoun".to_string()),
        "{shown:?}"
    );
}

#[test]
fn a_role_word_used_as_a_verb_does_not_hide_the_name_after_it() {
    // "host" is a role noun ("TV host X"), but here a verb.
    let (_, shown) = run(
        "Uhuru Kenyatta will host Ruto in Nairobi.",
        Some(Date::constant(2020, 3, 1)),
    );
    assert!(
        shown.contains(&"Ruto=william-ruto:surname".to_string()),
        "{shown:?}"
    );
}

#[test]
fn word_classes_find_every_listed_word_and_no_other() {
    for (list, class) in [
        (SITE_HEADS, SITE_HEAD),
        (ORG_HEADS, ORG_HEAD),
        (ROLES, ROLE),
        (KIN, KINSHIP),
    ] {
        for w in list {
            assert!(WORD_CLASSES.of(w) & class != 0, "{w}");
        }
    }
    let listed = |w: &str| {
        [SITE_HEADS, ORG_HEADS, ROLES, KIN]
            .iter()
            .any(|l| l.contains(&w))
    };
    for w in [
        "",
        "the",
        "a",
        "Minister",
        "ministers",
        "é",
        "Ministère",
        "x",
        "journalistic",
        "abcdefghijklmnopqrstuvwxyz",
    ] {
        assert_eq!(WORD_CLASSES.of(w) != 0, listed(w), "{w}");
    }
}

/// Fails when resolving `text` discovers a place.
fn assert_discovers_no_place(text: &str) {
    let (r, shown) = run(text, None);
    assert!(
        r.actors
            .iter()
            .all(|a| !a.discovered || a.kind != Kind::Place),
        "{text}: {shown:?}"
    );
}

#[test]
fn a_list_of_known_places_makes_its_unknown_items_places() {
    let (r, shown) = run(
        "Ruto toured Mombasa, Kisumu and Lamu Old Town, then Garissa, Nairobi, Kisumu or Wajir.",
        None,
    );
    for m in [
        "Lamu Old Town=lamu-old-town:discovered",
        "Garissa=garissa:discovered",
        "Wajir=wajir:discovered",
    ] {
        assert!(shown.contains(&m.to_string()), "{m}: {shown:?}");
    }
    assert!(
        r.actors
            .iter()
            .filter(|a| a.discovered)
            .all(|a| a.kind == Kind::Place)
    );
    // One known place is no list of places; a list not closed by "and" or
    // "or" is none either; nor is a capitalized word before "said", nor one
    // next to a name the gazetteer knows.
    for text in [
        "Ruto flew to Mombasa and Lamu.",
        "Ruto visited Mombasa, Kisumu, Lamu.",
        "Ruto visited Mombasa, Kisumu and Otieno said it went well.",
        "Ruto visited Mombasa, Kisumu and Lamu Kenya.",
    ] {
        assert_discovers_no_place(text);
    }
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

#[test]
fn a_noun_for_a_kind_of_place_names_a_place() {
    let (r, shown) = run(
        "Ruto drove to the border town of Isebania and the port city of Lamu, then the city of Nairobi.",
        None,
    );
    for m in [
        "Isebania=isebania:discovered",
        "Lamu=lamu:discovered",
        "Nairobi=nairobi:name",
    ] {
        assert!(shown.contains(&m.to_string()), "{m}: {shown:?}");
    }
    assert_eq!(r.actors.iter().filter(|a| a.discovered).count(), 2);
    // Not after another noun, nor in lowercase, nor on a known name.
    for text in [
        "Ruto spoke of Isebania.",
        "The Governor of Isebania resigned.",
        "Ruto visited the town of isebania.",
        "Ruto visited the home of Victoria Kamau.",
        "Ruto courted the political base of Otieno.",
    ] {
        assert_discovers_no_place(text);
    }
}

#[test]
fn the_capital_of_a_country_is_its_capital_city_unless_named() {
    let (_, shown) = run(
        "Lula arrived in the Kenyan capital on Monday. He flew on from Kenya's capital.",
        None,
    );
    assert!(
        shown.contains(&"Kenyan capital=nairobi:description".to_string()),
        "{shown:?}"
    );
    assert!(
        shown.contains(&"Kenya's capital=nairobi:description".to_string()),
        "{shown:?}"
    );
    // Named right after, the city is its own mention and the phrase none.
    let (_, named) = run("Lula arrived in the Kenyan capital, Nairobi.", None);
    assert!(
        named.iter().all(|m| !m.starts_with("Kenyan capital")),
        "{named:?}"
    );
    assert!(
        named.contains(&"Nairobi=nairobi:name".to_string()),
        "{named:?}"
    );
}

#[test]
fn a_place_name_that_is_the_surname_of_someone_named_is_that_person() {
    let (_, shown) = run(
        "Luís Montenegro welcomed Ruto. Montenegro and Ruto discussed energy.",
        None,
    );
    assert!(
        shown.contains(&"Montenegro=luis-montenegro:surname".to_string()),
        "{shown:?}"
    );
    // With no such person in the document, the country.
    let (_, country) = run("Ruto flew to Montenegro.", None);
    assert!(
        country.contains(&"Montenegro=montenegro:name".to_string()),
        "{country:?}"
    );
}

#[test]
fn a_lake_or_mountain_is_one_place_not_the_city_inside_its_name() {
    // Victoria is a city of the test gazetteer, Kenya a country.
    let (_, shown) = run(
        "Fishermen were held on Lake Victoria near Mount Kenya.",
        None,
    );
    assert!(
        shown.contains(&"Lake Victoria=lake-victoria:discovered".to_string()),
        "{shown:?}"
    );
    assert!(
        shown.contains(&"Mount Kenya=mount-kenya:discovered".to_string()),
        "{shown:?}"
    );
    assert!(
        !shown.iter().any(|m| m.starts_with("Victoria=")),
        "{shown:?}"
    );
}

#[test]
fn plural_titles_give_each_person_the_office_of_the_place_in_the_same_position() {
    let (r, _) = run(
        "The presidents of Kenya and Uganda, William Ruto and Yoweri Museveni, met.",
        None,
    );
    let links: Vec<(String, String)> = r
        .offices
        .iter()
        .map(|l| (r.actors[l.person].id.clone(), r.actors[l.office].id.clone()))
        .collect();
    assert_eq!(
        links,
        [
            ("william-ruto".to_string(), "president-of-kenya".to_string()),
            (
                "yoweri-museveni".to_string(),
                "president-of-uganda".to_string()
            ),
        ]
    );
    // Not a list of two places and two people: nothing.
    let (r, _) = run("The presidents of Kenya and Uganda met William Ruto.", None);
    assert!(r.offices.is_empty(), "{:?}", r.offices);
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

#[test]
fn a_first_and_last_name_after_an_outlets_possessive_is_one_of_its_people() {
    let (_, shown) = run("Reuters' Ana Lima asked Ruto about the deal.", None);
    assert!(
        shown.contains(&"Ana Lima=ana-lima:discovered".to_string()),
        "{shown:?}"
    );
    // Three words, an organization's head noun: no one.
    let (_, shown) = run("The UN's World Food Programme said aid was blocked.", None);
    assert!(
        !shown.iter().any(|m| m.contains(":discovered")),
        "{shown:?}"
    );
}
