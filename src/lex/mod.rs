//! The language's word lists, each written once as a commented data file
//! (`src/lex/en/*.txt`: months, titles, speech verbs, given names, …) and compiled by
//! `build.rs` into a static [`Set`] or [`Map`]: the entries as one string, checked at
//! build time (no entry twice), hashed into a table on first use. Every stage reads its
//! words from here; `lex::en::TITLES` is `titles.txt`.
//! Another language is another folder of data files, not code. [`token`] is the one
//! tokenizer every stage reads words through.
//!
//! Lookups hash the probe (`util::fxhash`), then compare at most a few entries: the
//! tables are at most half full. The tables are built at run time because laid out at
//! build time they cost the WASM module 22 KB (8 KB gzipped) of slot indices, which
//! compress badly, for about 0.1 ms of hashing on the first analysis.

pub mod gender;
pub mod speech;
pub mod token;

use crate::util::fxhash;
use std::sync::OnceLock;

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

/// The entries of one list, one per line of `blob`, and their hash table, built on
/// first use.
struct Keys {
    blob: &'static str,
    table: OnceLock<Table>,
}

/// The entries in file order and an open-addressing table over them: a power-of-two
/// number of slots, at least twice the entries, each holding an entry's index or
/// `u16::MAX`; an entry sits at its hash's slot or the next free one (linear probing).
struct Table {
    entries: Vec<&'static str>,
    slots: Vec<u16>,
}

impl Table {
    fn new(blob: &'static str) -> Table {
        // Entries are never empty (build.rs): an empty blob is an empty list.
        let entries: Vec<&'static str> = match blob {
            "" => Vec::new(),
            _ => blob.split('\n').collect(),
        };
        let size = (entries.len() * 2).next_power_of_two().max(4);
        let mut slots = vec![u16::MAX; size];
        for (i, e) in entries.iter().enumerate().take(usize::from(u16::MAX)) {
            let mut at = (fxhash::hash(e.as_bytes()) as usize) & (size - 1);
            while slots[at] != u16::MAX {
                at = (at + 1) & (size - 1);
            }
            slots[at] = i as u16;
        }
        Table { entries, slots }
    }

    /// The index of `word`, by linear probing from the slot of its hash `hash`.
    fn find(&self, word: &str, hash: u64) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut at = (hash as usize) & mask;
        loop {
            let i = usize::from(self.slots[at]);
            // An empty slot (u16::MAX) is no entry: it ends the probe.
            if *self.entries.get(i)? == word {
                return Some(i);
            }
            at = (at + 1) & mask;
        }
    }
}

impl Keys {
    const fn new(blob: &'static str) -> Keys {
        Keys {
            blob,
            table: OnceLock::new(),
        }
    }

    fn table(&self) -> &Table {
        self.table.get_or_init(|| Table::new(self.blob))
    }

    fn find(&self, word: &str, hash: u64) -> Option<usize> {
        self.table().find(word, hash)
    }

    fn get(&self, i: usize) -> Option<&'static str> {
        self.table().entries.get(i).copied()
    }

    fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.table().entries.iter().copied()
    }
}

/// A word list: membership in constant time, and its entries in file order.
pub struct Set {
    words: Keys,
}

impl Set {
    /// A set of the lines of `blob` (written by `build.rs`).
    pub const fn new(blob: &'static str) -> Set {
        Set {
            words: Keys::new(blob),
        }
    }

    fn find(&self, word: &str) -> Option<usize> {
        self.words.find(word, fxhash::hash(word.as_bytes()))
    }

    /// Whether `word` is an entry (exactly, case included).
    pub fn contains(&self, word: &str) -> bool {
        self.find(word).is_some()
    }

    /// The entry equal to `word`, with the static lifetime of the list.
    pub fn get(&self, word: &str) -> Option<&'static str> {
        self.find(word).and_then(|i| self.words.get(i))
    }

    /// The entries, in file order.
    pub fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter()
    }

    /// Whether `word` is an entry of any of `sets`, hashed once for all of them.
    pub fn any_contains(sets: &[&Set], word: &str) -> bool {
        let hash = fxhash::hash(word.as_bytes());
        sets.iter().any(|s| s.words.find(word, hash).is_some())
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
    keys: Keys,
    values: &'static [V],
}

impl<V: Copy> Map<V> {
    /// A map of the lines of `blob` to `values`, in order (written by `build.rs`).
    pub const fn new(blob: &'static str, values: &'static [V]) -> Map<V> {
        Map {
            keys: Keys::new(blob),
            values,
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<V> {
        self.keys
            .find(key, fxhash::hash(key.as_bytes()))
            .and_then(|i| self.values.get(i).copied())
    }

    /// The entries, in file order.
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, V)> + '_ {
        self.keys.iter().zip(self.values.iter().copied())
    }
}
