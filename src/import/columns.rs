//! The columns of a task table, known by their headers: the task's text, its units by role, its
//! deadline, posts as owners, and the columns the model has no place for (kept as notes).

use super::blocks::Piece;

/// What a column of the task table holds, by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Id,
    Text,
    Lead,
    Responsible,
    Cooperating,
    Deadline,
    /// A post as owner (牵头领导), by the label the plan heads it with.
    Post(&'static str),
    /// A column the model has no place for: kept as a note on the task.
    Other,
}

pub fn column(header: &str) -> Column {
    let header: String = header.split_whitespace().collect();
    let has = |words: &[&str]| words.iter().any(|word| header.contains(word));
    if has(&["领导", "责任人"]) {
        match super::roles::label(&header) {
            Some(super::roles::Field::Post(role)) => Column::Post(role),
            _ => Column::Post("责任领导"),
        }
    } else if super::blocks::is_number_header(&header) {
        Column::Id
    } else if names_work(&header) {
        // A column that names the work (权力责任名称, 权力责任事项) or a kind of it (权力责任类别,
        // 设定依据) holds no units, whatever role word it holds.
        let text = ["名称", "事项", "内容"]
            .iter()
            .any(|end| header.ends_with(end));
        if text {
            Column::Text
        } else {
            Column::Other
        }
    } else if has(&["牵头"]) {
        Column::Lead
    } else if has(&["责任", "参与", "负责", "指导", "主管", "实施"]) {
        Column::Responsible
    } else if has(&["配合", "协同", "协办"]) {
        Column::Cooperating
    } else if has(&["时限", "时间"]) {
        Column::Deadline
    } else if header.ends_with("主体") {
        // The one who acts (行使主体, 实施主体) is a unit, named neither lead nor otherwise.
        Column::Responsible
    } else if has(&["任务", "内容", "措施", "举措", "事项"]) {
        Column::Text
    } else if matches!(header.as_str(), "部门" | "单位" | "责任部门" | "单位名称") {
        Column::Responsible
    } else {
        Column::Other
    }
}

/// Whether a header names the work or a kind of it rather than units: it ends with such a word
/// and names no unit's noun (单位名称 and 责任主体 are units).
fn names_work(header: &str) -> bool {
    let ends = ["名称", "事项", "内容", "类别", "依据", "层级"];
    ends.iter().any(|end| header.ends_with(end))
        && !["单位", "部门", "主体"]
            .iter()
            .any(|noun| header.contains(noun))
}

/// Whether a table's header is that of a task table: a task column and a column of units (a lead
/// column, or only one of those responsible: such a table names no lead).
pub fn is_task_table(header: &[Piece]) -> bool {
    let kinds: Vec<Column> = header.iter().map(|cell| column(&cell.text)).collect();
    kinds.contains(&Column::Text)
        && (kinds.contains(&Column::Lead) || kinds.contains(&Column::Responsible))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        assert_eq!(column("牵头单位"), Column::Lead);
        assert_eq!(column("权力责任名称"), Column::Text);
        assert_eq!(column("权力责任事项"), Column::Text);
        assert_eq!(column("权力责任类别"), Column::Other);
        assert_eq!(column("行使  主体"), Column::Responsible);
        assert_eq!(column("单位名称"), Column::Responsible);
        assert_eq!(column("责任部门"), Column::Responsible);
    }
}
