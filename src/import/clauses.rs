//! The clauses of a roles bracket without labels: units and the verb that gives them their role
//! (`A、B牵头负责，C、D按职责分工负责`, `A会同有关部门负责`, `A指导，B参与`), and the rules a notice
//! states once for how to read its brackets (`列第一位者为牵头单位`, `列逗号之前的为牵头单位`).

use super::roles::{Field, LeadRule};

/// The rule a clause states, if it states one.
pub fn lead_rule(clause: &str) -> Option<LeadRule> {
    if !clause.contains("牵头") {
        return None;
    }
    if clause.contains("第一位") || clause.contains("排在第一") || clause.contains("排名第一")
    {
        Some(LeadRule::First)
    } else if clause.contains("逗号") {
        Some(LeadRule::BeforeComma)
    } else {
        None
    }
}

/// The verbs that give units a role, longest first where one holds another.
const VERBS: [(&str, Field); 30] = [
    ("为牵头单位", Field::Lead),
    ("为责任单位", Field::Responsible),
    ("为配合单位", Field::Cooperating),
    ("按职责分工牵头负责", Field::Lead),
    ("负责牵头", Field::Lead),
    ("共同牵头", Field::Lead),
    ("联合牵头", Field::Lead),
    ("按职责牵头负责", Field::Lead),
    ("牵头负责", Field::Lead),
    ("牵头落实", Field::Lead),
    ("牵头", Field::Lead),
    ("按职责分工负责落实", Field::Responsible),
    ("按职责分工负责", Field::Responsible),
    ("按职责分工落实", Field::Responsible),
    ("按职责组织落实", Field::Responsible),
    ("按职责负责", Field::Responsible),
    ("组织落实", Field::Responsible),
    ("负责落实", Field::Responsible),
    ("具体负责", Field::Responsible),
    ("共同负责", Field::Responsible),
    ("分别负责", Field::Responsible),
    ("负责", Field::Responsible),
    ("参与", Field::Responsible),
    ("指导", Field::Responsible),
    ("按职责组织配合", Field::Cooperating),
    ("按职责分工配合", Field::Cooperating),
    ("按职责配合", Field::Cooperating),
    ("协助配合", Field::Cooperating),
    ("配合", Field::Cooperating),
    ("协助", Field::Cooperating),
];

/// A clause's units and the role its verb gives them; `None` for units with no verb after them.
pub type Clause<'a> = (Option<Field>, &'a str);

/// The verb clauses of a part of a bracket: `A牵头负责、B组织落实` → (Lead, A), (Responsible, B);
/// units after the last verb come with `None`.
pub fn verb_clauses(part: &str) -> Vec<Clause<'_>> {
    let mut clauses = Vec::new();
    let mut rest = part;
    'scan: while !rest.is_empty() {
        for (index, _) in rest.char_indices() {
            // A verb before 单位 or 部门 is part of a name (专班牵头单位), not a clause's verb.
            let found = VERBS.iter().find(|(verb, _)| {
                rest[index..].starts_with(verb)
                    && !["单位", "部门"]
                        .iter()
                        .any(|noun| rest[index + verb.len()..].starts_with(noun))
            });
            if let Some((verb, field)) = found {
                let names = rest[..index].trim();
                if !names.is_empty() {
                    clauses.push((Some(*field), names));
                }
                rest = rest[index + verb.len()..].trim_start_matches(['、', ' ']);
                continue 'scan;
            }
        }
        clauses.push((None, rest.trim()));
        break;
    }
    clauses
}

/// The units of a clause as a list to split: 会同 and 和 before 各 separate units like 、, and a
/// generic after 等 (`X等有关部门`) is kept apart from the units before it.
pub fn unit_list(names: &str) -> String {
    // 由A负责: 由 is no part of A; nor is an adverb before the verb (A、B共同, A分别).
    let mut names = names.trim().trim_start_matches('由');
    for adverb in [
        "按职责分工",
        "按职责",
        "依职责",
        "共同",
        "分别",
        "联合",
        "具体",
    ] {
        names = names.strip_suffix(adverb).unwrap_or(names);
    }
    names
        .replace("会同", "、")
        .replace("等和各", "、各")
        .replace("和各", "、各")
        .replace("等有关", "、有关")
        .replace("等相关", "、相关")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses() {
        assert_eq!(
            verb_clauses("市住房城乡建设管理委牵头负责、各区政府组织落实"),
            [
                (Some(Field::Lead), "市住房城乡建设管理委"),
                (Some(Field::Responsible), "各区政府")
            ]
        );
        assert_eq!(
            verb_clauses("市民政局按职责组织配合"),
            [(Some(Field::Cooperating), "市民政局")]
        );
        assert_eq!(
            verb_clauses("区教委、区民政局"),
            [(None, "区教委、区民政局")]
        );
        assert_eq!(unit_list("海关总署会同有关部门"), "海关总署、有关部门");
        assert_eq!(unit_list("由区教委"), "区教委");
        assert_eq!(
            verb_clauses("区教委负责牵头"),
            [(Some(Field::Lead), "区教委")]
        );
        assert_eq!(
            verb_clauses("区教委为牵头单位"),
            [(Some(Field::Lead), "区教委")]
        );
        assert_eq!(unit_list("A、B等和各省级人民政府"), "A、B、各省级人民政府");
        assert_eq!(lead_rule("列第一位者为牵头单位"), Some(LeadRule::First));
        assert_eq!(
            lead_rule("排在第一位的部门为牵头部门"),
            Some(LeadRule::First)
        );
        assert_eq!(
            lead_rule("列逗号之前的为牵头单位"),
            Some(LeadRule::BeforeComma)
        );
        assert_eq!(lead_rule("区教委牵头"), None);
    }
}
