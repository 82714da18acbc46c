use super::*;
use crate::text::segment;

fn mentions(paras: &[&str]) -> Vec<Mention> {
    let blocks: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
    find(&segment(&blocks, 1 << 20))
}

fn people(ms: &[Mention]) -> Vec<(String, Option<String>)> {
    ms.iter()
        .filter(|m| m.kind == ActorKind::Person && !m.description)
        .map(|m| (m.name.clone(), m.role.clone()))
        .collect()
}

#[test]
fn people_with_roles() {
    let ms = mentions(&["He spoke as Russia's TASS news agency reported that U.S. and Russian diplomats would meet, after talks between Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Marco Rubio."]);
    assert_eq!(
        people(&ms),
        [
            (
                "Sergei Lavrov".into(),
                Some("Russian Foreign Minister".into())
            ),
            ("Marco Rubio".into(), Some("U.S. Secretary of State".into())),
        ]
    );
    let orgs: Vec<&str> = ms
        .iter()
        .filter(|m| m.kind == ActorKind::Organization)
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(orgs, ["TASS"]);
}

#[test]
fn no_people_from_openers_and_demonyms() {
    let ms = mentions(&[
        "Despite Zelensky's push, the Ukrainian leader met Volodymyr Zelensky.",
        "Scrambling to respond, Ukrainian and European leaders met on Sunday in March.",
    ]);
    assert_eq!(
        people(&ms),
        [
            ("Zelensky".into(), None),
            ("Volodymyr Zelensky".into(), None)
        ]
    );
    assert!(ms
        .iter()
        .any(|m| m.description && m.name == "the Ukrainian leader"));
}

#[test]
fn cues_make_unknown_names_people() {
    let ms = mentions(&[
        "Cheuk Hau-yip, the commander of Kowloon West district, said he was ready.",
        "Whom spokesman Dmitry Peskov called extraordinary. Peskov said so.",
    ]);
    assert_eq!(
        people(&ms),
        [
            (
                "Cheuk Hau-yip".into(),
                Some("commander of Kowloon West district".into())
            ),
            ("Dmitry Peskov".into(), Some("spokesman".into())),
            ("Peskov".into(), None),
        ]
    );
}

#[test]
fn as_role_goes_to_the_subject() {
    let ms = mentions(&["Volodymyr Zelensky said he was ready to quit as Ukraine's president if it meant Kyiv would join NATO."]);
    assert_eq!(
        people(&ms),
        [(
            "Volodymyr Zelensky".into(),
            Some("Ukraine's president".into())
        )]
    );
}

#[test]
fn role_sources_are_recorded() {
    let blocks = vec![
        "Mayer, Disney's chairman of streaming, said so. Walt Disney Co. executive Kevin Mayer agreed."
            .to_string(),
    ];
    let text = segment(&blocks, 1 << 20);
    let ms = find(&text);
    let sources: Vec<_> = ms
        .iter()
        .filter(|m| m.kind == ActorKind::Person)
        .map(|m| m.role_source)
        .collect();
    assert_eq!(
        sources,
        [Some(RoleSource::Apposition), Some(RoleSource::Title)]
    );
}

#[test]
fn credit_lines_are_no_actors() {
    let ms = mentions(&[
        "By Jane Smith",
        "Reporting by Steve Holland; Editing by Jonathan Oatis",
        "Mark Carney said it (AP Photo/Evan Vucci).",
    ]);
    assert_eq!(people(&ms), [("Mark Carney".into(), None)]);
}

#[test]
fn particles_inside_names() {
    let ms = mentions(&["President Bashar al-Assad met Mr. Ludwig van Beethoven."]);
    assert_eq!(
        people(&ms),
        [
            ("Bashar al-Assad".into(), Some("President".into())),
            ("Ludwig van Beethoven".into(), None)
        ]
    );
}

#[test]
fn companies_named_after_people() {
    let ms = mentions(&["Morgan Stanley and Johnson & Johnson said profits rose."]);
    assert!(people(&ms).is_empty());
}

#[test]
fn a_capitalized_speaker_or_leader_before_a_given_name_is_a_title() {
    let ms = mentions(&[
        "House Speaker Paul Ryan met Senate Majority Leader Mitch McConnell on Monday.",
        "The Fox Host Awards went to the Kansas City Star.",
    ]);
    assert_eq!(
        people(&ms),
        [
            ("Paul Ryan".into(), Some("House Speaker".into())),
            (
                "Mitch McConnell".into(),
                Some("Senate Majority Leader".into())
            ),
        ]
    );
}
