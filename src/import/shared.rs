//! Roles that cover more than one task of a notice's paragraphs: a section heading naming the lead
//! of every task under it (`一、区发展改革委牵头工作（8项）`), a heading that is a unit's name alone
//! over its duties (`（一）区建管委`, `区绿化市容局：…`), and a bracket's `下同`, which carries its
//! roles over to the tasks after it that name none.

use super::clauses::{unit_list, verb_clauses};
use super::roles::{Field, Roles};
use super::split::split_top;
use super::units::{complete, looks_like_unit, units};

/// The lead a section heading names, and the count of tasks it prints, if any:
/// `一、区发展改革委牵头工作（8项）` → (["区发展改革委"], Some(8)). `None` unless every name before
/// 牵头 reads as a unit's and 工作, 任务 or 事项 follows it.
pub fn heading_lead(title: &str) -> Option<(Vec<String>, Option<usize>)> {
    let (_, rest) = title.split_once(['、', '.', '．'])?;
    let (rest, count) = strip_count(rest.trim());
    let (names, after) = rest.split_once("牵头")?;
    let after = after.trim_start_matches('的');
    if !matches!(after, "工作" | "任务" | "事项" | "重点任务") {
        return None;
    }
    let read = units(names);
    let all_units = !read.names.is_empty() && read.names.iter().all(|name| complete(name));
    all_units.then_some((read.names, count))
}

/// A heading's trailing count, `（8项）` or `(8项)`, taken off.
fn strip_count(text: &str) -> (&str, Option<usize>) {
    let Some(inner) = text.strip_suffix(['）', ')']) else {
        return (text, None);
    };
    let Some(open) = inner.rfind(['（', '(']) else {
        return (text, None);
    };
    let bracket = inner[open..].trim_start_matches(['（', '(']);
    match bracket
        .strip_suffix(['项', '条'])
        .and_then(|n| n.parse().ok())
    {
        Some(count) => (inner[..open].trim_end(), Some(count)),
        None => (text, None),
    }
}

/// Whether a bracket's part is the note that its roles hold for what follows (`下同`).
pub fn is_carry(part: &str) -> bool {
    matches!(
        part.trim().trim_end_matches(['。', '）', ')']),
        "下同" | "以下同" | "以下各项同" | "后同"
    )
}

/// The units a bracket's part makes responsible for every task after it: `以下均需A落实` or
/// `以下均由A负责` → A; `不再列出` (no longer listed) says the same and is no unit.
pub fn standing(part: &str) -> Option<Vec<String>> {
    let part = part.trim();
    if part == "不再列出" || part == "不再一一列出" {
        return Some(Vec::new());
    }
    let rest = ["以下均需", "以下均由", "以下各项均需", "以下各项均由"]
        .iter()
        .find_map(|start| part.strip_prefix(start))?;
    let names = ["落实", "负责", "组织实施", "参与"]
        .iter()
        .find_map(|verb| rest.strip_suffix(verb))?;
    Some(units(names).names)
}

/// A numbered paragraph of a list of duties by unit: `区绿化市容局：加强…` (or the unit alone, its
/// duties in the paragraphs below) → the duties and the unit as 责任单位, noted, since such a list
/// names no lead. `None` unless every name before the colon reads as a unit's.
pub fn duty(body: &str) -> Option<(String, Roles)> {
    let (head, duties) = body.split_once(['：', ':']).unwrap_or((body, ""));
    let head = head.trim();
    let read = units(head);
    // A heading names a unit only with a department's ending (执法查处 is work, not an office).
    let strong = |name: &str| {
        // A bracket inside a name (街道（开发区）办事处) or after it (区经委（商务委）) is set aside.
        let name = match (name.find(['（', '(']), name.rfind(['）', ')'])) {
            (Some(open), Some(close)) if close > open => {
                let tail = &name[close + name[close..].chars().next().map_or(0, char::len_utf8)..];
                if tail.is_empty() {
                    name[..open].to_owned()
                } else {
                    format!("{}{tail}", &name[..open])
                }
            }
            _ => name.to_owned(),
        };
        let ends = [
            "委",
            "局",
            "办",
            "中心",
            "府",
            "部",
            "署",
            "队",
            "公司",
            "集团",
            "院",
            "厅",
            "专班",
            "办事处",
        ];
        name.starts_with('各') || ends.iter().any(|end| name.ends_with(end))
    };
    let units = !read.names.is_empty() && read.names.iter().all(|name| strong(name));
    if !units || head.chars().count() > 30 || verb_clauses(head)[0].0.is_some() {
        return None;
    }
    let mut found = Roles::default();
    found.add(Field::Responsible, head);
    let reason = format!("原文按单位列职责（“{head}”），按责任单位导入，请核对");
    found.notes.push((Field::Responsible, reason));
    Some((duties.trim().to_owned(), found))
}

