//! Tasks written as paragraphs, for notices without a task table: a heading (一、…) starts a
//! section, a numbered paragraph (1. or （1）) a task, and its roles come from a bracket at its end
//! or from labelled lines below it; `shared` gives roles that cover several tasks (a heading's lead,
//! a `下同`), and one bracket after sub-items ending in ； covers them all. A section none of whose
//! tasks names a role is the notice's own text, not the plan's, and is left out.

use super::blocks::Piece;
use super::notes::{Notes, Place};
use super::roles::{self, Roles};
use super::shared;
use super::tasks::{mend_text, section_heading};
use crate::model::{Section, Task};

/// A task being read, with its notes until its place in the draft is known.
struct Reading {
    task: Task,
    roles_found: bool,
    printed_id: u32,
    /// Whether it is numbered （1） rather than 1.
    in_brackets: bool,
    /// Whether sub-items （1）… have been joined to it.
    has_sub_items: bool,
    /// The roles a `下同` before it carries over, with the paragraph that said so.
    carried: Option<(Roles, Piece)>,
    /// The paragraph that started it.
    source: Piece,
    notes: Vec<(&'static str, String, Piece)>,
}

impl Reading {
    /// Whether its text ends as a sub-item of a list does (；), awaiting the list's roles.
    fn awaits_group(&self, in_brackets: bool) -> bool {
        !self.roles_found
            && self.in_brackets == in_brackets
            && self.task.text.ends_with(['；', ';'])
    }

    /// Whether its text introduces sub-items (：) that are still to come.
    fn takes_sub_items(&self, in_brackets: bool) -> bool {
        let opens = self.has_sub_items || self.task.text.ends_with(['：', ':']);
        !self.roles_found && !self.in_brackets && in_brackets && opens
    }
}

struct Part {
    section: Section,
    tasks: Vec<Reading>,
    /// The lead its heading names, and the count of tasks it prints.
    lead: Option<(Vec<String>, Option<usize>)>,
    heading: Piece,
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
            .push((roles::field_name(field), reason, piece.clone()));
    }
}

/// The sections and tasks of a notice's paragraphs.
pub fn sections(paragraphs: &[Piece], notes: &mut Notes) -> Vec<Section> {
    let mut parts: Vec<Part> = Vec::new();
    let mut carry: Option<(Roles, Piece)> = None;
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
                lead: shared::heading_lead(text),
                heading: piece.clone(),
            });
        } else if let Some((id, rest)) = roles::numbered(text) {
            let in_brackets = text.starts_with(['（', '(']);
            let (body, found) = match roles::trailing_bracket(rest) {
                Some((before, inner)) => match roles::bracket(inner) {
                    Some(found) => (before.trim_end(), Some(found)),
                    None => (rest, None),
                },
                None => (rest, None),
            };
            if found.as_ref().is_some_and(|found| found.carry) {
                carry = found.clone().map(|found| (found, piece.clone()));
            }
            let tasks = parts.last_mut().map(|part| &mut part.tasks);
            if let Some(parent) = tasks.and_then(|tasks| tasks.last_mut()) {
                if parent.takes_sub_items(in_brackets) {
                    // A sub-item （1） of the task before it: its text and any bracket go there.
                    let (body, _) = mend_text(&text[..text.len() - rest.len() + body.len()]);
                    parent.task.text.push_str(&body);
                    parent.has_sub_items = true;
                    let reason = format!("小项（{id}）已并入上面的任务，与它合为一项");
                    parent.notes.push(("tasks.text", reason, piece.clone()));
                    if let Some(found) = found {
                        apply(parent, found, piece);
                    }
                    continue;
                }
            }
            let (text, mended) = mend_text(body);
            let mut reading = Reading {
                task: Task::new(id, text),
                roles_found: false,
                printed_id: id,
                in_brackets,
                has_sub_items: false,
                carried: carry.clone(),
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
                if let Some(part) = parts.last_mut() {
                    // One bracket after a group of sub-items (1.…；2.…；3.…。（…）) covers them all.
                    let group = part.tasks.iter_mut().rev();
                    for sibling in group.take_while(|r| r.awaits_group(in_brackets)) {
                        let reason = format!(
                            "原文的分工括号写在第 {id} 项之后，按同一组小项导入此项，请核对"
                        );
                        sibling.notes.push(("tasks.lead", reason, piece.clone()));
                        apply(sibling, found.clone(), piece);
                    }
                }
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
                    lead: None,
                    heading: piece.clone(),
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
fn finish(mut parts: Vec<Part>, notes: &mut Notes) -> Vec<Section> {
    for part in &mut parts {
        shared_roles(part, notes);
    }
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

/// Fills the tasks that name no lead from their heading's, and those that name no role from a
/// `下同` before them; each so filled is noted.
fn shared_roles(part: &mut Part, notes: &mut Notes) {
    if let Some((lead, count)) = &part.lead {
        for reading in part.tasks.iter_mut().filter(|r| r.task.lead.is_empty()) {
            reading.task.lead = lead.clone();
            reading.roles_found = true;
            let reason = format!("牵头单位取自板块标题“{}”，请核对", part.section.title);
            reading
                .notes
                .push(("tasks.lead", reason, part.heading.clone()));
        }
        if let Some(count) = count.filter(|count| *count != part.tasks.len()) {
            let reason = format!(
                "板块标题写有 {count} 项，导入了 {} 项，请核对",
                part.tasks.len()
            );
            notes.add(Place::Whole, reason, &part.heading);
        }
        return;
    }
    for reading in part.tasks.iter_mut().filter(|r| !r.roles_found) {
        if let Some((roles, piece)) = reading.carried.clone() {
            let reason = "原文上文的分工写有“下同”，此项沿用该分工，请核对";
            reading
                .notes
                .push(("tasks.lead", reason.to_owned(), piece.clone()));
            if !roles.responsible.is_empty() {
                reading
                    .notes
                    .push(("tasks.responsible", reason.to_owned(), piece.clone()));
            }
            apply(
                reading,
                Roles {
                    notes: Vec::new(),
                    ..roles
                },
                &piece,
            );
        }
    }
}
