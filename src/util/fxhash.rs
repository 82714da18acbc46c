//! The Fx hash of a string (rustc's FxHasher step over 8-byte words, then the length),
//! as a `const fn` on bytes: `build.rs` includes this file to lay out the lexicon's
//! hash tables at build time, and `lex` hashes page words with it to look them up, so
//! both sides agree by construction.

/// The Fx multiplier (a 64-bit odd constant from the golden ratio's digits).
pub const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// One Fx step: mixes `word` into `h`.
pub const fn step(h: u64, word: u64) -> u64 {
    (h.rotate_left(5) ^ word).wrapping_mul(SEED)
}

/// The hash of `bytes`: 8 little-endian bytes at a time, the rest zero-padded, then the
/// length (so "a" and "a\0" differ).
pub const fn hash(bytes: &[u8]) -> u64 {
    let mut h = 0;
    let mut i = 0;
    while i < bytes.len() {
        let mut w = 0u64;
        let mut k = 0;
        while k < 8 && i + k < bytes.len() {
            w |= (bytes[i + k] as u64) << (8 * k);
            k += 1;
        }
        h = step(h, w);
        i += 8;
    }
    step(h, bytes.len() as u64)
}
