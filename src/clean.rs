//! Cleaning: which parts of an article are its body, and the article's date.
//!
//! Scraped text is the article glued to everything around it: menus, teasers
//! of other stories, ads, subscription and cookie pitches, legal lines, photo
//! credits, bylines, share buttons, live-blog timestamps. [`clean`] splits the
//! text into blocks (a line, or a hard-wrapped paragraph) whose spans are byte
//! offsets into the original text (never rewritten), and marks each block as
//! body or skipped with a reason.
//!
//! The rules look at what generalises to sites never seen, in the spirit of
//! jusText (length classes, stopword density, context smoothing of short
//! blocks between good ones) and trafilatura (cue words for boilerplate,
//! link-list and teaser detection), without any site list:
//!
//! 1. cue words on short blocks ("Advertisement", "Most read", "Subscribe",
//!    "(AP Photo/...)", "By Jane Doe", "© 2025", "10:42 GMT");
//! 2. shape: a body block is a sentence (ends with `.`, `!`, `?` or a closing
//!    quote, has lowercase words and a normal share of stopwords); a
//!    headline-like block is short, without final punctuation, mostly title
//!    case;
//! 3. position: the first headline-like line before the body is the article's
//!    headline and is kept (headlines often carry the relation: "X to meet
//!    Y"); after a teaser heading ("Related", "Read more") everything is a
//!    teaser until a long body paragraph; runs of headline-like lines are link
//!    lists; a lone headline-like line inside the body is skipped, except the
//!    title of a live-blog post right after its timestamp;
//! 4. repeats: a block whose whitespace-normalised text was already kept is
//!    skipped as `"duplicate"`.
//!
//! The document date is found by [`date::document_date`]. Near-duplicate
//! articles (one wire story on several sites) are grouped by [`dup::DupIndex`].

pub mod date;
pub mod dup;

use crate::article::Article;
use crate::span::Span;
use jiff::civil::Date;
use regex::Regex;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

pub use date::DateSource;

/// A paragraph-like block of the original text and whether it is body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Its bytes in the original text.
    pub span: Span,
    /// Why it was skipped; `None` when it is kept as body.
    pub skipped: Option<&'static str>,
}

/// The result of cleaning one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Every block, in text order.
    pub blocks: Vec<Block>,
    /// The publication date found in the text or given with the input.
    pub date: Option<Date>,
    /// Where [`Cleaned::date`] came from.
    pub date_source: Option<DateSource>,
}

impl Cleaned {
    /// The spans kept as body, in text order.
    pub fn body(&self) -> impl Iterator<Item = Span> + '_ {
        self.blocks
            .iter()
            .filter(|b| b.skipped.is_none())
            .map(|b| b.span)
    }

    /// The kept body text, blocks joined by a blank line (for near-duplicate
    /// detection and display; offsets refer to `text`, never to this string).
    pub fn body_text(&self, text: &str) -> String {
        let mut out = String::new();
        for span in self.body() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(span.text(text));
        }
        out
    }

    /// How many blocks were skipped.
    pub fn skipped_count(&self) -> usize {
        self.blocks.iter().filter(|b| b.skipped.is_some()).count()
    }
}

/// Reasons a block is skipped, as they appear in [`Block::skipped`].
pub mod reason {
    /// A teaser heading ("Related Articles", "Most read") or a teaser under one.
    pub const TEASER: &str = "teaser";
    /// A run of headline-like lines: a list of links to other stories or sections.
    pub const LINK_LIST: &str = "link list";
    /// Menus, breadcrumbs, section names, short lines before the body.
    pub const NAVIGATION: &str = "navigation";
    /// "Advertisement", "Sponsored" and the like.
    pub const AD: &str = "advertisement";
    /// Subscription, newsletter, app and social-media pitches.
    pub const PITCH: &str = "pitch";
    /// Cookie and consent notices.
    pub const COOKIE: &str = "cookie notice";
    /// Copyright, terms, disclaimers.
    pub const LEGAL: &str = "legal";
    /// Photo credits and captions with a credit.
    pub const CREDIT: &str = "photo credit";
    /// "By Jane Doe", "Reporting by ...", "Jane Doe | Reuters".
    pub const BYLINE: &str = "byline";
    /// Share and comment buttons.
    pub const SHARE: &str = "share buttons";
    /// Live-blog and update timestamps, bare date lines.
    pub const TIMESTAMP: &str = "timestamp";
    /// Metadata headers, URLs, numbers.
    pub const METADATA: &str = "metadata";
    /// A later copy of a block already kept.
    pub const DUPLICATE: &str = "duplicate";
    /// A lone headline-like line inside the body (a subheading or an
    /// unlabelled teaser).
    pub const HEADING: &str = "heading";
    /// A scrap too short to be a sentence or a headline.
    pub const FRAGMENT: &str = "fragment";
    /// Text after the article's end (a cluster of boilerplate) that shares
    /// few words with the body: promotions, other stories' summaries.
    pub const OFF_TOPIC: &str = "off-topic";
}

/// Splits the article into blocks, decides which are body, and finds its date.
pub fn clean(article: &Article) -> Cleaned {
    let text = article.text.as_str();
    let spans = segment(text);
    let blocks = classify(text, &spans);
    let found = date::document_date(text, article.url.as_deref(), article.date);
    Cleaned {
        blocks,
        date: found.map(|(d, _)| d),
        date_source: found.map(|(_, s)| s),
    }
}

// ---------------------------------------------------------------------------
// Segmentation

/// Lines of a hard-wrapped paragraph are this long (in chars), except the last.
const WRAP_MIN: usize = 40;
const WRAP_MAX: usize = 100;

/// The blocks of a text: each non-blank line, except in a hard-wrapped text
/// (see [`is_wrapped`]), where a run of lines between blank lines is one
/// paragraph, so that no sentence is cut in two.
fn segment(text: &str) -> Vec<Span> {
    // A byte-order mark is not text; the first block starts after it.
    let base = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines: Vec<Option<Span>> = Vec::new();
    let mut start = base;
    for piece in text[base..].split_inclusive('\n') {
        let span = Span::new(start, start + piece.len()).trim(text);
        start += piece.len();
        lines.push((!span.is_empty()).then_some(span));
    }
    let wrapped = is_wrapped(text, lines.iter().flatten());
    let mut out: Vec<Span> = Vec::new();
    let mut run: Option<Span> = None;
    for line in lines {
        match (line, wrapped) {
            (Some(l), true) => run = Some(run.map_or(l, |r| r.cover(l))),
            (Some(l), false) => out.push(l),
            (None, _) => out.extend(run.take()),
        }
    }
    out.extend(run);
    out
}

