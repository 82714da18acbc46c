//! Word tables of the quotes stage: speech verbs, pronouns, skippable words.
//!
//! All lookups take a lower-case word. Speech verbs are stored as base forms; inflected
//! forms ("says", "said", "noted", "admitting", "replied", "quipped") are reduced to a
//! base by [`speech_verb`].

use crate::util::WordSet;
use std::sync::OnceLock;

/// Base forms of verbs that introduce or report speech or writing.
#[rustfmt::skip]
static SPEECH_BASES: &[&str] = &[
    // plain reporting
    "say", "tell", "add", "note", "state", "write", "speak", "ask", "reply", "respond",
    "answer", "explain", "remark", "comment", "observe", "conclude", "recall", "recount",
    "repeat", "reiterate", "mention", "indicate", "clarify", "elaborate", "read", "post",
    "tweet", "testify", "report", "announce", "declare", "confirm", "predict", "estimate",
    "write", "cite", "quote",
    // stance and argument
    "warn", "insist", "argue", "acknowledge", "claim", "admit", "deny", "concede",
    "contend", "assert", "maintain", "stress", "emphasise", "emphasize", "allege",
    "caution", "suggest", "propose", "recommend", "urge", "demand", "vow", "promise",
    "pledge", "threaten", "boast", "agree", "disagree", "object", "counter", "retort",
    "complain", "lament", "protest", "question", "wonder", "speculate", "assure",
    "reassure", "rule",
    // exclamation and manner
    "joke", "quip", "muse", "exclaim", "cry", "shout", "yell", "scream", "whisper",
    "murmur", "sigh", "laugh",
    // naming and judging (the subject is the speaker: "branded X a “dictator”")
    "call", "brand", "dub", "term", "describe", "depict", "characterise", "characterize",
    "hail", "praise", "accuse", "criticise", "criticize", "blast", "slam", "condemn",
    "denounce", "decry", "dismiss", "reject", "welcome", "tout",
];

/// Verbs of opinion that attribute a phrase only when the speaker is named
/// ("Ward sees the lineup as its “Achilles heel”").
static WEAK_BASES: &[&str] = &["see", "view", "regard", "consider", "find"];

/// Common speech verb forms of other languages, as written (no inflection rules):
/// Spanish, Portuguese, French, German, Italian, Dutch.
#[rustfmt::skip]
static FOREIGN_FORMS: &[&str] = &[
    // es
    "dijo", "afirmó", "señaló", "explicó", "destacó", "añadió", "agregó", "aseguró",
    "indicó", "declaró", "comentó", "advirtió", "sostuvo", "manifestó", "expresó",
    "subrayó", "insistió", "reconoció", "concluyó", "preguntó", "respondió", "añade",
    // pt
    "disse", "diz", "afirmou", "declarou", "explicou", "acrescentou", "destacou",
    "ressaltou", "contou", "escreveu", "completou", "comentou", "garantiu",
    // fr
    "dit", "déclaré", "affirme", "affirmé", "explique", "expliqué", "ajoute", "ajouté",
    "estime", "souligne", "souligné", "précise", "précisé", "raconte", "confie",
    // de
    "sagt", "sagte", "sagten", "erklärt", "erklärte", "meint", "meinte", "betont",
    "betonte", "schreibt", "schrieb", "berichtet", "berichtete", "warnt", "warnte",
    // it
    "detto", "spiega", "spiegato", "afferma", "affermato", "aggiunge", "aggiunto",
    "sottolinea", "sottolineato", "dichiarato", "racconta",
    // nl
    "zegt", "zei", "aldus",
];

/// Irregular forms of the verbs above, with their base.
static IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("saw", "see"),
    ("seen", "see"),
    ("found", "find"),
];

/// Words that look like verbs above but here are nouns or other words.
#[rustfmt::skip]
static NOT_VERBS: &[&str] = &[
    "states", "reading", "reports", "posts", "notes", "calls", "claims", "comments",
    "rules", "questions", "objects", "promises", "demands", "answers", "tweets", "cries",
    "finding", "findings", "ruling", "protests",
];

