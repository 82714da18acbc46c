//! The mentions stage's output ([`Mention`], [`RoleSource`]) and the mention being
//! built ([`Found`]).

use crate::model::ActorKind;
use std::collections::HashMap;
use std::ops::Range;

/// Mention index by a byte `key` of each mention (its start or its end): where two
/// mentions share one, the longer wins, then the earlier.
pub fn index_by(mentions: &[Mention], key: impl Fn(&Mention) -> usize) -> HashMap<usize, usize> {
    let mut index: HashMap<usize, usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let len = m.span.len();
        let longer = |j: &usize| mentions.get(*j).map_or(true, |o| o.span.len() < len);
        if index.get(&key(m)).map_or(true, longer) {
            index.insert(key(m), i);
        }
    }
    index
}

/// One occurrence of a name (or a description such as "the Ukrainian leader") in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range of the name in `Text::text` (without a title in front).
    pub span: Range<usize>,
    pub kind: ActorKind,
    /// The name as it should be shown (possessive "'s" removed, whitespace folded).
    pub name: String,
    /// The role the text gives here ("Russian Foreign Minister"), if any.
    pub role: Option<String>,
    /// Where `role` was read (set exactly when `role` is): merging prefers the most
    /// telling source.
    pub role_source: Option<RoleSource>,
    /// Index of the sentence in `Text::sentences`.
    pub sentence: usize,
    /// A description standing for a person ("the Ukrainian leader"), not a name.
    pub description: bool,
}

/// Where a role was read, from the most to the least telling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RoleSource {
    /// After the name: "Peskov, the Kremlin spokesman,".
    Apposition,
    /// In front of the name: "spokesman Dmitry Peskov", "the then Home Secretary, X".
    Title,
    /// Later in the sentence: "X … as Ukraine's president".
    As,
    /// A description standing for the person: "the Ukrainian leader".
    Description,
}

/// A mention being built: `kind` is `None` while only the shape of a name is known.
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub mention: Mention,
    pub kind: Option<ActorKind>,
    /// Lower-case words of the name.
    pub words: Vec<String>,
    /// Context says organization if nothing says person ("at X", "X, which").
    pub org_cue: bool,
    /// A one-word person on the sole evidence of a verb of saying.
    pub weak: bool,
}
