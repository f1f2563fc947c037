//! CSV downloads, UTF-8 with a byte-order mark so that Excel and WPS read the Chinese.

use crate::model::Dataset;

const BOM: &str = "\u{feff}";

/// `序号,指标,单位,2022年,2025年,属性`, the figures as the document prints them.
pub fn indicators_csv(dataset: &Dataset) -> String {
    let document = &dataset.document;
    let mut rows = vec![vec![
        "序号".to_owned(),
        "指标".to_owned(),
        "单位".to_owned(),
        format!("{}年", document.baseline_year),
        format!("{}年", document.period_end),
        "属性".to_owned(),
    ]];
    rows.extend(dataset.indicators.iter().map(|indicator| {
        vec![
            indicator.id.to_string(),
            indicator.name.clone(),
            indicator.unit.clone(),
            indicator.baseline_as_printed(),
            indicator.target.as_printed(),
            indicator.attribute.clone(),
        ]
    }));
    write(&rows)
}

/// `序号,板块,重点任务,牵头单位,责任单位`, departments joined by `、`.
pub fn tasks_csv(dataset: &Dataset) -> String {
    let mut rows = vec![["序号", "板块", "重点任务", "牵头单位", "责任单位"]
        .map(str::to_owned)
        .to_vec()];
    for section in &dataset.sections {
        rows.extend(section.tasks.iter().map(|task| {
            vec![
                task.id.to_string(),
                section.title.clone(),
                task.text.clone(),
                task.lead.join("、"),
                task.responsible.join("、"),
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
