//! A cell or clause naming units (departments) into their names: separated by 、，,；; or 及 (and by
//! 和 after a complete name), a trailing 等 dropped (and noted), names broken by a line-wrap space
//! mended (and noted), and collectives kept whole: 各区、县级市 is one name, so is 各县(市、区)人民政府.

use super::split::split_outside_brackets;

/// The names a text gives, and what was done to read them (the notes for the cell).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Units {
    pub names: Vec<String>,
    pub notes: Vec<String>,
}

/// What a department's name commonly ends with: a name that ends so is complete.
const SUFFIXES: [&str; 28] = [
    "委", "局", "办", "会", "中心", "队", "院", "部", "府", "联", "团", "处", "所", "站", "室",
    "厅", "司", "行", "社", "馆", "台", "校", "组", "街", "署", "海关", "专班", "单位",
];

/// What a department's name commonly starts with: after a complete name, a new name.
const PREFIXES: [char; 6] = ['区', '市', '县', '各', '镇', '街'];

/// Whether a cell says there is no unit: empty, or a dash.
pub fn is_none(text: &str) -> bool {
    matches!(text.trim(), "" | "—" | "——" | "-" | "/" | "无" | "／")
}

/// Reads the units a text names.
pub fn units(text: &str) -> Units {
    let mut units = Units::default();
    if is_none(text) {
        return units;
    }
    let mended = mend_spaces(text.trim(), &mut units.notes);
    let mut names: Vec<String> = Vec::new();
    for part in split(&mended) {
        let part = part.trim_matches(|c: char| c.is_whitespace() || c == '。');
        if part.is_empty() {
            continue;
        }
        // A short word after a collective (各区、县级市) belongs to it, and so does the government
        // that closes a collective of places (各市、县、区政府).
        let joins = names.last().is_some_and(|last| last.starts_with('各'))
            && ((part.chars().count() <= 3
                && !part.starts_with('各')
                && !complete(part)
                && !is_area(part))
                || names.last().is_some_and(|last| closes_places(last, part)));
        match names.last_mut() {
            Some(last) if joins => {
                last.push('、');
                last.push_str(part);
            }
            _ => names.push(part.to_owned()),
        }
    }
    if let Some(last) = names.last_mut() {
        for tail in ["等有关单位", "等相关单位", "等单位", "等部门", "等"] {
            if let Some(kept) = last.strip_suffix(tail).filter(|kept| !kept.is_empty()) {
                units.notes.push(format!(
                    "原文以“{tail}”结尾：可能还有未列出的单位，已只列出写明的"
                ));
                *last = kept.to_owned();
                break;
            }
        }
    }
    // How often each name is named: a repeated name is told once, with its count (a list naming
    // one unit 20,000 times is one note, not 20,000 notes each quoting the whole paragraph).
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for mut name in names {
        // A unit's scope in brackets (各区政府（含大鹏新区管委会…）) is no part of its name.
        if let Some(open) = name.find(['（', '(']) {
            let scope = name[open..].trim_start_matches(['（', '(']);
            if scope.starts_with('含') || scope.starts_with("包括") {
                units.notes.push(format!(
                    "“{name}”括号中是范围的说明，单位按括号前的名称导入"
                ));
                name.truncate(open);
            }
        }
        if name.chars().count() > 30 {
            units
                .notes
                .push(format!("“{name}”不像一个单位的名称，请核对"));
        }
        let count = counts.entry(name.clone()).or_default();
        *count += 1;
        if *count == 1 {
            units.names.push(name);
        }
    }
    for name in &units.names {
        match counts[name] {
            1 => {}
            2 => units
                .notes
                .push(format!("“{name}”在此格中出现两次，只保留一次")),
            count => units
                .notes
                .push(format!("“{name}”在此格中出现 {count} 次，只保留一次")),
        }
    }
    units
}

/// Adds names to a list, each once, in the order first named (in linear time, for any length).
pub fn add_unique(list: &mut Vec<String>, names: impl IntoIterator<Item = String>) {
    let mut seen: std::collections::HashSet<String> = list.iter().cloned().collect();
    for name in names {
        if seen.insert(name.clone()) {
            list.push(name);
        }
    }
}

/// Takes the units marked as leading out of a list (`区发展改革委（牵头）`), without the mark.
pub fn marked_leads(names: &mut Vec<String>) -> Vec<String> {
    let marks = ["（牵头）", "(牵头)", "（牵头单位）", "(牵头单位)"];
    let mut leads = Vec::new();
    names.retain(|name| {
        let bare = marks.iter().find_map(|mark| name.strip_suffix(mark));
        if let Some(bare) = bare.filter(|bare| !bare.is_empty()) {
            leads.push(bare.to_owned());
        }
        bare.is_none()
    });
    leads
}

/// Whether a part is the government that closes a collective of places: 各市、县 and 区政府.
fn closes_places(last: &str, part: &str) -> bool {
    let places = last
        .trim_start_matches('各')
        .split('、')
        .all(|place| place.chars().count() == 1);
    let mut chars = part.chars();
    let place = chars.next().is_some_and(|c| "省市县区旗镇乡".contains(c));
    let rest = chars.as_str();
    places && place && (rest == "政府" || rest == "人民政府")
}

