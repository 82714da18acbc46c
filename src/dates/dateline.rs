//! Datelines that leak into the body ("Updated 3:45 PM ET, Tue November 19, 2019",
//! "Published 2 hours ago"): they date the page, not the story, so their paragraph is
//! skipped. Input: one paragraph. Output: whether it is only a dateline. Algorithm:
//! every word is a dateline word (month, weekday, clock or zone word, "updated",
//! "ago", …), and a cue says it is a stamp (a dateline verb, a clock time, "ago");
//! a bare date alone stays a date (a timeline heading). Limit: `MAX_TOKENS` tokens,
//! `MAX_BYTES` bytes.

use super::lexicon;
use crate::lex::en;
use crate::lex::token::plain::{tokenize, Kind, Toks};
use std::ops::Range;

/// Datelines are short: longer paragraphs are prose.
const MAX_TOKENS: usize = 30;

/// Bytes of a dateline at most: 30 tokens of dateline words (9 letters at most) with
/// their spaces, with room for long numbers; longer paragraphs are not tokenized.
const MAX_BYTES: usize = 1000;

/// Whether paragraph `para` of `text` is only a dateline.
pub fn is_dateline(text: &str, para: Range<usize>) -> bool {
    if para.len() > MAX_BYTES {
        return false;
    }
    // Each whitespace-separated chunk is a token or more: a longer paragraph is prose,
    // told without tokenizing it.
    let chunks = text
        .get(para.clone())
        .map_or(0, |s| s.split_whitespace().take(MAX_TOKENS + 1).count());
    if chunks > MAX_TOKENS {
        return false;
    }
    let toks = tokenize(text, para);
    let t = Toks(&toks);
    if toks.is_empty() || toks.len() > MAX_TOKENS {
        return false;
    }
    let mut cue = false;
    for k in 0..toks.len() {
        let w = t.w(k);
        cue |= en::DATELINE_CUES.contains(w) || (t.is(k, ":") && t.kind(k + 1) == Some(Kind::Num));
        let word = t.kind(k) == Some(Kind::Word);
        let known = en::DATELINE_CUES.contains(w)
            || en::DATELINE_FILLERS.contains(w)
            || lexicon::month(w).is_some()
            || lexicon::weekday(w).is_some();
        if word && !known {
            return false;
        }
    }
    cue
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dateline(s: &str) -> bool {
        is_dateline(s, 0..s.len())
    }

    #[test]
    fn reads_stamps_not_prose() {
        assert!(dateline("Updated 3:45 PM ET, Tue November 19, 2019"));
        assert!(dateline("Published 2 hours ago"));
        assert!(dateline("Nov. 19, 2019 at 10:30 a.m. ET"));
        assert!(!dateline("Nov. 5, 2019"));
        assert!(!dateline("The vote was on Nov. 5, 2019."));
        assert!(!dateline("— Rep. Ilhan Omar (@Ilhan) November 19, 2019"));
    }
}
