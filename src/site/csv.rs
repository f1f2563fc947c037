//! CSV downloads, UTF-8 with a byte-order mark so that Excel and WPS read the Chinese.

use crate::model::{format_number, results_by_year, Dataset, Target};

const BOM: &str = "\u{feff}";

/// `序号,指标,单位,2022年,2025年,属性`, the figures as the document prints them; with `类别` where the
/// plan groups its indicators, and `折算目标` where a target is a change from the baseline.
pub fn indicators_csv(dataset: &Dataset) -> String {
    let document = &dataset.document;
    let year = document.baseline_year;
    let categories = dataset.indicators.iter().any(|i| i.category.is_some());
    let implied = dataset
        .indicators
        .iter()
        .any(|i| matches!(i.target, Target::Change { .. }));
    let mut header = vec!["序号".to_owned()];
    if categories {
        header.push("类别".to_owned());
    }
    header.extend([
        "指标".to_owned(),
        "单位".to_owned(),
        format!("{year}年"),
        format!("{}年", document.period_end),
    ]);
    if implied {
        header.push("折算目标".to_owned());
    }
    header.push("属性".to_owned());
    let mut rows = vec![header];
    rows.extend(dataset.indicators.iter().map(|indicator| {
        let mut row = vec![indicator.id.to_string()];
        if categories {
            row.push(indicator.category.clone().unwrap_or_default());
        }
        row.extend([
            indicator.name.clone(),
            indicator.unit.clone(),
            indicator.baseline_as_printed(),
            indicator.target_as_printed(year),
        ]);
        if implied {
            row.push(match indicator.target {
                Target::Change { .. } => indicator
                    .implied_target()
                    .map(format_number)
                    .unwrap_or_default(),
                _ => String::new(),
            });
        }
        row.push(indicator.attribute_label().to_owned());
        row
    }));
    write(&rows)
}

/// `序号,板块,重点任务,牵头单位,责任单位`, departments joined by `、`; with `配合单位` and `完成时限`
/// where the plan gives them.
pub fn tasks_csv(dataset: &Dataset) -> String {
    let cooperating = dataset.tasks().any(|task| !task.cooperating.is_empty());
    let deadlines = dataset.tasks().any(|task| task.deadline.is_some());
    let mut header: Vec<String> = ["序号", "板块", "重点任务", "牵头单位", "责任单位"]
        .map(str::to_owned)
        .to_vec();
    if cooperating {
        header.push("配合单位".to_owned());
    }
    if deadlines {
        header.push("完成时限".to_owned());
    }
    let mut rows = vec![header];
    for section in &dataset.sections {
        rows.extend(section.tasks.iter().map(|task| {
            let mut row = vec![
                task.id.to_string(),
                section.title.clone(),
                task.text.clone(),
                task.lead.join("、"),
                task.responsible.join("、"),
            ];
            if cooperating {
                row.push(task.cooperating.join("、"));
            }
            if deadlines {
                row.push(task.deadline.clone().unwrap_or_default());
            }
            row
        }));
    }
    write(&rows)
}

/// `序号,指标,年份,数值,单位,来源,发布日期,链接`: every published result, by indicator and year.
pub fn results_csv(dataset: &Dataset) -> String {
    let mut rows = vec![[
        "序号",
        "指标",
        "年份",
        "数值",
        "单位",
        "来源",
        "发布日期",
        "链接",
    ]
    .map(str::to_owned)
    .to_vec()];
    for indicator in &dataset.indicators {
        rows.extend(results_by_year(indicator).into_iter().map(|result| {
            vec![
                indicator.id.to_string(),
                indicator.name.clone(),
                result.year.to_string(),
                format_number(result.value),
                indicator.unit.clone(),
                result.source.clone(),
                result.date.clone(),
                result.url.clone().unwrap_or_default(),
            ]
        }));
    }
    write(&rows)
}

/// Writes rows with CRLF line ends, quoting fields that hold a comma, a quote or a line break.
fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        let fields: Vec<String> = row.iter().map(|field| quote(field)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset;

    #[test]
    fn indicators_as_printed() {
        let csv = indicators_csv(dataset());
        let lines: Vec<&str> = csv.trim_start_matches(BOM).split("\r\n").collect();
        assert!(csv.starts_with(BOM));
        assert_eq!(lines[0], "序号,指标,单位,2022年,2025年,属性");
        assert_eq!(
            lines[1],
            "1,每千人口拥有3岁以下婴幼儿托位数,个,2,4.5,预期性"
        );
        assert_eq!(lines[2], "2,普惠性托位数占比,%,—,60,预期性");
        assert_eq!(lines[3], "3,托位使用率,%,30,≥全市平均水平,预期性");
        assert_eq!(lines[4], "4,街道普惠性托育机构覆盖率,%,50,>90,预期性");
        assert_eq!(
            lines[9],
            "9,\"从业人员持保育师、育婴员等级证书上岗率\",%,50,>90,预期性".replace('"', "")
        );
        assert_eq!(lines.len(), 12, "header, 10 rows and the final line end");
    }

    #[test]
    fn tasks_with_sections_and_departments() {
        let csv = tasks_csv(dataset());
        let lines: Vec<&str> = csv.trim_start_matches(BOM).split("\r\n").collect();
        assert_eq!(lines[0], "序号,板块,重点任务,牵头单位,责任单位");
        assert!(lines[1].starts_with("1,一、扩大普惠性托育服务供给,\"大力发展托幼一体化。"));
        assert!(lines[1].ends_with("\",区教委、区卫生健康委,各镇(街)"));
        assert!(
            lines[5].ends_with(",区卫生健康委,"),
            "empty 责任单位 stays empty: {}",
            lines[5]
        );
        assert_eq!(lines.len(), 18);
    }

    #[test]
    fn quoting() {
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("plain"), "plain");
    }
}
