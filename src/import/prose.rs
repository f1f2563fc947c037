//! Tasks written as paragraphs, for notices without a task table: a heading (一、…) starts a
//! section, a numbered paragraph (1. or （1）) a task, and its roles come from a bracket at its end
//! or from labelled lines below it. A section none of whose tasks names a role is the notice's own
//! text, not the plan's, and is left out.

use super::blocks::Piece;
use super::notes::{Notes, Place};
use super::roles::{self, Field, Roles};
use super::tasks::{mend_text, section_heading};
use crate::model::{Section, Task};

/// A task being read, with its notes until its place in the draft is known.
struct Reading {
    task: Task,
    roles_found: bool,
    printed_id: u32,
    /// The paragraph that started it.
    source: Piece,
    notes: Vec<(&'static str, String, Piece)>,
}

struct Part {
    section: Section,
    tasks: Vec<Reading>,
}

/// A numbered paragraph: `1.…`, `1．…`, `1、…`, `（1）…` or `(1)…` → (1, the rest).
fn numbered(text: &str) -> Option<(u32, &str)> {
    let text = text.trim();
    let (number, rest) = if let Some(inner) = text.strip_prefix(['（', '(']) {
        inner.split_once(['）', ')'])?
    } else {
        let end = text.find(|c: char| !c.is_ascii_digit())?;
        let rest = text[end..].strip_prefix(['.', '．', '、'])?;
        (&text[..end], rest)
    };
    Some((number.parse().ok()?, rest.trim()))
}

fn field_name(field: Field) -> &'static str {
    match field {
        Field::Lead => "tasks.lead",
        Field::Post(_) => "tasks.officials",
        Field::Responsible => "tasks.responsible",
        Field::Cooperating => "tasks.cooperating",
        Field::Deadline => "tasks.deadline",
    }
}

fn apply(reading: &mut Reading, found: Roles, piece: &Piece) {
    reading.roles_found = true;
    let task = &mut reading.task;
    task.lead.extend(found.lead);
    task.responsible.extend(found.responsible);
    task.cooperating.extend(found.cooperating);
    task.officials.extend(found.officials);
    task.deadline = found.deadline.or(task.deadline.take());
    for (field, reason) in found.notes {
        reading
            .notes
            .push((field_name(field), reason, piece.clone()));
    }
}

/// The sections and tasks of a notice's paragraphs.
pub fn sections(paragraphs: &[Piece], notes: &mut Notes) -> Vec<Section> {
    let mut parts: Vec<Part> = Vec::new();
    for piece in paragraphs {
        let text = piece.text.trim();
        let reading = parts.last_mut().and_then(|part| part.tasks.last_mut());
        if let Some((field, value)) = roles::labelled(text) {
            match reading {
                Some(reading) => {
                    let mut found = Roles::default();
                    found.add(field, value);
                    apply(reading, found, piece);
                }
                None => notes.add(
                    Place::Whole,
                    "这一行写了分工，但前面没有任务，没有导入",
                    piece,
                ),
            }
        } else if let Some(id) =
            section_heading(text).filter(|_| text.chars().count() <= 40 && !text.contains('。'))
        {
            let title = text.split_whitespace().collect();
            parts.push(Part {
                section: Section {
                    id,
                    title,
                    tasks: Vec::new(),
                },
                tasks: Vec::new(),
            });
        } else if let Some((id, rest)) = numbered(text) {
            let (body, found) = match roles::trailing_bracket(rest) {
                Some((before, inner)) => match roles::bracket(inner) {
                    Some(found) => (before.trim_end(), Some(found)),
                    None => (rest, None),
                },
                None => (rest, None),
            };
            let (text, mended) = mend_text(body);
            let mut reading = Reading {
                task: Task::new(id, text),
                roles_found: false,
                printed_id: id,
                source: piece.clone(),
                notes: Vec::new(),
            };
            if mended {
                reading.notes.push((
                    "tasks.text",
                    "任务原文中的空格（折行所致）已删去".to_owned(),
                    piece.clone(),
                ));
            }
            if let Some(found) = found {
                apply(&mut reading, found, piece);
            }
            if parts.is_empty() {
                let section = Section {
                    id: 1,
                    title: "一、重点任务".to_owned(),
                    tasks: Vec::new(),
                };
                parts.push(Part {
                    section,
                    tasks: Vec::new(),
                });
            }
            parts
                .last_mut()
                .expect("a part was just made")
                .tasks
                .push(reading);
        } else if let Some(reading) = reading.filter(|r| !r.roles_found) {
            // A task's text that goes on in the next paragraph.
            reading.task.text.push_str(text);
            reading.notes.push((
                "tasks.text",
                "任务原文跨段，已把下一段接在后面".to_owned(),
                piece.clone(),
            ));
        }
    }
    finish(parts, notes)
}

/// The parts that hold the plan's tasks, numbered across sections, with their notes placed.
fn finish(parts: Vec<Part>, notes: &mut Notes) -> Vec<Section> {
    let (kept, dropped): (Vec<Part>, Vec<Part>) = parts
        .into_iter()
        .partition(|part| part.tasks.iter().any(|r| r.roles_found));
    for reading in dropped.iter().flat_map(|part| &part.tasks) {
        notes.add(
            Place::Whole,
            "编号段落没有写分工，未当作任务导入",
            &reading.source,
        );
    }
    let ids: Vec<u32> = kept
        .iter()
        .flat_map(|part| part.tasks.iter().map(|r| r.printed_id))
        .collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    let renumber = unique.len() != ids.len();
    let mut sections = Vec::new();
    let mut next_id = 1;
    for (s, part) in kept.into_iter().enumerate() {
        let mut section = part.section;
        for (t, mut reading) in part.tasks.into_iter().enumerate() {
            let at = |field| Place::Task(s, t, field);
            if renumber {
                let reason = format!(
                    "原文各板块分别编号（此处原为 {}），已改为全表连续编号 {next_id}",
                    reading.printed_id
                );
                notes.add(at("tasks.id"), reason, &reading.source);
                reading.task.id = next_id;
            }
            next_id += 1;
            if reading.task.lead.is_empty() {
                notes.add(
                    at("tasks.lead"),
                    "原文没有写牵头单位，请填写",
                    &reading.source,
                );
            }
            for (field, reason, piece) in reading.notes {
                notes.add(at(field), reason, &piece);
            }
            section.tasks.push(reading.task);
        }
        sections.push(section);
    }
    sections
}
