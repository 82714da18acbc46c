//! Tests of the whole dates stage on small texts.

use super::*;
use crate::text::segment;

fn run(paras: &[&str], r: &str) -> Vec<(String, String, String)> {
    let paras: Vec<String> = paras.iter().map(|s| s.to_string()).collect();
    let t = segment(&paras, 1 << 20);
    let r = NaiveDate::parse_from_str(r, "%Y-%m-%d").ok();
    let show = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    find(&t, &crate::text::marks::find(&t), r)
        .into_iter()
        .map(|f| {
            let dur = f.duration.clone().unwrap_or_default();
            let value = format!("{}..{}{}", show(f.start), show(f.end), dur);
            (
                t.slice(&f.span).to_string(),
                value,
                format!("{:?}", f.grain),
            )
        })
        .collect()
}

#[test]
fn resolves_news_dates() {
    let got = run(
        &[
            "Zelensky said Sunday he was ready. Diplomats would meet in the next week.",
            "Officials met last week. Leaders will travel to Washington this week.",
        ],
        "2025-02-23",
    );
    let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
    assert_eq!(
        values,
        [
            "2025-02-23..2025-02-23",
            "2025-02-24..2025-03-02",
            "2025-02-10..2025-02-16",
            "2025-02-24..2025-03-02"
        ]
    );
}

/// One sentence, published Tuesday 2019-11-19: its expressions and values.
fn one(s: &str) -> Vec<String> {
    run(&[s], "2019-11-19")
        .into_iter()
        .map(|(text, value, _)| format!("{text}={value}"))
        .collect()
}

#[test]
fn tense_picks_the_weekday() {
    assert_eq!(
        one("She will perform on Sunday."),
        ["Sunday=2019-11-24..2019-11-24"]
    );
    assert_eq!(
        one("They said in a statement last Friday."),
        ["last Friday=2019-11-15..2019-11-15"]
    );
    assert_eq!(
        one("Users signed up last Tuesday."),
        ["last Tuesday=2019-11-12..2019-11-12"]
    );
    assert_eq!(
        one("Stadia launched Tuesday morning."),
        ["Tuesday morning=2019-11-19..2019-11-19"]
    );
    assert_eq!(
        one("Richardson decided to weigh in on Monday, saying he should be punished."),
        ["Monday=2019-11-18..2019-11-18"]
    );
}

#[test]
fn months_and_days_take_the_fitting_year() {
    assert_eq!(
        one("He was arrested in April."),
        ["April=2019-04-01..2019-04-30"]
    );
    assert_eq!(
        one("A hearing is scheduled in February."),
        ["February=2020-02-01..2020-02-29"]
    );
    assert_eq!(
        one("His sentencing is scheduled for Feb. 14."),
        ["Feb. 14=2020-02-14..2020-02-14"]
    );
    assert_eq!(
        one("He was due to be released in September."),
        ["September=2019-09-01..2019-09-30"]
    );
    assert_eq!(
        one("It runs Oct. 11–21 in Harrisburg."),
        ["Oct. 11–21=2019-10-11..2019-10-21"]
    );
}

#[test]
fn relative_periods_and_durations() {
    assert_eq!(
        one("The drama began earlier this year, and the band tours next year."),
        [
            "earlier this year=2019-01-01..2019-11-19",
            "next year=2020-01-01..2020-12-31"
        ]
    );
    assert_eq!(
        one("Stocks rose over the weekend."),
        ["over the weekend=2019-11-16..2019-11-17"]
    );
    assert_eq!(
        one("A year ago, NASA acted."),
        ["A year ago=2018-11-19..2018-11-19"]
    );
    assert_eq!(one("He fled for seven years."), ["seven years=..P7Y"]);
    assert_eq!(
        one("It has grown in the past decade."),
        ["in the past decade=..P10Y"]
    );
    assert_eq!(
        one("The 48-year-old was 6 years old at 8 a.m. on $2 a month."),
        Vec::<String>::new()
    );
    assert_eq!(
        one("It happened in 2017 and rose from the previous year."),
        [
            "2017=2017-01-01..2017-12-31",
            "the previous year=2016-01-01..2016-12-31"
        ]
    );
    assert_eq!(
        one("Shoppers wait for Thanksgiving."),
        ["Thanksgiving=2019-11-28..2019-11-28"]
    );
}

#[test]
fn large_inputs_stay_linear() {
    let long = "On Monday the third quarter sales rose in May 2019 and the 1990s ".repeat(8_000);
    let t = segment(&[long], 1 << 20);
    let found = find(
        &t,
        &crate::text::marks::find(&t),
        NaiveDate::from_ymd_opt(2019, 11, 19),
    );
    assert_eq!(found.len(), 8_000 * 4);
}

