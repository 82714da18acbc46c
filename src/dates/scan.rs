//! The scanner: one sentence's tokens → [`Hit`]s, left to right, longest match first
//! at each position, then adjacent hits joined into ranges ("from March to May").
//! Relative expressions (weekdays, "last week", "two days ago", durations) are
//! matched here; calendar names in `absolute`.

use super::absolute::{day_led, month_led, numeric, quarter_led, season_led, year_led};
use super::expr::{Edge, Expr, Hit, Shift};
use super::lexicon::{self, Unit};
use crate::lex::en;
use crate::lex::token::plain::{Kind, Tok, Toks};

type Matcher = fn(Toks, usize) -> Option<(Expr, usize)>;

/// Matchers in priority order: the first that matches at a position wins.
static MATCHERS: &[Matcher] = &[
    edge,
    numeric,
    holiday,
    weekday_led,
    month_led,
    day_led,
    deictic,
    anchored,
    relative,
    quantity,
    season_led,
    quarter_led,
    year_led,
];

/// All expressions of one sentence, in order, ranges joined.
pub fn scan(toks: &[Tok<'_>]) -> Vec<Hit> {
    let t = Toks(toks);
    let mut hits: Vec<Hit> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match MATCHERS.iter().find_map(|f| f(t, i)) {
            Some((expr, end)) if end > i => {
                hits.push(Hit { expr, toks: i..end });
                i = end;
            }
            _ => i += 1,
        }
    }
    join_ranges(t, hits)
}

/// Joins "A to B", "A-B", "between A and B" when A and B are of one kind.
fn join_ranges(t: Toks, hits: Vec<Hit>) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for hit in hits {
        if let Some(prev) = out.last_mut() {
            let link = prev.toks.end;
            let between = prev.toks.start > 0 && t.is(prev.toks.start - 1, "between");
            let moved = prev.toks.start > 1 && t.is(prev.toks.start - 1, "from") && {
                let verb = t.w(prev.toks.start - 2);
                verb.ends_with("ed") || en::CHANGE_VERBS.contains(verb)
            };
            let joined = !moved
                && hit.toks.start == link + 1
                && (t.any(link, &["to", "through", "until", "till", "-", "–"])
                    || (between && t.is(link, "and")));
            if joined {
                if let Some(span) = span_of(&prev.expr, &hit.expr) {
                    prev.expr = span;
                    prev.toks.end = hit.toks.end;
                    continue;
                }
            }
            let listed = hit.toks.start == link + 1 && t.any(link, &["and", "or", ","]);
            if listed {
                lend_year(&mut prev.expr, &hit.expr); // "August and October of 2015"
            }
        }
        out.push(hit);
    }
    out
}

/// Gives a yearless month or day `a` the year of the listed `b` after it.
fn lend_year(a: &mut Expr, b: &Expr) {
    let year = match b {
        Expr::Month { y: Some(y), .. } | Expr::Day { y: Some(y), .. } => *y,
        _ => return,
    };
    if let Expr::Month { y, .. } | Expr::Day { y, .. } = a {
        if y.is_none() {
            *y = Some(year);
        }
    }
}

/// The range from `a` to `b` when they are of one kind; `a` takes `b`'s year.
fn span_of(a: &Expr, b: &Expr) -> Option<Expr> {
    let a = match (a, b) {
        (
            Expr::Day { y: None, m, d },
            Expr::Day {
                y: Some(y), m: m2, ..
            },
        ) => Expr::Day {
            y: Some(if m <= m2 { *y } else { y - 1 }),
            m: *m,
            d: *d,
        },
        (
            Expr::Month { y: None, m, shift },
            Expr::Month {
                y: Some(y), m: m2, ..
            },
        ) => Expr::Month {
            y: Some(if m <= m2 { *y } else { y - 1 }),
            m: *m,
            shift: *shift,
        },
        (Expr::Day { .. }, Expr::Day { .. })
        | (Expr::Month { .. }, Expr::Month { .. })
        | (Expr::Year(_), Expr::Year(_))
        | (Expr::Decade(_), Expr::Decade(_))
        | (Expr::Weekday { .. }, Expr::Weekday { .. }) => a.clone(),
        _ => return None,
    };
    Some(Expr::Span(Box::new(a), Box::new(b.clone())))
}

