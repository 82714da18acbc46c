//! End-to-end tests of the quotes stage on tiny texts with hand-built mentions.

use super::*;
use crate::actors::Member;
use crate::model::{ActorKind, QuoteKind};
use crate::text::segment;
use std::ops::Range;

/// An actor for the tests: its name, kind and the other strings that mention it.
type Spec<'a> = (&'a str, ActorKind, &'a [&'a str]);

/// Builds text, mentions (every word-bounded occurrence of a name, longest first) and
/// cast.
fn setup(paras: &[&str], actors: &[Spec]) -> (Text, Vec<Mention>, Cast) {
    let t = segment(
        &paras.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        1 << 20,
    );
    let mut found: Vec<(Range<usize>, usize)> = Vec::new();
    for (a, (name, _, aliases)) in actors.iter().enumerate() {
        for n in std::iter::once(name).chain(aliases.iter()) {
            for (i, _) in t.text.match_indices(n) {
                let end = i + n.len();
                let before = t.text[..i].chars().next_back();
                let after = t.text[end..].chars().next();
                if before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                found.push((i..end, a));
            }
        }
    }
    found.sort_by_key(|(r, _)| (r.start, usize::MAX - r.end));
    let mut kept: Vec<(Range<usize>, usize)> = Vec::new();
    for f in found {
        if kept.last().map_or(true, |k| f.0.start >= k.0.end) {
            kept.push(f);
        }
    }
    let mentions: Vec<Mention> = kept
        .iter()
        .map(|(r, a)| Mention {
            span: r.clone(),
            kind: actors[*a].1,
            name: t.text[r.clone()].to_string(),
            role: None,
            role_source: None,
            sentence: t.sentence_at(r.start).unwrap_or(0),
            description: false,
        })
        .collect();
    let mut cast = Cast {
        members: actors
            .iter()
            .enumerate()
            .map(|(a, (name, kind, aliases))| Member {
                name: name.to_string(),
                kind: *kind,
                role: None,
                aliases: aliases.iter().map(|s| s.to_string()).collect(),
                mentions: kept
                    .iter()
                    .enumerate()
                    .filter(|(_, k)| k.1 == a)
                    .map(|(i, _)| i)
                    .collect(),
                gender: None,
                quotes: 0,
                salience: 0.0,
            })
            .collect(),
        of_mention: kept.iter().map(|(_, a)| Some(ActorId(*a as u32))).collect(),
        names: Default::default(),
        subjects: Vec::new(),
    };
    crate::actors::complete(&t, &crate::text::marks::find(&t), &mentions, &mut cast);
    (t, mentions, cast)
}

/// (text, kind, speaker name, cue) of each quote found.
fn run(
    paras: &[&str],
    actors: &[Spec],
) -> Vec<(String, QuoteKind, Option<String>, Option<String>)> {
    let (t, m, c) = setup(paras, actors);
    find(&t, &crate::text::marks::find(&t), &m, &c)
        .into_iter()
        .map(|f| {
            let who = f.speaker.and_then(|id| c.get(id)).map(|m| m.name.clone());
            (t.slice(&f.span).to_string(), f.kind, who, f.cue)
        })
        .collect()
}

const P: ActorKind = ActorKind::Person;
const O: ActorKind = ActorKind::Organization;
const Z: Spec = ("Volodymyr Zelensky", P, &["Zelensky"]);
const T: Spec = ("Donald Trump", P, &["Trump"]);

fn speakers(
    q: &[(String, QuoteKind, Option<String>, Option<String>)],
) -> Vec<(&str, QuoteKind, Option<&str>)> {
    q.iter()
        .map(|(t, k, s, _)| (t.as_str(), *k, s.as_deref()))
        .collect()
}

#[test]
fn trailer_and_continuation_within_sentence() {
    let q = run(
        &["“I am ready. I can exchange it for NATO,” Zelensky told a Kyiv press conference, adding he would depart “immediately” if necessary."],
        &[Z],
    );
    assert_eq!(
        speakers(&q),
        [
            (
                "I am ready. I can exchange it for NATO,",
                QuoteKind::Full,
                Some("Volodymyr Zelensky")
            ),
            (
                "immediately",
                QuoteKind::Partial,
                Some("Volodymyr Zelensky")
            ),
        ]
    );
    assert_eq!(q[0].3.as_deref(), Some("told"));
}

