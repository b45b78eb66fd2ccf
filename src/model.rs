//! The vocabulary shared by every stage: kinds of actor, relations, statuses.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What an actor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A named human being.
    Person,
    /// A country, city, region or named site.
    Place,
    /// A government, alliance, agency, media outlet, company.
    Organization,
    /// A titled position ("Foreign Minister of Russia").
    Office,
}

impl Kind {
    /// Every kind, in output order.
    pub const ALL: [Kind; 4] = [Kind::Person, Kind::Place, Kind::Organization, Kind::Office];

    /// The name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Organization => "organization",
            Kind::Office => "office",
        }
    }
}

/// What one actor did with another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// An in-person meeting (symmetric).
    Met,
    /// A phone or video call (symmetric).
    Called,
    /// Other direct communication: interview, letter, message (symmetric).
    SpokeTo,
    /// The subject called off a meeting, call or visit with the object.
    Canceled,
    /// The subject travelled to the place.
    Visited,
    /// The subject received the object as a guest.
    Hosted,
    /// The subject criticized, accused or condemned the object.
    Criticized,
    /// The person holds the office.
    HoldsOffice,
}

impl Relation {
    /// Every relation, in output order.
    pub const ALL: [Relation; 8] = [
        Relation::Met,
        Relation::Called,
        Relation::SpokeTo,
        Relation::Canceled,
        Relation::Visited,
        Relation::Hosted,
        Relation::Criticized,
        Relation::HoldsOffice,
    ];

    /// The name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Met => "met",
            Relation::Called => "called",
            Relation::SpokeTo => "spoke_to",
            Relation::Canceled => "canceled",
            Relation::Visited => "visited",
            Relation::Hosted => "hosted",
            Relation::Criticized => "criticized",
            Relation::HoldsOffice => "holds_office",
        }
    }

    /// Symmetric relations are stored once, with the endpoints in id order.
    pub fn is_symmetric(self) -> bool {
        matches!(self, Relation::Met | Relation::Called | Relation::SpokeTo)
    }

    /// The relations behind "who spoke to whom".
    pub fn is_communication(self) -> bool {
        self.is_symmetric()
    }
}

/// Whether a relation happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The text asserts it happened or is ongoing.
    Occurred,
    /// Announced, scheduled, expected, hoped for.
    Planned,
    /// Planned, then called off.
    Canceled,
    /// Reported as not happening, or denied.
    Denied,
    /// Conditional, counterfactual or generic.
    Hypothetical,
}

impl Status {
    /// Every status, in output order.
    pub const ALL: [Status; 5] = [
        Status::Occurred,
        Status::Planned,
        Status::Canceled,
        Status::Denied,
        Status::Hypothetical,
    ];

    /// The name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
            Status::Canceled => "canceled",
            Status::Denied => "denied",
            Status::Hypothetical => "hypothetical",
        }
    }
}

macro_rules! name_impls {
    ($t:ty, $what:literal) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $t {
            type Err = String;

            fn from_str(s: &str) -> Result<Self, String> {
                let wanted = s.trim().to_ascii_lowercase().replace('-', "_");
                <$t>::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == wanted)
                    .ok_or_else(|| {
                        let names: Vec<&str> = <$t>::ALL.iter().map(|v| v.as_str()).collect();
                        format!(
                            "unknown {} '{}'; expected one of: {}",
                            $what,
                            s,
                            names.join(", ")
                        )
                    })
            }
        }
    };
}

name_impls!(Kind, "kind");
name_impls!(Relation, "relation");
name_impls!(Status, "status");

/// A stable id made from a name: lowercase ASCII letters and digits joined by
/// `-` ("Volodymyr Zelensky" -> `volodymyr-zelensky`, "Erdoğan" -> `erdogan`).
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars() {
        let f_str = fold_char(c);
        for f in f_str.chars() {
            if f.is_ascii_alphanumeric() {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(f.to_ascii_lowercase());
            } else if f != '\'' && f != '\u{2019}' && f != '.' {
                dash = true;
            }
        }
    }
    if out.is_empty() {
        // Names in scripts without a Latin folding keep a stable, readable id.
        let mut hex = String::from("u");
        for c in name.chars().filter(|c| c.is_alphanumeric()).take(16) {
            hex.push_str(&format!("{:x}", c as u32));
        }
        return hex;
    }
    out
}

/// Folds a Latin letter with a diacritic to its ASCII base ("ğ" -> "g").
/// Letters outside the table are returned unchanged.
pub fn fold_char(c: char) -> String {
    match folded(c) {
        Some(s) => s.to_string(),
        None => c.to_string(),
    }
}

/// The ASCII base of a Latin letter with a diacritic, if it has one.
fn folded(c: char) -> Option<&'static str> {
    if c.is_ascii() {
        return None;
    }
    let s = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'æ' => "ae",
        'Æ' => "AE",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'Ç' | 'Ć' | 'Č' | 'Ĉ' | 'Ċ' => "C",
        'ď' | 'đ' | 'ð' => "d",
        'Ď' | 'Đ' | 'Ð' => "D",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "E",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'Ğ' | 'Ĝ' | 'Ġ' | 'Ģ' => "G",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "I",
        'ł' | 'ľ' | 'ĺ' | 'ļ' => "l",
        'Ł' | 'Ľ' | 'Ĺ' | 'Ļ' => "L",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'Ñ' | 'Ń' | 'Ň' | 'Ņ' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
        'œ' => "oe",
        'Œ' => "OE",
        'ř' | 'ŕ' => "r",
        'Ř' | 'Ŕ' => "R",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'Ť' | 'Ţ' | 'Ț' => "T",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ź' | 'ż' | 'ž' => "z",
        'Ź' | 'Ż' | 'Ž' => "Z",
        // Any other Latin letter whose canonical decomposition starts with
        // an ASCII letter ("ọ", "ễ", "ư" of Vietnamese names) folds to it.
        _ => {
            use unicode_normalization::char::decompose_canonical;
            let mut base = None;
            decompose_canonical(c, |d| {
                base = base.or(Some(d));
            });
            let b = base.filter(|b| *b != c && b.is_ascii_alphabetic())?;
            let at = ASCII_LETTERS.find(b)?;
            &ASCII_LETTERS[at..at + 1]
        }
    };
    Some(s)
}

const ASCII_LETTERS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// The name with Latin diacritics folded to ASCII ("Erdoğan" -> "Erdogan").
pub fn fold(name: &str) -> String {
    if name.is_ascii() {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match folded(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_stable() {
        assert_eq!(slug("Vladimir Putin"), "vladimir-putin");
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
        assert_eq!(slug("Nguyễn Phú Trọng"), "nguyen-phu-trong");
        assert_eq!(slug("Võ Văn Thưởng"), "vo-van-thuong");
        assert_eq!(slug("U.S. Secretary of State"), "us-secretary-of-state");
        assert_eq!(slug("Moon Jae-in"), "moon-jae-in");
        assert_eq!(slug("O'Brien"), "obrien");
        assert!(slug("Путин").starts_with('u'));
    }

    #[test]
    fn names_parse_with_a_helpful_error() {
        assert_eq!("spoke-to".parse::<Relation>().unwrap(), Relation::SpokeTo);
        assert_eq!("Person".parse::<Kind>().unwrap(), Kind::Person);
        let err = "ORGG".parse::<Kind>().unwrap_err();
        assert_eq!(
            err,
            "unknown kind 'ORGG'; expected one of: person, place, organization, office"
        );
    }
}