fn shift_of(w: &str) -> Shift {
    match w {
        "last" | "past" | "previous" => Shift::Last,
        "this" => Shift::This,
        "next" | "coming" => Shift::Next,
        _ => Shift::None,
    }
}

/// "Thanksgiving", "Christmas Eve", "Black Friday", "Christmas 2019", "Easter weekend".
fn holiday(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let (rule, end) = super::holiday::at(t, i)?;
    let (day, end) = match t.year(end) {
        Some(y) => (Expr::Holiday { rule, y: Some(y) }, end + 1),
        None => (Expr::Holiday { rule, y: None }, end),
    };
    if t.is(end, "weekend") {
        return Some((Expr::HolidayWeekend(Box::new(day)), end + 1));
    }
    Some((day, end))
}

/// "Sunday", "last Friday", "Tuesday night", "Sunday, Feb. 23".
fn weekday_led(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let shift = shift_of(t.w(i));
    let j = if shift == Shift::None { i } else { i + 1 };
    let wd = lexicon::weekday(t.w(j)).filter(|_| t.cap(j))?;
    if j > 0 && t.in_set(j - 1, &en::WEEKDAY_BLOCKERS) {
        return None;
    }
    if t.is(j + 1, ",") {
        let date = month_led(t, j + 2).or_else(|| day_led(t, j + 2));
        if let Some((e @ Expr::Day { .. }, end)) = date {
            return Some((e, end));
        }
    }
    let end = if t.in_set(j + 1, &en::DAY_PARTS) {
        j + 2
    } else {
        j + 1
    };
    Some((Expr::Weekday { wd, shift }, end))
}

/// "yesterday", "today", "tonight", "tomorrow morning", "last night", "this morning".
fn deictic(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let named = i > 0 && t.cap(i) && t.cap(i - 1) && t.kind(i - 1) == Some(Kind::Word);
    if named {
        return None; // "USA Today", "Good Morning Tomorrow": a title
    }
    let days = match t.w(i) {
        "yesterday" => -1,
        "today" | "tonight" => 0,
        "tomorrow" => 1,
        "last" if t.is(i + 1, "night") => return Some((Expr::Deictic(-1), i + 2)),
        "this" if t.any(i + 1, &["morning", "afternoon", "evening"]) => {
            return Some((Expr::Deictic(0), i + 2))
        }
        _ => return None,
    };
    let end = if t.in_set(i + 1, &en::DAY_PARTS) {
        i + 2
    } else {
        i + 1
    };
    Some((Expr::Deictic(days), end))
}

/// "the following day", "the day before", "the same day", "a day later", "2 days later".
fn anchored(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let ends = |k: usize| t.kind(k).map_or(true, |k| k == Kind::Punct);
    if t.is(i, "the") && !t.cap(i + 1) {
        let day = t.is(i + 2, "day") || t.in_set(i + 2, &en::DAY_PARTS);
        let days = match (t.w(i + 1), t.w(i + 2)) {
            ("following" | "next", _) if day => 1,
            ("previous" | "prior", _) if day => -1,
            ("same", "day") => 0,
            ("day", "before") if ends(i + 3) => return Some((Expr::Anchored(-1), i + 3)),
            ("day", "after") if ends(i + 3) => return Some((Expr::Anchored(1), i + 3)),
            _ => return None,
        };
        return Some((Expr::Anchored(days), i + 3));
    }
    if t.is(i, "that") && t.is(i + 1, "day") {
        return Some((Expr::Anchored(0), i + 2));
    }
    let n = i64::from(count(t, i)?);
    let week = t.any(i + 1, &["week", "weeks"]);
    let unit_days = if week { 7 } else { 1 };
    let later = t.any(i + 2, &["later", "earlier"]) && (week || t.any(i + 1, &["day", "days"]));
    let sign = if t.is(i + 2, "later") { 1 } else { -1 };
    later.then_some((Expr::Anchored(sign * n * unit_days), i + 3))
}

