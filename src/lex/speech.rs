//! Speech verbs in every form: the quotes stage's cues and the dates' "said Tuesday".
//!
//! Speech verbs are stored as base forms (`speech_verbs.txt`, `opinion_verbs.txt`);
//! inflected forms ("says", "said", "noted", "admitting", "replied", "quipped") are
//! reduced to a base by [`speech_verb`]; other languages' forms are listed as written.

use super::{de, en, es, fr, it, nl, pt};
use std::sync::OnceLock;

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

/// Whether some base of `speech_verbs.txt` or `opinion_verbs.txt` starts with the first two
/// bytes of `w` (not a `speech_verb_irregular.txt` form). Every candidate base of `w`
/// (see [`stems`]) long enough to be one of them starts with those bytes, so a word without such a base is no speech verb,
/// told by one bit instead of a dozen set lookups. `true` when a base is shorter
/// than 3 bytes (the argument needs them all longer than a 1-byte stem and an "e").
fn may_have_base(w: &str) -> bool {
    static FIRST_PAIRS: OnceLock<Option<Vec<u64>>> = OnceLock::new();
    let pairs = FIRST_PAIRS.get_or_init(|| {
        let mut bits = vec![0u64; 1024];
        for base in en::SPEECH_VERBS.words().chain(en::OPINION_VERBS.words()) {
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
    if other_speech_verb(w) {
        return Some(Verb::Speech);
    }
    if w.len() < 3 || en::SPEECH_VERB_LOOKALIKES.contains(w) {
        return None;
    }
    let (mut speech, mut weak) = (false, false);
    let mut check = |b: &str| {
        speech = speech || en::SPEECH_VERBS.contains(b);
        weak = weak || en::OPINION_VERBS.contains(b);
    };
    match en::SPEECH_VERB_IRREGULAR.get(w) {
        Some(base) => check(base),
        None if may_have_base(w) => stems(w, &mut check),
        None => {}
    }
    if speech {
        Some(Verb::Speech)
    } else {
        weak.then_some(Verb::Weak)
    }
}

/// Whether `word` (lower case) is a speech verb form of a language other than English
/// ("dijo", "sagte"): quotes in those languages have their cue too.
/// Runs first for every word near a quote: the word is hashed once for all six lists.
fn other_speech_verb(word: &str) -> bool {
    static LISTS: [&super::Set; 6] = [
        &de::SPEECH_VERBS,
        &es::SPEECH_VERBS,
        &fr::SPEECH_VERBS,
        &it::SPEECH_VERBS,
        &nl::SPEECH_VERBS,
        &pt::SPEECH_VERBS,
    ];
    super::Set::any_contains(&LISTS, word)
}

/// Whether `w` (lower case) attributes words to a moment: a speech verb ("said
/// Tuesday", "told reporters Monday") or a speech noun ("in a statement Monday").
pub fn is_cue(w: &str) -> bool {
    en::SPEECH_NOUNS.contains(w) || speech_verb(w) == Some(Verb::Speech)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The narrower lists other stages keep (see their headers) hold only speech verbs:
    /// a verb added to one of them and not to `speech_verbs.txt` fails here.
    #[test]
    fn narrower_lists_are_speech_verbs() {
        let lists = [&en::SPEECH_VERB_FORMS, &en::INVERTED_SPEECH_VERBS];
        let homograph = |w: &str| {
            en::SPEECH_VERB_LOOKALIKES.contains(w) || en::NOUNISH_SPEECH_VERBS.contains(w)
        };
        // Verbs of thought: "X believes" makes X a person, but as quote cues (opinion
        // verbs) they cost attributed quotes 0.748 → 0.747 on the polnear corpus.
        let thought = |w: &str| matches!(w, "believes" | "thinks");
        let missing: Vec<&str> = (lists.iter().flat_map(|l| l.words()))
            .filter(|w| !homograph(w) && !thought(w) && speech_verb(w).is_none())
            .collect();
        assert!(missing.is_empty(), "{missing:?}");
    }

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
