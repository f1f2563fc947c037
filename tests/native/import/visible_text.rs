//! A page's visible text, as an editor's plain-text copy of it gives, for scoring an HTML notice as text.

/// A page's visible text, as a plain-text copy of it gives: block elements on lines of their own,
/// table cells apart by tabs, scripts and styles left out.
pub fn visible_text(html: &str) -> String {
    let document = scraper::Html::parse_document(html);
    let mut text = String::new();
    let mut stack = vec![document.tree.root()];
    while let Some(node) = stack.pop() {
        match node.value() {
            scraper::Node::Text(words) => text.push_str(words),
            scraper::Node::Element(element) => {
                let name = element.name();
                if matches!(name, "script" | "style" | "head") {
                    continue;
                }
                if matches!(
                    name,
                    "p" | "div"
                        | "br"
                        | "tr"
                        | "li"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "table"
                        | "section"
                ) {
                    text.push('\n');
                }
                if matches!(name, "td" | "th") {
                    text.push('\t');
                }
            }
            _ => {}
        }
        let children: Vec<_> = node.children().collect();
        stack.extend(children.into_iter().rev());
    }
    text
}