#[test]
fn subject_of_naming_verbs_and_shared_subject() {
    let q = run(
        &["In a series of attacks, Trump has branded Zelensky a “dictator,” falsely claimed Ukraine “started” the war."],
        &[Z, T, ("Ukraine", ActorKind::Place, &[])],
    );
    assert_eq!(
        speakers(&q),
        [
            ("dictator,", QuoteKind::Partial, Some("Donald Trump")),
            ("started", QuoteKind::Partial, Some("Donald Trump")),
        ]
    );
}

#[test]
fn pronoun_and_same_sentence_partials() {
    let q = run(
        &[
            "“One would be offended by the word ‘dictator,’ if he was a dictator,” Zelensky told the press conference.",
            "“I want very much from Trump understanding of each other,” he said, adding that “security guarantees” from the U.S. president were “much needed.”",
        ],
        &[Z, T],
    );
    let z = Some("Volodymyr Zelensky");
    assert_eq!(
        speakers(&q),
        [
            (
                "One would be offended by the word ‘dictator,’ if he was a dictator,",
                QuoteKind::Full,
                z
            ),
            (
                "I want very much from Trump understanding of each other,",
                QuoteKind::Full,
                z
            ),
            ("security guarantees", QuoteKind::Partial, z),
            ("much needed.", QuoteKind::Partial, z),
        ]
    );
}

#[test]
fn dash_parenthetical_and_org_speaker() {
    let q = run(
        &["Earlier, the Kremlin hailed dialogue between Trump and Vladimir Putin — whom spokesman Dmitry Peskov called two “extraordinary” presidents — as “promising.”"],
        &[T, ("Vladimir Putin", P, &[]), ("Dmitry Peskov", P, &[]), ("Kremlin", O, &[])],
    );
    assert_eq!(
        speakers(&q),
        [
            ("extraordinary", QuoteKind::Partial, Some("Dmitry Peskov")),
            ("promising.", QuoteKind::Partial, Some("Kremlin")),
        ]
    );
}

