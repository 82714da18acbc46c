//! Each person's gender, where the article tells it: a title right before one of its
//! mentions ("Ms Persson", "Mr. Assange") or a mention's role ("spokeswoman"), else
//! the merged role; none when the hints disagree; else the pronouns that follow the
//! person's name as a sentence's subject, when one kind of them clearly wins. The quotes
//! stage resolves "he" and "she" with it.

use super::cast::Cast;
use super::subject::Pronouns;
use crate::lex::gender::{role_gender, title_gender, Gender};
use crate::lex::token::words::words;
use crate::mentions::Mention;
use crate::text::Text;

/// Bytes looked at before a mention for its title ("Mrs. " is 5).
const TITLE_REACH: usize = 6;

/// How much more often one gender's pronouns must follow a person's name to count.
const USAGE_RATIO: u32 = 3;

/// Sets [`Member::gender`](super::Member::gender) for every member of `cast`, with
/// `usage` the pronouns after each member's subject mentions.
pub fn assign(text: &Text, mentions: &[Mention], usage: &[Pronouns], cast: &mut Cast) {
    // None: no hint yet; Some(None): hints that disagree.
    let mut hints: Vec<Option<Option<Gender>>> = vec![None; cast.members.len()];
    for (i, m) in mentions.iter().enumerate() {
        let Some(a) = cast.of_mention.get(i).copied().flatten() else {
            continue;
        };
        let from = text.boundary_after(m.span.start.saturating_sub(TITLE_REACH));
        let title = words(&text.text, from..m.span.start)
            .last()
            .and_then(|w| title_gender(&text.slice(&(w.start..w.end)).to_lowercase()));
        let role = m.role.as_deref().and_then(role_gender);
        for g in [title, role].into_iter().flatten() {
            if let Some(slot) = hints.get_mut(a.0 as usize) {
                *slot = match *slot {
                    None => Some(Some(g)),
                    Some(Some(old)) if old != g => Some(None),
                    keep => keep,
                };
            }
        }
    }
    let usage = usage
        .iter()
        .copied()
        .chain(std::iter::repeat(Pronouns::default()));
    for ((member, hint), u) in cast.members.iter_mut().zip(hints).zip(usage) {
        member.gender = hint
            .unwrap_or_else(|| member.role.as_deref().and_then(role_gender))
            .or_else(|| usage_gender(u));
    }
}

/// The gender the pronouns after a person's subject mentions point to: one kind only,
/// or one at least [`USAGE_RATIO`] times the other.
fn usage_gender(u: Pronouns) -> Option<Gender> {
    if u.male > 0 && u.male >= USAGE_RATIO * u.female {
        Some(Gender::Male)
    } else if u.female > 0 && u.female >= USAGE_RATIO * u.male {
        Some(Gender::Female)
    } else {
        None
    }
}
