//! Each person's gender, where the article tells it: a title right before one of its
//! mentions ("Ms Persson", "Mr. Assange") or a mention's role ("spokeswoman"), else
//! the merged role; none when the hints disagree. The quotes stage resolves "he" and
//! "she" with it (and, where it is none, with the pronouns that follow the name).

use super::cast::Cast;
use crate::lex::gender::{role_gender, title_gender, Gender};
use crate::lex::token::words::words;
use crate::mentions::Mention;
use crate::text::Text;

/// Bytes looked at before a mention for its title ("Mrs. " is 5).
const TITLE_REACH: usize = 6;

/// Sets [`Member::gender`](super::Member::gender) for every member of `cast`.
pub fn assign(text: &Text, mentions: &[Mention], cast: &mut Cast) {
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
    for (member, hint) in cast.members.iter_mut().zip(hints) {
        member.gender = hint.unwrap_or_else(|| member.role.as_deref().and_then(role_gender));
    }
}
