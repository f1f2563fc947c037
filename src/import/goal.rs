//! One clause of a goal sentence: its figure at the end with a unit from a small lexicon
//! (`1.2亿千瓦`, `80%以上`), named by what comes before its verb (`…达到`, `…不低于`), or by the
//! clause itself (`完成旧住房修缮更新60万平方米`), or, where the figure comes first, by the object
//! after it (`完成1000公里老化燃气管道改造`).

/// Verbs between a goal's name and its figure, longest first where one holds another.
#[rustfmt::skip]
const AFTER_NAME: [&str; 22] = [
    "力争达到", "不低于", "不少于", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "控制在", "稳定在", "保持在", "超过", "不超过", "不高于", "高于", "低于", "突破",
    "达到", "保持", "达", "超",
];

/// Verbs that start a goal whose object names it: 完成老化燃气管道改造1000公里.
#[rustfmt::skip]
pub const BEFORE_NAME: [&str; 14] = [
    "累计建成", "完成", "建成", "新增", "新建", "创建", "培育", "打造", "开通", "改造", "建设", "更新", "实现", "布局",
];

/// The units a goal's figure is counted in, after an optional 万, 亿 or 千.
#[rustfmt::skip]
const UNITS: [&str; 35] = [
    "%", "％", "平方公里", "平方米", "公顷", "亩", "公里", "千米", "米", "户", "个", "座", "台", "处", "项", "家", "条",
    "所", "张", "辆", "艘", "人", "人次", "元", "吨", "千瓦", "瓦", "套", "栋", "幢", "批", "场", "支", "片", "间",
];

/// Whether a text is a unit a goal is counted in (`万户`, `亿千瓦`, `%`).
fn is_unit(text: &str) -> bool {
    let base = text.trim_start_matches(['万', '亿', '千', '百']);
    UNITS.contains(&base) || (base.is_empty() && !text.is_empty())
}

/// The longest unit a text starts with, and its length in bytes.
fn unit_at(text: &str) -> Option<usize> {
    let ends: Vec<usize> = text
        .char_indices()
        .map(|(at, c)| at + c.len_utf8())
        .take(6)
        .collect();
    ends.into_iter().rev().find(|end| is_unit(&text[..*end]))
}

/// Verbs that start a goal whose figure comes before its object: 完成1000公里老化燃气管道改造.
#[rustfmt::skip]
pub const FIGURE_FIRST: [&str; 12] = [
    "累计完成", "完成", "建成", "新增", "新建", "改造", "推进", "实施", "启动", "认定", "培育", "打造",
];

/// Words that lead into a clause without naming its goal.
pub const LEAD_INS: [&str; 7] = ["其中", "力争", "全面", "同时", "并", "基本", "确保"];

/// A figure at the end of a clause: where it starts, its number's text, its unit and any suffix
/// (以上, 左右), or `None` unless the clause ends so.
pub fn figure(clause: &str) -> Option<(usize, &str, &str, &str)> {
    let mut text = clause.trim_end_matches(['。', '，']);
    let mut suffix = "";
    for end in ["以上", "左右", "以内", "以下"] {
        if let Some(kept) = text.strip_suffix(end) {
            (text, suffix) = (kept, end);
            break;
        }
    }
    let is_number =
        |c: char| c.is_ascii_digit() || matches!(c, '.' | '．' | '-' | '—' | '～' | '~');
    let unit_start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| !is_number(*c))
        .last()
        .map_or(text.len(), |(at, _)| at);
    let unit = &text[unit_start..];
    let digits = &text[..unit_start];
    let start = digits
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_number(*c))
        .last()
        .map(|(at, _)| at)?;
    let number = &digits[start..];
    let plain_unit = is_unit(unit);
    let starts_with_digit = number.starts_with(|c: char| c.is_ascii_digit());
    (plain_unit && starts_with_digit).then_some((start, number, unit, suffix))
}

/// A clause's goal: its name and the target's text (verb, figure and suffix), and its unit.
pub fn goal(clause: &str) -> Option<(String, String, String)> {
    let mut clause = clause.trim();
    for lead in LEAD_INS {
        clause = clause.strip_prefix(lead).unwrap_or(clause);
    }
    // A time that leads the clause (“十四五”期间, 到2025年底, 2026年) names no goal.
    let dated = |at: usize| {
        let year = clause[..at].trim_end_matches(['年', '底', '前']);
        let digits = year.chars().rev().take_while(char::is_ascii_digit).count();
        digits >= 4
    };
    if let Some(at) = ["期间", "年底前", "年底", "年前", "年"]
        .iter()
        .find_map(|t| clause.find(t).map(|at| at + t.len()))
    {
        if clause[..at].chars().count() <= 12 && (clause[..at].ends_with("期间") || dated(at)) {
            clause = clause[at..].trim_start_matches(['，', ',']);
        }
    }
    let Some((start, number, unit, suffix)) = figure(clause) else {
        return figure_inside(clause).or_else(|| figure_first(clause));
    };
    let before = &clause[..start];
    let verb = AFTER_NAME
        .iter()
        .find(|verb| before.ends_with(*verb) && before.len() > verb.len());
    // Without a verb before the figure, the clause is its goal's name (its own verb inside it).
    let name = match verb {
        Some(verb) => &before[..before.len() - verb.len()],
        None => before,
    };
    let name = name
        .trim_end_matches(['为', '的'])
        .trim_start_matches('的')
        .trim();
    let words = name.chars().count();
    if !(2..=40).contains(&words) || name.contains(['，', '；', '：']) {
        return None;
    }
    let comparator = match verb.copied() {
        Some(word @ ("不低于" | "不少于" | "力争达到" | "不高于" | "高于" | "低于")) => {
            word
        }
        Some("超过" | "突破" | "超") => ">",
        Some("不超过") => "≤",
        _ => "",
    };
    let target = format!("{comparator}{number}{unit}{suffix}");
    Some((name.to_owned(), target, unit.to_owned()))
}

