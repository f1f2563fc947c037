//! Slugs for departments whose 网址标识 cell is empty.
//!
//! The rule: the first letter of each Chinese character's pinyin (its most common reading), with
//! ASCII letters and digits kept in lower case and anything else dropped, so 区卫生健康委 becomes
//! `qwsjkw`; `department` if nothing is left. A slug already taken (by a department with a slug in
//! the sheet, or by one made earlier from a row above) gets `-2`, `-3`, … appended. The same sheet
//! therefore always gives the same slugs, and the exported workbook carries every slug, so page
//! URLs stay as they were when an editor re-imports it.

use std::collections::HashSet;

use pinyin::ToPinyin;

use crate::model::Department;

/// Gives every department with an empty slug one made from its name, unique in the list.
pub fn fill_missing_slugs(departments: &mut [Department]) {
    let mut taken: HashSet<String> = departments
        .iter()
        .filter(|department| !department.slug.is_empty())
        .map(|department| department.slug.clone())
        .collect();
    for department in departments
        .iter_mut()
        .filter(|department| department.slug.is_empty())
    {
        let base = initials(&department.name);
        let slug = std::iter::once(base.clone())
            .chain((2..).map(|n| format!("{base}-{n}")))
            .find(|slug| !taken.contains(slug))
            .expect("an unbounded sequence of candidates has a free one");
        taken.insert(slug.clone());
        department.slug = slug;
    }
}

/// The pinyin initials of a name: 区卫生健康委 → `qwsjkw`.
pub fn initials(name: &str) -> String {
    let initials: String = name
        .chars()
        .zip(name.to_pinyin())
        .filter_map(|(c, pinyin)| match pinyin {
            Some(pinyin) => pinyin.first_letter().chars().next(),
            None if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase()),
            None => None,
        })
        .collect();
    if initials.is_empty() {
        "department".to_owned()
    } else {
        initials
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn department(name: &str, slug: &str) -> Department {
        Department {
            name: name.to_owned(),
            slug: slug.to_owned(),
        }
    }

    #[test]
    fn initials_of_names() {
        assert_eq!(initials("区卫生健康委"), "qwsjkw");
        assert_eq!(initials("各镇(街)"), "gzj");
        assert_eq!(initials("区12345热线"), "q12345rx");
        assert_eq!(initials("（）"), "department");
    }

    #[test]
    fn slugs_are_kept_and_made_unique() {
        let mut departments = vec![
            department("区教委", ""),
            department("区交委", ""),
            department("区卫生健康委", "health"),
            department("区旧名", "qjw"),
        ];
        fill_missing_slugs(&mut departments);
        let slugs: Vec<&str> = departments.iter().map(|d| d.slug.as_str()).collect();
        assert_eq!(slugs, ["qjw-2", "qjw-3", "health", "qjw"]);
    }
}