/// Whether a name is an area's of its own (开发区, 临港新片区), not the rest of a collective's.
fn is_area(name: &str) -> bool {
    name.ends_with('区') && name.chars().count() >= 3
}

/// Whether a name reads as a unit's: complete, an area, or a collective (各街镇, 有关部门).
pub fn looks_like_unit(name: &str) -> bool {
    // A unit's own part in brackets (公安青浦分局（交警支队）) does not change what it reads as.
    let name = match name.strip_suffix(['）', ')']) {
        Some(inner) => inner.rfind(['（', '(']).map_or(name, |open| &name[..open]),
        None => name,
    };
    complete(name)
        || is_area(name)
        || ["各", "有关", "相关", "其他"]
            .iter()
            .any(|start| name.starts_with(start))
}

pub fn complete(name: &str) -> bool {
    SUFFIXES.iter().any(|suffix| name.ends_with(suffix))
}

/// Takes the spaces out of a list: a space after a complete name before a new one separates them
/// (and becomes 、); any other is a line wrap inside a name, and goes.
fn mend_spaces(text: &str, notes: &mut Vec<String>) -> String {
    // A line break inside a cell (HTML's <br>, a .docx cell's paragraphs) reads like a space.
    const SPACES: [char; 5] = [' ', '\u{3000}', '\u{a0}', '\t', '\n'];
    const SEPARATORS: [char; 5] = ['、', '，', ',', '；', ';'];
    let words: Vec<&str> = text.split(SPACES).filter(|w| !w.is_empty()).collect();
    let Some((first, rest)) = words.split_first() else {
        return String::new();
    };
    let mut out = (*first).to_owned();
    let (mut wraps, mut separators) = (false, false);
    for word in rest {
        let after_name = out.rsplit(SEPARATORS).next().is_some_and(complete);
        if out.ends_with(SEPARATORS) || word.starts_with(SEPARATORS) {
            // A space beside a separator only pads it.
        } else if after_name && word.starts_with(PREFIXES) {
            out.push('、');
            separators = true;
        } else {
            wraps = true;
        }
        out.push_str(word);
    }
    if wraps {
        notes.push(super::notes::WRAP_SPACES_DROPPED.to_owned());
    }
    if separators {
        notes.push("原文以空格分隔的单位已分开列出".to_owned());
    }
    out
}

/// The parts between separators outside brackets.
/// The parts between separators outside brackets.
fn split(text: &str) -> Vec<&str> {
    split_outside_brackets(text, |part, c| match c {
        // 和 joins two units only after a complete name (not in 工业和信息化部).
        '和' => complete(part),
        '、' | '，' | ',' | '；' | ';' | '及' => true,
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, names: &[&str], notes: usize) {
        let units = units(text);
        assert_eq!(units.names, names, "{text}");
        assert_eq!(units.notes.len(), notes, "{text}: {:?}", units.notes);
    }

    #[test]
    fn a_repeated_name_is_kept_once_and_told_once_with_its_count() {
        let units = units("区局、区教委、区局、区财政局、区局、区教委");
        assert_eq!(units.names, ["区局", "区教委", "区财政局"]);
        assert_eq!(
            units.notes,
            [
                "“区局”在此格中出现 3 次，只保留一次",
                "“区教委”在此格中出现两次，只保留一次"
            ]
        );
    }

    #[test]
    fn lists() {
        check("区教委、区卫生健康委", &["区教委", "区卫生健康委"], 0);
        check("区卫生 健康委", &["区卫生健康委"], 1);
        check("区市场 监管局", &["区市场监管局"], 1);
        check("区教委 区民政局", &["区教委", "区民政局"], 1);
        check("—", &[], 0);
        check("", &[], 0);
        check("各镇(街)", &["各镇(街)"], 0);
        check(
            "市教委，市民政局,市财政局；市医保局;市税务局",
            &["市教委", "市民政局", "市财政局", "市医保局", "市税务局"],
            0,
        );
        check("市教委及各区、县级市", &["市教委", "各区、县级市"], 0);
        check("各区、县级市、市财政局", &["各区、县级市", "市财政局"], 0);
        check("各街镇、开发区", &["各街镇", "开发区"], 0);
        let mut names = units("区发展改革委（牵头）、区财政局").names;
        assert_eq!(marked_leads(&mut names), ["区发展改革委"]);
        assert_eq!(names, ["区财政局"]);
        check(
            "各区政府（含前海管理局，下同）、市财政局",
            &["各区政府", "市财政局"],
            1,
        );
        check("区城管执法局和属地街镇", &["区城管执法局", "属地街镇"], 0);
        check(
            "工业和信息化部、文化和旅游部",
            &["工业和信息化部", "文化和旅游部"],
            0,
        );
        check("各县(市、区)人民政府", &["各县(市、区)人民政府"], 0);
        check("各市、县、区政府", &["各市、县、区政府"], 0);
        check("各市、区政府、县民政局", &["各市、区政府", "县民政局"], 0);
        check("县民政局、县教育局等", &["县民政局", "县教育局"], 1);
        check("县民政局、县教育局等部门", &["县民政局", "县教育局"], 1);
        check("县民政局、县民政局", &["县民政局"], 1);
        check("区教委、\n区民政局", &["区教委", "区民政局"], 0);
        check("区教委\n区民政局", &["区教委", "区民政局"], 1);
    }
}
