//! The frame of the long image: its masthead, key figures, the parts' headings and the footer.

use crate::model::{plan_status, provenance_of, Dataset};
use crate::pages::parts::chinese_date;
use crate::share::card::qr_slot::qr_code_sized;
use crate::share::QrMatrix;

use crate::longimage::sheet::{
    content_width, Block, Paragraph, Sheet, ACCENT, BLUE, BODY, BODY_TEXT, FIGURE, GREY, LIST,
    MARGIN, PALE, PROSE, PROSE_MUTED,
};
use crate::longimage::{FullText, LongImageOptions};
use crate::share::card::style::TextStyle;

/// The masthead: 一图读懂, the plan's short title, its number, issuer and date.
pub(crate) fn masthead(dataset: &Dataset) -> Block {
    let document = &dataset.document;
    let mut sheet = Sheet::new();
    sheet.y = 64.0;
    let kicker = Paragraph::new(TextStyle::bold(44.0, ACCENT), 1.3);
    sheet.paragraph(MARGIN, content_width(), kicker, "一图读懂");
    sheet.y += 12.0;
    let title = Paragraph::new(TextStyle::bold(64.0, "#ffffff"), 1.3);
    sheet.paragraph(MARGIN, content_width(), title, &document.short_title);
    sheet.y += 16.0;
    let facts = [
        document.number.clone(),
        format!("{}　{}", document.issuer, chinese_date(&document.published)),
    ];
    let fact_style = Paragraph::new(TextStyle::normal(BODY, "#ffffff"), 1.45);
    for fact in facts.iter().filter(|fact| !fact.trim().is_empty()) {
        sheet.paragraph(MARGIN, content_width(), fact_style, fact);
    }
    sheet.say(FullText::Heading(
        1,
        format!("一图读懂：{}", document.short_title),
    ));
    sheet.say(FullText::Para(facts.join("，")));
    sheet.finish(48.0, BLUE, "标题")
}

/// The key figures: how many indicators, tasks and departments, and where the plan stands.
pub(crate) fn key_figures(dataset: &Dataset, options: &LongImageOptions) -> Block {
    let tasks = dataset.tasks().count();
    let figures = [
        (dataset.indicators.len(), "项", "主要目标"),
        (tasks, "项", "重点任务"),
        (dataset.departments.len(), "个", "参与部门"),
    ];
    let mut sheet = Sheet::new();
    sheet.y = 48.0;
    let gap = 24.0;
    let column = (content_width() - 2.0 * gap) / 3.0;
    let top = sheet.y;
    for (index, (count, unit, label)) in figures.iter().enumerate() {
        let x = MARGIN + (column + gap) * index as f64;
        sheet.rect(x, top, column, 190.0, PALE, 16.0);
        let figure = format!("{count}{unit}");
        let figure_style = TextStyle::bold(FIGURE + 12.0, BLUE).centred();
        sheet.line(x + column / 2.0, top + 96.0, figure_style, &figure);
        sheet.line(x + column / 2.0, top + 156.0, BODY_TEXT.centred(), label);
    }
    sheet.y = top + 190.0 + 36.0;
    let status = plan_status(dataset, options.build_year);
    sheet.paragraph(MARGIN, content_width(), PROSE, &status.headline);
    sheet.say(FullText::Para(
        figures
            .iter()
            .map(|(count, unit, label)| format!("{label}{count}{unit}"))
            .collect::<Vec<_>>()
            .join("，")
            + "。",
    ));
    sheet.say(FullText::Para(status.headline));
    sheet.finish(24.0, "#ffffff", "主要数字")
}

/// A part's heading: its title and a line below it.
pub(crate) fn heading(title: &str, detail: &str, label: &str) -> Block {
    let mut sheet = Sheet::new();
    sheet.y = 40.0;
    sheet.rect(MARGIN, sheet.y + 6.0, 12.0, 58.0, BLUE, 4.0);
    let title_style = Paragraph::new(TextStyle::bold(52.0, BLUE), 1.3);
    sheet.paragraph(MARGIN + 32.0, content_width() - 32.0, title_style, title);
    sheet.y += 8.0;
    sheet.paragraph(MARGIN, content_width(), PROSE_MUTED, detail);
    sheet.say(FullText::Heading(2, title.to_owned()));
    sheet.say(FullText::Para(detail.to_owned()));
    sheet.finish_heading(16.0, "#ffffff", label)
}

/// The footer: the source notice, its publisher and date, the date the image was made, where the
/// figures come from and, with the site's public URL, a QR code to it.
pub(crate) fn footer(dataset: &Dataset, options: &LongImageOptions) -> Block {
    let document = &dataset.document;
    let qr = options
        .public_url
        .as_deref()
        .and_then(QrMatrix::new)
        .map(|code| qr_code_sized(&code, 240));
    let text_width = if qr.is_some() {
        content_width() - 280.0
    } else {
        content_width()
    };
    let mut sheet = Sheet::new();
    sheet.y = 48.0;
    let top = sheet.y;
    let lines = [
        format!("资料来源：{}", document.title),
        format!("文号：{}", document.number),
        format!("发布机构：{}", document.publisher),
        format!("发布日期：{}", chinese_date(&document.published)),
        format!("制作日期：{}", chinese_date(&options.made_on)),
        provenance_of(dataset, "本图"),
    ];
    // A line whose fact the dataset or the build leaves empty is left out.
    let lines: Vec<String> = lines
        .into_iter()
        .filter(|line| !line.ends_with('：'))
        .collect();
    for line in &lines {
        sheet.paragraph(MARGIN, text_width, LIST, line);
        sheet.y += 6.0;
    }
    if let Some(code) = qr {
        let x = MARGIN + content_width() - 240.0;
        sheet.raw(&format!(
            r#"<g transform="translate({x:.1} {top:.1})">{code}</g>"#
        ));
        sheet.line(
            x + 120.0,
            top + 240.0 + 44.0,
            BODY_TEXT.centred(),
            "扫码查看互动版",
        );
        sheet.y = sheet.y.max(top + 240.0 + 60.0);
    }
    for line in lines {
        sheet.say(FullText::Para(line));
    }
    sheet.finish(48.0, GREY, "资料来源")
}