/// Speech verbs whose bare or plural form is also a common noun ("a blog post").
#[rustfmt::skip]
static NOUNISH: &[&str] = &[
    "post", "tweet", "report", "comment", "note", "call", "claim", "answer", "reply",
    "question", "promise", "demand", "rule", "estimate", "quote", "cry", "laugh", "sigh",
    "joke", "remark", "protest", "pledge", "vow", "statement", "warning", "ruling",
];

/// Whether `w` (lower case) is a speech verb form that is also a noun.
pub fn nounish(w: &str) -> bool {
    NOUNISH.contains(&w) || w.strip_suffix('s').is_some_and(|b| NOUNISH.contains(&b))
}

/// Strength of a speech verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    /// Reports speech ("said", "told", "branded").
    Speech,
    /// Reports an opinion ("sees … as").
    Weak,
}

/// Calls `f` with each candidate base of an inflected word: the word itself and its
/// stems (one buffer for the built ones, no allocation per candidate).
fn stems(w: &str, f: &mut impl FnMut(&str)) {
    f(w);
    let mut buf = String::with_capacity(w.len() + 1);
    let mut joined = |a: &str, b: &str, f: &mut dyn FnMut(&str)| {
        buf.clear();
        buf.push_str(a);
        buf.push_str(b);
        f(&buf);
    };
    for suffix in ["ing", "ed", "es", "s", "d"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            f(stem);
            joined(stem, "e", &mut *f);
            // A doubled final letter: "quipped", "admitting" (chars, not bytes).
            let mut tail = stem.char_indices().rev();
            if let (Some((at, last)), Some((_, before))) = (tail.next(), tail.next()) {
                if last == before && stem.chars().count() > 2 {
                    f(stem.get(..at).unwrap_or(stem));
                }
            }
        }
    }
    for (suffix, repl) in [("ied", "y"), ("ies", "y")] {
        if let Some(stem) = w.strip_suffix(suffix) {
            joined(stem, repl, &mut *f);
        }
    }
}

/// Sets of the tables above: [`speech_verb`] runs for every word of every quote's
/// neighbourhood, a dozen candidate bases each.
static SPEECH_SET: WordSet = WordSet::new(SPEECH_BASES);
static WEAK_SET: WordSet = WordSet::new(WEAK_BASES);
static FOREIGN_SET: WordSet = WordSet::new(FOREIGN_FORMS);
static NOT_VERB_SET: WordSet = WordSet::new(NOT_VERBS);

/// Whether some base of [`SPEECH_BASES`] or [`WEAK_BASES`] starts with the first two
/// bytes of `w` (not an [`IRREGULAR`] form). Every candidate base of `w` (see [`stems`]) long enough to be one of
/// them starts with those bytes, so a word without such a base is no speech verb,
/// told by one bit instead of a dozen set lookups. `true` when a base is shorter
/// than 3 bytes (the argument needs them all longer than a 1-byte stem and an "e").
fn may_have_base(w: &str) -> bool {
    static FIRST_PAIRS: OnceLock<Option<Vec<u64>>> = OnceLock::new();
    let pairs = FIRST_PAIRS.get_or_init(|| {
        let mut bits = vec![0u64; 1024];
        for base in SPEECH_BASES.iter().chain(WEAK_BASES) {
            let [a, b, _, ..] = base.as_bytes() else {
                return None;
            };
            let pair = usize::from(*a) << 8 | usize::from(*b);
            bits[pair / 64] |= 1 << (pair % 64);
        }
        Some(bits)
    });
    let (Some(bits), [a, b, ..]) = (pairs, w.as_bytes()) else {
        return true;
    };
    let pair = usize::from(*a) << 8 | usize::from(*b);
    bits.get(pair / 64)
        .is_some_and(|x| x & (1 << (pair % 64)) != 0)
}