/// True when the text is hard-wrapped: no line is longer than [`WRAP_MAX`]
/// characters, and at least three lines are [`WRAP_MIN`] or longer, most of
/// them breaking off mid-sentence. Scraped pages put a paragraph on one
/// (usually long) line, so they never look like this.
fn is_wrapped<'a>(text: &str, lines: impl Iterator<Item = &'a Span>) -> bool {
    let (mut long, mut open) = (0usize, 0usize);
    for l in lines {
        let t = l.text(text);
        if t.len() > 4 * WRAP_MAX {
            return false;
        }
        let n = t.chars().count();
        if n > WRAP_MAX {
            return false;
        }
        if n >= WRAP_MIN {
            long += 1;
            if !ends_sentence(t) {
                open += 1;
            }
        }
    }
    long >= 3 && open * 2 >= long
}

// ---------------------------------------------------------------------------
// Shape of a block

/// Measurements of one block.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Shape {
    /// Words (whitespace-separated tokens with a letter or digit).
    words: usize,
    /// Words that start with a lowercase letter.
    lower: usize,
    /// Share of words that are English stopwords (jusText's measure).
    stop: f32,
    /// Share of the non-stopword alphabetic words that are capitalised.
    caps: f32,
    /// Non-stopword alphabetic words that are not capitalised (a verb, in
    /// "Ruto met Ugandan President Yoweri Museveni in Nairobi.").
    lower_content: usize,
    /// Share of letters among the non-space characters.
    alpha: f32,
    /// Ends like a sentence (`.`, `!`, `?`, `…`, possibly then a closing quote).
    sentence_end: bool,
}

const STOPWORDS: &[&str] = &[
    "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
    "during", "each", "for", "from", "had", "has", "have", "he", "her", "here", "him", "his",
    "how", "i", "if", "in", "into", "is", "it", "its", "more", "most", "no", "not", "of", "on",
    "once", "only", "or", "other", "our", "out", "over", "said", "she", "should", "so", "some",
    "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
    "your",
];

/// A word of at most 8 ASCII bytes as a number (its bytes, lowercased, in
/// the low end; no letter is a zero byte, so two words never share a key).
/// Every stopword has one.
#[inline]
fn word_key(w: &[u8]) -> Option<u64> {
    if w.len() > 8 {
        return None;
    }
    let mut key = 0u64;
    for (j, &b) in w.iter().enumerate() {
        if !b.is_ascii() {
            return None;
        }
        key |= u64::from(b.to_ascii_lowercase()) << (8 * j);
    }
    Some(key)
}

/// Slots in [`STOP_TABLE`]: a power of two, over twice the stopwords.
const STOP_SLOTS: usize = 256;

fn stop_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize % STOP_SLOTS
}

/// The stopwords' keys in an open-addressing table (0 is an empty slot):
/// a lookup per word is a multiply and a compare or two, where a binary
/// search over the strings took seven string compares.
static STOP_TABLE: LazyLock<[u64; STOP_SLOTS]> = LazyLock::new(|| {
    let mut table = [0u64; STOP_SLOTS];
    for w in STOPWORDS {
        let key = word_key(w.as_bytes()).expect("stopwords are short and ASCII");
        let mut i = stop_slot(key);
        while table[i] != 0 {
            i = (i + 1) % STOP_SLOTS;
        }
        table[i] = key;
    }
    table
});

/// True when `key` is a stopword's key (the word, lowercased, is a
/// stopword); `table` is [`STOP_TABLE`].
#[inline]
fn is_stop_key(table: &[u64; STOP_SLOTS], key: u64) -> bool {
    let mut i = stop_slot(key);
    loop {
        match table[i] {
            0 => return false,
            k if k == key => return true,
            _ => i = (i + 1) % STOP_SLOTS,
        }
    }
}

/// True when `w` is one of [`STOPWORDS`] (which are lowercase).
fn is_stopword(w: &str) -> bool {
    // The key lowercases, so an uppercase word must not be taken for one.
    !w.bytes().any(|b| b.is_ascii_uppercase())
        && word_key(w.as_bytes()).is_some_and(|k| is_stop_key(&STOP_TABLE, k))
}

/// True when the text ends like a sentence: `.`, `!`, `?` or `…`, possibly
/// followed by closing quotes or brackets.
fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
    });
    t.ends_with(['.', '!', '?', '…'])
}

/// Blocks longer than this are measured on their first this many bytes: the
/// thresholds only need a few hundred words, and a 50 MB one-line article
/// must not cost several passes over all of it.
const SAMPLE_BYTES: usize = 64 * 1024;

/// The first [`SAMPLE_BYTES`] of `s`, cut at a character boundary.
fn sample(s: &str) -> &str {
    if s.len() <= SAMPLE_BYTES {
        return s;
    }
    let mut end = SAMPLE_BYTES;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Character classes of [`shape`], as bits.
const WS: u8 = 1;
const ALPHA: u8 = 2;
const NUM: u8 = 4;
const LOWER: u8 = 8;
const UPPER: u8 = 16;

/// The classes of a character, by the `char` methods the rules are
/// written with (Unicode whitespace, alphabetic, numeric, case).
fn char_class(c: char) -> u8 {
    let mut k = 0;
    for (yes, bit) in [
        (c.is_whitespace(), WS),
        (c.is_alphabetic(), ALPHA),
        (c.is_numeric(), NUM),
        (c.is_lowercase(), LOWER),
        (c.is_uppercase(), UPPER),
    ] {
        if yes {
            k |= bit;
        }
    }
    k
}

/// [`char_class`] of each ASCII byte, so the common case needs no decoding.
static ASCII_CLASS: LazyLock<[u8; 128]> = LazyLock::new(|| {
    let mut t = [0u8; 128];
    for (b, k) in (0u8..).zip(t.iter_mut()) {
        *k = char_class(char::from(b));
    }
    t
});

fn shape(full: &str) -> Shape {
    let s = sample(full);
    let Counts {
        words,
        lower,
        stop,
        content,
        caps,
        letters,
        visible,
    } = if s.is_ascii() {
        ascii_counts(s.as_bytes())
    } else {
        counts(s)
    };
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f32 / b as f32 };
    Shape {
        words,
        lower,
        stop: ratio(stop, words),
        caps: ratio(caps, content),
        lower_content: content - caps,
        alpha: ratio(letters, visible),
        sentence_end: ends_sentence(full),
    }
}

/// The counts behind a [`Shape`].
struct Counts {
    /// Words (see [`Shape::words`]).
    words: usize,
    /// Words that start with a lowercase letter.
    lower: usize,
    /// Stopwords.
    stop: usize,
    /// Alphabetic words that are not stopwords.
    content: usize,
    /// Of those, the capitalised ones.
    caps: usize,
    /// Letters.
    letters: usize,
    /// Non-space characters.
    visible: usize,
}

