//! A roles bracket: labelled (`（牵头单位：A；责任单位：B、C；2025年底前）`, a label after any separator,
//! `A、支撑单位：B`), with verbs (`（A、B牵头，C按职责分工负责）`, read by `clauses`), or plain units
//! read under the lead rule the notice states (`列逗号之前的为牵头单位`); a deadline and a `下同`
//! read too. What is not understood is noted, never guessed.

use super::clauses::{lead_rule, unit_list, verb_clauses};
use super::roles::{label, labelled, Field, LeadRule, Roles};
use super::split::split_top;
use super::units::{looks_like_unit, units};

/// Whether a phrase reads as a deadline: 2025年底前, 11月取得明显成效, 持续推进, 按进度推进.
fn is_deadline(text: &str) -> bool {
    let dated =
        (text.contains('年') || text.contains('月')) && text.chars().any(|c| c.is_ascii_digit());
    dated
        || ["底前", "持续", "长期", "每年", "月底", "按进度"]
            .iter()
            .any(|word| text.contains(word))
}

/// A part of a bracket cut before each label inside it (`A、支撑单位：B` → `A`, `支撑单位：B`).
fn label_split(part: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    for (index, c) in part.char_indices() {
        if index > 0 && matches!(c, '：' | ':') {
            let before = &part[..index];
            // The longest label that ends here, of at most six characters.
            let starts: Vec<usize> = before
                .char_indices()
                .rev()
                .take(6)
                .map(|(at, _)| at)
                .collect();
            let start = starts
                .into_iter()
                .rev()
                .find(|at| label(&before[*at..]).is_some() && *at > 0);
            if let Some(at) = start {
                cuts.push(at);
            }
        }
    }
    cuts.push(part.len());
    cuts.windows(2)
        .map(|w| part[w[0]..w[1]].trim_matches(['、', ' ']))
        .filter(|p| !p.is_empty())
        .collect()
}

/// The roles in a bracket's text, labelled or with verbs, read under the notice's lead rule (or
/// the one the bracket states); `None` if it names no role.
pub fn bracket(inner: &str, rule: Option<LeadRule>) -> Option<Roles> {
    let mut roles = Roles::default();
    let separators = ['；', ';', '，', ',', '。'];
    let parts: Vec<&str> = split_top(inner, &separators)
        .into_iter()
        .flat_map(label_split)
        .collect();
    let mut kept = Vec::new();
    for part in parts {
        if let Some(stated) = lead_rule(part) {
            roles.rule = Some(stated);
        } else if roles.rule.is_none() || !(part.starts_with("其他") || part.starts_with("其余"))
        {
            kept.push(part);
        }
    }
    let rule = roles.rule.or(rule);
    let (mut current, mut labelled_any, mut any_role) = (None, false, false);
    let mut pending: Vec<&str> = Vec::new();
    for (index, part) in kept.iter().enumerate() {
        let last = index + 1 == kept.len();
        if super::shared::is_carry(part) {
            roles.carry = true;
        } else if let Some(names) = super::shared::standing(part) {
            roles.standing.extend(names);
        } else if let Some((field, value)) = labelled(part) {
            any_role |= field != Field::Deadline;
            labelled_any = true;
            roles.add(field, value);
            current = Some(field);
        } else if (last || index == 0) && is_deadline(part) && verb_clauses(part)[0].0.is_none() {
            // A deadline ends a bracket or starts it (（6月底完成，牵头考核单位：X）).
            roles.add(Field::Deadline, part);
        } else if labelled_any && current.is_some_and(is_units) {
            // A list broken by a comma goes on: 牵头单位：A，B.
            roles.add(current.expect("a field"), part);
        } else {
            for (field, names) in verb_clauses(part) {
                let Some(field) = field else {
                    pending.push(names);
                    continue;
                };
                any_role = true;
                for names in pending.drain(..).chain([names]) {
                    roles.add(field, &unit_list(names));
                }
                current = Some(field);
            }
        }
    }
    // Units with no verb after them count only where every one reads as a unit's name.
    let (pending, unread): (Vec<&str>, Vec<&str>) = pending.into_iter().partition(|names| {
        units(&unit_list(names))
            .names
            .iter()
            .all(|n| looks_like_unit(n))
    });
    for part in unread {
        let reason = format!("括号中的“{part}”没有读懂，没有导入");
        roles.notes.push((Field::Lead, reason));
    }
    if !pending.is_empty() {
        match (current.filter(|f| is_units(*f)), rule) {
            (Some(field), _) => {
                for names in pending {
                    roles.add(field, &unit_list(names));
                    let reason = format!("括号中的“{names}”后面没有写职责，按前面的读取，请核对");
                    roles.notes.push((field, reason));
                }
            }
            (None, Some(LeadRule::BeforeComma)) => {
                any_role = true;
                roles.add(Field::Lead, &unit_list(pending[0]));
                for names in &pending[1..] {
                    roles.add(Field::Cooperating, &unit_list(names));
                }
                let reason = format!(
                    "原文写明“{}”，按此读取，请核对",
                    LeadRule::BeforeComma.words()
                );
                roles.notes.push((Field::Lead, reason));
            }
            (None, _) => {
                for part in pending {
                    let reason = format!("括号中的“{part}”没有读懂，没有导入");
                    roles.notes.push((Field::Lead, reason));
                }
            }
        }
    }
    if rule == Some(LeadRule::First) && roles.lead.is_empty() && !labelled_any {
        if let Some(first) = (!roles.responsible.is_empty()).then(|| roles.responsible.remove(0)) {
            roles.lead.push(first);
            let reason = format!(
                "原文写明“{}”，按此取第一个单位为牵头单位，请核对",
                LeadRule::First.words()
            );
            roles.notes.push((Field::Lead, reason));
        }
    }
    any_role.then_some(roles)
}

