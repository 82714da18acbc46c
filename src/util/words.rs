//! Word tables with constant-time lookups, for the lexicons of the text stages.
//!
//! Input: a static list of lower-case words (the commented table stays the source).
//! Output: membership tests. Algorithm: the list is hashed into a set on first use;
//! a lookup costs one hash instead of a scan of hundreds of entries, which matters on
//! pages with a hundred thousand capitalized words. [`lower_ascii`] lower-cases short
//! ASCII words on the stack, so most lookups allocate nothing.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A multiply-rotate hash of 8 bytes at a time (the Fx hash of rustc): the default
/// SipHash costs about 100 instructions per short word, and word sets are looked up
/// for every word of the text. Not DoS-resistant, and need not be: the sets are
/// built from static tables, page text only probes them.
#[derive(Default)]
pub(crate) struct FxHasher(u64);

/// The Fx multiplier (a 64-bit odd constant from the golden ratio's digits).
const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w.iter_mut().zip(rest).for_each(|(d, s)| *d = *s);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hasher builder for sets and maps keyed by words or small integers.
pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

/// A static word list, looked up through a set built once.
pub struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<HashSet<&'static str, FxBuild>>,
}

impl WordSet {
    /// The set of `list`'s words (built on the first lookup).
    pub const fn new(list: &'static [&'static str]) -> WordSet {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is in the list (exactly, case included).
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(word)
    }
}

/// Longest word lower-cased on the stack by [`lower_ascii`].
const STACK_WORD: usize = 32;

/// Calls `f` with `word` in lower case: on the stack for short ASCII words, else with
/// `str::to_lowercase`.
pub fn lower_ascii<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.len() <= STACK_WORD && word.is_ascii() {
        let mut buf = [0u8; STACK_WORD];
        let out = &mut buf[..word.len()];
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        if let Ok(s) = std::str::from_utf8(out) {
            return f(s);
        }
    }
    f(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: WordSet = WordSet::new(&["alpha", "beta"]);

    #[test]
    fn looks_up_and_lowercases() {
        assert!(SET.contains("beta") && !SET.contains("Beta") && !SET.contains("gamma"));
        assert!(lower_ascii("BeTa", |w| SET.contains(w)));
        assert!(lower_ascii("ÉCOLE", |w| w == "école"));
    }
}
