//! Tasks written as paragraphs, for notices without a task table. Paragraphs are numbered in any
//! style (`numbering`); what a numbered paragraph holds tells a heading from a task: a chapter
//! (一、) of a title's length and no roles starts a section, and so does any other numbered title
//! with no roles whose next paragraph is numbered in a deeper style (（一） over 1.); any other
//! numbered paragraph starts a task, and one that is a unit's name over its duties gives the unit
//! as their 责任单位 (`shared::duty`). A task's roles come from every roles bracket in it or in the
//! paragraphs that go on with it, from a paragraph that is only a roles bracket, or from labelled
//! lines below it; `shared` gives roles that cover several tasks (a heading's lead, a `下同`), one
//! bracket after sub-items ending in ； covers them all, and a lead rule the notice states once
//! (`列第一位者为牵头单位`) holds for every bracket after it. A section none of whose tasks names a
//! role is the notice's own text, not the plan's, and is left out (`reading`). An unnumbered
//! paragraph under a heading before any task, or after another such task, is a task where it is a
//! unit's duties (`区民防办：负责…`) or ends with its roles bracket; its number is given in order.

use super::blocks::Piece;
use super::bracket;
use super::notes::{Notes, Place};
use super::numbering::{self, Style};
use super::reading::{apply, finish, opens_unnumbered, Part, Reading};
use super::roles::{self, LeadRule, Roles};
use super::shared;
use super::tasks::mend_text;
use super::units::looks_like_unit;
use crate::model::{Section, Task};

/// What the reading keeps from one paragraph to the next: the roles a `下同` carries and the lead
/// rule the notice has stated.
#[derive(Default)]
struct State {
    carry: Option<(Roles, Piece)>,
    rule: Option<LeadRule>,
    /// The units responsible for every task from here on, with the paragraph that said so.
    standing: Option<(Vec<String>, Piece)>,
}

impl State {
    /// Notes what a bracket's roles say for the paragraphs after it.
    fn heed(&mut self, found: &Roles, piece: &Piece) {
        if found.carry {
            self.carry = Some((found.clone(), piece.clone()));
        }
        self.rule = found.rule.or(self.rule);
        if !found.standing.is_empty() {
            self.standing = Some((found.standing.clone(), piece.clone()));
        }
    }
}

/// A text's roles brackets read and taken out: the text left and the roles of them all (each unit
/// once). A bracket inside the text, not at its end, counts only where it ends a sentence and its
/// units read as names.
fn roles_in(text: &str, rule: Option<LeadRule>) -> (String, Option<Roles>) {
    // Markdown's escaped square brackets (`\[A（含B），C\]`) hold a bracket that holds another.
    let text = &text.replace("\\[", "（").replace("\\]", "）");
    let trimmed = text.trim_end().trim_end_matches('。');
    let mut all: Option<Roles> = None;
    let mut body = String::new();
    let mut from = 0;
    for (range, inner) in numbering::brackets(trimmed) {
        let rule = all.as_ref().and_then(|r| r.rule).or(rule);
        let Some(found) = bracket::bracket(inner, rule) else {
            continue;
        };
        let at_end = range.end == trimmed.len();
        let names = found
            .lead
            .iter()
            .chain(&found.responsible)
            .chain(&found.cooperating);
        // Inside the text, a roles bracket ends a sentence (…能力。（A、B）结合…, …试点（A负责）。…).
        let ends = ['。', '；', ';'];
        let closes = trimmed[..range.start].trim_end().ends_with(ends)
            || trimmed[range.end..].trim_start().starts_with(ends);
        let units = names.clone().all(|name| looks_like_unit(name));
        if !(at_end || closes && units) {
            continue;
        }
        body.push_str(&trimmed[from..range.start]);
        from = range.end;
        match &mut all {
            None => all = Some(found),
            Some(all) => {
                all.merge(found);
                let reason = "原文此项有几处分工括号，各括号的单位已合并为一项任务的分工，请核对";
                if !all.notes.iter().any(|(_, note)| note == reason) {
                    all.notes.push((roles::Field::Lead, reason.to_owned()));
                }
            }
        }
    }
    if all.is_none() {
        return (text.replace("**", ""), None);
    }
    body.push_str(&trimmed[from..]);
    let mut body = body.replace("**", "").trim().to_owned();
    if text.trim_end().ends_with('。') && !body.ends_with('。') {
        // The text's own full stop, printed after its last bracket.
        body.push('。');
    }
    (body, all)
}