/// Whether a field holds units.
fn is_units(field: Field) -> bool {
    matches!(field, Field::Lead | Field::Responsible | Field::Cooperating)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Official;

    fn check(
        inner: &str,
        lead: &[&str],
        responsible: &[&str],
        deadline: Option<&str>,
        notes: usize,
    ) {
        let roles = bracket(inner, None).unwrap_or_default();
        assert_eq!(roles.lead, lead, "{inner}");
        assert_eq!(roles.responsible, responsible, "{inner}");
        assert_eq!(roles.deadline.as_deref(), deadline, "{inner}");
        assert_eq!(roles.notes.len(), notes, "{inner}: {:?}", roles.notes);
    }

    #[test]
    fn brackets() {
        check(
            "牵头单位：区教委；责任单位：区民政局、各街道",
            &["区教委"],
            &["区民政局", "各街道"],
            None,
            0,
        );
        check(
            "牵头单位：区教委;责任单位：区民政局，区财政局;2025年底前",
            &["区教委"],
            &["区民政局", "区财政局"],
            Some("2025年底前"),
            0,
        );
        check(
            "区教委、区卫生健康委牵头，各镇街按职责分工负责",
            &["区教委", "区卫生健康委"],
            &["各镇街"],
            None,
            0,
        );
        check(
            "牵头领导：常务副区长；牵头单位：区财政局",
            &["区财政局"],
            &[],
            None,
            1,
        );
        let roles = bracket("牵头领导：常务副区长；牵头单位：区财政局", None).unwrap_or_default();
        assert_eq!(
            roles.officials,
            [Official {
                role: "牵头领导".into(),
                post: "常务副区长".into()
            }]
        );
        check(
            "牵头单位：区教委，责任单位：各镇街，下同",
            &["区教委"],
            &["各镇街"],
            None,
            0,
        );
        assert!(bracket("牵头单位：区教委，下同", None).is_some_and(|roles| roles.carry));
        check("以下简称《方案》", &[], &[], None, 0);
        check("由区教委负责", &[], &["区教委"], None, 0);
        check(
            "区教委负责牵头，区财政局参与",
            &["区教委"],
            &["区财政局"],
            None,
            0,
        );
        check(
            "区教委、区民政局共同牵头",
            &["区教委", "区民政局"],
            &[],
            None,
            0,
        );
        check(
            "区教委为牵头单位，区财政局为责任单位",
            &["区教委"],
            &["区财政局"],
            None,
            0,
        );
        check(
            "牵头单位：区教委。配合单位：区财政局、支撑单位：区民政局",
            &["区教委"],
            &[],
            None,
            0,
        );
        check(
            "区教委牵头，区财政局配合，2024年6月底前完成",
            &["区教委"],
            &[],
            Some("2024年6月底前完成"),
            0,
        );
        assert!(bracket("深穹平台", None).is_none());
        let first =
            bracket("区教委、区财政局负责。列第一位者为牵头单位，下同", None).unwrap_or_default();
        assert_eq!(
            (first.lead, first.responsible),
            (vec!["区教委".to_owned()], vec!["区财政局".to_owned()])
        );
        let comma = bracket(
            "区交通局、南山区政府，区规划局",
            Some(LeadRule::BeforeComma),
        )
        .unwrap_or_default();
        assert_eq!(comma.lead, ["区交通局", "南山区政府"]);
        assert_eq!(comma.cooperating, ["区规划局"]);
    }
}
