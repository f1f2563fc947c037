//! The dataset's types. Field names match the JSON file; unknown fields are rejected. An
//! indicator's types are in `indicator`, the notice's facts in `document`; the plan, its tasks and departments here.

mod document;
mod indicator;
mod role;
mod target;

use serde::{Deserialize, Serialize};

pub use document::Document;
pub use indicator::*;
pub use role::Role;
pub use target::*;
// The figures' printed form, for `indicator`.
use super::format_number;

/// The whole dataset: one plan document, its indicators, its tasks and the departments they name
/// (the default holds nothing: a blank template's).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub document: Document,
    pub indicators: Vec<Indicator>,
    pub sections: Vec<Section>,
    pub departments: Vec<Department>,
}

/// One of the numbered parts of the 重点任务分工 table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: u32,
    /// The heading as the document prints it, such as `一、扩大普惠性托育服务供给`.
    pub title: String,
    pub tasks: Vec<Task>,
}

/// One key task with the departments that lead it and share it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// 序号, from 1, across sections.
    pub id: u32,
    /// The full text as the document prints it.
    pub text: String,
    /// 牵头单位, by name.
    pub lead: Vec<String>,
    /// 责任单位, by name; empty where the document leaves the cell empty.
    pub responsible: Vec<String>,
    /// 配合单位, by name, where the plan names a third role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cooperating: Vec<String>,
    /// 完成时限 as the plan prints it, such as `2025年底前` or `持续推进`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// Posts named as owners (牵头领导：常务副区长), never departments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub officials: Vec<Official>,
    /// What the plan says on the row that the model cannot hold, kept as the plan words it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// A post named as an owner of a task or an indicator: 牵头领导：常务副区长.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Official {
    /// The part the post has, as the plan heads it: 牵头领导, 分管领导, 责任领导.
    pub role: String,
    /// The post (or a person) as the plan names it: 常务副区长.
    pub post: String,
}

impl Official {
    /// As the plan prints it: `牵头领导：常务副区长`.
    pub fn in_words(&self) -> String {
        format!("{}：{}", self.role, self.post)
    }
}

/// What stands for the lead of a task whose notice names none: never a unit the notice does not name.
pub const NO_LEAD: &str = "未明确牵头单位";

/// A department named by the tasks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Department {
    pub name: String,
    /// A short, stable ASCII id for URLs.
    pub slug: String,
}

impl Task {
    /// A task with its 序号 and text, and no unit, post, deadline or note yet (as an importer
    /// starts one).
    pub fn new(id: u32, text: String) -> Self {
        Task {
            id,
            text,
            lead: Vec::new(),
            responsible: Vec::new(),
            cooperating: Vec::new(),
            deadline: None,
            officials: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// 牵头单位 in words: the units joined with 、, or that the notice names none.
    pub fn lead_in_words(&self) -> String {
        if self.lead.is_empty() {
            NO_LEAD.to_owned()
        } else {
            self.lead.join("、")
        }
    }

    /// The task's short title: its text before the first `。`.
    pub fn short_title(&self) -> &str {
        self.text.split('。').next().unwrap_or(&self.text)
    }

    /// The text after the short title.
    pub fn body(&self) -> &str {
        match self.text.split_once('。') {
            Some((_, rest)) => rest,
            None => "",
        }
    }

    /// The departments a task names in one role.
    pub fn departments(&self, role: Role) -> &[String] {
        match role {
            Role::Lead => &self.lead,
            Role::Responsible => &self.responsible,
            Role::Cooperating => &self.cooperating,
        }
    }

    /// The role a department has in this task, if any.
    pub fn role_of(&self, department: &str) -> Option<Role> {
        if self.lead.iter().any(|name| name == department) {
            Some(Role::Lead)
        } else if self.responsible.iter().any(|name| name == department) {
            Some(Role::Responsible)
        } else if self.cooperating.iter().any(|name| name == department) {
            Some(Role::Cooperating)
        } else {
            None
        }
    }
}

impl Dataset {
    /// The names of the departments the dataset lists.
    pub fn department_names(&self) -> std::collections::HashSet<&str> {
        self.departments.iter().map(|d| d.name.as_str()).collect()
    }

    pub fn indicator(&self, id: u32) -> Option<&Indicator> {
        self.indicators.iter().find(|indicator| indicator.id == id)
    }

    /// All tasks in document order.
    pub fn tasks(&self) -> impl Iterator<Item = &Task> {
        self.sections
            .iter()
            .flat_map(|section| section.tasks.iter())
    }

    pub fn task(&self, id: u32) -> Option<&Task> {
        self.tasks().find(|task| task.id == id)
    }

    /// The section a task belongs to.
    pub fn section_of(&self, task_id: u32) -> Option<&Section> {
        self.sections
            .iter()
            .find(|section| section.tasks.iter().any(|task| task.id == task_id))
    }

    pub fn department_by_slug(&self, slug: &str) -> Option<&Department> {
        self.departments
            .iter()
            .find(|department| department.slug == slug)
    }

    pub fn department_by_name(&self, name: &str) -> Option<&Department> {
        self.departments
            .iter()
            .find(|department| department.name == name)
    }

    /// The indicators whose text a task names.
    pub fn indicators_of_task(&self, task_id: u32) -> Vec<&Indicator> {
        self.indicators
            .iter()
            .filter(|indicator| indicator.tasks.contains(&task_id))
            .collect()
    }

    /// The tasks a department has the given role in, in document order.
    pub fn tasks_of(&self, department: &str, role: Role) -> Vec<&Task> {
        self.tasks()
            .filter(|task| task.role_of(department) == Some(role))
            .collect()
    }

    /// The indicators whose own row gives a department the given role, in document order.
    pub fn indicators_of(&self, department: &str, role: Role) -> Vec<&Indicator> {
        self.indicators
            .iter()
            .filter(|indicator| indicator.role_of(department) == Some(role))
            .collect()
    }
}