/// The [`Counts`] of an ASCII text. Most blocks are ASCII, and for them
/// this is one pass over the bytes with a table lookup each.
fn ascii_counts(bytes: &[u8]) -> Counts {
    let ascii = &*ASCII_CLASS;
    let stop_table = &*STOP_TABLE;
    let (mut words, mut lower, mut stop, mut content, mut caps) = (0usize, 0, 0, 0, 0);
    let (mut letters, mut spaces) = (0usize, 0usize);
    // A word is a run of non-space bytes trimmed to its first and last
    // letter or digit: `first` is the class of that first one (0 before
    // it), `start..end` the word.
    let (mut first, mut start, mut end) = (0u8, 0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        let k = ascii[usize::from(b & 0x7f)];
        letters += usize::from(k & ALPHA != 0);
        if k & WS != 0 {
            spaces += 1;
            if first != 0 {
                words += 1;
                lower += usize::from(first & LOWER != 0);
                if word_key(&bytes[start..end]).is_some_and(|key| is_stop_key(stop_table, key)) {
                    stop += 1;
                } else if first & ALPHA != 0 {
                    content += 1;
                    caps += usize::from(first & UPPER != 0);
                }
                first = 0;
            }
        } else if k & (ALPHA | NUM) != 0 {
            if first == 0 {
                first = k;
                start = i;
            }
            end = i + 1;
        }
    }
    if first != 0 {
        words += 1;
        lower += usize::from(first & LOWER != 0);
        if word_key(&bytes[start..end]).is_some_and(|key| is_stop_key(stop_table, key)) {
            stop += 1;
        } else if first & ALPHA != 0 {
            content += 1;
            caps += usize::from(first & UPPER != 0);
        }
    }
    Counts {
        words,
        lower,
        stop,
        content,
        caps,
        letters,
        visible: bytes.len() - spaces,
    }
}

/// The [`Counts`] of any text, decoding only non-ASCII characters.
fn counts(s: &str) -> Counts {
    let bytes = s.as_bytes();
    let ascii = &*ASCII_CLASS;
    let stop_table = &*STOP_TABLE;
    let (mut words, mut lower, mut stop, mut content, mut caps) = (0usize, 0, 0, 0, 0);
    let (mut letters, mut visible) = (0usize, 0usize);
    // One pass over the characters (ASCII without decoding). A word is a run
    // of non-space characters trimmed to its first and last letter or digit:
    // `first` is the class of that first letter or digit (0 before it),
    // `start..end` its bytes.
    let (mut first, mut start, mut end) = (0u8, 0usize, 0usize);
    let mut i = 0;
    loop {
        let (k, len) = match bytes.get(i) {
            Some(&b) if b.is_ascii() => (ascii[usize::from(b)], 1),
            Some(_) => {
                let c = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
                (char_class(c), c.len_utf8())
            }
            // The end of the text ends the last word.
            None => (WS, 0),
        };
        if k & WS != 0 {
            if first != 0 {
                words += 1;
                if first & LOWER != 0 {
                    lower += 1;
                }
                // Stopwords are short and ASCII: the word's key is made
                // on the stack, with no allocation per word.
                if word_key(&bytes[start..end]).is_some_and(|key| is_stop_key(stop_table, key)) {
                    stop += 1;
                } else if first & ALPHA != 0 {
                    content += 1;
                    if first & UPPER != 0 {
                        caps += 1;
                    }
                }
                first = 0;
            }
            if len == 0 {
                break;
            }
        } else {
            visible += 1;
            if k & ALPHA != 0 {
                letters += 1;
            }
            if k & (ALPHA | NUM) != 0 {
                if first == 0 {
                    first = k;
                    start = i;
                }
                end = i + len;
            }
        }
        i += len;
    }
    Counts {
        words,
        lower,
        stop,
        content,
        caps,
        letters,
        visible,
    }
}

impl Shape {
    /// A sentence of running text: punctuated, with lowercase words, not a
    /// title-case line.
    fn is_sentence(&self) -> bool {
        // Title case marks a headline only in short lines whose every word
        // but the stopwords is capitalised: a sentence may be mostly names
        // and titles ("Ruto met Ugandan President Yoweri Museveni in
        // Nairobi."), but its verb is in lowercase.
        self.sentence_end
            && self.words >= 3
            && (self.lower >= 2 || (self.lower_content > 0 && self.words >= 4))
            && (self.caps < 0.8 || self.words > 15 || self.lower_content > 0)
    }

    /// A body paragraph: a sentence long enough to stand on its own, or a long
    /// run of prose whose final punctuation the scraper lost.
    fn is_good(&self) -> bool {
        (self.is_sentence() && (self.words >= 12 || (self.words >= 6 && self.stop >= 0.15)))
            || (self.words >= 25 && self.stop >= 0.25 && self.caps < 0.85)
    }

    /// A long body paragraph, the kind that ends a teaser section.
    fn is_long_good(&self) -> bool {
        self.is_good() && self.words >= 20
    }

    /// A headline-like line: short, not a sentence, made of words.
    fn is_headline(&self) -> bool {
        (2..=24).contains(&self.words) && self.alpha >= 0.6 && !self.is_sentence()
    }
}

// ---------------------------------------------------------------------------
// Cues

/// A cue regex, its `\b`s ASCII word boundaries.
///
/// A Unicode `\b` stops the regex crate's DFAs at the first non-ASCII byte
/// (a curly quote, a dash, an accented name), and the search falls back to
/// an engine forty times slower; an ASCII `\b` runs on the DFA whatever the
/// text. The cues are English words, for which both mean the same.
struct Cue(Regex);

impl Cue {
    fn new(pattern: &str) -> Cue {
        Cue(Regex::new(&crate::text::ascii_word_boundaries(pattern)).expect("valid cue regex"))
    }

    fn is_match(&self, s: &str) -> bool {
        self.0.is_match(s)
    }
}

/// A compiled case-insensitive cue regex.
fn re(pattern: &str) -> Cue {
    Cue::new(&format!("(?i){pattern}"))
}

/// A heading that introduces other stories.
static TEASER_HEADING: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"^(?:related(?: articles?| stories| news| content| coverage| posts| topics| reading| links| videos?)?|more (?:from|on|about|in|stories|news|articles|headlines|coverage|top stories|like this|to read)\b.*|most (?:read|popular|viewed|shared|watched|commented|recent)\b.*|popular(?: now| stories| articles| today| on .*)?|trending(?: now| stories| news| topics)?|read (?:more|next|also)|also read|see also|recommended(?: for you| stories| articles| reading| videos?)?|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in|have missed)|(?:editor'?s|editors'?|our|top) picks?|top (?:stories|news|headlines|videos)|latest(?: news| stories| headlines| articles| updates| videos)?|further reading|what to read next|don'?t miss|in (?:other|case you missed|the) news|around the (?:web|site)|elsewhere on .*|keep reading|watch next|up next|next (?:story|article)|previous (?:story|article)|from (?:our|the) (?:partners|network)|explore more|more to explore|other (?:stories|news)|similar (?:stories|articles)|sponsored stories|promoted stories)\s*[:»›>.…\-]*$",
    )
});