/// A count at `j` and the index after it: digits, a number word, or a hyphenated
/// one ("twenty-five").
fn count_at(t: Toks, j: usize) -> Option<(u32, usize)> {
    let n = count(t, j)?;
    let tens = n >= 20 && n % 10 == 0 && t.kind(j) == Some(Kind::Word);
    if tens && t.is(j + 1, "-") && t.glued(j + 1) && t.glued(j + 2) {
        if let Some(units) = lexicon::number_word(t.w(j + 2)).filter(|u| *u < 10) {
            return Some((n + units, j + 3));
        }
    }
    Some((n, j + 1))
}

/// A count: digits or a number word ("a", "an" included).
fn count(t: Toks, i: usize) -> Option<u32> {
    t.num(i).or_else(|| lexicon::number_word(t.w(i)))
}

/// "last week", "in the next week", "over the last week", "next year", "this month",
/// "earlier this year", "the weekend", "the past two years", "the next decade".
fn relative(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let head = t.any(i, &["in", "over", "within", "during", "throughout"]) && t.is(i + 1, "the");
    let mut j = if head { i + 1 } else { i };
    let the = t.is(j, "the");
    j += usize::from(the);
    if t.is(j, "weekend") {
        return (the && !t.is(j + 1, "of")).then_some((Expr::Weekend(Shift::None), j + 1));
    }
    if the && !head && t.any(j, &["previous", "prior", "following", "next"]) {
        let unit = lexicon::unit(t.w(j + 1)).filter(|u| calendar_unit(*u))?;
        let shift = if t.any(j, &["previous", "prior"]) {
            -1
        } else {
            1
        };
        let free = !t.is(j + 2, "of") && !t.is(j + 1, "weeks");
        return free.then_some((Expr::AnchoredUnit { unit, shift }, j + 2));
    }
    if the && !t.any(j, &["next", "last", "past", "coming"]) {
        return None;
    }
    if !the && t.any(j, &["earlier", "later"]) && t.is(j + 1, "this") {
        let unit = lexicon::unit(t.w(j + 2)).filter(|u| calendar_unit(*u))?;
        let later = t.is(j, "later");
        return Some((Expr::Part { unit, later }, j + 3));
    }
    shifted_unit(t, j, the)
}

/// "last week", "this month", "next year", "the past two years", "this past weekend"
/// from the shift word at `j`; `the` says whether "the" came before it.
fn shifted_unit(t: Toks, mut j: usize, the: bool) -> Option<(Expr, usize)> {
    let mut shift = shift_of(t.w(j));
    if shift == Shift::This && t.is(j + 1, "past") {
        shift = Shift::Last;
        j += 1;
    }
    if shift == Shift::None || t.is(j + 2, "of") {
        return None;
    }
    if shift != Shift::This {
        if let Some(n) = t.num(j + 1).or_else(|| lexicon::number_word(t.w(j + 1))) {
            let unit = lexicon::unit(t.w(j + 2)).filter(|_| n > 1)?;
            return Some((Expr::Duration { n, unit }, j + 3));
        }
    }
    let w = t.w(j + 1);
    if w == "weekend" {
        return Some((Expr::Weekend(shift), j + 2));
    }
    let unit = lexicon::unit(w).filter(|_| !w.ends_with('s'))?;
    let step = match shift {
        Shift::Last => -1,
        Shift::Next => 1,
        _ => 0,
    };
    let expr = match unit {
        // "the past year", "the next decade": a span of time, not the calendar unit
        Unit::Decade | Unit::Year if step == -1 && the => Expr::Duration { n: 1, unit },
        Unit::Decade if step != 0 => Expr::Duration { n: 1, unit },
        Unit::Week | Unit::Month | Unit::Year | Unit::Decade => Expr::Unit { unit, shift: step },
        _ => return None,
    };
    Some((expr, j + 2))
}

