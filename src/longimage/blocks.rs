//! The blocks the long image is made of, top to bottom: the masthead, the key figures, every
//! indicator, the tasks by section, the departments and the footer. Every word and figure comes
//! from the dataset, through the same functions the pages use.

use crate::model::{
    assessments, dial, plan_status, provenance_of, BandKind, Dataset, Indicator, Role, Section,
    Task,
};
use crate::pages::parts::{badge_note, chinese_date, text_equivalent};
use crate::share::card::svg::qr_code_sized;
use crate::share::QrMatrix;

use super::sheet::{
    content_width, fits, palette, Block, Sheet, ACCENT, BLUE, BODY, FIGURE, GREY, MARGIN, PALE,
};
use super::{FullText, LongImageOptions};

/// From this many tasks on, each task shows its title and lead only (the site holds the rest).
pub const COMPACT_TASKS_FROM: usize = 60;

/// The masthead: 一图读懂, the plan's short title, its number, issuer and date.
pub(super) fn masthead(dataset: &Dataset) -> Block {
    let document = &dataset.document;
    let mut sheet = Sheet::new();
    sheet.y = 64.0;
    sheet.paragraph(
        MARGIN,
        content_width(),
        44.0,
        1.3,
        ACCENT,
        "bold",
        "一图读懂",
    );
    sheet.y += 12.0;
    sheet.paragraph(
        MARGIN,
        content_width(),
        64.0,
        1.3,
        "#ffffff",
        "bold",
        &document.short_title,
    );
    sheet.y += 16.0;
    let facts = [
        document.number.clone(),
        format!("{}　{}", document.issuer, chinese_date(&document.published)),
    ];
    for fact in facts.iter().filter(|fact| !fact.trim().is_empty()) {
        sheet.paragraph(
            MARGIN,
            content_width(),
            BODY,
            1.45,
            "#ffffff",
            "normal",
            fact,
        );
    }
    sheet.say(FullText::Heading(
        1,
        format!("一图读懂：{}", document.short_title),
    ));
    sheet.say(FullText::Para(facts.join("，")));
    sheet.finish(48.0, BLUE, "标题")
}

/// The key figures: how many indicators, tasks and departments, and where the plan stands.
pub(super) fn key_figures(dataset: &Dataset, options: &LongImageOptions) -> Block {
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
        sheet.line(
            x + column / 2.0,
            top + 96.0,
            FIGURE + 12.0,
            BLUE,
            "bold",
            "middle",
            &figure,
        );
        sheet.line(
            x + column / 2.0,
            top + 156.0,
            BODY,
            palette().text,
            "normal",
            "middle",
            label,
        );
    }
    sheet.y = top + 190.0 + 36.0;
    let status = plan_status(dataset, options.build_year);
    sheet.paragraph(
        MARGIN,
        content_width(),
        BODY,
        1.5,
        palette().text,
        "normal",
        &status.headline,
    );
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
pub(super) fn heading(title: &str, detail: &str, label: &str) -> Block {
    let mut sheet = Sheet::new();
    sheet.y = 40.0;
    sheet.rect(MARGIN, sheet.y + 6.0, 12.0, 58.0, BLUE, 4.0);
    sheet.paragraph(
        MARGIN + 32.0,
        content_width() - 32.0,
        52.0,
        1.3,
        BLUE,
        "bold",
        title,
    );
    sheet.y += 8.0;
    sheet.paragraph(
        MARGIN,
        content_width(),
        BODY,
        1.5,
        palette().muted,
        "normal",
        detail,
    );
    sheet.say(FullText::Heading(2, title.to_owned()));
    sheet.say(FullText::Para(detail.to_owned()));
    sheet.finish(16.0, "#ffffff", label)
}

/// The side of a number badge, and where the text beside it starts.
const BADGE: f64 = 76.0;
const BESIDE_BADGE: f64 = MARGIN + BADGE + 24.0;

/// A square number badge at the left margin, its top at the sheet's `y`: up to three digits at
/// the body size. Returns where the text beside it starts and how wide it may be.
fn badge(sheet: &mut Sheet, number: &str) -> (f64, f64) {
    let y = sheet.y;
    sheet.rect(MARGIN, y, BADGE, BADGE, BLUE, 12.0);
    let middle = y + BADGE / 2.0 + BODY * 0.36;
    sheet.line(
        MARGIN + BADGE / 2.0,
        middle,
        BODY,
        "#ffffff",
        "bold",
        "middle",
        number,
    );
    (BESIDE_BADGE, content_width() - (BESIDE_BADGE - MARGIN))
}