/// The kind of speech verb `w` (lower case) is, if any.
pub fn speech_verb(w: &str) -> Option<Verb> {
    if FOREIGN_SET.contains(w) {
        return Some(Verb::Speech);
    }
    if w.len() < 3 || NOT_VERB_SET.contains(w) {
        return None;
    }
    let (mut speech, mut weak) = (false, false);
    let mut check = |b: &str| {
        speech = speech || SPEECH_SET.contains(b);
        weak = weak || WEAK_SET.contains(b);
    };
    match IRREGULAR.iter().find(|(form, _)| *form == w) {
        Some((_, base)) => check(base),
        None if may_have_base(w) => stems(w, &mut check),
        None => {}
    }
    if speech {
        Some(Verb::Speech)
    } else {
        weak.then_some(Verb::Weak)
    }
}

/// Words that may stand between a subject and its verb ("Trump has also said").
#[rustfmt::skip]
static SKIPPABLE: &[&str] = &[
    "has", "have", "had", "also", "then", "later", "earlier", "meanwhile", "still", "once",
    "again", "further", "first", "just", "already", "always", "never", "often", "even",
    "too", "would", "will", "could", "may", "might", "can", "should", "did", "does", "do",
    "not", "previously", "recently", "separately", "however", "now", "similarly", "twice",
    "both", "last", "week", "yesterday", "today",
];

/// Whether `w` (lower case) may stand between a subject and its verb.
pub fn skippable(w: &str) -> bool {
    SKIPPABLE.contains(&w) || (w.len() > 4 && w.ends_with("ly"))
}

/// Auxiliaries that make the next participle passive ("was called").
static PASSIVE_AUX: &[&str] = &["was", "were", "is", "are", "be", "been", "being"];

/// Whether `w` (lower case) makes a following participle passive.
pub fn passive_aux(w: &str) -> bool {
    PASSIVE_AUX.contains(&w)
}

/// Kinds of referent a pronoun can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he: a person (not known to be a woman).
    He,
    /// she: a person (not known to be a man).
    She,
    /// it: an organization (or place).
    Thing,
    /// they: a group, an organization or a person.
    Plural,
    /// "the company", "the agency": an organization named before.
    Group,
    /// "the doctors", "the members": the people of an organization named before.
    Members,
    /// I, we, you: nobody in the cast.
    Speaker,
}

/// The pronoun kind of `w` (lower case), if it is a subject pronoun.
pub fn pronoun(w: &str) -> Option<Pronoun> {
    match w {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "it" => Some(Pronoun::Thing),
        "they" => Some(Pronoun::Plural),
        "i" | "we" | "you" => Some(Pronoun::Speaker),
        _ => None,
    }
}

/// Head nouns of phrases that point back to an organization ("the agency said").
#[rustfmt::skip]
static ORG_NOUNS: &[&str] = &[
    "company", "firm", "agency", "group", "organization", "organisation", "department",
    "ministry", "government", "administration", "office", "embassy", "commission",
    "authority", "council", "committee", "board", "union", "party", "league", "club",
    "team", "network", "bank", "university", "school", "hospital", "institute",
    "foundation", "charity", "campaign", "coalition", "court", "label", "studio",
    "publisher", "retailer", "airline", "carrier", "regulator", "watchdog", "broadcaster",
    "newspaper", "startup", "giant", "automaker", "insurer", "police", "military",
];

/// Whether `w` (lower case) is the head noun of a phrase that points back to an
/// organization.
pub fn org_noun(w: &str) -> bool {
    ORG_NOUNS.contains(&w)
}

/// Plural nouns for the people of an organization ("the doctors stated").
#[rustfmt::skip]
static MEMBER_NOUNS: &[&str] = &[
    "doctors", "physicians", "nurses", "members", "organizers", "organisers", "activists",
    "campaigners", "volunteers", "signatories",
];

/// Whether `w` (lower case) names the people of an organization.
pub fn member_noun(w: &str) -> bool {
    MEMBER_NOUNS.contains(&w)
}

