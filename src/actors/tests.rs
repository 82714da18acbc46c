use super::*;
use crate::mentions;
use crate::text::segment;

fn cast(paras: &[&str], title: Option<&str>) -> Cast {
    let blocks: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
    let text = segment(&blocks, 1 << 20);
    let ms = mentions::find(&text);
    resolve(&text, &ms, title)
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
    let mut c = cast(
        &["The Department of Homeland Security said DHS would act. Walt Disney Co. and Disney agreed."],
        None,
    );
    let names: Vec<&str> = c.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        ["Department of Homeland Security", "Walt Disney Co."]
    );
    let before = c.members[1].salience;
    credit_quotes(&mut c, &[Some(ActorId(1)), None]);
    assert_eq!(c.members[1].quotes, 1);
    assert!(c.members[1].salience > before);
}