/// Whether a numbered paragraph's text reads as a heading's title: short, one sentence at most,
/// not introducing a list.
fn is_title(body: &str) -> bool {
    let body = body.trim().trim_end_matches('。');
    body.chars().count() <= 40 && !body.contains(['。', '；', ';']) && !body.ends_with(['：', ':'])
}

/// The sections and tasks of a notice's paragraphs.
pub fn sections(paragraphs: &[Piece], notes: &mut Notes) -> Vec<Section> {
    let mut parts: Vec<Part> = Vec::new();
    let mut state = State::default();
    for (at, piece) in paragraphs.iter().enumerate() {
        let text = piece.text.trim();
        // A unit's duties on a line of their own (区民防办：负责…), or a paragraph that ends with its
        // roles bracket, under a heading or after another such: a task, numbered in order.
        let ends =
            numbering::trailing_bracket(text).is_some_and(|(text, _)| !text.trim().is_empty());
        let own = opens_unnumbered(&parts, text).then(|| {
            let bracketed = || ends.then(|| roles_in(text, state.rule));
            let bracketed = || bracketed().and_then(|(body, found)| Some((body, found?)));
            // A paragraph that opens a list of duties by unit may state who leads in a sentence.
            let next = paragraphs.get(at + 1).map(|next| next.text.trim());
            let opens = next.is_some_and(|next| shared::unnumbered_duty(next).is_some());
            let stated = || opens.then(|| Some((text.to_owned(), shared::opening_roles(text)?)))?;
            shared::unnumbered_duty(text)
                .or_else(bracketed)
                .or_else(stated)
        });
        if let Some((duties, found)) = own.flatten() {
            let id = parts.iter().map(|part| part.tasks.len()).sum::<usize>() as u32 + 1;
            let item = (Style::Item, id, "", duties.as_str());
            task(&mut parts, item, Some(found), &state, piece);
            if let Some(reading) = parts.last_mut().and_then(|part| part.tasks.last_mut()) {
                let reason = format!("原文此项没有编号，按顺序编为 {id}");
                reading.notes.push(("tasks.id", reason, piece.clone()));
            }
            continue;
        }
        let reading = parts.last_mut().and_then(|part| part.tasks.last_mut());
        let alone = numbering::trailing_bracket(text)
            .filter(|(before, _)| before.trim().is_empty())
            .and_then(|(_, inner)| bracket::bracket(inner, state.rule));
        if let Some((field, value)) = roles::labelled(text) {
            let mut found = Roles::default();
            found.add(field, value);
            give(reading, found, piece, notes);
        } else if let Some(found) = alone {
            // A paragraph that is only a roles bracket: the task above's.
            state.heed(&found, piece);
            give(reading, found, piece, notes);
        } else if let Some((style, id, rest)) = numbering::numbered(text) {
            let (body, found) = roles_in(rest, state.rule);
            if let Some(found) = &found {
                state.heed(found, piece);
            }
            let duty = found.is_none().then(|| shared::duty(&body)).flatten();
            let next_style = paragraphs
                .get(at + 1)
                .and_then(|next| numbering::numbered(&next.text));
            let deeper = next_style.is_some_and(|(next, _, _)| next > style);
            let chapter = style == Style::Chapter && duty.is_none() && is_title(&body);
            if found.is_none() && (chapter || deeper && is_title(&body)) {
                // A heading; one that is a unit's name alone gives it to the tasks under it.
                let units = duty.map(|(_, found)| found.responsible).unwrap_or_default();
                parts.push(super::reading::heading(text, id, units, piece));
                continue;
            }
            let (body, found) = match (found, duty) {
                (None, Some((duties, found))) => (duties, Some(found)),
                (found, _) => (body, found),
            };
            // The number as printed (（1）), for a sub-item joined to the task above.
            let marker = &text[..rest.as_ptr() as usize - text.as_ptr() as usize];
            let marker = numbering::unmarked(marker).replace("**", "");
            task(
                &mut parts,
                (style, id, marker.trim(), &body),
                found,
                &state,
                piece,
            );
        } else if let Some(reading) = reading {
            // A task's text that goes on in the next paragraph, with any roles in it.
            let (body, found) = roles_in(text, state.rule);
            if found.is_none() && reading.roles_found && !reading.task.text.is_empty() {
                continue;
            }
            reading.task.text.push_str(&body);
            reading.notes.push((
                "tasks.text",
                "任务原文跨段，已把下一段接在后面".to_owned(),
                piece.clone(),
            ));
            if let Some(found) = found {
                state.heed(&found, piece);
                if reading.roles_found {
                    let reason = "此项的分工写在几个段落的括号中，已合并导入，请核对".to_owned();
                    reading.notes.push(("tasks.lead", reason, piece.clone()));
                }
                apply(reading, found, piece);
            }
        }
    }
    finish(parts, notes)
}

