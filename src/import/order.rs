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
