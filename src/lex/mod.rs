//! The language's word lists, each written once as a commented data file
//! (`src/lex/en/*.txt`: months, titles, speech verbs, given names, …) and compiled by
//! `build.rs` into a static [`Set`] or [`Map`] with its hash table laid out at build
//! time. Every stage reads its words from here; `lex::en::TITLES` is `titles.txt`.
//! Another language is another folder of data files, not code. [`token`] is the one
//! tokenizer every stage reads words through.
//!
//! Lookups hash the probe with the same Fx hash the build used (`util::fxhash`), then
//! compare at most a few entries: the tables are at most half full.

pub mod gender;
pub mod speech;
pub mod token;

use crate::util::fxhash;

/// One module per language folder: `lex::en::TITLES` is `src/lex/en/titles.txt`.
macro_rules! languages {
    ($($lang:ident: $doc:literal),* $(,)?) => {$(
        #[doc = $doc]
        pub mod $lang {
            include!(concat!(env!("OUT_DIR"), "/lex_", stringify!($lang), ".rs"));
        }
    )*};
}

languages! {
    en: "English: every list the stages read.",
    intl: "Lists across languages: month stems of written dates.",
    de: "German: speech verbs.",
    es: "Spanish: speech verbs.",
    fr: "French: speech verbs.",
    it: "Italian: speech verbs.",
    nl: "Dutch: speech verbs.",
    pt: "Portuguese: speech verbs.",
}

/// The slot of `word` in `slots` (the index of its entry), by linear probing.
fn find(slots: &[u16], keys: &[&str], word: &str) -> Option<usize> {
    find_hashed(slots, keys, word, fxhash::hash(word.as_bytes()))
}

/// [`find`] with the hash of `word` already computed (`hash`).
fn find_hashed(slots: &[u16], keys: &[&str], word: &str, hash: u64) -> Option<usize> {
    let mask = slots.len().checked_sub(1)?;
    let mut at = (hash as usize) & mask;
    loop {
        let i = usize::from(*slots.get(at)?);
        let key = keys.get(i)?; // an empty slot (u16::MAX) ends the probe
        if *key == word {
            return Some(i);
        }
        at = (at + 1) & mask;
    }
}

/// A word list: membership in constant time, and its entries in file order.
pub struct Set {
    words: &'static [&'static str],
    slots: &'static [u16],
}

impl Set {
    /// A set of `words` with its table (written by `build.rs`).
    pub const fn new(words: &'static [&'static str], slots: &'static [u16]) -> Set {
        Set { words, slots }
    }

    /// Whether `word` is an entry (exactly, case included).
    pub fn contains(&self, word: &str) -> bool {
        find(self.slots, self.words, word).is_some()
    }

    /// The entry equal to `word`, with the static lifetime of the list.
    pub fn get(&self, word: &str) -> Option<&'static str> {
        find(self.slots, self.words, word).and_then(|i| self.words.get(i).copied())
    }

    /// The entries, in file order.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// Whether `word` is an entry of any of `sets`, hashed once for all of them.
    pub fn any_contains(sets: &[&Set], word: &str) -> bool {
        let hash = fxhash::hash(word.as_bytes());
        sets.iter()
            .any(|s| find_hashed(s.slots, s.words, word, hash).is_some())
    }
}

/// The three-letter stems of the English months with their numbers ("jan" → 1):
/// page dates and date lines ("23 Feb 2025") are read by these.
pub fn month_stems() -> impl Iterator<Item = (&'static str, u32)> {
    en::MONTHS
        .entries()
        .filter_map(|(name, m)| Some((name.get(..3)?, m)))
}

/// A word → value table.
pub struct Map<V: 'static> {
    keys: &'static [&'static str],
    values: &'static [V],
    slots: &'static [u16],
}

impl<V: Copy> Map<V> {
    /// A map of `keys` to `values` with its table (written by `build.rs`).
    pub const fn new(
        keys: &'static [&'static str],
        values: &'static [V],
        slots: &'static [u16],
    ) -> Map<V> {
        Map {
            keys,
            values,
            slots,
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<V> {
        find(self.slots, self.keys, key).and_then(|i| self.values.get(i).copied())
    }

    /// The entries, in file order.
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, V)> + '_ {
        self.keys.iter().copied().zip(self.values.iter().copied())
    }
}