/// Gender a title or role word gives a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Titles before a name that tell its gender ("Ms Persson", "Mr. Assange").
pub fn title_gender(w: &str) -> Option<Gender> {
    match w.trim_end_matches('.') {
        "mr" | "sir" | "lord" | "king" | "prince" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" => Some(Gender::Female),
        _ => None,
    }
}

/// Role words that tell a gender ("spokeswoman", "chairman", "actress").
pub fn role_gender(role: &str) -> Option<Gender> {
    let role = role.to_lowercase();
    let words: Vec<&str> = role.split(|c: char| !c.is_alphabetic()).collect();
    let female = words.iter().any(|w| {
        w.ends_with("woman")
            || w.ends_with("women")
            || w.ends_with("ess") && w.len() > 5
            || matches!(
                *w,
                "wife" | "mother" | "daughter" | "sister" | "widow" | "queen" | "girl"
            )
    });
    let male = words.iter().any(|w| {
        (w.ends_with("man") && !w.ends_with("woman") && !matches!(*w, "german" | "human"))
            || matches!(
                *w,
                "husband" | "father" | "son" | "brother" | "widower" | "king" | "boy"
            )
    });
    match (male, female) {
        (true, false) => Some(Gender::Male),
        (false, true) => Some(Gender::Female),
        _ => None,
    }
}

/// Relative pronouns: "Sowers, who said" points back to the name before.
pub fn relative(w: &str) -> bool {
    matches!(w, "who" | "which" | "whom" | "that")
}

/// Determiners that open a noun phrase: a speech verb right after one is a noun.
pub fn determiner(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
    )
}

/// Small words that stay lower case inside a Title Case name ("Lord of the Rings").
pub fn title_small(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "and"
            | "or"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
    )
}

/// Conjunctions and other function words: never the head of a subject.
pub fn function_word(w: &str) -> bool {
    preposition(w)
        || matches!(
            w,
            "and"
                | "or"
                | "but"
                | "nor"
                | "so"
                | "yet"
                | "as"
                | "if"
                | "when"
                | "while"
                | "because"
                | "since"
                | "than"
                | "then"
                | "that"
                | "not"
                | "also"
        )
}

/// Prepositions: a name right after one is not a subject ("ambassador to Britain said").
pub fn preposition(w: &str) -> bool {
    matches!(
        w,
        "to" | "of" | "in" | "at" | "on" | "for" | "from" | "with" | "by" | "about" | "via"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        for w in [
            "said",
            "says",
            "saying",
            "told",
            "noted",
            "argued",
            "replied",
            "quipped",
            "admitting",
            "branded",
            "described",
            "hailed",
            "urges",
            "denies",
            "according",
        ] {
            let want = if w == "according" {
                None
            } else {
                Some(Verb::Speech)
            };
            assert_eq!(speech_verb(w), want, "{w}");
        }
        assert_eq!(speech_verb("sees"), Some(Verb::Weak));
        assert_eq!(speech_verb("sailed"), None);
        assert_eq!(speech_verb("states"), None);
    }
}

#[cfg(test)]
mod stem_tests {
    use super::stems;

    fn all(w: &str) -> Vec<String> {
        let mut out = Vec::new();
        stems(w, &mut |b: &str| out.push(b.to_string()));
        out
    }

    /// Found by fuzzing: a 4-byte char whose last two bytes are equal is not a doubled
    /// consonant (slicing a byte off it panicked).
    #[test]
    fn doubled_letters_are_chars_not_bytes() {
        assert!(all("quipped").contains(&"quip".to_string()));
        assert!(all("replied").contains(&"reply".to_string()));
        let _ = all("\u{2e7df}es");
        use super::{speech_verb, Verb};
        assert_eq!(speech_verb("told"), Some(Verb::Speech)); // irregular, other prefix
        assert_eq!(speech_verb("saw"), Some(Verb::Weak));
        assert_eq!(speech_verb("quipped"), Some(Verb::Speech));
        assert_eq!(speech_verb("cried"), Some(Verb::Speech));
        assert_eq!(speech_verb("tables"), None);
        let _ = all("\u{2e7df}\u{2e7df}ed");
    }
}
