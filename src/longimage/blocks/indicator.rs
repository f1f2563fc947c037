//! One indicator's block of the long image.

use crate::model::{assessments, dial, BandKind, Dataset, Indicator, Role};
use crate::pages::parts::{badge_note, chinese_date, text_equivalent};

use super::badge;
use crate::longimage::sheet::{
    content_width, fits, palette, Block, Paragraph, Sheet, BLUE, BODY, BODY_MUTED, FIGURE, LIST,
    LIST_MUTED, MARGIN, PROSE, PROSE_MUTED,
};
use crate::longimage::FullText;
use crate::share::card::style::TextStyle;

/// One indicator: its name, baseline → target, attribute, its scale as a bar from the same dial
/// as the gauges, its milestones, published results with their verdicts, and its own units.
pub(crate) fn indicator(dataset: &Dataset, indicator: &Indicator) -> Block {
    let document = &dataset.document;
    let colours = palette();
    let mut sheet = Sheet::new();
    sheet.rect(MARGIN, 0.0, content_width(), 2.0, "#d5dde7", 0.0);
    sheet.y = 36.0;
    let (text_x, text_width) = badge(&mut sheet, &indicator.id.to_string());
    sheet.y += 6.0;
    let name = Paragraph::new(TextStyle::bold(42.0, colours.text), 1.3);
    sheet.paragraph(text_x, text_width, name, &indicator.name);
    let kind = match (indicator.attribute_label(), indicator.unit.as_str()) {
        ("", "") => String::new(),
        ("", unit) => format!("单位：{unit}"),
        (attribute, "") => format!("{attribute}指标"),
        (attribute, unit) => format!("{attribute}指标　单位：{unit}"),
    };
    if !kind.is_empty() {
        sheet.paragraph(text_x, text_width, LIST_MUTED, &kind);
    }
    sheet.y += 20.0;

    // Baseline → target, side by side.
    let column = (content_width() - 90.0) / 2.0;
    let top = sheet.y;
    let target_words = indicator.target_in_words(document.baseline_year);
    let mut bottoms = Vec::new();
    for (x, label, words, colour) in [
        (
            MARGIN,
            format!("{}年基数", document.baseline_year),
            indicator.baseline_in_words(),
            colours.text,
        ),
        (
            MARGIN + column + 90.0,
            format!("{}年目标", document.period_end),
            target_words.clone(),
            BLUE,
        ),
    ] {
        sheet.y = top;
        sheet.paragraph(x, column, Paragraph::new(BODY_MUTED, 1.4), &label);
        // A figure is set large; a target in many words a size smaller, so that it stays a few lines.
        let size = if fits(&words, FIGURE, column * 2.0) {
            FIGURE
        } else {
            44.0
        };
        let figure = Paragraph::new(TextStyle::bold(size, colour), 1.2);
        sheet.paragraph(x, column, figure, &words);
        bottoms.push(sheet.y);
    }
    sheet.line(
        MARGIN + column + 45.0,
        top + 50.0 + FIGURE,
        TextStyle::normal(FIGURE, colours.muted).centred(),
        "→",
    );
    sheet.y = bottoms.into_iter().fold(top, f64::max) + 12.0;

    // The scale: the dial's bands, as a bar, with the latest result marked.
    match dial(indicator) {
        Some(dial) => {
            let bar_top = sheet.y + 8.0;
            let stretches: Vec<(f64, &str)> = dial
                .bands
                .iter()
                .map(|band| (band.to, band_colour(band.kind)))
                .collect();
            sheet.bar(bar_top, 28.0, &stretches);
            if let Some(result) = dial.result {
                let x = MARGIN + content_width() * (result / dial.max).clamp(0.0, 1.0);
                sheet.rect(x - 4.0, bar_top - 10.0, 8.0, 48.0, colours.result, 2.0);
            }
            let unit = if indicator.is_percent() { "%" } else { "" };
            let label_y = bar_top + 28.0 + 44.0;
            sheet.line(MARGIN, label_y, BODY_MUTED, &format!("0{unit}"));
            let end = format!("{}{unit}", crate::model::format_number(dial.max));
            let end_style = BODY_MUTED.right_aligned();
            sheet.line(MARGIN + content_width(), label_y, end_style, &end);
            sheet.y = label_y + 20.0;
        }
        None => {
            sheet.paragraph(MARGIN, content_width(), PROSE_MUTED, badge_note(indicator));
        }
    }

    // Milestones a task states, and published results with their verdicts, as the pages tell them.
    if !indicator.milestones.is_empty() {
        let steps: Vec<String> = indicator
            .milestones
            .iter()
            .map(|milestone| {
                format!(
                    "{}年{}",
                    milestone.year,
                    indicator.with_unit(milestone.value)
                )
            })
            .collect();
        let words = format!(
            "年度目标：{}（见重点任务{}）",
            steps.join("、"),
            indicator.milestones[0].task
        );
        sheet.y += 8.0;
        sheet.paragraph(MARGIN, content_width(), PROSE, &words);
        sheet.say(FullText::Para(words));
    }
    let mut results = Vec::new();
    for assessment in assessments(indicator, dataset) {
        let result = assessment.result;
        let words = format!(
            "{}年公开结果{}　{}{}",
            result.year,
            indicator.with_unit(result.value),
            assessment.verdict.mark(),
            assessment.verdict.label()
        );
        sheet.y += 8.0;
        let result_style = Paragraph::new(TextStyle::bold(BODY, colours.text), 1.45);
        sheet.paragraph(MARGIN, content_width(), result_style, &words);
        let source = format!(
            "来源：{}（{}发布）",
            result.source,
            chinese_date(&result.date)
        );
        sheet.paragraph(MARGIN, content_width(), LIST_MUTED, &source);
        results.push(format!("{words}。{source}"));
    }
    let units = owners_in_words(
        indicator.departments(Role::Lead),
        indicator.departments(Role::Responsible),
    );
    let posts: Vec<String> = indicator
        .officials
        .iter()
        .map(|official| official.in_words())
        .collect();
    for line in units.iter().chain(&posts) {
        sheet.y += 4.0;
        sheet.paragraph(MARGIN, content_width(), LIST, line);
    }
    sheet.say(FullText::Heading(
        3,
        format!("{}. {}", indicator.id, indicator.name),
    ));
    sheet.say(FullText::Para(format!(
        "{}。",
        text_equivalent(dataset, indicator)
    )));
    for line in results.into_iter().chain(units).chain(posts) {
        sheet.say(FullText::Para(line));
    }
    sheet.finish(36.0, "#ffffff", format!("主要目标第{}项", indicator.id))
}

/// `牵头：A、B` and `责任：C` lines for an indicator's own units, where it names any.
fn owners_in_words(lead: &[String], responsible: &[String]) -> Vec<String> {
    let mut lines = Vec::new();
    if !lead.is_empty() {
        lines.push(format!("牵头单位：{}", lead.join("、")));
    }
    if !responsible.is_empty() {
        lines.push(format!("责任单位：{}", responsible.join("、")));
    }
    lines
}

fn band_colour(kind: BandKind) -> &'static str {
    palette().band(kind)
}