/// A cue followed by one teaser headline on the same line.
static INLINE_TEASER: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"^(?:read more|read also|also read|see also|related|more|watch|listen|read|recommended|must read|click here|also on [\w ]+)\s*[:|»›>\-–—]\s*\S",
    )
});

static AD_RE: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| links?| by .*)?|promoted(?: content| stories| by .*)?|paid (?:content|post|partner content)|partner content|story continues below(?: advertisement)?|scroll to continue(?: with content)?|continue reading below|article continues (?:below|after (?:this )?advertisement)|ad feedback|report (?:this )?ad)\s*[:.]?$",
    )
});

static COOKIE_RE: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"\bcookies?\b.*\b(?:use|uses|using|accept|consent|settings|policy|preferences|browser|experience|enable|disable)\b|\b(?:use|uses|using|accept|consent|settings|policy|preferences|browser|experience|enable)\b.*\bcookies?\b|\bgdpr\b|\bconsent (?:settings|preferences)\b|\bmanage (?:my )?(?:preferences|consent)\b",
    )
});

/// Marks a block as addressed to the reader, which separates a pitch from a
/// news sentence that happens to mention subscribers or newsletters.
static READER_ADDRESS: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"\b(?:you|your|our|us)\b|(?:^|[.!?]\s+)(?:subscribe|sign|join|get|download|follow|click|tap|register|log|support|become|read|watch|listen|share|accept|manage|try|start|unlock|enter|email|donate)\b",
    )
});

static PITCH_RE: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"\bsubscri(?:be|ber|bers|ption|ptions)\b|\bpaywall\b|\bunlimited (?:digital )?access\b|\bfree trial\b|\b(?:sign|log) ?(?:in|up)\b|\bcreate (?:a |your )?(?:free )?account\b|\bsupport (?:our|independent|quality) journalism\b|\bbecome a (?:member|supporter|patron)\b|\bdonat(?:e|ion)\b|\bnewsletters?\b|\binbox\b|\b(?:follow|like|find) us on\b|\bdownload (?:our|the) app\b|\bjoin (?:us|our \w+) on\b|\bturn on (?:notifications|alerts)\b|\bpush notifications\b|\bemail alerts?\b|\bbreaking news alerts?\b|\bnews tips?\b|\bfor \$\d+(?:\.\d+)? (?:a|per) (?:week|month|year)\b",
    )
});

static LEGAL_RE: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})|\ball rights reserved\b|\bmay not be (?:published|reproduced|broadcast|redistributed|rewritten|copied)\b|\bterms (?:of|and) (?:use|service|conditions)\b|\bprivacy (?:policy|notice|statement)\b|\bdisclaimer\b|\bthe (?:views|opinions) expressed\b|\bdo(?:es)? not (?:necessarily )?reflect the (?:views|opinions|position)\b|\bnot (?:investment|financial|legal) advice\b|\baffiliate (?:links?|commissions?)\b|\bthis (?:article|story|content|report) (?:was|has been|is) (?:produced|written|generated|originally published|republished|provided|syndicated|auto-generated)\b|\breproduction\b.*\bprohibited\b|\bpublished under (?:a )?licen[cs]e\b|\bwithout warrant(?:y|ies)\b|\b(?:do not|does not|cannot|can't) accept (?:any )?(?:responsibility|liability)\b|\b(?:opinions and views|views and opinions)\b|\breproduc(?:e|ing|tion)\b.{0,30}\bmaterials?\b|\bwire (?:services?|agency) (?:contributed|feed)\b",
    )
});

/// A scraper that fetched an error page instead of the article.
static ERROR_PAGE: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"\b(?:page|article|story|content) (?:you (?:were|are) looking for|(?:was |is )?not found|(?:does not|doesn't|no longer) exists?|(?:has been|was) (?:removed|deleted|moved))\b|\b(?:404|403|500)\b.*\b(?:not found|forbidden|error)\b|^(?:error|oops|sorry)\b[!.]*$|\benable javascript\b|\bjavascript (?:is )?(?:disabled|required)\b|\bad ?blocker\b",
    )
});

/// "Read more from ...", "More from ...": a pointer to other content.
static READ_MORE: LazyLock<Cue> =
    LazyLock::new(|| re(r"^(?:read|see|watch|find|get|discover) more\b|^more (?:from|on|at|in)\b"));

static CREDIT_RE: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"^(?:photo|photograph|picture|image|pictured|illustration|file photo|credit|photo credit|source|caption|video)s?\s*(?::|by\b|/|©|courtesy\b)|getty images|shutterstock|\bap photo\b|\bafp photo\b|\bepa-efe\b|\b(?:reuters|afp|tass|sputnik|anadolu|epa|ap|xinhua|ria novosti)\s*/\s*\p{Lu}|/\s*(?:afp|reuters|ap|epa|tass|sputnik|anadolu|xinhua|getty)\s*\)?\.?$|\bvia getty\b|\b(?:photo|image|picture)\s+(?:credit|courtesy)\b|\((?:photo|image|picture) by [^)]*\)",
    )
});

static CREDIT_LINE: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"^(?:reporting|writing|editing|additional reporting|compiled|translated|edited|produced|written|contributing|authored|posted|filed)\s+by\b|^(?:author|authors|written by|words by)\s*[:\-]|\b(?:staff (?:writer|reporter)|correspondent|contributor|columnist|news desk|editorial board|bureau chief)\s*$",
    )
});

static SHARE_WORDS: &[&str] = &[
    "bookmark",
    "comment",
    "comments",
    "copied",
    "copy",
    "e-mail",
    "email",
    "facebook",
    "flipboard",
    "gift",
    "link",
    "linkedin",
    "messenger",
    "on",
    "pinterest",
    "print",
    "reddit",
    "save",
    "share",
    "telegram",
    "this",
    "tweet",
    "twitter",
    "url",
    "via",
    "vk",
    "whatsapp",
    "x",
];

static NAV_PHRASE: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"^(?:skip to (?:main )?content|back to top|show more|load more|see all|view all|show all|read full (?:article|story)|continue reading|open in app|listen to (?:this )?(?:article|story)|\d+\s*min(?:ute)?s?\s+read|toggle navigation|main menu|menu|search|close|home|sections?|topics?|tags?|filed under|categories?|jump to|key events|show key events only|loading\.*)\b\s*[:.]?",
    )
});

static TIMESTAMP_RE: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"^(?:(?:updated|posted|published|last updated|first published|breaking)\s*:?\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*\(?[a-z]{2,5}(?:[+-]\d{1,2})?\)?)?|\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s+ago|just now|(?:yesterday|today)(?:\s+at\s+.*)?)\s*$",
    )
});

static METADATA_KEY: LazyLock<Cue> = LazyLock::new(|| {
    re(
        r"^(?:date|url|source|author|tags|category|section|language|lang|id|status|published|updated|modified|keywords|posted)\s*[:=]?\s+\S",
    )
});

