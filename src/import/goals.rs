//! Goals written as sentences, for notices without a 主要目标 table: `到2025年，全国农机总动力超过10亿千瓦，
//! 其中灌排机械动力达到1.2亿千瓦` gives two draft indicators. A sentence is read where it names a
//! target year or period (到2025年, 2026年底前, “十四五”期间), where its paragraph opens with one, where
//! it stands under a heading about goals (工作目标), or where a clause is led by a goal's verb
//! (完成, 新建…) or states a comparator (不低于); once one clause is a goal, the rest of the sentence
//! may be too. Each clause (`goal`) that ends in a figure with a unit is a goal; goals stated at
//! once (`分别达到65%和55%`) are split, and goals inside brackets read as well. Every indicator so
//! drafted is noted with its sentence: the name, the unit and the target are the importer's reading.

use super::blocks::Piece;
use super::goal::{figure, goal, verb_before_figure, BEFORE_NAME, FIGURE_FIRST, LEAD_INS};
use super::notes::{Notes, Place};
use super::numbering;
use super::split::split_top;
use super::targets;
use crate::model::{Indicator, Measure};

/// The target year a sentence names (到2025年, 2026年底前), if any.
fn year(sentence: &str) -> Option<&str> {
    let at = sentence.find("年")?;
    let digits = sentence[..at].get(at.saturating_sub(4)..)?;
    let named =
        digits.len() == 4 && digits.starts_with("20") && digits.chars().all(|c| c.is_ascii_digit());
    named.then_some(digits)
}

/// Whether a clause starts with a verb of a goal (完成, 建成, 新增, …), which makes it one wherever
/// it stands, year or none.
fn verb_led(clause: &str) -> bool {
    let clause = LEAD_INS
        .iter()
        .fold(clause.trim(), |c, lead| c.strip_prefix(lead).unwrap_or(c));
    verb_before_figure(clause).is_some() || BEFORE_NAME.iter().any(|verb| clause.starts_with(verb))
}

/// A clause stating several goals at once: `花生种植、收获机械化率分别达到65%和55%` → 花生种植机械化率
/// 65%, 花生收获机械化率 55%; `马铃薯种植、收获机械化率均达到45%` → both 45%. The listed words are
/// taken as two characters each where the list does not show their length.
fn distributed(clause: &str) -> Option<Vec<(String, String, String)>> {
    let words = [
        ("分别达到", false),
        ("分别为", false),
        ("均达到", true),
        ("均为", true),
    ];
    let clause = LEAD_INS
        .iter()
        .fold(clause.trim(), |c, lead| c.strip_prefix(lead).unwrap_or(c));
    let (names, figures, each) = words
        .iter()
        .find_map(|(word, each)| clause.split_once(word).map(|(n, f)| (n, f, *each)))?;
    let items: Vec<&str> = names.split(['、', '和']).collect();
    let figures: Vec<&str> = if each {
        vec![figures; items.len()]
    } else {
        figures.split(['、', '和']).collect()
    };
    if !(2..=4).contains(&items.len()) || figures.len() != items.len() {
        return None;
    }
    let chars = |text: &str| text.chars().count();
    let size = match items.len() {
        2 => chars(items[0]).min(chars(items[1])).min(2),
        _ => chars(items[1]),
    };
    let (first, last) = (items[0], items[items.len() - 1]);
    let cut = |text: &str, at: usize| text.char_indices().nth(at).map_or(text.len(), |(i, _)| i);
    let prefix = &first[..cut(first, chars(first).checked_sub(size)?)];
    let suffix = &last[cut(last, size)..];
    let mut goals = Vec::new();
    for (index, (item, figure_text)) in items.iter().zip(figures).enumerate() {
        let core = match index {
            0 => &item[prefix.len()..],
            i if i + 1 == items.len() => &item[..item.len() - suffix.len()],
            _ => item,
        };
        let (start, number, unit, end) = figure(figure_text.trim())?;
        if start != 0 || prefix.is_empty() && suffix.is_empty() {
            return None;
        }
        let name = format!("{prefix}{core}{suffix}");
        goals.push((name, format!("{number}{unit}{end}"), unit.to_owned()));
    }
    Some(goals)
}

/// Whether a clause states a target by its comparator, or a rate reaching a figure (覆盖率达到90%),
/// which makes it a goal wherever it stands.
fn compared(clause: &str) -> bool {
    let rated = ["率", "比例", "占比"].iter().any(|rate| {
        ["达到", "超过", "不低于"]
            .iter()
            .any(|verb| clause.contains(&format!("{rate}{verb}")))
    });
    rated
        || ["不低于", "不少于", "力争达到"]
            .iter()
            .any(|word| clause.contains(word))
}

/// A goal's name as drafted: a bare total (总规模) takes the name of the goal before it in the
/// sentence (新建174个起降场（点），总规模达283个 → 起降场（点）总规模).
fn full_name(name: String, before: Option<&Indicator>) -> String {
    match before {
        Some(before) if name.starts_with('总') && name.chars().count() <= 4 => {
            let object = FIGURE_FIRST
                .iter()
                .chain(&BEFORE_NAME)
                .find_map(|verb| before.name.strip_prefix(verb))
                .unwrap_or(&before.name);
            format!("{object}{name}")
        }
        _ => name,
    }
}

