//! `longimage/index.html`: the parts in order, each with its `alt`, and below them the image's full
//! text as HTML, so that screen readers and search engines read what the picture says. Every text of
//! the dataset is escaped and loses its bidirectional controls, as on the cards.

use crate::model::Dataset;
use crate::share::card::text::card_text as escape_xml;

use super::{part_file, FullText, LongImage};

/// The page of the long image folder.
pub(super) fn index_html(
    dataset: &Dataset,
    image: &LongImage,
    alts: &[String],
    whole: bool,
) -> String {
    let title = escape_xml(&format!("一图读懂长图：{}", dataset.document.short_title));
    let mut parts = String::new();
    for (index, alt) in alts.iter().enumerate() {
        parts.push_str(&format!(
            "<img src=\"{}\" alt=\"{}\" width=\"1080\" loading=\"lazy\">\n",
            part_file(index),
            escape_xml(alt)
        ));
    }
    let mut text = String::new();
    let mut in_list = false;
    for piece in image.full_text() {
        let is_item = matches!(piece, FullText::Item(_));
        if in_list && !is_item {
            text.push_str("</ul>\n");
        }
        if is_item && !in_list {
            text.push_str("<ul>\n");
        }
        in_list = is_item;
        match piece {
            // The page's own title is the only h1; the image's headings sit below it.
            FullText::Heading(level, words) => {
                let level = (level + 1).min(6);
                text.push_str(&format!("<h{level}>{}</h{level}>\n", escape_xml(words)));
            }
            FullText::Para(words) => text.push_str(&format!("<p>{}</p>\n", escape_xml(words))),
            FullText::Item(words) => text.push_str(&format!("<li>{}</li>\n", escape_xml(words))),
        }
    }
    if in_list {
        text.push_str("</ul>\n");
    }
    let whole_link = if whole {
        "<a href=\"long.png\" download>整张长图（PNG）</a>、"
    } else {
        ""
    };
    format!(
        r#"<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ margin: 0 auto; max-width: 1080px; font: 17px/1.7 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1b2430; background: #ffffff; }}
header, main, footer {{ padding: 0 16px; }}
.parts img {{ display: block; width: 100%; height: auto; }}
h1 {{ font-size: 1.4em; }}
h2 {{ font-size: 1.2em; color: #1f5f99; }}
a {{ color: #1f5f99; }}
</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p>{whole_link}<a href="../">互动版</a>、<a href="../data/plan.xlsx">全部数据（Excel）</a>。图片下方是长图的全部文字。</p>
</header>
<div class="parts">
{parts}</div>
<main aria-label="长图文字">
{text}</main>
<footer><p><a href="../">查看互动版</a></p></footer>
</body>
</html>
"#
    )
}