static URL_ONLY: LazyLock<Cue> =
    LazyLock::new(|| re(r"^(?:[a-z]+\s*[:=]\s*)?(?:https?://|www\.)\S+$"));

static BYLINE_RE: LazyLock<Cue> = LazyLock::new(|| Cue::new(r"^(?:By|BY|by:|By:)\s+\p{Lu}"));

/// The union of cues: one scan that says whether any of them matches, so
/// that most blocks (body text that no cue matches) need no search per cue.
fn cue_union(cues: &[&LazyLock<Cue>]) -> Regex {
    // Each pattern keeps its own flags inside its group.
    let union = cues
        .iter()
        .map(|c| format!("(?:{})", c.0.as_str()))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&union).expect("valid cue union")
}

/// The cues anchored at the block's start (every pattern starts with `^`).
static START_CUES: [&LazyLock<Cue>; 9] = [
    &TEASER_HEADING,
    &INLINE_TEASER,
    &READ_MORE,
    &AD_RE,
    &TIMESTAMP_RE,
    &URL_ONLY,
    &METADATA_KEY,
    &BYLINE_RE,
    &NAV_PHRASE,
];

/// The cues that may match anywhere in the block.
static INNER_CUES: [&LazyLock<Cue>; 6] = [
    &ERROR_PAGE,
    &LEGAL_RE,
    &COOKIE_RE,
    &PITCH_RE,
    &CREDIT_RE,
    &CREDIT_LINE,
];

/// Whether a cue of [`START_CUES`] may match: the search looks at the
/// block's first bytes only, whatever its length.
static ANY_START_CUE: LazyLock<Regex> = LazyLock::new(|| cue_union(&START_CUES));

/// Whether a cue of [`INNER_CUES`] may match.
static ANY_INNER_CUE: LazyLock<Regex> = LazyLock::new(|| cue_union(&INNER_CUES));

/// The reason a block is boilerplate by its words alone, if it is.
fn cue(s: &str, sh: &Shape) -> Option<&'static str> {
    use reason::*;
    let short = sh.words <= 12;
    let medium = sh.words <= 80;
    // When no cue regex of a group can match, none of them is asked (see
    // [`cue_union`]); every rule below is for blocks of at most 80 words.
    let start = medium && ANY_START_CUE.is_match(s);
    let inner = medium && ANY_INNER_CUE.is_match(s);
    if short && start && TEASER_HEADING.is_match(s) {
        return Some(TEASER);
    }
    if sh.words <= 25 && start && INLINE_TEASER.is_match(s) && !sh.is_good() {
        return Some(TEASER);
    }
    if sh.words <= 25 && start && READ_MORE.is_match(s) {
        return Some(TEASER);
    }
    if sh.words <= 30 && inner && ERROR_PAGE.is_match(s) {
        return Some(NAVIGATION);
    }
    if short && start && AD_RE.is_match(s) {
        return Some(AD);
    }
    if short && start && TIMESTAMP_RE.is_match(s) {
        return Some(TIMESTAMP);
    }
    if sh.words <= 3 && start && URL_ONLY.is_match(s) {
        return Some(METADATA);
    }
    if short && sh.alpha < 0.5 {
        return Some(METADATA);
    }
    if sh.words <= 15 && !sh.is_sentence() && start && METADATA_KEY.is_match(s) {
        return Some(METADATA);
    }
    if medium && inner && LEGAL_RE.is_match(s) {
        return Some(LEGAL);
    }
    if medium && inner && COOKIE_RE.is_match(s) {
        return Some(COOKIE);
    }
    if medium && inner && PITCH_RE.is_match(s) && (short || READER_ADDRESS.is_match(s)) {
        return Some(PITCH);
    }
    if sh.words <= 50 && inner && CREDIT_RE.is_match(s) {
        return Some(CREDIT);
    }
    if sh.words <= 40 && inner && CREDIT_LINE.is_match(s) {
        return Some(BYLINE);
    }
    if sh.words <= 15 && start && BYLINE_RE.is_match(s) && !sh.is_sentence() {
        return Some(BYLINE);
    }
    if short && is_share_row(s) {
        return Some(SHARE);
    }
    if short && !sh.is_sentence() && start && NAV_PHRASE.is_match(s) {
        return Some(NAVIGATION);
    }
    if sh.words <= 20 && !sh.is_sentence() && separators(s) >= 2 {
        return Some(NAVIGATION);
    }
    if sh.words <= 20 && !sh.is_sentence() && s.contains(" | ") {
        // "Jane Doe | Reuters", "World | Politics": a byline or a menu.
        return Some(if start && BYLINE_RE.is_match(s) {
            BYLINE
        } else {
            NAVIGATION
        });
    }
    if short && !sh.is_sentence() && date::find_full_date(s).is_some() {
        return Some(TIMESTAMP);
    }
    None
}

/// True when every word is a share or comment button label (or a count).
fn is_share_row(s: &str) -> bool {
    let mut any = false;
    for w in s.split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•')) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if w.is_empty() || w.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        // Share words are short and ASCII: an ASCII word is lowercased on
        // the stack (a longer one is none of them). Other words go through
        // Unicode lowercasing, which can make ASCII of them (the Kelvin sign
        // is a `k`).
        let mut buf = [0u8; 16];
        let found = if w.is_ascii() {
            w.len() <= buf.len() && {
                let b = &mut buf[..w.len()];
                b.copy_from_slice(w.as_bytes());
                b.make_ascii_lowercase();
                SHARE_WORDS
                    .binary_search_by(|x| x.as_bytes().cmp(b))
                    .is_ok()
            }
        } else {
            SHARE_WORDS
                .binary_search(&w.to_lowercase().as_str())
                .is_ok()
        };
        if !found {
            return false;
        }
        any = true;
    }
    any
}

/// Menu and breadcrumb separators in a block.
fn separators(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| {
            matches!(
                *w,
                "|" | "»" | "›" | ">" | "/" | "•" | "·" | "::" | "–" | "—"
            )
        })
        .count()
}

// ---------------------------------------------------------------------------
// Decisions

/// What the first pass decided for a block; the second pass settles the
/// undecided ones from their neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Skip(&'static str),
    /// Body paragraph.
    Good,
    /// Kept for its position: the headline, a live-blog post title.
    Title,
    /// A short sentence: kept unless it sits among teasers.
    Short,
    /// A headline-like line after the body began.
    Heading,
    /// A headline-like line before the body: the headline, or a masthead or
    /// menu item; settled once the body is found.
    Candidate,
}