/// Gives roles written apart from a task to the task above, or notes that there is none.
fn give(reading: Option<&mut Reading>, found: Roles, piece: &Piece, notes: &mut Notes) {
    match reading {
        Some(reading) => apply(reading, found, piece),
        None => notes.add(
            Place::Whole,
            "这一行写了分工，但前面没有任务，没有导入",
            piece,
        ),
    }
}

/// Reads a numbered paragraph that is a task: a sub-item joined to the task above it, or a task of
/// its own (with the roles of a group of sub-items before it that await them).
fn task(
    parts: &mut Vec<Part>,
    (style, id, marker, body): (Style, u32, &str, &str),
    found: Option<Roles>,
    state: &State,
    piece: &Piece,
) {
    let tasks = parts.last_mut().map(|part| &mut part.tasks);
    if let Some(parent) = tasks.and_then(|tasks| tasks.last_mut()) {
        if parent.takes_sub_items(style) {
            // A sub-item （1） of the task before it: its text and any bracket go there.
            let (joined, _) = mend_text(&format!("{marker}{body}"));
            parent.task.text.push_str(&joined);
            parent.has_sub_items = true;
            let reason = format!("小项（{id}）已并入上面的任务，与它合为一项");
            parent.notes.push(("tasks.text", reason, piece.clone()));
            if let Some(found) = found {
                apply(parent, found, piece);
            }
            return;
        }
    }
    let (text, mended) = mend_text(body);
    let mut reading = Reading {
        task: Task::new(id, text),
        roles_found: false,
        printed_id: id,
        style,
        has_sub_items: false,
        carried: state.carry.clone(),
        standing: state.standing.clone(),
        source: piece.clone(),
        notes: Vec::new(),
    };
    if mended {
        let reason = "任务原文中的空格（折行所致）已删去".to_owned();
        reading.notes.push(("tasks.text", reason, piece.clone()));
    }
    if let Some(found) = found {
        if let Some(part) = parts.last_mut() {
            // One bracket after a group of sub-items (1.…；2.…；3.…。（…）) covers them all.
            let group = part.tasks.iter_mut().rev();
            for sibling in group.take_while(|r| r.awaits_group(style)) {
                let reason =
                    format!("原文的分工括号写在第 {id} 项之后，按同一组小项导入此项，请核对");
                sibling.notes.push(("tasks.lead", reason, piece.clone()));
                apply(sibling, found.clone(), piece);
            }
        }
        apply(&mut reading, found, piece);
        if body.contains("牵头") {
            // The text names a lead of its own (交由达茂旗牵头落实): the roles are the bracket's.
            let reason = "任务原文中另写有“牵头”，分工按括号导入，请核对".to_owned();
            reading.notes.push(("tasks.lead", reason, piece.clone()));
        }
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
            responsible: Vec::new(),
            heading: piece.clone(),
        });
    }
    parts
        .last_mut()
        .expect("a part was just made")
        .tasks
        .push(reading);
}
