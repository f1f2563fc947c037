//! The numbers of a draft's tasks and sections where the notice's own do not serve: a table whose
//! sections each number their tasks from (一), and a task table after tasks written as paragraphs.
//! Each number changed is noted on its cell.

use super::notes::{Notes, Place};
use crate::model::Section;

/// Numbers the tasks across the table where its sections number them apart ((一) in each).
pub fn renumber(sections: &mut [Section], notes: &mut Notes) {
    let mut ids: Vec<u32> = sections
        .iter()
        .flat_map(|s| s.tasks.iter().map(|t| t.id))
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    if ids.len() == count {
        return;
    }
    let mut next = 1;
    for (s, section) in sections.iter_mut().enumerate() {
        for (t, task) in section.tasks.iter_mut().enumerate() {
            if task.id != next {
                let reason = format!(
                    "原文各板块分别编号（此处原为 {}），已改为全表连续编号 {next}",
                    task.id
                );
                notes.add_text(Place::Task(s, t, "tasks.id"), reason, "", None);
            }
            task.id = next;
            next += 1;
        }
    }
}

/// Numbers the table's tasks on from the tasks written as paragraphs before them, noting each.
pub fn renumber_after(sections: &mut [Section], from: usize, offset: u32, notes: &mut Notes) {
    for (s, section) in sections.iter_mut().enumerate().skip(from) {
        for (t, task) in section.tasks.iter_mut().enumerate() {
            let reason = format!(
                "任务表的序号接在正文所列任务之后（原为 {}），已改为 {}",
                task.id,
                task.id + offset
            );
            notes.add_text(Place::Task(s, t, "tasks.id"), reason, "", None);
            task.id += offset;
        }
    }
    let mut ids: Vec<u32> = sections.iter().skip(from).map(|s| s.id).collect();
    ids.extend(sections.iter().take(from).map(|s| s.id));
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    if ids.len() != count {
        // Both parts number their sections from 一: the sections go in order.
        for (index, section) in sections.iter_mut().enumerate() {
            section.id = index as u32 + 1;
        }
    }
}

/// The start of a task's text as two tasks are compared: its first twelve characters, without
/// spaces and punctuation.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .take(12)
        .collect()
}

/// Leaves out the tasks written as paragraphs that the task table lists again (the same start of
/// text), with their notes, and a section so emptied; 待核对 says so (全文).
pub fn drop_repeated(sections: &mut Vec<Section>, table: &[Section], notes: &mut Notes) {
    let listed: std::collections::HashSet<String> = table
        .iter()
        .flat_map(|s| s.tasks.iter().map(|t| key(&t.text)))
        .collect();
    for s in (0..sections.len()).rev() {
        for t in (0..sections[s].tasks.len()).rev() {
            let text = &sections[s].tasks[t].text;
            if key(text).chars().count() < 6 || !listed.contains(&key(text)) {
                continue;
            }
            let reason = "正文段落与任务表都列有此项任务，按任务表导入，正文中的一项未重复导入";
            notes.add_text(Place::Whole, reason, text, None);
            sections[s].tasks.remove(t);
            notes
                .0
                .retain(|note| !matches!(note.place, Place::Task(s2, t2, _) if s2 == s && t2 == t));
            for note in &mut notes.0 {
                if let Place::Task(s2, t2, field) = note.place {
                    if s2 == s && t2 > t {
                        note.place = Place::Task(s2, t2 - 1, field);
                    }
                }
            }
        }
        if sections[s].tasks.is_empty() {
            sections.remove(s);
            notes.0.retain(
                |note| !matches!(note.place, Place::Task(s2, ..) | Place::Section(s2) if s2 == s),
            );
            for note in &mut notes.0 {
                note.place = match note.place {
                    Place::Task(s2, t2, field) if s2 > s => Place::Task(s2 - 1, t2, field),
                    Place::Section(s2) if s2 > s => Place::Section(s2 - 1),
                    place => place,
                };
            }
        }
    }
}
