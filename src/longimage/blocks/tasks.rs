//! The tasks' blocks of the long image, by section, and the departments'.

use crate::model::{Dataset, Role, Section, Task};

use super::badge;
use crate::longimage::sheet::{
    content_width, palette, Block, Paragraph, Sheet, BLUE, BODY, BODY_TEXT, LIST_MUTED, MARGIN,
    PALE,
};
use crate::longimage::FullText;
use crate::share::card::style::TextStyle;

/// A section of the tasks: its heading as the notice prints it.
pub(crate) fn section(section: &Section) -> Block {
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
    let title = Paragraph::new(TextStyle::bold(40.0, BLUE), 1.3);
    sheet.paragraph(MARGIN + 28.0, width, title, &section.title);
    sheet.say(FullText::Heading(3, section.title.clone()));
    sheet.finish_heading(24.0, "#ffffff", section.title.clone())
}

/// One task: its number, its title (its first clause, as the pages shorten it), its lead units (or
/// that the notice names none), how many other units share it, its posts and deadline. In a compact
/// list, the title and lead only.
pub(crate) fn task(task: &Task, compact: bool) -> Block {
    let colours = palette();
    let mut sheet = Sheet::new();
    sheet.y = 24.0;
    let (text_x, text_width) = badge(&mut sheet, &task.id.to_string());
    sheet.y += 8.0;
    let title = Paragraph::new(TextStyle::bold(38.0, colours.text), 1.35);
    sheet.paragraph(text_x, text_width, title, task.short_title());
    sheet.y += 4.0;
    let lead = format!("牵头单位：{}", task.lead_in_words());
    let lead_style = Paragraph::new(TextStyle::bold(BODY, BLUE), 1.45);
    sheet.paragraph(text_x, text_width, lead_style, &lead);
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
            sheet.paragraph(text_x, text_width, LIST_MUTED, &line);
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
pub(crate) fn department(name: &str, counts: [usize; 3], most: usize) -> Block {
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
    let name_style = Paragraph::new(TextStyle::bold(BODY, colours.text), 1.35);
    sheet.paragraph(MARGIN, name_width, name_style, name);
    let name_bottom = sheet.y;
    sheet.y = top;
    sheet.line(
        MARGIN + content_width(),
        top + BODY * 0.9,
        BODY_TEXT.right_aligned(),
        &words,
    );
    sheet.y = name_bottom.max(top + BODY * 1.35) + 4.0;
    let total: usize = counts.iter().sum();
    let share = |count: usize| count as f64 / most.max(1) as f64;
    let lead_share = share(counts[0]);
    sheet.bar(
        sheet.y,
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

/// Every department's counts of tasks it leads, shares and cooperates in, most leads first.
pub(crate) fn department_counts(dataset: &Dataset) -> Vec<(&str, [usize; 3])> {
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
