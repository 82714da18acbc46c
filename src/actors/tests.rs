use super::*;
use crate::mentions;
use crate::model::ActorKind;
use crate::text::segment;

fn cast(paras: &[&str], title: Option<&str>) -> Cast {
    let blocks: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
    let text = segment(&blocks, 1 << 20);
    let ms = mentions::find(&text);
    let mut c = resolve(&text, &crate::text::marks::find(&text), &ms);
    rank(&mut c, &text, &ms, title, &[]);
    c
}

fn find<'a>(c: &'a Cast, name: &str) -> Option<&'a Member> {
    c.members.iter().find(|m| m.name == name)
}

#[test]
fn merges_aliases_and_descriptions() {
    let c = cast(
        &[
            "Volodymyr Zelensky said he wants to meet Donald Trump before the U.S. president meets Vladimir Putin.",
            "Trump's comments angered Zelensky. The Ukrainian leader also called for Mr. Trump to act.",
        ],
        Some("Zelensky offers to resign"),
    );
    let z = find(&c, "Volodymyr Zelensky").map(|m| (m.aliases.clone(), m.mentions.len()));
    assert_eq!(
        z,
        Some((vec!["Zelensky".into(), "the Ukrainian leader".into()], 3))
    );
    let t = find(&c, "Donald Trump");
    assert_eq!(
        t.and_then(|m| m.role.clone()),
        Some("U.S. president".into())
    );
    assert_eq!(t.map(|m| m.mentions.len()), Some(4));
    let people = c
        .members
        .iter()
        .filter(|m| m.kind == ActorKind::Person)
        .count();
    assert_eq!(people, 3);
    assert!(c.members[0].salience > 0.0 && c.members[0].salience <= 1.0);
}

#[test]
fn merges_acronyms_and_credits_quotes() {
    let paras = ["The Department of Homeland Security said DHS would act. Walt Disney Co. and Disney agreed."];
    let c = cast(&paras, None);
    let names: Vec<&str> = c.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        ["Department of Homeland Security", "Walt Disney Co."]
    );
    let before = c.members[1].salience;
    let text = segment(&[paras[0].to_string()], 1 << 20);
    let ms = mentions::find(&text);
    let mut c = resolve(&text, &crate::text::marks::find(&text), &ms);
    rank(&mut c, &text, &ms, None, &[Some(ActorId(1)), None]);
    assert_eq!(c.members[1].quotes, 1);
    assert!(c.members[1].salience > before);
}

/// The sample article's paragraphs (the shared fixture), for an end-to-end check of
/// people, roles and merging.
const SAMPLE: &[&str] = &[
    "Volodymyr Zelensky said Sunday — the eve of the third anniversary of Russia's invasion — that he was ready to quit as Ukraine's president if it meant Kyiv would be admitted to the NATO military alliance.",
    "He spoke as Russia's TASS news agency reported that U.S. and Russian diplomats would meet in the next week, a follow-up to Riyadh talks between Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Marco Rubio.",
    "Zelensky has faced fierce criticism from the new U.S. administration and said he wants to meet Donald Trump before the U.S. president meets his Russian counterpart Vladimir Putin.",
    "Zelensky has been calling for Ukraine to be given NATO membership as part of any deal to end",
    "the war, but the Washington-led alliance has been reluctant to make a pledge.",
    "“If there is peace for Ukraine, if you really need me to leave my post, I am ready. ... I can exchange it for NATO,” Zelensky told a Kyiv press conference, adding he would depart “immediately” if necessary.",
    "Zelensky and Trump have been engaged in a war of words since U.S. and Russian officials met last week in Saudi Arabia for their first high-level talks in three years. The move shook the West's policy to isolate the Kremlin and infuriated Ukrainian and European leaders as they were not invited.",
    "In a series of verbal attacks over the last week, Trump has branded Zelensky a “dictator,” falsely claimed Ukraine “started” the war and said, contrary to independent opinion polls, that Zelensky was unpopular at home.",
    "Zelensky said he was not “offended” by Trump's comments and was ready to test his popularity in elections once martial law ends in Ukraine.",
    "“One would be offended by the word ‘dictator,’ if he was a dictator,” Zelensky told the press conference.",
    "“I want very much from Trump understanding of each other,” he said, adding that “security guarantees” from the U.S. president were “much needed.”",
    "The Ukrainian leader also called for Trump to meet with him before any summit with Putin. He added that there had been “progress” on a deal to give the United States preferential access to Ukraine's critical resources.",
    "As its troops advance on the battlefield and it continues massive aerial attacks, Russia has revelled in the diplomat spat between Trump and Zelensky.",
    "Earlier, the Kremlin hailed dialogue between Trump and Vladimir Putin — whom spokesman Dmitry Peskov called two “extraordinary” presidents — as “promising.”",
    "Despite Zelensky's push for long-term security assistance and Trump talking up a peace deal, it is unclear whether the U.S. moves can bring Moscow and Kyiv closer to a truce.",
    "UN Secretary-General Antonio Guterres meanwhile called Sunday for a Ukraine peace deal that respects the country's “territorial integrity.”",
    "Scrambling to respond to Trump's dramatic policy reversal, French President Emmanuel Macron and British Prime Minister Keir Starmer will travel to Washington this week to make the case for supporting Ukraine.",
];

