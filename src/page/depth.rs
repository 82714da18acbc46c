//! A cheap model of the HTML tree builder's stack of open elements, used to bound the
//! depth html5ever will see.
//!
//! It follows the rules that move the stack on ordinary pages (implied closes of `p`,
//! `li`, `dd`/`dt`, table rows and cells, `a`; end tags popping to their element when it
//! is in scope; formatting elements closed by a block and reopened by the next text,
//! the "reconstruct the active formatting elements" step) and errs on the deep side
//! elsewhere: where a rule is not modelled, the model keeps elements open that the
//! parser may close, never the reverse. Each walk down the stack looks at most [`WALK`]
//! entries, and gives up on the deep side, so the model costs O(input × WALK); the
//! walk to an open `p` (checked by most block start tags) is O(1), from the nearest
//! `p`-or-scope-boundary kept per stack entry.
//!
//! The parser's own walks are bounded too: the same check walks html5ever's stack up
//! to the nearest `p` or scope boundary, up to `max_depth` entries per tag. A start tag
//! that would walk more than [`LONG_WALK`] entries is kept only while fewer than
//! [`LONG_WALKS`] such tags were (hostile pages: thousands of tags at the depth limit).

use super::tags::Name;
use crate::util::FxBuild;
use std::collections::HashMap;

/// Longest walk down the model stack per tag: real scope checks on ordinary pages stop
/// within a few entries; a longer walk only happens on hostile markup.
const WALK: usize = 128;

/// A scope walk this long only happens on markup nested twice as deep as the deepest
/// of 511 news pages measured (22), times three.
const LONG_WALK: usize = 64;

/// Start tags with a long walk the parser gets: at most 4096 × `max_depth` (256)
/// stack entries walked, about 15 ms of html5ever time.
const LONG_WALKS: usize = 4096;

/// `</p>` with no open `p` kept (each makes an empty paragraph); later ones are
/// dropped: a flood of empty elements costs every later tree walk.
const STRAY_P: usize = 10_000;

/// The modelled stack; `start`/`end` say whether a tag may reach the parser.
pub(super) struct Tree {
    stack: Vec<Name>,
    /// Per stack entry: the index of the nearest entry at or below it that is a `p`, a
    /// `button` or a scope boundary (`usize::MAX`: none), where a walk for `p` stops.
    p_stop: Vec<usize>,
    /// Start tags kept although the parser walks more than [`LONG_WALK`] entries for them.
    long_walks: usize,
    /// `</p>` end tags seen with no open `p`.
    stray_p: usize,
    /// Formatting elements closed by something else than their end tag: the parser
    /// reopens them at the next text, so they count towards the depth.
    latent: Vec<Name>,
    /// `latent.len()` when each open marker element (cells, captions, objects) opened.
    markers: Vec<usize>,
    /// Per stack entry: is it an SVG/MathML element (where `<x/>` closes itself)?
    in_foreign: Vec<bool>,
    /// Foreign entries on the stack (raw-text elements are only raw in HTML content).
    foreign: usize,
    /// Start tags dropped by name, so their end tags are dropped too.
    dropped: HashMap<Name, usize, FxBuild>,
    max_depth: usize,
    /// Elements the parser will create (start tags kept, reopened formatting elements,
    /// implied table parts, `</p>` and `</br>`).
    pub(super) elements: usize,
    /// The deepest modelled stack (with the latent formatting elements).
    pub(super) deepest: usize,
    /// Start and end tags dropped by the depth limit.
    pub(super) dropped_tags: usize,
}

impl Tree {
    /// An empty document with the given depth limit.
    pub(super) fn new(max_depth: usize) -> Tree {
        Tree {
            stack: Vec::new(),
            p_stop: Vec::new(),
            long_walks: 0,
            stray_p: 0,
            latent: Vec::new(),
            markers: Vec::new(),
            in_foreign: Vec::new(),
            foreign: 0,
            dropped: HashMap::default(),
            max_depth,
            elements: 0,
            dropped_tags: 0,
            deepest: 0,
        }
    }

    /// Text reopens the closed formatting elements.
    pub(super) fn text(&mut self) {
        let base = self
            .markers
            .last()
            .copied()
            .unwrap_or(0)
            .min(self.latent.len());
        let reopened: Vec<Name> = self.latent.drain(base..).collect();
        for n in reopened {
            self.push(n);
        }
    }

