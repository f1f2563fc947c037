use super::*;

fn pieces(lines: &[&str]) -> Vec<Piece> {
    lines
        .iter()
        .enumerate()
        .map(|(at, text)| Piece::new(*text, Some(at + 1)))
        .collect()
}

#[test]
fn a_title_printed_twice_is_the_one_over_the_number() {
    // A page's heading, then the document's own title line with other brackets and dashes.
    let page = pieces(&[
        "来源：某库",
        "某市人民政府办公室关于印发某市行动计划(2021—2023年)的通知",
        "某市人民政府办公室关于印发某市行动计划（2021-2023年）的通知",
        "",
        "（某政办〔2021〕8号）",
        "各县区人民政府，市政府各部门：",
    ]);
    let (piece, text) = title(&page);
    assert_eq!(
        text,
        "某市人民政府办公室关于印发某市行动计划（2021-2023年）的通知"
    );
    assert_eq!(piece.line, Some(3));
    // Over the addressee line, and the heading without the issuer.
    let page = pieces(&[
        "关于印发某市行动计划的通知",
        "某市人民政府关于印发某市行动计划的通知",
        "各县区人民政府：",
    ]);
    assert_eq!(title(&page).1, "某市人民政府关于印发某市行动计划的通知");
}

#[test]
fn a_title_printed_once_or_followed_by_another_is_the_first() {
    // Printed twice but neither over the number: the first.
    let page = pieces(&[
        "某市关于印发甲方案的通知",
        "某市关于印发甲方案（2021—2023年）的通知",
        "正文。",
    ]);
    assert_eq!(title(&page).1, "某市关于印发甲方案的通知");
    // A different title after it (an attached notice) is not a second printing.
    let page = pieces(&[
        "某市关于印发甲方案的通知",
        "某区关于印发乙方案的通知",
        "某政办〔2021〕8号",
    ]);
    assert_eq!(title(&page).1, "某市关于印发甲方案的通知");
    assert_eq!(
        number_line("（某政办〔2021〕8号）").as_deref(),
        Some("某政办〔2021〕8号")
    );
}