#[test]
fn titles_and_scare_quotes_are_not_quotes() {
    let q = run(
        &[
            "The service is stocked with shows from Pixar, “Star Wars,” and “Mary Poppins.”",
            "The office designated it an “undesirable” organization.",
        ],
        &[],
    );
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn appositives_and_unnamed_sources() {
    let q = run(
        &[
            "“We have a need,” Steve Clarke, deputy administrator at NASA, said in a call.",
            "\"Vaccines are not feasible,\" the spokesperson said.",
            "\"There are big players,\" said Michael Sims, CEO of Ceres.",
        ],
        &[
            ("Steve Clarke", P, &[]),
            ("NASA", O, &[]),
            ("Michael Sims", P, &[]),
        ],
    );
    assert_eq!(
        speakers(&q),
        [
            ("We have a need,", QuoteKind::Full, Some("Steve Clarke")),
            ("Vaccines are not feasible,", QuoteKind::Full, None),
            (
                "There are big players,",
                QuoteKind::Full,
                Some("Michael Sims")
            ),
        ]
    );
}

#[test]
fn colon_intro_and_multi_paragraph() {
    let q = run(
        &[
            "Ms Persson said: \"I would like to emphasise the point.",
            "\"Her statements have been coherent.\"",
            "The company denied it.",
        ],
        &[("Eva-Marie Persson", P, &["Persson"])],
    );
    let p = Some("Eva-Marie Persson");
    assert_eq!(
        speakers(&q),
        [
            ("I would like to emphasise the point.", QuoteKind::Full, p),
            ("Her statements have been coherent.", QuoteKind::Full, p),
        ]
    );
}

#[test]
fn it_and_they_point_to_organizations() {
    let q = run(
        &[
            "Big Machine have twice denied doing anything wrong.",
            "\"At no point did we block her,\" they said.",
            "The company that runs the AMAs, Dick Clark Productions, denies that.",
            "\"We have no further comment,\" they said.",
        ],
        &[
            ("Big Machine", O, &[]),
            ("AMAs", O, &[]),
            ("Dick Clark Productions", O, &[]),
        ],
    );
    assert_eq!(q[0].2.as_deref(), Some("Big Machine"));
    assert_eq!(q[1].2.as_deref(), Some("Dick Clark Productions"));
}

#[test]
fn split_quote_dash_trailer_and_according_to() {
    let s: Spec = ("Jane Smith", P, &["Smith"]);
    let q = run(
        &[
            "\"I don't know,\" Smith said, \"but we will see what happens.\"",
            "“We will never give up.” — Jane Smith",
            "According to Smith, “the plan is dead.”",
            "“It is over,” said Smith’s spokesman.",
        ],
        &[s],
    );
    let j = Some("Jane Smith");
    assert_eq!(
        speakers(&q),
        [
            ("I don't know,", QuoteKind::Full, j),
            ("but we will see what happens.", QuoteKind::Full, j),
            ("We will never give up.", QuoteKind::Full, j),
            ("the plan is dead.", QuoteKind::Full, j),
            ("It is over,", QuoteKind::Full, None),
        ]
    );
}

#[test]
fn descriptions_resolve_through_aliases() {
    let z: Spec = (
        "Volodymyr Zelensky",
        P,
        &["Zelensky", "the Ukrainian leader"],
    );
    let q = run(
        &["Zelensky spoke. “We are ready to talk about peace now,” the Ukrainian leader said."],
        &[z],
    );
    assert_eq!(q[0].2.as_deref(), Some("Volodymyr Zelensky"));
}

#[test]
fn nearest_verb_without_subject_yields_to_an_earlier_one() {
    let s: Spec = ("Jane Smith", P, &["Smith"]);
    let q = run(
        &["Smith said the company, which announced layoffs, would “never recover.”"],
        &[s],
    );
    assert_eq!(
        speakers(&q),
        [("never recover.", QuoteKind::Partial, Some("Jane Smith"))]
    );
}

#[test]
fn pathological_inputs_stay_fast() {
    let many_quotes = "“a b,” he said, ".repeat(20_000);
    let many_verbs = format!("{} “x y z”", "Smith, who said, adding, ".repeat(20_000));
    let marks = "\"'‘’“”«»„ ".repeat(20_000);
    let start = std::time::Instant::now();
    let q = run(
        &[&many_quotes, &many_verbs, &marks],
        &[("Jane Smith", P, &["Smith"])],
    );
    assert!(q.len() >= 20_000);
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
}

#[test]
fn titles_tell_he_from_she() {
    let q = run(
        &["Tom Jones met Ms Persson and Mr Assange on Monday. “The case is closed now,” she said."],
        &[("Eva Persson", P, &["Persson"]), ("Julian Assange", P, &["Assange"]), ("Tom Jones", P, &[])],
    );
    assert_eq!(q[0].2.as_deref(), Some("Eva Persson"));
}

#[test]
fn the_agency_points_back_to_an_organization() {
    let q = run(
        &["In August, CBP announced it would not vaccinate families. The agency said the stays were “short-term” anyway."],
        &[("CBP", O, &[])],
    );
    assert_eq!(q[0].2.as_deref(), Some("CBP"));
}

#[test]
fn right_subjects_after_the_verb() {
    let q = run(
        &[
            "“Talks are promising,” said the Kremlin.",
            "“We will wait,” said the agency in a statement.",
            "“No comment,” said a spokesperson.",
        ],
        &[("Kremlin", O, &[])],
    );
    assert_eq!(q[0].2.as_deref(), Some("Kremlin"));
    assert_eq!(q[1].2.as_deref(), Some("Kremlin"));
    assert_eq!(q[2].2.as_deref(), None);
}

#[test]
fn name_and_colon() {
    let q = run(&["President Zelensky: “We are ready to sign.”"], &[Z]);
    assert_eq!(
        speakers(&q),
        [(
            "We are ready to sign.",
            QuoteKind::Full,
            Some("Volodymyr Zelensky")
        )]
    );
}

#[test]
fn names_and_terms_are_not_quotes() {
    let q = run(
        &["Trump said the so-called “peace plan” was a trap, and that the word “dictator” is known as “a slur.”"],
        &[T],
    );
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_role_phrase_names_its_holder() {
    let (t, m, mut c) = setup(
        &["China’s ambassador to Britain accused the UK of meddling and warned that Beijing “will not sit on our hands”."],
        &[("Liu Xiaming", P, &[]), ("Britain", ActorKind::Place, &["UK"])],
    );
    c.members[0].role = Some("China's ambassador to Britain".into());
    crate::actors::complete(&t, &crate::text::marks::find(&t), &m, &mut c); // the index reads the role
    let q = find(&t, &crate::text::marks::find(&t), &m, &c);
    assert_eq!(q[0].speaker, Some(ActorId(0)));
}

#[test]
fn the_doctors_are_their_group() {
    let q = run(
        &[
            "The doctors, members of a group called D4CC, offered to help.",
            "“We implore you to allow our clinic,” the physicians stated.",
            "The Centers for Disease Control recommends vaccines.",
            "“We have seen the effects of flu,” the physicians stated.",
        ],
        &[("D4CC", O, &[]), ("Centers for Disease Control", O, &[])],
    );
    assert_eq!(q[0].2.as_deref(), Some("D4CC"));
    assert_eq!(q[1].2.as_deref(), Some("D4CC"));
}

#[test]
fn crossheads_take_the_speaker_of_the_quote_they_repeat() {
    let q = run(
        &[
            "“We write with urgency”",
            "“Flu season has begun, so we write with urgency,” Arroyo said.",
            "“Constructive”",
        ],
        &[("Luz Arroyo", P, &["Arroyo"])],
    );
    assert_eq!(
        speakers(&q),
        [
            ("We write with urgency", QuoteKind::Full, Some("Luz Arroyo")),
            (
                "Flu season has begun, so we write with urgency,",
                QuoteKind::Full,
                Some("Luz Arroyo")
            ),
        ]
    );
}

#[test]
fn subjects_after_the_verb_with_roles_and_appositives() {
    let q = run(
        &[
            "“Revenue fell,” says veteran industry analyst Ken Doctor.",
            "According to his aunt, Jane Starner, “He was brilliant from the start.”",
            "Plague is “always fatal”, says WHO.",
        ],
        &[
            ("Ken Doctor", P, &[]),
            ("Jane Starner", P, &[]),
            ("World Health Organization", O, &[]),
        ],
    );
    let who: Vec<Option<&str>> = q.iter().map(|x| x.2.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("Ken Doctor"),
            Some("Jane Starner"),
            Some("World Health Organization")
        ]
    );
}

#[test]
fn coordinated_verbs_and_long_appositives() {
    let q = run(
        &[
            "Volker said he never used the term \"three amigos\" and added, \"I did not say that.\"",
            "Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: “We are pleased to work together.”",
            "“We need a big rocket,” said Rep. Brian Babin (R-TX), ranking member.",
        ],
        &[("Kurt Volker", P, &["Volker"]), ("Steve Menet", P, &[]), ("Dräger", O, &[]), ("Brian Babin", P, &[])],
    );
    let who: Vec<Option<&str>> = q.iter().map(|x| x.2.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("Kurt Volker"),
            Some("Steve Menet"),
            Some("Brian Babin")
        ]
    );
}

