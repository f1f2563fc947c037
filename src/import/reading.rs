//! The tasks of a notice's paragraphs as they are read, and how they are finished into sections:
//! the roles shared by several tasks (`shared`) given, sections without roles left out, the tasks
//! numbered across sections, and every note placed on its cell.

use super::blocks::Piece;
use super::notes::{Notes, Place};
use super::numbering::{self, Style};
use super::roles::{self, Roles};
use super::units::add_unique;
use crate::model::{Section, Task};

/// A task being read, with its notes until its place in the draft is known.
pub struct Reading {
    pub task: Task,
    pub roles_found: bool,
    pub printed_id: u32,
    /// How it is numbered.
    pub style: Style,
    /// Whether sub-items （1）… have been joined to it.
    pub has_sub_items: bool,
    /// The roles a `下同` before it carries over, with the paragraph that said so.
    pub carried: Option<(Roles, Piece)>,
    /// The units a bracket before it made responsible for every task after it.
    pub standing: Option<(Vec<String>, Piece)>,
    /// The paragraph that started it.
    pub source: Piece,
    pub notes: Vec<(&'static str, String, Piece)>,
}

impl Reading {
    /// Whether its text ends as a sub-item of a list does (；), awaiting the list's roles.
    pub fn awaits_group(&self, style: Style) -> bool {
        !self.roles_found && self.style == style && self.task.text.ends_with(['；', ';'])
    }

    /// Whether its text introduces sub-items (：) numbered in a deeper style that are still to come.
    pub fn takes_sub_items(&self, style: Style) -> bool {
        let opens = self.has_sub_items || self.task.text.ends_with(['：', ':']);
        !self.roles_found && style > self.style && style >= Style::Sub && opens
    }
}

pub struct Part {
    pub section: Section,
    pub tasks: Vec<Reading>,
    /// The lead its heading names, and the count of tasks it prints.
    pub lead: Option<(Vec<String>, Option<usize>)>,
    /// The units its heading names alone (a list of duties by unit), responsible for its tasks.
    pub responsible: Vec<String>,
    pub heading: Piece,
}

/// Gives a task the roles found for it (each unit once, in the order first named), with their notes.
pub fn apply(reading: &mut Reading, found: Roles, piece: &Piece) {
    reading.roles_found = true;
    let task = &mut reading.task;
    add_unique(&mut task.lead, found.lead);
    add_unique(&mut task.responsible, found.responsible);
    add_unique(&mut task.cooperating, found.cooperating);
    // A unit named lead in one bracket and responsible in another is the task's lead.
    let leads: std::collections::HashSet<String> = task.lead.iter().cloned().collect();
    let before = task.responsible.len() + task.cooperating.len();
    task.responsible.retain(|name| !leads.contains(name));
    task.cooperating.retain(|name| !leads.contains(name));
    if task.responsible.len() + task.cooperating.len() < before {
        let reason =
            "原文另有括号把牵头单位也列为责任或配合单位，只按牵头单位导入，请核对".to_owned();
        reading
            .notes
            .push(("tasks.responsible", reason, piece.clone()));
    }
    let task = &mut reading.task;
    task.officials.extend(found.officials);
    task.deadline = found.deadline.or(task.deadline.take());
    for (field, reason) in found.notes {
        reading
            .notes
            .push((roles::field_name(field), reason, piece.clone()));
    }
}

/// A section started by a numbered heading, with the lead its title names, if any, and the units
/// it names as those responsible for its tasks, if it is a unit's name alone.
pub fn heading(text: &str, id: u32, responsible: Vec<String>, piece: &Piece) -> Part {
    let title = numbering::unmarked(text).replace("**", "");
    Part {
        section: Section {
            id,
            title: title.split_whitespace().collect(),
            tasks: Vec::new(),
        },
        tasks: Vec::new(),
        lead: super::shared::heading_lead(&title),
        responsible,
        heading: piece.clone(),
    }
}

/// Whether an unnumbered paragraph can start a task of its own: under a heading before any task,
/// or after another unnumbered task.
pub fn opens_unnumbered(parts: &[Part], text: &str) -> bool {
    let unnumbered = |text: &str| numbering::numbered(text.trim()).is_none();
    unnumbered(text)
        && parts.last().is_some_and(|part| {
            let last = part.tasks.last();
            last.is_none_or(|last| unnumbered(&last.source.text))
        })
}

/// The parts that hold the plan's tasks, numbered across sections, with their notes placed.
pub fn finish(mut parts: Vec<Part>, notes: &mut Notes) -> Vec<Section> {
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
    let mut section_ids: Vec<u32> = kept.iter().map(|part| part.section.id).collect();
    section_ids.sort_unstable();
    section_ids.dedup();
    let renumber_sections = section_ids.len() != kept.len();
    let mut sections = Vec::new();
    let mut next_id = 1;
    for (s, part) in kept.into_iter().enumerate() {
        let mut section = part.section;
        if renumber_sections {
            // Sub-headings （一） under chapters 一、 repeat their numbers: the sections go in order.
            section.id = s as u32 + 1;
        }
        for (t, mut reading) in part.tasks.into_iter().enumerate() {
            let at = |field| Place::Task(s, t, field);
            if renumber && reading.printed_id != next_id {
                let reason = format!(
                    "原文各板块分别编号（此处原为 {}），已改为全表连续编号 {next_id}",
                    reading.printed_id
                );
                notes.add(at("tasks.id"), reason, &reading.source);
                reading.task.id = next_id;
            }
            next_id += 1;
            if let Some((units, piece)) = reading.standing.take() {
                let task = &mut reading.task;
                let named = |unit: &String| {
                    [&task.lead, &task.responsible, &task.cooperating]
                        .iter()
                        .any(|list| list.contains(unit))
                };
                let missing: Vec<String> = units.into_iter().filter(|u| !named(u)).collect();
                if !missing.is_empty() {
                    task.responsible.extend(missing);
                    let reason =
                        "原文写明以下各项均由此单位落实（不再列出），已加入责任单位，请核对";
                    notes.add(at("tasks.responsible"), reason, &piece);
                }
            }
            if reading.task.lead.is_empty() {
                notes.add(
                    at("tasks.lead"),
                    "原文没有写牵头单位，已留空（不推测）：请按原文核对",
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
    if !part.responsible.is_empty() {
        for reading in part.tasks.iter_mut().filter(|r| !r.roles_found) {
            reading.task.responsible = part.responsible.clone();
            reading.roles_found = true;
            let reason = format!("责任单位取自板块标题“{}”，请核对", part.section.title);
            reading
                .notes
                .push(("tasks.responsible", reason, part.heading.clone()));
        }
    }
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