#[test]
fn list_items_take_the_year_above() {
    let got = run(
        &[
            "The band will kick off the tour June 9, 2020 in Florida.",
            "June 23 -- Veterans United Home Loans Amphitheater, VA",
            "July 2 -- Mohegan Sun Arena, CT",
        ],
        "2019-11-19",
    );
    let starts: Vec<&str> = got.iter().map(|g| g.1.get(..10).unwrap_or("")).collect();
    assert_eq!(starts, ["2020-06-09", "2020-06-23", "2020-07-02"]);
}

#[test]
fn odd_inputs_do_not_panic() {
    let odd = [
        "",
        "May",
        "-",
        "'",
        "’s",
        "1",
        "31st of",
        "the",
        "Q",
        "Q5 2020",
        "2019-",
        "the '",
        "Feb. 30, 2019",
        "9999-99-99",
        "the 1800s and",
        "between and",
        "in the past",
        "Sunday,",
        "last",
        "a week later",
        "the day before",
        "ﬁ 2020 ́",
        "0/0/2020",
    ];
    for s in odd {
        let _ = run(&[s], "2019-11-19");
        let _ = run(&[s], "9999-12-31");
    }
}

#[test]
fn unresolved_without_reference() {
    let paras = vec!["It happened on Monday, in 2016.".to_string()];
    let t = segment(&paras, 1 << 20);
    let found = find(&t, &[], None);
    assert_eq!(found.len(), 2);
    assert!(found[0].start.is_none() && found[0].relative);
    assert_eq!(found[1].start, NaiveDate::from_ymd_opt(2016, 1, 1));
}

#[test]
fn quoted_words_count_from_the_day_they_were_said() {
    let got = run(
        &[
            "Trump said Sunday: “We will vote today and meet tomorrow.”",
            "“It ends today,” she told reporters on Monday.",
        ],
        "2019-11-19",
    );
    let values: Vec<String> = got.iter().map(|g| format!("{}={}", g.0, g.1)).collect();
    assert_eq!(
        values,
        [
            "Sunday=2019-11-17..2019-11-17",
            "today=2019-11-17..2019-11-17",
            "tomorrow=2019-11-18..2019-11-18",
            "today=2019-11-18..2019-11-18",
            "Monday=2019-11-18..2019-11-18",
        ]
    );
}

#[test]
fn schedules_look_ahead() {
    assert_eq!(
        one("The exhibit opens Friday in Boston."),
        ["Friday=2019-11-22..2019-11-22"]
    );
    assert_eq!(
        one("The tour kicks off Sunday."),
        ["Sunday=2019-11-24..2019-11-24"]
    );
    assert_eq!(
        one("The store opens Tuesday."),
        ["Tuesday=2019-11-19..2019-11-19"]
    );
    assert_eq!(
        one("The film premieres in May."),
        ["May=2020-05-01..2020-05-31"]
    );
    assert_eq!(
        one("The vote is set to take place Monday."),
        ["Monday=2019-11-25..2019-11-25"]
    );
}

#[test]
fn this_and_next_weekdays() {
    // 2019-11-19 is a Tuesday; 2019-11-23 a Saturday; 2019-11-24 a Sunday.
    let at = |s: &str, r: &str| run(&[s], r).into_iter().map(|g| g.1).collect::<Vec<_>>();
    assert_eq!(
        at("They meet next Friday.", "2019-11-19"),
        ["2019-11-22..2019-11-22"]
    );
    assert_eq!(
        at("They meet this Friday.", "2019-11-19"),
        ["2019-11-22..2019-11-22"]
    );
    assert_eq!(
        at("They met this Monday.", "2019-11-23"),
        ["2019-11-18..2019-11-18"]
    );
    assert_eq!(
        at("They will meet this Friday.", "2019-11-24"),
        ["2019-11-29..2019-11-29"]
    );
    assert_eq!(
        at("They meet next Friday.", "2019-11-22"),
        ["2019-11-29..2019-11-29"]
    );
}

#[test]
fn holidays_as_modifiers_are_not_dates() {
    assert_eq!(
        one("Black Friday deals are everywhere."),
        Vec::<String>::new()
    );
    assert_eq!(
        one("Stores will open on Black Friday."),
        ["Black Friday=2019-11-29..2019-11-29"]
    );
    assert_eq!(
        one("Crowds are expected over Black Friday weekend."),
        ["Black Friday weekend=2019-11-29..2019-12-01"]
    );
    assert_eq!(
        one("Traffic peaked on Labor Day weekend."),
        ["Labor Day weekend=2019-08-31..2019-09-02"]
    );
}

#[test]
fn past_spans_are_durations() {
    assert_eq!(
        one("It grew over the past year."),
        ["over the past year=..P1Y"]
    );
    assert_eq!(
        one("It grew in the past decade."),
        ["in the past decade=..P10Y"]
    );
    assert_eq!(
        one("It grew in the last five years."),
        ["in the last five years=..P5Y"]
    );
    assert_eq!(
        one("It grew last year."),
        ["last year=2018-01-01..2018-12-31"]
    );
}