#[test]
fn pronouns_inside_reported_clauses_and_specific_organizations() {
    let q = run(
        &[
            "The Security Council met on Monday.",
            "Russia's foreign ministry said it viewed the move as “another measure contradicting” the law.",
            "The French foreign ministry said it “regrets any decision” of the kind.",
            "The agency said it was “deeply concerned.”",
        ],
        &[("Security Council", O, &[]), ("Russia", ActorKind::Place, &[])],
    );
    let who: Vec<Option<&str>> = q.iter().map(|x| x.2.as_deref()).collect();
    assert_eq!(who, [None, Some("Security Council")]); // "viewed" with nobody: dropped
}

#[test]
fn other_languages_and_colon_paragraphs() {
    let q = run(
        &[
            "«Die Begriffe sind bewusst vage», erklärt Philippe Reich.",
            "“Todo está muy calmado”, dijo el portavoz Oliver Peiler.",
            "In the words of Martin Luther King, “Every society has its protectors of status quo.”",
            "Brian Moynihan, CEO of Bank of America, to employees via CNBC:",
            "“I am always struck at how committed we are.”",
            "AccuWeather forecaster Dan Kottlowski is sure of his forecast.",
            "“It’s going to be a busy season,” he said.",
        ],
        &[
            ("Philippe Reich", P, &[]),
            ("Oliver Peiler", P, &[]),
            ("Martin Luther King", P, &[]),
            ("Brian Moynihan", P, &[]),
            ("Bank of America", O, &[]),
            ("AccuWeather", O, &[]),
            ("Dan Kottlowski", P, &[]),
        ],
    );
    let who: Vec<Option<&str>> = q.iter().map(|x| x.2.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("Philippe Reich"),
            Some("Oliver Peiler"),
            Some("Martin Luther King"),
            Some("Brian Moynihan"),
            Some("Dan Kottlowski")
        ]
    );
}

