//! The JSON path of a dataset's fault (`$.indicators[2].target`), read once into the part of the
//! dataset it names. The JSON reader and the validation write these paths (`DatasetError::path`);
//! the builder's list of faults and the importer's notes read them with `DatasetPath::read`.

/// The part of a dataset a JSON path names. An item's field is the rest of the path below the
/// item (`target.value`, `quotes[1].task`), empty for the item as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetPath<'a> {
    /// The file as a whole (`$`), or a part the dataset does not have.
    Whole,
    /// A field of the document by its name (`$.document.number` → `number`), empty for the
    /// document as a whole.
    Document(&'a str),
    /// The indicators as a whole (`$.indicators`).
    Indicators,
    /// A field of the indicator at this position (`$.indicators[2].target.value`).
    Indicator(usize, &'a str),
    /// The sections as a whole (`$.sections`).
    Sections,
    /// A field of the section at this position (`$.sections[0].title`); its tasks' are `Task`.
    Section(usize, &'a str),
    /// A field of a task, by its section's position and its own (`$.sections[1].tasks[3].lead`).
    Task(usize, usize, &'a str),
    /// The departments as a whole (`$.departments`).
    Departments,
    /// A field of the department at this position (`$.departments[4].slug`).
    Department(usize, &'a str),
}

impl<'a> DatasetPath<'a> {
    /// The part a path names; `Whole` for a path that names none.
    pub fn read(path: &'a str) -> Self {
        let Some(rest) = path.strip_prefix("$.") else {
            return DatasetPath::Whole;
        };
        match rest {
            "document" => return DatasetPath::Document(""),
            "indicators" => return DatasetPath::Indicators,
            "sections" => return DatasetPath::Sections,
            "departments" => return DatasetPath::Departments,
            _ => {}
        }
        if let Some(field) = rest.strip_prefix("document.") {
            let name = field.split(['.', '[']).next().unwrap_or("");
            return DatasetPath::Document(name);
        }
        if let Some((index, field)) = indexed(rest, "indicators") {
            return DatasetPath::Indicator(index, field);
        }
        if let Some((index, field)) = indexed(rest, "departments") {
            return DatasetPath::Department(index, field);
        }
        match indexed(rest, "sections") {
            Some((section, field)) => match indexed(field, "tasks") {
                Some((task, field)) => DatasetPath::Task(section, task, field),
                None => DatasetPath::Section(section, field),
            },
            None => DatasetPath::Whole,
        }
    }
}

/// The position and the rest of a path that starts with `list[n]`: `(n, the rest after the dot)`.
fn indexed<'a>(path: &'a str, list: &str) -> Option<(usize, &'a str)> {
    let inner = path.strip_prefix(list)?.strip_prefix('[')?;
    let (number, after) = inner.split_once(']')?;
    Some((number.parse().ok()?, after.trim_start_matches('.')))
}

#[cfg(test)]
mod tests {
    use super::DatasetPath::{self, *};

    #[test]
    fn a_path_is_read_into_the_part_it_names() {
        let cases = [
            ("$", Whole),
            ("$.nothing[1].x", Whole),
            ("$.indicators[x].name", Whole),
            ("$.document", Document("")),
            ("$.document.number", Document("number")),
            ("$.document.?", Document("?")),
            ("$.indicators", Indicators),
            ("$.indicators[0]", Indicator(0, "")),
            ("$.indicators[2].target.value", Indicator(2, "target.value")),
            (
                "$.indicators[4].quotes[0].text",
                Indicator(4, "quotes[0].text"),
            ),
            ("$.sections", Sections),
            ("$.sections[1]", Section(1, "")),
            ("$.sections[0].title", Section(0, "title")),
            ("$.sections[1].tasks", Section(1, "tasks")),
            ("$.sections[1].tasks[3]", Task(1, 3, "")),
            ("$.sections[1].tasks[3].lead", Task(1, 3, "lead")),
            ("$.sections[1].tasks[0].lead[0]", Task(1, 0, "lead[0]")),
            ("$.departments", Departments),
            ("$.departments[4].slug", Department(4, "slug")),
        ];
        for (path, part) in cases {
            assert_eq!(DatasetPath::read(path), part, "{path}");
        }
    }
}