/// Where a verb of a goal stands that a figure follows (新建174个…, 公园等新建174个…): its start
/// and end, the last such in the clause.
pub fn verb_before_figure(clause: &str) -> Option<(usize, usize)> {
    let digit_soon = |at: usize| clause[at..].chars().take(4).any(|c| c.is_ascii_digit());
    FIGURE_FIRST
        .iter()
        .filter_map(|verb| {
            let at = clause.rfind(verb)?;
            digit_soon(at + verb.len()).then_some((at, at + verb.len()))
        })
        .max()
}

/// A goal whose figure comes between its verb and its object: 完成1000公里老化燃气管道改造 →
/// (老化燃气管道改造, 1000公里, 公里).
fn figure_first(clause: &str) -> Option<(String, String, String)> {
    // The verb, a few words after it at most (认定启动3个…), or none where the clause goes on from
    // the one before it (完成1000公里…，40万户立管改造).
    let verb_end = verb_before_figure(clause).map_or(0, |(_, end)| end);
    let skip = clause[verb_end..]
        .char_indices()
        .take(4)
        .find(|(_, c)| c.is_ascii_digit())
        .map(|(at, _)| at)?;
    let rest = &clause[verb_end + skip..];
    let digits = rest
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.'))
        .map_or(rest.len(), |(at, _)| at);
    if digits == 0 {
        return None;
    }
    let unit_end = digits + unit_at(&rest[digits..])?;
    let name = rest[unit_end..]
        .trim_start_matches(['以', '上', '的'])
        .trim_end_matches('。');
    let words = name.chars().count();
    // A figure of time (3个月, 6个月的…) counts no goal.
    let of_time = name.starts_with(['月', '年', '日', '天', '周', '时', '倍', '次']);
    let plain = (2..=30).contains(&words) && !of_time && !name.contains(['，', '；', '：']);
    plain.then(|| {
        (
            name.to_owned(),
            rest[..unit_end].to_owned(),
            rest[digits..unit_end].to_owned(),
        )
    })
}

/// A goal whose figure stands inside the clause, before what is to reach a standard:
/// `本市建成区40%以上的面积达到海绵城市建设目标要求` → (本市建成区达到海绵城市建设目标要求的面积, 40%以上, %);
/// `X建设用地面积50%以上达到…要求` → (X建设用地面积达到…要求, 50%以上, %).
fn figure_inside(clause: &str) -> Option<(String, String, String)> {
    // The figure nearest before 达到.
    let reach = clause.find("达到")?;
    let last = clause[..reach].rfind(|c: char| c.is_ascii_digit())?;
    let start = clause[..last]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == '.')
        .last()
        .map_or(last, |(at, _)| at);
    let digits = clause[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map_or(clause.len(), |at| start + at);
    let unit_end = digits + unit_at(&clause[digits..])?;
    let mut after = &clause[unit_end..];
    let mut suffix = "";
    for end in ["以上", "左右"] {
        if let Some(rest) = after.strip_prefix(end) {
            (after, suffix) = (rest, end);
        }
    }
    let (before, at) = (&clause[..start], after.find("达到")?);
    let noun = after[..at].trim_start_matches('的');
    let name = if noun.is_empty() {
        format!("{before}{after}")
    } else {
        format!("{before}{}的{noun}", &after[at..])
    };
    let target = format!("{}{suffix}", &clause[start..unit_end]);
    let plain = (4..=40).contains(&name.chars().count());
    plain.then(|| (name, target, clause[digits..unit_end].to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::split::split_top;

    fn names(text: &str) -> Vec<(String, String, String)> {
        split_top(text, &['，'])
            .into_iter()
            .filter_map(goal)
            .collect()
    }

    #[test]
    fn goals() {
        let read = |name: &str, target: &str, unit: &str| {
            (name.to_owned(), target.to_owned(), unit.to_owned())
        };
        assert_eq!(
            names("全国农机总动力超过10亿千瓦"),
            [read("全国农机总动力", ">10亿千瓦", "亿千瓦")]
        );
        assert_eq!(
            names("其中灌排机械动力达到1.2亿千瓦"),
            [read("灌排机械动力", "1.2亿千瓦", "亿千瓦")]
        );
        assert_eq!(
            names("完成老化燃气管道改造1000公里"),
            [read("完成老化燃气管道改造", "1000公里", "公里")]
        );
        assert_eq!(
            names("森林覆盖率达到17%以上"),
            [read("森林覆盖率", "17%以上", "%")]
        );
        assert_eq!(
            names("县道年均养护工程比例不低于13%"),
            [read("县道年均养护工程比例", "不低于13%", "%")]
        );
        assert!(names("组织失业青年参加3—12个月的就业见习").is_empty());
        assert!(names("加强组织领导").is_empty());
        assert_eq!(
            names("本市建成区40%以上的面积达到海绵城市建设目标要求"),
            [read(
                "本市建成区达到海绵城市建设目标要求的面积",
                "40%以上",
                "%"
            )]
        );
    }
}