/// A fixed 64-bit hash (FNV-1a) of the block's words, lowercased, so that
/// copies that differ only in spacing or case are one paragraph.
fn normalized_hash(full: &str) -> u64 {
    // A huge block is identified by its first bytes and its length.
    let s = sample(full);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    if full.len() > s.len() {
        h ^= full.len() as u64;
    }
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    // Each word's lowercased bytes, then a space: one pass over the
    // characters, ASCII without decoding.
    let bytes = s.as_bytes();
    let ascii = &*ASCII_CLASS;
    let mut in_word = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            i += 1;
            if ascii[usize::from(b)] & WS != 0 {
                if in_word {
                    eat(b' ');
                    in_word = false;
                }
            } else {
                eat(b.to_ascii_lowercase());
                in_word = true;
            }
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
        i += c.len_utf8();
        if c.is_whitespace() {
            if in_word {
                eat(b' ');
                in_word = false;
            }
        } else {
            for l in c.to_lowercase() {
                let mut buf = [0u8; 4];
                l.encode_utf8(&mut buf).bytes().for_each(&mut eat);
            }
            in_word = true;
        }
    }
    if in_word {
        eat(b' ');
    }
    h
}

/// A hasher for keys that are already well-mixed hashes
/// ([`normalized_hash`]): it takes them as they are, where the default
/// hasher would hash each again.
#[derive(Default)]
struct HashedKey(u64);

impl Hasher for HashedKey {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

fn classify(text: &str, spans: &[Span]) -> Vec<Block> {
    use reason::*;
    let mut classes = Vec::with_capacity(spans.len());
    let mut words = Vec::with_capacity(spans.len());
    let mut seen: HashSet<u64, BuildHasherDefault<HashedKey>> = HashSet::default();
    let mut body_started = false;
    let mut teaser_mode = false;
    let mut after_timestamp = false;
    for span in spans {
        let s = span.text(text);
        let sh = shape(s);
        words.push(sh.words);
        let class = if let Some(r) = cue(s, &sh) {
            if r == TEASER && TEASER_HEADING.is_match(s) {
                teaser_mode = true;
            }
            Class::Skip(r)
        } else if teaser_mode && !sh.is_long_good() {
            Class::Skip(TEASER)
        } else if sh.is_good() {
            teaser_mode = false;
            body_started = true;
            Class::Good
        } else if sh.is_headline() {
            if after_timestamp {
                Class::Title
            } else if !body_started {
                Class::Candidate
            } else {
                Class::Heading
            }
        } else if sh.is_sentence() {
            Class::Short
        } else {
            Class::Skip(FRAGMENT)
        };
        after_timestamp = class == Class::Skip(TIMESTAMP);
        // Only kept blocks count as seen, so that a block first met as a
        // caption or teaser is still judged on its own when it recurs.
        let class = match class {
            Class::Skip(_) => class,
            _ if !seen.insert(normalized_hash(s)) => Class::Skip(DUPLICATE),
            _ => class,
        };
        classes.push(class);
    }
    smooth(&mut classes);
    pick_headlines(&words, &mut classes);
    skip_off_topic_tail(text, spans, &mut classes);
    spans
        .iter()
        .zip(classes)
        .map(|(&span, class)| Block {
            span,
            skipped: match class {
                Class::Skip(r) => Some(r),
                Class::Heading => Some(HEADING),
                Class::Candidate => Some(NAVIGATION),
                Class::Good | Class::Title | Class::Short => None,
            },
        })
        .collect()
}

/// Context smoothing: a run of two or more headline-like lines inside the
/// body is a link list, and the short sentences right after it (teaser
/// summaries) go with it until the next body paragraph.
fn smooth(classes: &mut [Class]) {
    let mut i = 0;
    while i < classes.len() {
        if classes[i] != Class::Heading {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut headings = 0;
        while j < classes.len() && matches!(classes[j], Class::Heading | Class::Short) {
            if classes[j] == Class::Heading {
                headings += 1;
            }
            j += 1;
        }
        if headings >= 2 {
            for c in &mut classes[i..j] {
                *c = Class::Skip(reason::LINK_LIST);
            }
        }
        i = j.max(i + 1);
    }
}

/// Headlines have at least this many words; shorter lines before the body
/// are mastheads, section names and menu items.
const HEADLINE_MIN_WORDS: usize = 5;
/// At most this many headline-like lines right before the body are kept (a
/// headline and its deck).
const HEADLINES_KEPT: usize = 2;

/// Settles the headline-like lines before the body: the last
/// [`HEADLINES_KEPT`] of at least [`HEADLINE_MIN_WORDS`] words are the
/// headline (and deck); when none is that long, the longest is.
fn pick_headlines(words: &[usize], classes: &mut [Class]) {
    let end = classes
        .iter()
        .position(|c| *c == Class::Good)
        .unwrap_or(classes.len());
    let candidates: Vec<usize> = (0..end)
        .filter(|&i| classes[i] == Class::Candidate)
        .collect();
    let words = |i: usize| words[i];
    let mut keep: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| words(i) >= HEADLINE_MIN_WORDS)
        .collect();
    if keep.is_empty() {
        // The longest, the first on ties.
        keep.extend(candidates.iter().copied().rev().max_by_key(|&i| words(i)));
    }
    let keep = &keep[keep.len().saturating_sub(HEADLINES_KEPT)..];
    for i in candidates {
        classes[i] = if keep.contains(&i) {
            Class::Title
        } else {
            Class::Skip(reason::NAVIGATION)
        };
    }
}

/// Body paragraphs before the tail rule may apply.
const TAIL_MIN_GOOD: usize = 3;
/// Consecutive end-of-article blocks that open the tail.
const TAIL_JUNK_RUN: usize = 2;
/// The share of a tail block's content words that must occur in the body.
const TAIL_MIN_OVERLAP: f32 = 0.3;

/// Lowercased content words: alphabetic, three letters or more, not stopwords.
fn content_words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
        .filter(|w| !is_stopword(w))
}

