//! What a fault about an unknown department says: the name as written, the known name it most
//! likely means (a wrapped, shortened or mistyped form of it), and how to fix it.

/// The fault's message for `name`, which is not among `known` (the 部门 sheet's names).
pub fn unknown_department<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    match closest(name, known) {
        Some(near) => {
            format!("未知部门：{name:?}，是不是“{near}”？改成部门表里的写法，或在部门表里加上它")
        }
        None => format!(
            "未知部门：{name:?}（部门表里没有这个名称：改成部门表里的写法，或在部门表里加上它）"
        ),
    }
}

/// The known name closest to `name`, where it shares at least two thirds of the longer name's
/// characters in order (spaces aside): `区卫生 健康委` → `区卫生健康委`, `区卫健委` → `区卫生健康委`.
fn closest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let name: Vec<char> = name.chars().filter(|c| !c.is_whitespace()).collect();
    known
        .into_iter()
        .map(|candidate| {
            let chars: Vec<char> = candidate.chars().collect();
            let shared = common(&name, &chars);
            let longer = name.len().max(chars.len()).max(1);
            (
                candidate,
                shared * 3 >= longer * 2 || shared == name.len() && shared >= 3,
                shared,
            )
        })
        .filter(|(_, near, _)| *near)
        // The most shared; of equals, the first by name, whatever the order of `known`.
        .max_by(|a, b| a.2.cmp(&b.2).then_with(|| b.0.cmp(a.0)))
        .map(|(candidate, _, _)| candidate)
}

/// The length of the longest common subsequence of two names.
fn common(a: &[char], b: &[char]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: [&str; 4] = ["区卫生健康委", "区教委", "区财政局", "区市场监管局"];

    #[test]
    fn a_near_name_is_suggested() {
        assert_eq!(
            unknown_department("区卫健委", KNOWN),
            "未知部门：\"区卫健委\"，是不是“区卫生健康委”？改成部门表里的写法，或在部门表里加上它"
        );
        assert!(unknown_department("区市场 监管局", KNOWN).contains("是不是“区市场监管局”"));
    }

    #[test]
    fn a_name_like_none_gets_the_advice_alone() {
        assert_eq!(
            unknown_department("区外交部", KNOWN),
            "未知部门：\"区外交部\"（部门表里没有这个名称：改成部门表里的写法，或在部门表里加上它）"
        );
    }
}