/// An unnumbered line of a list of duties by unit (`区民防办：负责…`): the duties and the unit. A
/// unit's name alone, or a line with nothing after its colon (a notice's addressees), is not one.
pub fn unnumbered_duty(text: &str) -> Option<(String, Roles)> {
    if !text.contains(['：', ':']) {
        return None;
    }
    duty(text).filter(|(duties, _)| !duties.is_empty())
}

/// The roles a paragraph that opens a list of duties by unit states in its own sentence
/// (`区民防办、应急管理局牵头，区发展改革委、规划资源局等部门配合`): each clause with a verb whose units all
/// read as units' names, each noted. `None` unless one names a lead.
pub fn opening_roles(text: &str) -> Option<Roles> {
    let mut found = Roles::default();
    for clause in split_top(text, &['，', ',', '；', ';', '。']) {
        for (field, names) in verb_clauses(clause) {
            let list = unit_list(names);
            let read = units(&list).names;
            if let Some(field) = field.filter(|_| read.iter().all(|n| looks_like_unit(n))) {
                found.add(field, &list);
                let reason = format!("分工读自段落中的句子（“{clause}”），请核对");
                found.notes.push((field, reason));
            }
        }
    }
    (!found.lead.is_empty()).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_leads() {
        assert_eq!(
            heading_lead("一、区发展改革委牵头工作（8项）"),
            Some((vec!["区发展改革委".to_owned()], Some(8)))
        );
        assert_eq!(
            heading_lead("二、区教委、区民政局牵头的工作"),
            Some((vec!["区教委".to_owned(), "区民政局".to_owned()], None))
        );
        assert_eq!(heading_lead("三、坚持政府牵头"), None);
        assert_eq!(heading_lead("四、区财政局牵头推进资金整合"), None);
        assert_eq!(heading_lead("五、扩大有效投资"), None);
        assert!(is_carry("下同") && is_carry("下同。") && !is_carry("区教委"));
        assert_eq!(
            standing("以下均需试点城市政府落实"),
            Some(vec!["试点城市政府".to_owned()])
        );
        assert_eq!(standing("不再列出"), Some(Vec::new()));
        assert_eq!(standing("区教委负责"), None);
    }

    #[test]
    fn duties_by_unit() {
        let (duties, found) = duty("区绿化市容局：加强统筹规划。").expect("a duty");
        assert_eq!(duties, "加强统筹规划。");
        assert_eq!(found.responsible, ["区绿化市容局"]);
        assert!(found.lead.is_empty());
        assert_eq!(duty("区建管委").map(|(d, _)| d), Some(String::new()));
        assert!(duty("执法查处").is_none());
        assert!(duty("指导思想：坚持").is_none());
        assert!(duty("区发展改革委牵头工作").is_none());
        let (_, found) = duty("各镇政府、街道（开发区）办事处：按照规划").expect("a duty");
        assert_eq!(found.responsible, ["各镇政府", "街道（开发区）办事处"]);
        assert!(duty("区经委（商务委）：负责指导").is_some());
        let text =
            "在区政府的统一领导下，区民防办、应急管理局牵头，区发展改革委、财政局等部门配合。";
        let found = opening_roles(text).expect("roles stated");
        assert_eq!(found.lead, ["区民防办", "应急管理局"]);
        assert_eq!(found.cooperating, ["区发展改革委", "财政局"]);
        assert!(opening_roles("按照属地负责的原则，加强协同配合").is_none());
    }
}
