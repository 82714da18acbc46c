//! Lower-casing short ASCII words on the stack: most lexicon lookups then allocate
//! nothing.

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

    #[test]
    fn lowercases_on_the_stack_or_not() {
        assert!(lower_ascii("BeTa", |w| w == "beta"));
        assert!(lower_ascii("ÉCOLE", |w| w == "école"));
    }
}