    /// A start tag: `false` when it must be dropped (the depth limit is reached).
    pub(super) fn start(&mut self, name: Name, self_closing: bool) -> bool {
        let raw = name.is_raw_text() && self.foreign == 0;
        if name.is_void() || raw || (self_closing && self.would_be_foreign(name)) {
            if !name.is_special() || name.is("br") || name.is("img") {
                self.text();
            }
            self.elements += 1;
            return true;
        }
        let keep = self.implied_close(name);
        let implied = self.implied_parents(name, keep);
        let closed = &self.stack[keep.min(self.stack.len())..];
        let freed = closed.iter().filter(|n| !n.is_formatting()).count();
        let depth = self.stack.len() + self.latent.len() - freed + implied;
        if depth >= self.max_depth || self.too_many_long_walks(name, keep) {
            *self.dropped.entry(name).or_insert(0) += 1;
            self.dropped_tags += 1;
            return false;
        }
        self.pop_to(keep, false);
        if name.is("a") || name.is("nobr") {
            self.forget_latent(name);
        }
        if !name.is_special() {
            self.text();
        }
        if self.top_is("table") && implied > 0 {
            self.push(Name::new(b"tbody"));
        }
        if implied > 0 && !name.is("tr") {
            self.push(Name::new(b"tr"));
        }
        self.push(name);
        true
    }

    /// Whether the parser would walk a long way down its stack for the start tag `name`
    /// (looking for an open `p` in button scope) once too often. `keep`: the stack
    /// length after the tag's implied closes.
    fn too_many_long_walks(&mut self, name: Name, keep: usize) -> bool {
        let checks_p = name.closes_p() || ["li", "dd", "dt", "p"].iter().any(|t| name.is(t));
        if !checks_p || self.p_scope_walk(keep) <= LONG_WALK {
            return false;
        }
        if self.long_walks >= LONG_WALKS {
            return true;
        }
        self.long_walks += 1;
        false
    }

    /// How many entries of the first `len` the parser walks looking for a `p` in button
    /// scope.
    fn p_scope_walk(&self, len: usize) -> usize {
        match len.checked_sub(1).and_then(|i| self.p_stop.get(i)) {
            Some(&j) if j != usize::MAX => len - j,
            _ => len,
        }
    }

    /// The open `p` in button scope among the first `len` entries, if any.
    fn p_in_button_scope(&self, len: usize) -> Option<usize> {
        let j = *len.checked_sub(1).and_then(|i| self.p_stop.get(i))?;
        self.stack.get(j).filter(|n| n.is("p")).map(|_| j)
    }

    /// An end tag: `false` when it must be dropped (its start tag was dropped, or the
    /// parser would ignore it anyway).
    pub(super) fn end(&mut self, name: Name) -> bool {
        if let Some(n) = self.dropped.get_mut(&name).filter(|n| **n > 0) {
            *n -= 1;
            self.dropped_tags += 1;
            return false;
        }
        if name.is_void() || (name.is_raw_text() && self.foreign == 0) {
            self.elements += usize::from(name.is("br"));
            return true;
        }
        match self.end_target(name) {
            Some(i) => {
                self.pop_to(i + 1, false);
                self.pop_to(i, true);
                true
            }
            None if name.is("p") => {
                self.stray_p += 1;
                self.elements += usize::from(self.stray_p <= STRAY_P);
                self.stray_p <= STRAY_P
            }
            None if name.is_formatting() => {
                self.forget_latent(name);
                true
            }
            None => {
                let kept = ["form", "template", "select", "option", "optgroup"];
                // Others are ignored by the parser. On a deep stack, where each costs
                // the parser a long walk, drop them (no diagnostic); on ordinary pages
                // keep them, so a wrong guess of the model changes nothing.
                self.stack.len() < WALK || kept.iter().any(|k| name.is(k))
            }
        }
    }

    /// Where the element an end tag closes sits, if the parser would close it.
    fn end_target(&self, name: Name) -> Option<usize> {
        let same = |n: &Name| *n == name;
        if name.is("p") {
            self.p_in_button_scope(self.stack.len())
        } else if name.is("li") {
            self.find(same, |n| n.is_scope_boundary() || n.is("ul") || n.is("ol"))
        } else if name.is_heading() {
            self.find(Name::is_heading, Name::is_scope_boundary)
        } else if name.is_table_part() || name.is("table") {
            self.find(same, Name::is_table_boundary)
        } else if name.is_block_end() {
            self.find(same, Name::is_scope_boundary)
        } else {
            // Formatting ("no furthest block" case) and any other end tag.
            self.find(same, Name::is_special)
        }
    }