/// One indicator: its name, baseline → target, attribute, its scale as a bar from the same dial
/// as the gauges, its milestones, published results with their verdicts, and its own units.
pub(super) fn indicator(dataset: &Dataset, indicator: &Indicator) -> Block {
    let document = &dataset.document;
    let colours = palette();
    let mut sheet = Sheet::new();
    sheet.rect(MARGIN, 0.0, content_width(), 2.0, "#d5dde7", 0.0);
    sheet.y = 36.0;
    let (text_x, text_width) = badge(&mut sheet, &indicator.id.to_string());
    sheet.y += 6.0;
    sheet.paragraph(
        text_x,
        text_width,
        42.0,
        1.3,
        colours.text,
        "bold",
        &indicator.name,
    );
    let kind = match (indicator.attribute_label(), indicator.unit.as_str()) {
        ("", "") => String::new(),
        ("", unit) => format!("单位：{unit}"),
        (attribute, "") => format!("{attribute}指标"),
        (attribute, unit) => format!("{attribute}指标　单位：{unit}"),
    };
    if !kind.is_empty() {
        sheet.paragraph(
            text_x,
            text_width,
            BODY,
            1.45,
            colours.muted,
            "normal",
            &kind,
        );
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
        sheet.paragraph(x, column, BODY, 1.4, colours.muted, "normal", &label);
        // A figure is set large; a target in many words a size smaller, so that it stays a few lines.
        let size = if fits(&words, FIGURE, column * 2.0) {
            FIGURE
        } else {
            44.0
        };
        sheet.paragraph(x, column, size, 1.2, colour, "bold", &words);
        bottoms.push(sheet.y);
    }
    sheet.line(
        MARGIN + column + 45.0,
        top + 50.0 + FIGURE,
        FIGURE,
        colours.muted,
        "normal",
        "middle",
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
            sheet.rect(MARGIN, bar_top, content_width(), 28.0, colours.track, 0.0);
            sheet.bar(MARGIN, bar_top, content_width(), 28.0, &stretches);
            if let Some(result) = dial.result {
                let x = MARGIN + content_width() * (result / dial.max).clamp(0.0, 1.0);
                sheet.rect(x - 4.0, bar_top - 10.0, 8.0, 48.0, colours.result, 2.0);
            }
            let unit = if indicator.is_percent() { "%" } else { "" };
            let label_y = bar_top + 28.0 + 44.0;
            sheet.line(
                MARGIN,
                label_y,
                BODY,
                colours.muted,
                "normal",
                "start",
                &format!("0{unit}"),
            );
            let end = format!("{}{unit}", crate::model::format_number(dial.max));
            sheet.line(
                MARGIN + content_width(),
                label_y,
                BODY,
                colours.muted,
                "normal",
                "end",
                &end,
            );
            sheet.y = label_y + 20.0;
        }
        None => {
            sheet.paragraph(
                MARGIN,
                content_width(),
                BODY,
                1.5,
                colours.muted,
                "normal",
                badge_note(indicator),
            );
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
        sheet.paragraph(
            MARGIN,
            content_width(),
            BODY,
            1.5,
            colours.text,
            "normal",
            &words,
        );
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
        sheet.paragraph(
            MARGIN,
            content_width(),
            BODY,
            1.45,
            colours.text,
            "bold",
            &words,
        );
        let source = format!(
            "来源：{}（{}发布）",
            result.source,
            chinese_date(&result.date)
        );
        sheet.paragraph(
            MARGIN,
            content_width(),
            BODY,
            1.45,
            colours.muted,
            "normal",
            &source,
        );
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
        sheet.paragraph(
            MARGIN,
            content_width(),
            BODY,
            1.45,
            colours.text,
            "normal",
            line,
        );
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

/// A section of the tasks: its heading as the notice prints it.
pub(super) fn section(section: &Section) -> Block {
    let mut sheet = Sheet::new();
    sheet.y = 36.0;
    let width = content_width() - 56.0;
    let lines = crate::share::card::text::wrap(&section.title, 40.0, width, usize::MAX).len();
    // The pale band behind the heading is drawn first, under its text.
    sheet.rect(
        MARGIN,
        sheet.y,
        content_width(),
        34.0 + 52.0 * lines as f64,
        PALE,
        14.0,
    );
    sheet.y += 22.0;
    sheet.paragraph(
        MARGIN + 28.0,
        width,
        40.0,
        1.3,
        BLUE,
        "bold",
        &section.title,
    );
    sheet.say(FullText::Heading(3, section.title.clone()));
    sheet.finish(24.0, "#ffffff", section.title.clone())
}

/// One task: its number, its title (its first clause, as the pages shorten it), its lead units (or
/// that the notice names none), how many other units share it, its posts and deadline. In a compact
/// list, the title and lead only.
pub(super) fn task(task: &Task, compact: bool) -> Block {
    let colours = palette();
    let mut sheet = Sheet::new();
    sheet.y = 24.0;
    let (text_x, text_width) = badge(&mut sheet, &task.id.to_string());
    sheet.y += 8.0;
    sheet.paragraph(
        text_x,
        text_width,
        38.0,
        1.35,
        colours.text,
        "bold",
        task.short_title(),
    );
    sheet.y += 4.0;
    let lead = format!("牵头单位：{}", task.lead_in_words());
    sheet.paragraph(text_x, text_width, BODY, 1.45, BLUE, "bold", &lead);
    let mut said = vec![format!("任务{}：{}", task.id, task.short_title()), lead];
    if !compact {
        let others = others_in_words(task);
        let posts: Vec<String> = task
            .officials
            .iter()
            .map(|official| official.in_words())
            .collect();
        let deadline = task
            .deadline
            .as_ref()
            .map(|deadline| format!("完成时限：{deadline}"));
        for line in others.into_iter().chain(posts).chain(deadline) {
            sheet.paragraph(
                text_x,
                text_width,
                BODY,
                1.45,
                colours.muted,
                "normal",
                &line,
            );
            said.push(line);
        }
    }
    sheet.say(FullText::Item(said.join("；") + "。"));
    sheet.finish(20.0, "#ffffff", format!("重点任务第{}项", task.id))
}

/// How many other units share a task, by role: 另有3个责任单位、1个配合单位.
fn others_in_words(task: &Task) -> Option<String> {
    let parts: Vec<String> = [Role::Responsible, Role::Cooperating]
        .into_iter()
        .filter(|role| !task.departments(*role).is_empty())
        .map(|role| format!("{}个{}", task.departments(role).len(), role.column()))
        .collect();
    (!parts.is_empty()).then(|| format!("另有{}", parts.join("、")))
}

/// One department: how many tasks it leads and shares, with a bar of each.
pub(super) fn department(name: &str, counts: [usize; 3], most: usize) -> Block {
    let colours = palette();
    let mut sheet = Sheet::new();
    sheet.y = 18.0;
    let words: Vec<String> = Role::ALL
        .into_iter()
        .zip(counts)
        .filter(|(_, count)| *count > 0)
        .map(|(role, count)| format!("{}{count}项", role.verb()))
        .collect();
    let words = words.join("　");
    let top = sheet.y;
    let name_width = content_width() * 0.55;
    sheet.paragraph(MARGIN, name_width, BODY, 1.35, colours.text, "bold", name);
    let name_bottom = sheet.y;
    sheet.y = top;
    sheet.line(
        MARGIN + content_width(),
        top + BODY * 0.9,
        BODY,
        colours.text,
        "normal",
        "end",
        &words,
    );
    sheet.y = name_bottom.max(top + BODY * 1.35) + 4.0;
    let total: usize = counts.iter().sum();
    let share = |count: usize| count as f64 / most.max(1) as f64;
    let lead_share = share(counts[0]);
    sheet.rect(MARGIN, sheet.y, content_width(), 22.0, colours.track, 0.0);
    sheet.bar(
        MARGIN,
        sheet.y,
        content_width(),
        22.0,
        &[
            (lead_share, colours.lead),
            (share(total), colours.responsible),
        ],
    );
    sheet.y += 22.0;
    sheet.say(FullText::Item(format!("{name}：{words}")));
    sheet.finish(22.0, "#ffffff", name.to_owned())
}

/// The footer: the source notice, its publisher and date, the date the image was made, where the
/// figures come from and, with the site's public URL, a QR code to it.
pub(super) fn footer(dataset: &Dataset, options: &LongImageOptions) -> Block {
    let document = &dataset.document;
    let colours = palette();
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
        sheet.paragraph(MARGIN, text_width, BODY, 1.45, colours.text, "normal", line);
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
            BODY,
            colours.text,
            "normal",
            "middle",
            "扫码查看互动版",
        );
        sheet.y = sheet.y.max(top + 240.0 + 60.0);
    }
    for line in lines {
        sheet.say(FullText::Para(line));
    }
    sheet.finish(48.0, GREY, "资料来源")
}

/// Every department's counts of tasks it leads, shares and cooperates in, most leads first.
pub(super) fn department_counts(dataset: &Dataset) -> Vec<(&str, [usize; 3])> {
    let mut counts: Vec<(&str, [usize; 3])> = dataset
        .departments
        .iter()
        .map(|department| {
            let mut count = [0; 3];
            for task in dataset.tasks() {
                match task.role_of(&department.name) {
                    Some(Role::Lead) => count[0] += 1,
                    Some(Role::Responsible) => count[1] += 1,
                    Some(Role::Cooperating) => count[2] += 1,
                    None => {}
                }
            }
            (department.name.as_str(), count)
        })
        .filter(|(_, count)| count.iter().sum::<usize>() > 0)
        .collect();
    // A stable sort keeps the dataset's order among equals.
    counts.sort_by_key(|(_, count)| {
        (
            std::cmp::Reverse(count[0]),
            std::cmp::Reverse(count.iter().sum::<usize>()),
        )
    });
    counts
}