/// After the body, once a cluster of end-of-article boilerplate (bylines,
/// tags, legal lines, teasers, link lists, share buttons) has been seen, a
/// page goes on with promotions and summaries of other stories that look like
/// good prose. Such blocks are kept only when they share enough words with
/// the body before the cluster (the article going on after an interruption).
fn skip_off_topic_tail(text: &str, spans: &[Span], classes: &mut [Class]) {
    use reason::*;
    // The body's words are only needed once the tail begins, which most
    // articles never reach: until then only the kept blocks are noted, and
    // the vocabulary is built from them when the tail opens (it never grows
    // after that).
    let mut kept: Vec<usize> = Vec::new();
    let mut vocab: Option<HashSet<String>> = None;
    let (mut good, mut run, mut tail) = (0usize, 0usize, false);
    for (i, class) in classes.iter_mut().enumerate() {
        let s = spans[i].text(text);
        match *class {
            Class::Skip(r) => {
                let ends = matches!(
                    r,
                    BYLINE
                        | METADATA
                        | LEGAL
                        | PITCH
                        | LINK_LIST
                        | TEASER
                        | NAVIGATION
                        | SHARE
                        | COOKIE
                );
                run = if ends { run + 1 } else { 0 };
                if good >= TAIL_MIN_GOOD && run >= TAIL_JUNK_RUN {
                    tail = true;
                }
            }
            Class::Good | Class::Short | Class::Title if tail => {
                run = 0;
                let vocab = vocab.get_or_insert_with(|| {
                    kept.iter()
                        .flat_map(|&k| content_words(sample(spans[k].text(text))))
                        .collect()
                });
                let words: HashSet<String> = content_words(sample(s)).take(200).collect();
                let shared = words.iter().filter(|w| vocab.contains(*w)).count();
                if words.is_empty() || (shared as f32) < TAIL_MIN_OVERLAP * words.len() as f32 {
                    *class = Class::Skip(OFF_TOPIC);
                }
            }
            Class::Good | Class::Short | Class::Title => {
                run = 0;
                if *class == Class::Good {
                    good += 1;
                }
                kept.push(i);
            }
            Class::Heading | Class::Candidate => run = 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kept block texts of `text`.
    fn kept(text: &str) -> Vec<String> {
        let c = clean(&Article::new("t", text));
        c.body().map(|s| s.text(text).to_string()).collect()
    }

    /// The skip reason of the block whose text is `block`.
    fn reason_of(text: &str, block: &str) -> Option<&'static str> {
        let c = clean(&Article::new("t", text));
        c.blocks
            .iter()
            .find(|b| b.span.text(text) == block)
            .unwrap_or_else(|| panic!("no block {block:?}"))
            .skipped
    }

    /// The measurements as first written (two passes, one per word), which
    /// the one-pass [`shape`] must equal.
    fn shape_reference(full: &str) -> Shape {
        let s = sample(full);
        let mut words = 0usize;
        let mut lower = 0usize;
        let mut stop = 0usize;
        let mut content = 0usize;
        let mut caps = 0usize;
        for raw in s.split_whitespace() {
            let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
            let Some(first) = w.chars().next() else {
                continue;
            };
            words += 1;
            if first.is_lowercase() {
                lower += 1;
            }
            let mut buf = [0u8; 8];
            let is_stop = w.len() <= buf.len() && w.is_ascii() && {
                let b = &mut buf[..w.len()];
                b.copy_from_slice(w.as_bytes());
                b.make_ascii_lowercase();
                std::str::from_utf8(b).is_ok_and(|w| STOPWORDS.binary_search(&w).is_ok())
            };
            if is_stop {
                stop += 1;
            } else if first.is_alphabetic() {
                content += 1;
                if first.is_uppercase() {
                    caps += 1;
                }
            }
        }
        let (mut letters, mut visible) = (0usize, 0usize);
        for c in s.chars().filter(|c| !c.is_whitespace()) {
            visible += 1;
            if c.is_alphabetic() {
                letters += 1;
            }
        }
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f32 / b as f32 };
        Shape {
            words,
            lower,
            stop: ratio(stop, words),
            caps: ratio(caps, content),
            lower_content: content - caps,
            alpha: ratio(letters, visible),
            sentence_end: ends_sentence(full),
        }
    }

    /// The block hash as first written (per word), which the one-pass
    /// [`normalized_hash`] must equal.
    fn normalized_hash_reference(full: &str) -> u64 {
        // A huge block is identified by its first bytes and its length.
        let s = sample(full);
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        if full.len() > s.len() {
            h ^= full.len() as u64;
        }
        let mut eat = |b: u8| {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        };
        for w in s.split_whitespace() {
            if w.is_ascii() {
                w.bytes().for_each(|b| eat(b.to_ascii_lowercase()));
            } else {
                for c in w.chars().flat_map(char::to_lowercase) {
                    let mut buf = [0u8; 4];
                    c.encode_utf8(&mut buf).bytes().for_each(&mut eat);
                }
            }
            eat(b' ');
        }
        h
    }

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOPWORDS.iter().all(|w| is_stopword(w) && w.len() <= 8));
        assert!(STOPWORDS.iter().all(|w| !is_stopword(&w.to_uppercase())));
        for w in ["", "x", "thes", "theirs", "betweenx", "becausee", "é", "tó"] {
            assert!(!is_stopword(w), "{w:?}");
        }
        assert!(SHARE_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn cue_lines_are_skipped_with_their_reason() {
        let body = "The foreign minister arrived in Lisbon on Monday for two days of talks with his counterpart.";
        let cases = [
            ("Advertisement", reason::AD),
            ("SPONSORED", reason::AD),
            (
                "We use cookies to improve your experience. Accept all",
                reason::COOKIE,
            ),
            (
                "Subscribe to our newsletter for the latest news",
                reason::PITCH,
            ),
            ("© 2024 Example Media. All rights reserved.", reason::LEGAL),
            ("(AP Photo/Jane Roe)", reason::CREDIT),
            ("Photo: Carlos Mendes", reason::CREDIT),
            ("By Ana Lima and Piotr Nowak", reason::BYLINE),
            ("Reporting by Ana Lima; Editing by Tom Ford", reason::BYLINE),
            ("Share on Facebook Share on Twitter Email", reason::SHARE),
            ("Home » World » Europe", reason::NAVIGATION),
            ("10:42 GMT", reason::TIMESTAMP),
            ("2 hours ago", reason::TIMESTAMP),
            (" date 2025-05-07 403", reason::METADATA),
            ("https://example.org/a/b", reason::METADATA),
            ("Read more: Minister to visit Oslo", reason::TEASER),
        ];
        for (line, want) in cases {
            let text = format!("{body}\n{line}\n{body} Again.");
            assert_eq!(reason_of(&text, line.trim()), Some(want), "{line:?}");
        }
    }

    #[test]
    fn a_news_sentence_about_subscribers_is_body() {
        let text = "Headline About Talks\nThe channel, which has two million subscribers, published the letter on Monday after the talks ended.";
        assert_eq!(kept(text).len(), 2);
    }

    #[test]
    fn headline_is_kept_and_site_name_is_not() {
        let text = "Minister to Meet Envoy in Lisbon\nDaily Planet Network\nThe foreign minister will meet the envoy in Lisbon on Monday, officials said.";
        assert_eq!(
            kept(text),
            [
                "Minister to Meet Envoy in Lisbon",
                "The foreign minister will meet the envoy in Lisbon on Monday, officials said."
            ]
        );
    }

    #[test]
    fn a_short_sentence_of_names_is_body_and_a_title_case_line_is_not() {
        // Nine of ten content words capitalised, but "met" is a verb.
        let names =
            "Sheinbaum met Canadian Foreign Minister Mélanie Joly in Mexico City in January.";
        let text = format!(
            "The two presidents discussed the pipeline for three hours on Monday, officials said.\nMore Talks Planned in Kampala Next Month.\n{names}"
        );
        let c = clean(&Article::new("t", text.as_str()));
        let skipped: Vec<_> = c
            .blocks
            .iter()
            .map(|b| (b.span.text(&text), b.skipped))
            .collect();
        assert_eq!(skipped[2], (names, None));
        // One lowercase word, and it is the verb.
        let short = "Guterres met Russian President Vladimir Putin.";
        let text = format!("{}\n{short}", skipped[0].0);
        let c = clean(&Article::new("t", text.as_str()));
        assert_eq!(c.blocks[1].skipped, None, "{:?}", c.blocks);
        assert_eq!(skipped[1].1, Some(reason::HEADING), "{skipped:?}");
    }

    #[test]
    fn duplicates_are_whitespace_normalised() {
        let p = "The envoy met the minister in Lisbon on Monday, officials said.";
        let text = format!("{p}\n\n{}\n", p.replace(' ', "  "));
        let c = clean(&Article::new("t", text.as_str()));
        assert_eq!(c.blocks[0].skipped, None);
        assert_eq!(c.blocks[1].skipped, Some(reason::DUPLICATE));
    }

    #[test]
    fn wrapped_paragraph_is_one_block() {
        let text = "The foreign minister of Portugal arrived in Oslo on\nMonday for talks with her Norwegian counterpart about\nfishing rights in the North Sea and the sharing of\ncod quotas.\n";
        let c = clean(&Article::new("t", text));
        assert_eq!(c.blocks.len(), 1);
        assert_eq!(c.blocks[0].span.text(text), text.trim());
    }

    #[test]
    fn spans_select_trimmed_text_and_skip_a_bom() {
        let text = "\u{feff}Title Line Here\r\n\r\n  The envoy met the minister on Monday in Lisbon, officials said.  \r\n";
        let c = clean(&Article::new("t", text));
        for b in &c.blocks {
            let t = b.span.text(text);
            assert_eq!(t, t.trim());
            assert!(!t.starts_with('\u{feff}'));
        }
        assert_eq!(c.body().count(), 2);
    }

    #[test]
    fn empty_and_blank_texts_have_no_blocks() {
        for t in ["", "   \n\n\t", "\u{feff}"] {
            assert!(clean(&Article::new("t", t)).blocks.is_empty());
        }
    }

    /// Text that exercises the measurements: ASCII words and punctuation,
    /// stopwords in any case, Unicode spaces, letters whose case mapping
    /// changes their length or leaves ASCII (K Kelvin, ſ, İ, ẞ), marks,
    /// digits of other scripts, emoji.
    const TRICKY: &str = "(?:[A-Za-z0-9 .,:;|>©\"'!?()\t\n-]{0,12}|The|THE|tHe|between|BETWEEN|said|x|\u{212a}|\u{17f}|\u{130}|\u{1e9e}|\u{df}|\u{a0}|\u{2009}|\u{3000}|\u{85}|\u{b}|\u{1c}|\u{301}|\u{663}|Ǆ|é|Ö|日本|😀|“|”|’|…| ){0,40}";

    /// A cue that matches `s` has its group's gate matching too, so gating
    /// never changes a decision.
    fn gates_hold(s: &str) -> Result<(), String> {
        for (gate, cues) in [
            (&ANY_START_CUE, &START_CUES[..]),
            (&ANY_INNER_CUE, &INNER_CUES[..]),
        ] {
            for c in cues {
                if c.is_match(s) && !gate.is_match(s) {
                    return Err(format!("{:?} on {s:?}", c.0.as_str()));
                }
            }
        }
        Ok(())
    }

    #[test]
    fn start_cues_are_anchored_and_gates_are_sound() {
        for c in START_CUES {
            let p = c.0.as_str().trim_start_matches("(?i)");
            assert!(p.starts_with('^'), "{p}");
        }
        for s in [
            "Advertisement",
            "Read more: Talks stall",
            "By Jane Doe",
            "10:42 GMT",
            "© 2025 Reuters. All rights reserved.",
            "We use cookies to improve your experience.",
            "Subscribe to our newsletter for $5 a month.",
            "(AP Photo/Jane Doe)",
            "Reporting by Jane Doe; editing by John Roe",
            "The page you were looking for was not found.",
            "Ministers met in Berlin on Tuesday to discuss energy supplies.",
            "Photo: \u{17f}ource \u{212a}yiv / AFP",
        ] {
            gates_hold(s).unwrap();
        }
    }

    /// Words of the cue patterns, so that random strings often match a cue.
    const CUE_TEXT: &str = "(?:advertisement|ad|read more|more from|most read|related|by|By |photo|AP Photo|/ AFP|getty images|reporting by|author: |staff writer|cookies|we use|accept|gdpr|subscribe|sign in|newsletter|our|you|for \\$5 a month|©|\\(c\\) 2025|copyright|all rights reserved|privacy policy|page not found|404|error|oops|javascript disabled|ad blocker|updated: |10:42|3 hours ago|url: |https://x.y|menu|home|skip to content|reproduction|materials|[A-Za-z0-9 .,:;|>!?()/-]{0,8}|\u{17f}|\u{212a}|é|“| ){0,12}";

    proptest::proptest! {
        #[test]
        fn one_pass_measurements_equal_the_reference(s in TRICKY) {
            proptest::prop_assert_eq!(shape(&s), shape_reference(&s));
            proptest::prop_assert_eq!(normalized_hash(&s), normalized_hash_reference(&s));
        }

        #[test]
        fn one_pass_measurements_equal_the_reference_on_any_text(s in "\\PC{0,60}|\\p{Any}{0,30}") {
            proptest::prop_assert_eq!(shape(&s), shape_reference(&s));
            proptest::prop_assert_eq!(normalized_hash(&s), normalized_hash_reference(&s));
        }

        #[test]
        fn cue_gates_never_change_a_decision(s in CUE_TEXT) {
            proptest::prop_assert!(gates_hold(&s).is_ok(), "{:?}", gates_hold(&s));
        }

        #[test]
        fn cue_gates_never_change_a_decision_on_any_text(s in "\\PC{0,60}|\\p{Any}{0,30}") {
            proptest::prop_assert!(gates_hold(&s).is_ok(), "{:?}", gates_hold(&s));
        }

        #[test]
        fn any_text_gives_sound_spans(
            lines in proptest::collection::vec("[A-Za-z0-9 .,:;|>©é“”\"'!?()\t-]{0,90}|\\PC{0,40}", 0..30),
            sep in "\n|\r\n|\n\n"
        ) {
            let text = lines.join(&sep);
            let a = Article::new("p", text.as_str());
            let c = clean(&a);
            let mut last = 0;
            for b in &c.blocks {
                let t = text.get(b.span.start..b.span.end);
                proptest::prop_assert!(t.is_some(), "span off a char boundary");
                let t = t.unwrap_or("");
                proptest::prop_assert!(!t.is_empty() && t == t.trim());
                proptest::prop_assert!(b.span.start >= last);
                last = b.span.end;
            }
            proptest::prop_assert_eq!(&c, &clean(&a));
        }
    }
}