    /// The stack length left after the start tag `name` closes what it implies.
    fn implied_close(&self, name: Name) -> usize {
        let len = self.stack.len();
        let mut keep = len;
        let item = |targets: &'static [&'static str]| {
            self.find(
                |n| targets.iter().any(|t| n.is(t)),
                |n| n.is_special() && !(n.is("address") || n.is("div") || n.is("p")),
            )
        };
        if name.is("li") {
            keep = item(&["li"]).unwrap_or(keep);
        } else if name.is("dd") || name.is("dt") {
            keep = item(&["dd", "dt"]).unwrap_or(keep);
        } else if name.is("a") || name.is("nobr") {
            keep = self.find(|n| *n == name, Name::is_special).unwrap_or(keep);
        } else if name.is("button") {
            keep = self
                .find(|n| n.is("button"), Name::is_scope_boundary)
                .unwrap_or(keep);
        } else if name.is("option") || name.is("optgroup") {
            keep -= usize::from(self.top_is("option"));
        } else if name.is("tr") {
            keep = self.in_table(&["tr"]).unwrap_or(keep);
        } else if name.is("td") || name.is("th") {
            keep = self.in_table(&["td", "th"]).unwrap_or(keep);
        } else if name.is("tbody") || name.is("thead") || name.is("tfoot") {
            keep = self.in_table(&["tbody", "thead", "tfoot"]).unwrap_or(keep);
        } else if name.is("table") {
            let cell = |n: &Name| n.is("td") || n.is("th") || n.is("caption");
            keep = self.find(|n| n.is("table"), cell).unwrap_or(keep);
        }
        if keep == len && (name.closes_p() || ["li", "dd", "dt", "p"].iter().any(|t| name.is(t))) {
            keep = self.p_in_button_scope(keep).unwrap_or(keep);
        }
        if name.is_heading() && keep > 0 && self.stack.get(keep - 1).is_some_and(Name::is_heading) {
            keep -= 1;
        }
        keep
    }

    /// Table parts the parser inserts before a row or a cell: 0, 1 or 2.
    fn implied_parents(&self, name: Name, keep: usize) -> usize {
        let top = keep.checked_sub(1).and_then(|i| self.stack.get(i));
        let section = |n: &&Name| n.is("tbody") || n.is("thead") || n.is("tfoot");
        match top {
            Some(t) if t.is("table") && name.is("tr") => 1,
            Some(t) if t.is("table") && (name.is("td") || name.is("th")) => 2,
            Some(t) if section(&t) && (name.is("td") || name.is("th")) => 1,
            _ => 0,
        }
    }

    /// The nearest of `targets` in table scope.
    fn in_table(&self, targets: &[&str]) -> Option<usize> {
        self.find(|n| targets.iter().any(|t| n.is(t)), Name::is_table_boundary)
    }

    /// The nearest element matching `target` from the top, if no `stop` comes first.
    fn find(&self, target: impl Fn(&Name) -> bool, stop: impl Fn(&Name) -> bool) -> Option<usize> {
        self.find_below(self.stack.len(), target, stop)
    }

    /// Like [`Tree::find`], among the first `len` entries of the stack.
    fn find_below(
        &self,
        len: usize,
        target: impl Fn(&Name) -> bool,
        stop: impl Fn(&Name) -> bool,
    ) -> Option<usize> {
        let below = self.stack.get(..len)?;
        for (i, n) in below.iter().enumerate().rev().take(WALK) {
            if target(n) {
                return Some(i);
            }
            if stop(n) {
                return None;
            }
        }
        None
    }

    fn top_is(&self, s: &str) -> bool {
        self.stack.last().is_some_and(|n| n.is(s))
    }

    fn push(&mut self, name: Name) {
        if name.is_marker() {
            self.markers.push(self.latent.len());
        }
        let foreign = self.would_be_foreign(name);
        self.foreign += usize::from(foreign);
        self.in_foreign.push(foreign);
        self.elements += 1;
        let stops_p = name.is("p") || name.is("button") || name.is_scope_boundary();
        let below = self.p_stop.last().copied().unwrap_or(usize::MAX);
        self.p_stop
            .push(if stops_p { self.stack.len() } else { below });
        self.stack.push(name);
        self.deepest = self.deepest.max(self.stack.len() + self.latent.len());
    }

    /// Whether `name`, opened now, is an SVG/MathML element: below `svg`/`math`, not
    /// below an HTML integration point, and not one of the HTML tags that break out.
    fn would_be_foreign(&self, name: Name) -> bool {
        if name.is_foreign_root() {
            return true;
        }
        let parent_foreign = self.in_foreign.last().copied().unwrap_or(false);
        let parent_point = self.stack.last().is_some_and(|n| n.is_scope_boundary());
        parent_foreign && !parent_point && !name.is_breakout()
    }

    /// Whether the stack holds any SVG/MathML element.
    pub(super) fn in_foreign(&self) -> bool {
        self.foreign > 0
    }

    /// Pops down to `len` entries; formatting elements become latent unless `own`
    /// (closed by their own end tag); a closing marker forgets the latent ones after it.
    fn pop_to(&mut self, len: usize, own: bool) {
        while self.stack.len() > len {
            let Some(n) = self.stack.pop() else { break };
            self.p_stop.pop();
            let foreign = self.in_foreign.pop().unwrap_or(false);
            self.foreign -= usize::from(foreign && self.foreign > 0);
            if n.is_marker() {
                let base = self.markers.pop().unwrap_or(0);
                self.latent.truncate(base);
            } else if n.is_formatting() && !own {
                self.latent.push(n);
            }
        }
    }

    /// An end tag (or a new `a`) removes a closed formatting element from the list.
    fn forget_latent(&mut self, name: Name) {
        let hit = self.latent.iter().rev().take(WALK).position(|n| *n == name);
        if let Some(back) = hit {
            let i = self.latent.len() - 1 - back;
            self.latent.remove(i);
        }
    }
}