#[test]
fn random_texts_never_panic() {
    let alphabet: Vec<char> = "aZ said he, told “”\"'‘’«»„「」—.:;!?\n é漢字😀 Smith’s "
        .chars()
        .collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..300 {
        let mut paras = Vec::new();
        for _ in 0..3 {
            let mut s = String::new();
            for _ in 0..60 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            paras.push(s);
        }
        let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
        let (t, m, c) = setup(&refs, &[("Jane Smith", P, &["Smith"])]);
        for f in find(&t, &crate::text::marks::find(&t), &m, &c) {
            assert!(t.text.get(f.span.clone()).is_some());
        }
    }
}

#[test]
fn the_role_names_its_only_holder() {
    let (t, m, mut c) = setup(
        &["Van Der Beek spoke on Monday. “It makes you more human,” said the actor."],
        &[("James Van Der Beek", P, &["Van Der Beek"])],
    );
    c.members[0].role = Some("actor".into());
    crate::actors::complete(&t, &crate::text::marks::find(&t), &m, &mut c); // the index reads the role
    let q = find(&t, &crate::text::marks::find(&t), &m, &c);
    assert_eq!(q[0].speaker, Some(ActorId(0)));
}

#[test]
fn a_participle_after_a_verb_of_no_speech_takes_the_sentence_subject() {
    let q = run(
        &[
            "Donald Trump has delivered a defense of “New York values,” saying the city embodied “bravery and heart.”",
            "Ms. Clinton addressed supporters in an email. She wrote to them, saying that “hate is wrong.”",
        ],
        &[T, ("Hillary Clinton", P, &["Clinton"])],
    );
    let got: Vec<_> = speakers(&q).into_iter().map(|(t, _, s)| (t, s)).collect();
    assert!(
        got.contains(&("bravery and heart.", Some("Donald Trump"))),
        "{got:?}"
    );
    assert!(
        got.contains(&("hate is wrong.", Some("Hillary Clinton"))),
        "{got:?}"
    );
}

#[test]
fn a_participle_after_by_or_before_takes_the_subject() {
    let q = run(
        &[
            "Zelensky ended his speech by saying “we will win.”",
            "“There is danger,” Trump told reporters, before insisting he had a “great relationship” with voters.",
        ],
        &[Z, T],
    );
    let got: Vec<_> = speakers(&q).into_iter().map(|(t, _, s)| (t, s)).collect();
    assert_eq!(
        got,
        [
            ("we will win.", Some("Volodymyr Zelensky")),
            ("There is danger,", Some("Donald Trump")),
            ("great relationship", Some("Donald Trump")),
        ]
    );
}

/// (quoted words, speaker, source description) of each quote found.
fn sources(paras: &[&str], actors: &[Spec]) -> Vec<(String, Option<String>, Option<String>)> {
    let (t, m, c) = setup(paras, actors);
    find(&t, &crate::text::marks::find(&t), &m, &c)
        .into_iter()
        .map(|f| {
            let who = f.speaker.and_then(|id| c.get(id)).map(|m| m.name.clone());
            let src = f.source.as_ref().map(|r| t.slice(r).to_string());
            (t.slice(&f.span).to_string(), who, src)
        })
        .collect()
}

#[test]
fn an_unnamed_source_keeps_its_description() {
    let got = sources(
        &[
            "“We are further apart than a week ago,” a senior official said. “Nobody expects a deal.”",
            "“The gap is wide,” said two people familiar with the talks, who asked not to be named.",
            "A spokeswoman for the mayor told reporters that the plan was “a step back.”",
            "“We will keep talking,” Zelensky said.",
            "“It is over,” said an aide who was in the room.",
        ],
        &[Z],
    );
    let got: Vec<(&str, Option<&str>, Option<&str>)> = got
        .iter()
        .map(|(t, s, d)| (t.as_str(), s.as_deref(), d.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "We are further apart than a week ago,",
                None,
                Some("a senior official")
            ),
            ("Nobody expects a deal.", None, Some("a senior official")),
            (
                "The gap is wide,",
                None,
                Some("two people familiar with the talks")
            ),
            ("a step back.", None, Some("A spokeswoman for the mayor")),
            ("We will keep talking,", Some("Volodymyr Zelensky"), None),
            ("It is over,", None, Some("an aide")),
        ]
    );
}

#[test]
fn no_source_description_for_a_pronoun_a_prepositional_object_or_a_bare_word() {
    let got = sources(
        &[
            "“We are ready,” she said.",
            "On the eve of the vote the mood changed and said “no.”",
            "“It is late,” one said.",
        ],
        &[],
    );
    assert!(got.iter().all(|(_, _, d)| d.is_none()), "{got:?}");
}
