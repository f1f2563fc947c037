//! A notice's HTML into blocks, with the browsers' parsing algorithm (scraper, html5ever). Text
//! outside tables becomes paragraphs at block elements and `<br>`; each `<table>` a table,
//! `colspan` and `rowspan` spread over the cells they cover. A table inside a cell (a page laid out
//! in tables, a data table in its body) is a table of its own, after which the cell goes on.
//! Scripts, styles and the head are never read.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::blocks::{Block, Piece, Table};
use super::source::{start, Source};

/// The most columns or rows one cell may span: more is hostile, not a notice.
const MAX_SPAN: usize = 50;

/// The blocks of an HTML page or fragment.
pub fn blocks(html: &str) -> Source {
    let (mut source, kept) = start(html, "网页");
    let document = Html::parse_document(kept);
    let mut walk = Walk::default();
    let mut skipping = None;
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) if skipping.is_none() => match node.value() {
                Node::Text(text) => walk.text(text),
                Node::Element(element) => match element.name() {
                    "script" | "style" | "noscript" | "template" | "head" | "iframe" | "object"
                    | "svg" | "math" => skipping = Some(node.id()),
                    name => walk.open(name, |attribute| element.attr(attribute)),
                },
                _ => {}
            },
            Edge::Close(node) => match (skipping, node.value()) {
                (Some(id), _) if id == node.id() => skipping = None,
                (None, Node::Element(element)) => walk.close(element.name()),
                _ => {}
            },
            Edge::Open(_) => {}
        }
    }
    walk.end_line();
    source.blocks = walk.blocks;
    source
}

/// A table being read when a table opened inside one of its cells: its rows, the row, the cell
/// and the spans, to go on with once the inner table is read.
type Outer = (
    Table,
    Vec<Piece>,
    Option<(String, usize, usize)>,
    Vec<(usize, usize, Piece)>,
);

/// The walk's state: the line being gathered, the table being built.
#[derive(Default)]
struct Walk {
    blocks: Vec<Block>,
    line: String,
    /// How many tables the walk is inside that it is not reading as tables (inside no cell).
    tables: usize,
    /// The tables a table inside a cell interrupted, outermost first.
    outer: Vec<Outer>,
    table: Table,
    row: Vec<Piece>,
    cell: Option<(String, usize, usize)>,
    /// Cells of rows above that reach into the rows below: column, rows left, piece.
    spans: Vec<(usize, usize, Piece)>,
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "blockquote"
            | "pre"
            | "hr"
            | "dd"
            | "dt"
            | "caption"
            | "title"
            | "main"
            | "nav"
            | "form"
    )
}

impl Walk {
    /// Adds a text node: white space runs read as one space, none added where the page has none.
    fn text(&mut self, text: &str) {
        let target = match &mut self.cell {
            Some((cell, _, _)) => cell,
            None => &mut self.line,
        };
        let mut gap = text.starts_with(char::is_whitespace);
        for word in text.split_whitespace() {
            if gap && !target.is_empty() && !target.ends_with(['\n', ' ']) {
                target.push(' ');
            }
            target.push_str(word);
            gap = true;
        }
        if text.ends_with(char::is_whitespace)
            && !target.is_empty()
            && !target.ends_with(['\n', ' '])
        {
            target.push(' ');
        }
    }

    fn open<'a>(&mut self, name: &str, attribute: impl Fn(&str) -> Option<&'a str>) {
        let span = |name| {
            attribute(name)
                .and_then(|value| value.trim().parse::<usize>().ok())
                .map_or(1, |span| span.clamp(1, MAX_SPAN))
        };
        match name {
            "table" if self.tables == 1 && self.cell.is_some() => {
                // A table inside a cell: read on its own, the outer one set aside.
                let outer = (
                    std::mem::take(&mut self.table),
                    std::mem::take(&mut self.row),
                    self.cell.take(),
                    std::mem::take(&mut self.spans),
                );
                self.outer.push(outer);
            }
            "table" => {
                if self.tables == 0 {
                    self.end_line();
                }
                self.tables += 1;
            }
            "tr" if self.tables == 1 => self.row.clear(),
            "td" | "th" if self.tables == 1 => {
                self.cell = Some((String::new(), span("colspan"), span("rowspan")));
            }
            _ if is_block(name) => self.new_line(),
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "table" if self.tables == 1 && !self.outer.is_empty() => {
                let table = std::mem::take(&mut self.table);
                if !table.is_empty() {
                    self.blocks.push(Block::Table(table));
                }
                let (table, row, cell, spans) = self.outer.pop().expect("an outer table");
                (self.table, self.row, self.cell, self.spans) = (table, row, cell, spans);
            }
            "table" => {
                self.tables = self.tables.saturating_sub(1);
                if self.tables == 0 {
                    let table = std::mem::take(&mut self.table);
                    if !table.is_empty() {
                        self.blocks.push(Block::Table(table));
                    }
                    self.spans.clear();
                }
            }
            "tr" if self.tables == 1 => {
                self.carry_spans();
                let row = std::mem::take(&mut self.row);
                if !row.is_empty() {
                    self.table.push(row);
                }
                self.spans.retain(|(_, left, _)| *left > 0);
            }
            "td" | "th" if self.tables == 1 => self.end_cell(),
            _ if is_block(name) => self.new_line(),
            _ => {}
        }
    }

    /// A line break: inside a cell a new line of the cell, elsewhere a new paragraph.
    fn new_line(&mut self) {
        match &mut self.cell {
            Some((cell, _, _)) => {
                let trimmed = cell.trim_end().len();
                cell.truncate(trimmed);
                if !cell.is_empty() {
                    cell.push('\n');
                }
            }
            None if self.tables == 0 => self.end_line(),
            None => {}
        }
    }

    fn end_line(&mut self) {
        let line = std::mem::take(&mut self.line);
        if !line.trim().is_empty() {
            self.blocks
                .push(Block::Paragraph(Piece::new(line.trim(), None)));
        }
    }

    /// Puts the cells spanning down from rows above into this row, up to the next cell of its own.
    fn carry_spans(&mut self) {
        while let Some(index) = self
            .spans
            .iter()
            .position(|(col, left, _)| *col == self.row.len() && *left > 0)
        {
            let (_, left, piece) = &mut self.spans[index];
            *left -= 1;
            let mut copy = piece.clone();
            copy.note = Some("原表此格与上一行合并，已照抄上一行的内容".to_owned());
            self.row.push(copy);
        }
    }

    fn end_cell(&mut self) {
        let Some((text, colspan, rowspan)) = self.cell.take() else {
            return;
        };
        self.carry_spans();
        let piece = Piece::new(text.trim(), None);
        let col = self.row.len();
        if rowspan > 1 {
            for offset in 0..colspan {
                self.spans.push((col + offset, rowspan - 1, piece.clone()));
            }
        }
        self.row.push(piece);
        for _ in 1..colspan {
            self.row.push(Piece::default());
        }
    }
}