#[test]
fn sample_article_people_and_roles() {
    let c = cast(
        SAMPLE,
        Some("Zelensky Offers to Resign in Exchange for Ukrainian NATO Membership"),
    );
    let people: Vec<(&str, Option<&str>)> = c
        .members
        .iter()
        .filter(|m| m.kind == ActorKind::Person)
        .map(|m| (m.name.as_str(), m.role.as_deref()))
        .collect();
    let want = [
        ("Volodymyr Zelensky", Some("Ukraine's president")),
        ("Sergei Lavrov", Some("Russian Foreign Minister")),
        ("Marco Rubio", Some("U.S. Secretary of State")),
        ("Donald Trump", Some("U.S. president")),
        ("Vladimir Putin", Some("Russian counterpart")),
        ("Dmitry Peskov", Some("spokesman")),
        ("Antonio Guterres", Some("UN Secretary-General")),
        ("Emmanuel Macron", Some("French President")),
        ("Keir Starmer", Some("British Prime Minister")),
    ];
    assert_eq!(people, want);
    let orgs: Vec<&str> = c
        .members
        .iter()
        .filter(|m| m.kind == ActorKind::Organization)
        .map(|m| m.name.as_str())
        .collect();
    assert!(
        orgs.contains(&"NATO") && orgs.contains(&"Kremlin"),
        "{orgs:?}"
    );
}

#[test]
fn a_title_or_role_gives_the_gender() {
    use crate::lex::gender::Gender;
    let c = cast(
        &[
            "Ms. Anna Persson met John Carter and Robin Hale on Monday.",
            "Carter, a spokesman for the agency, spoke first. Ms. Hale and Mr. Hale were both there.",
        ],
        None,
    );
    let gender = |name: &str| find(&c, name).and_then(|m| m.gender);
    assert_eq!(
        gender("Anna Persson"),
        Some(Gender::Female),
        "a title before a mention"
    );
    assert_eq!(gender("John Carter"), Some(Gender::Male), "a role");
    assert_eq!(gender("Robin Hale"), None, "titles that disagree");
}

#[test]
fn the_pronouns_after_a_subject_give_the_gender() {
    use crate::lex::gender::Gender;
    let text = [
        "Robin Allen writes that she will run again next year.",
        "Allen said her campaign starts in May. Kim Lee met Allen. \"He is wrong,\" Lee said.",
    ];
    let c = cast(&text, None);
    for (name, want) in [("Robin Allen", Some(Gender::Female)), ("Kim Lee", None)] {
        // Kim Lee: a pronoun inside a quote tells nothing.
        assert_eq!(find(&c, name).and_then(|m| m.gender), want, "{name}");
    }
    let subject = c.subjects.first().copied().flatten().map(|s| s.pos);
    assert_eq!(
        subject,
        Some(0),
        "the first sentence's subject is Robin Allen"
    );
}
