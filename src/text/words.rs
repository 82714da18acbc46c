//! Word tables with constant-time lookups, for the lexicons of the text stages.
//!
//! Input: a static list of lower-case words (the commented table stays the source).
//! Output: membership tests. Algorithm: the list is hashed into a set on first use;
//! a lookup costs one hash instead of a scan of hundreds of entries, which matters on
//! pages with a hundred thousand capitalized words. [`lower_ascii`] lower-cases short
//! ASCII words on the stack, so most lookups allocate nothing.

use std::collections::HashSet;
use std::sync::OnceLock;

/// A static word list, looked up through a set built once.
pub struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<HashSet<&'static str>>,
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

    /// The words, in table order.
    pub fn list(&self) -> &'static [&'static str] {
        self.list
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
        assert_eq!(SET.list().len(), 2);
    }
}
