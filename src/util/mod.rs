//! Leaf helpers every stage may use: string folding and matching, URL resolution,
//! ASCII lower-casing and hashing. Imports no stage.

pub mod case;
pub mod fxhash;
pub mod strings;
pub mod url;

pub use case::lower_ascii;

/// The hasher of maps keyed by tag names and small keys: rustc's Fx hash from
/// `rustc-hash` (already built for `selectors`), a few instructions per key where the
/// default SipHash costs about a hundred. Not DoS-resistant, and need not be: the keys
/// are tag names of a fixed table or numbers, never attacker-chosen strings.
pub(crate) type FxBuild = rustc_hash::FxBuildHasher;