/// The goals of one sentence (and of the brackets in it, in the same context), drafted.
fn sentence_goals(
    sentence: &str,
    (mut context, year_before): (bool, Option<&str>),
    nested: bool,
    piece: &Piece,
    drafted: &mut Drafted,
) {
    let year = year(sentence).or(year_before);
    context |= year.is_some() || sentence.contains("期间");
    let first = drafted.indicators.len();
    for part in split_top(sentence, &['，', ',']) {
        if let Some(goals) = distributed(part).filter(|_| context) {
            for (name, target_text, unit) in goals {
                drafted.add(name, &target_text, unit, year, piece);
            }
            continue;
        }
        let mut pending = String::new();
        for item in split_top(part, &['、']) {
            // A goal's name is short: a long list without figures is no name.
            if pending.chars().count() > 80 {
                pending.clear();
            }
            pending.push_str(item);
            let found =
                goal(&pending).filter(|_| context || verb_led(&pending) || compared(&pending));
            let Some((name, target_text, unit)) = found else {
                // A part without a figure is the start of the next one's name (松江、青浦…).
                if figure(&pending).is_none() {
                    pending.push('、');
                } else {
                    pending.clear();
                }
                continue;
            };
            pending.clear();
            // A sentence with one goal goes on stating goals.
            context = true;
            let before = drafted.indicators[first..].last();
            let name = full_name(name, before);
            drafted.add(name, &target_text, unit, year, piece);
        }
    }
    // The brackets of the sentence itself, not those inside them: nesting bounds no recursion.
    if !nested {
        for (_, inner) in numbering::brackets(sentence) {
            sentence_goals(inner, (context, year), true, piece, drafted);
        }
    }
}

/// The most indicators drafted from sentences: a notice states tens of goals, not hundreds.
const MAX_GOALS: usize = 300;

/// The indicators drafted so far, and their notes.
struct Drafted<'a> {
    indicators: Vec<Indicator>,
    notes: &'a mut Notes,
}

impl Drafted<'_> {
    fn add(
        &mut self,
        name: String,
        target_text: &str,
        unit: String,
        year: Option<&str>,
        piece: &Piece,
    ) {
        let index = self.indicators.len();
        if index == MAX_GOALS {
            let reason = format!("正文中的目标句超过 {MAX_GOALS} 个，其后的没有拟为指标");
            self.notes.add(Place::Whole, reason, piece);
        }
        if index >= MAX_GOALS {
            return;
        }
        let (target, reason) = targets::target(target_text, &unit);
        // A goal the notice states twice (in its goals and again in a task) is drafted once.
        if self
            .indicators
            .iter()
            .any(|i| i.name == name && i.target == target)
        {
            return;
        }
        let mut why = format!("此指标是从正文的目标句中拟出的（原文没有指标表）：名称“{name}”、单位“{unit}”、目标“{target_text}”，请核对");
        if let Some(reason) = reason {
            why = format!("{why}；{reason}");
        }
        self.notes.add(Place::Indicator(index, "name"), why, piece);
        let year = year.map(|y| format!("目标年份：{y}年"));
        self.indicators.push(Indicator {
            id: index as u32 + 1,
            category: None,
            short_name: name.clone(),
            name,
            unit,
            measure: Measure::Level,
            baseline: None,
            target,
            attribute: None,
            tasks: Vec::new(),
            milestones: Vec::new(),
            quotes: Vec::new(),
            results: Vec::new(),
            lead: Vec::new(),
            responsible: Vec::new(),
            officials: Vec::new(),
            notes: year.into_iter().collect(),
        });
    }
}

/// Draft indicators from the goals the paragraphs state, each noted.
pub fn indicators(paragraphs: &[Piece], notes: &mut Notes) -> Vec<Indicator> {
    let mut drafted = Drafted {
        indicators: Vec::new(),
        notes,
    };
    let mut under_goals = false;
    for piece in paragraphs {
        let mut text = piece.text.trim();
        if let Some((_, _, rest)) = numbering::numbered(text) {
            let title = rest.trim_end_matches('。');
            if title.chars().count() <= 20 && !title.contains('。') {
                under_goals = rest.contains("目标");
                continue;
            }
            text = rest;
        }
        // A paragraph that opens with its target year (到2020年，…) states it for every sentence.
        let sentences = split_top(text, &['。', '；', ';']);
        let opening = sentences.first().and_then(|first| year(first));
        for sentence in sentences {
            sentence_goals(sentence, (under_goals, opening), false, piece, &mut drafted);
        }
    }
    drafted.indicators
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years() {
        assert_eq!(year("到2025年，建成公园230座以上"), Some("2025"));
        assert_eq!(year("加强组织领导"), None);
    }

    #[test]
    fn goals_stated_at_once() {
        let read = |name: &str, target: &str, unit: &str| {
            (name.to_owned(), target.to_owned(), unit.to_owned())
        };
        let both = distributed("花生种植、收获机械化率分别达到65%和55%").unwrap_or_default();
        assert_eq!(
            both,
            [
                read("花生种植机械化率", "65%", "%"),
                read("花生收获机械化率", "55%", "%")
            ]
        );
        let each = distributed("其中马铃薯种植、收获机械化率均达到45%").unwrap_or_default();
        assert_eq!(each[1], read("马铃薯收获机械化率", "45%", "%"));
    }
}