fn calendar_unit(u: Unit) -> bool {
    matches!(u, Unit::Week | Unit::Month | Unit::Year)
}

/// "two days ago", "a year ago", "in three weeks", "for three years", "50 weeks".
fn quantity(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let head_in = t.is(i, "in");
    let j = if head_in { i + 1 } else { i };
    let (n, u) = count_at(t, j)?;
    let unit = lexicon::unit(t.w(u)).filter(|_| !t.cap(u))?;
    if t.is(u + 1, "ago") {
        let n = -i64::from(n);
        return (!head_in).then_some((Expr::Offset { n, unit }, u + 2));
    }
    let article = t.any(j, &["a", "an", "one"]);
    let age = j > 0
        && t.any(
            j - 1,
            &["age", "aged", "ages", "-", "–", "every", "each", "per"],
        );
    let old = t.any(u + 1, &["old", "-"]) || (t.is(u + 1, "of") && t.is(u + 2, "age"));
    if article || age || old || t.glued(u) || (n == 1 && unit != Unit::Decade) {
        return None;
    }
    let long = !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour);
    let span_words =
        (i.saturating_sub(4)..i).any(|k| t.in_set(k, &en::SPAN_CUES) || t.w(k).ends_with("est"));
    if head_in && long && !span_words {
        return Some((Expr::InQuantity { n, unit }, u + 1));
    }
    Some((Expr::Duration { n, unit }, u + 1))
}

/// "the end of October", "the beginning of the year", "the start of next month".
fn edge(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let which = match (t.w(i), t.w(i + 1), t.w(i + 2)) {
        ("the", "end", "of") => Edge::End,
        ("the", "beginning" | "start", "of") => Edge::Start,
        _ => return None,
    };
    let k = i + 3;
    let inner = if t.is(k, "the") && t.any(k + 1, &["year", "month", "week", "decade"]) {
        let unit = lexicon::unit(t.w(k + 1))?;
        Some((Expr::Unit { unit, shift: 0 }, k + 2))
    } else {
        month_led(t, k)
            .or_else(|| relative(t, k))
            .or_else(|| year_led(t, k))
    };
    let (expr, end) = inner?;
    Some((Expr::Edge(Box::new(expr), which), end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::token::plain::tokenize;

    fn texts(s: &str) -> Vec<String> {
        let toks = tokenize(s, 0..s.len());
        scan(&toks)
            .into_iter()
            .filter_map(|h| {
                let a = toks.get(h.toks.start)?.span.start;
                let b = toks.get(h.toks.end - 1)?.span.end;
                s.get(a..b).map(str::to_string)
            })
            .collect()
    }

    #[test]
    fn finds_less_usual_expressions() {
        assert_eq!(
            texts("It lasted twenty-five years until Christmas Eve, not on the Sunday Times."),
            ["twenty-five years", "Christmas Eve"]
        );
        assert_eq!(
            texts("Talks end on the 23rd, and the 1800s, 2019-20 and mid-2020 differ."),
            ["the 23rd", "the 1800s", "2019-20", "2020"]
        );
        assert_eq!(
            texts("RTX 2060 at 1119 Eighth St. for 2000 employees"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn finds_the_usual_expressions() {
        assert_eq!(
            texts("Zelensky said Sunday that diplomats would meet in the next week."),
            ["Sunday", "in the next week"]
        );
        assert_eq!(
            texts("A year ago, on Nov. 5, 2019, it was 48-year-old and $2,000 at 8 a.m."),
            ["A year ago", "Nov. 5, 2019"]
        );
        assert_eq!(
            texts("from March to May 2024, and in the 1990s"),
            ["March to May 2024", "the 1990s"]
        );
        assert_eq!(
            texts("He is 6 years old and served seven years by the end of October."),
            ["seven years", "the end of October"]
        );
    }
}
