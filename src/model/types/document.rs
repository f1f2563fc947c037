//! The facts of the published notice, and the words the pages build from them.

use serde::{Deserialize, Serialize};

/// Facts about the published notice itself; the default has nothing filled in (a workbook without
/// 文件信息, or before its rows are read).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The official title of the notice.
    pub title: String,
    /// The title of the attached plan (主要目标和重点任务分工).
    pub plan_title: String,
    /// A short name for headlines.
    pub short_title: String,
    /// 发文字号.
    pub number: String,
    /// The body that issued the notice.
    pub issuer: String,
    /// 发布机构 as the publication page names it.
    pub publisher: String,
    /// 索引号.
    pub index_number: String,
    /// 成文日期, `YYYY-MM-DD`.
    pub written: String,
    /// 发布日期, `YYYY-MM-DD`.
    pub published: String,
    pub period_start: u16,
    pub period_end: u16,
    /// The year of the baseline column (2022年).
    pub baseline_year: u16,
    /// The city plan this one implements.
    pub parent_plan: String,
    /// The notice's own name of its table of targets, without 《》 (`主要目标`); empty where the notice
    /// has no such table (its goals written in sentences) or where a dataset predates the field.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub targets_table: String,
}

impl Document {
    /// The subtitle under the short title: the attached plan's own title after the short title
    /// (`主要目标和重点任务分工(2023—2025年)`, `实施方案(2024—2026年)`), or the whole plan title where it
    /// does not begin with the short title. Never a title form of another plan.
    pub fn plan_subtitle(&self) -> &str {
        match self.plan_title.strip_prefix(self.short_title.as_str()) {
            Some(rest) if !rest.trim().is_empty() => rest.trim(),
            _ => self.plan_title.trim(),
        }
    }

    /// Where an indicator's row is printed, in the pages' words: `《主要目标》表中“…”一行：`, by the
    /// notice's own name of its table, or `原文中“…”：` where the dataset names no table.
    pub fn where_printed(&self, indicator_name: &str) -> String {
        match self.targets_table.trim() {
            "" => format!("原文中“{indicator_name}”："),
            table => format!("《{table}》表中“{indicator_name}”一行："),
        }
    }

    /// The place of the plan's indicators, for a sentence such as `…中没有与这项任务对应的指标`:
    /// `《主要目标》表`, or `主要目标` where the dataset names no table.
    pub fn targets_place(&self) -> String {
        match self.targets_table.trim() {
            "" => "主要目标".to_owned(),
            table => format!("《{table}》表"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Document;

    fn document(targets_table: &str) -> Document {
        Document {
            plan_title: "某区托育行动实施方案(2024—2026年)".to_owned(),
            short_title: "某区托育行动".to_owned(),
            targets_table: targets_table.to_owned(),
            ..Document::default()
        }
    }

    #[test]
    fn the_subtitle_is_the_plans_own_title_after_its_short_title() {
        assert_eq!(document("").plan_subtitle(), "实施方案(2024—2026年)");
    }

    #[test]
    fn the_table_is_called_by_the_name_the_dataset_gives_it() {
        let named = document("主要指标");
        assert_eq!(
            named.where_printed("托位数(个)"),
            "《主要指标》表中“托位数(个)”一行："
        );
        assert_eq!(named.targets_place(), "《主要指标》表");
        let unnamed = document(" ");
        assert_eq!(unnamed.where_printed("托位数(个)"), "原文中“托位数(个)”：");
        assert_eq!(unnamed.targets_place(), "主要目标");
    }
}
