//! Tests of places and organizations the gazetteer lacks.

use super::*;

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
