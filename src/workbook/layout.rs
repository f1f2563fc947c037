//! The workbook's layout: its sheets in order, each with a caption row, a header row and the
//! columns below them. Reading and writing both follow these tables, so they cannot drift apart.

/// One column of a sheet: its header, the dataset field it holds (a JSON path below the row's
/// element, used to place validation faults on a cell) and what it means (the header's note).
pub struct Column {
    pub header: &'static str,
    pub field: &'static str,
    pub note: &'static str,
    /// The column's width in characters.
    pub width: f64,
}

/// One sheet: its name, the caption in its first row and its columns.
pub struct Sheet {
    pub name: &'static str,
    pub caption: &'static str,
    pub columns: &'static [Column],
}

/// Row 1 is the caption, row 2 the headers; data starts on row 3 (index 2).
pub const HEADER_ROW: u32 = 1;
pub const FIRST_DATA_ROW: u32 = 2;

const fn column(
    header: &'static str,
    field: &'static str,
    width: f64,
    note: &'static str,
) -> Column {
    Column {
        header,
        field,
        note,
        width,
    }
}

pub const DOCUMENT: Sheet = Sheet {
    name: "文件信息",
    caption: "文件信息：每行一项，B 列填写内容（日期写成 2024-03-15 或日期格式）",
    columns: &[
        column("项目", "", 16.0, "项目名称，不要改动。"),
        column("内容", "", 90.0, "该项目的内容。"),
    ],
};

/// The rows of 文件信息: the label in column A and the field of `Document` it fills.
pub const DOCUMENT_ITEMS: [(&str, &str, &str); 13] = [
    ("标题", "title", "通知的正式标题。"),
    (
        "方案标题",
        "plan_title",
        "所附方案（主要目标和重点任务分工）的标题。",
    ),
    ("简称", "short_title", "用于大标题的简称。"),
    ("发文字号", "number", "如 大足府办发〔2024〕16号。"),
    ("发文机关", "issuer", "印发通知的机关。"),
    ("发布机构", "publisher", "发布页面署名的机构。"),
    ("索引号", "index_number", "政府信息公开索引号。"),
    ("成文日期", "written", "成文日期，如 2024-03-15。"),
    ("发布日期", "published", "发布日期，如 2024-03-18。"),
    ("规划期起始年份", "period_start", "规划期第一年，如 2023。"),
    (
        "规划期结束年份",
        "period_end",
        "规划期最后一年（目标年），如 2025。",
    ),
    (
        "基数年份",
        "baseline_year",
        "基数所在年份，如 2022；主要目标表的基数列以它为表头。",
    ),
    ("上级规划", "parent_plan", "本方案落实的上级规划。"),
];

pub const INDICATORS: Sheet = Sheet {
    name: "主要目标",
    caption: "主要目标：每行一项指标；目标类型决定填哪几列，其余目标列留空",
    columns: &[
        column("序号", "id", 6.0, "指标序号，从 1 起，不重复；页面地址 indicator/<序号>/ 用它。"),
        column("类别", "category", 14.0, "指标所属类别（可留空）。"),
        column("指标", "name", 36.0, "指标名称，不含单位。"),
        column("简称", "short_name", 18.0, "用于卡片和仪表盘的简称。"),
        column("单位", "unit", 8.0, "原文括号中的单位，如 个、%。"),
        column("计量方式", "measure", 10.0, "水平：当年的数值；累计：规划期起累计的数。"),
        column("年基数", "baseline", 10.0, "基数年份的数值；原文为“—”或无基数时填 — 或留空。"),
        column("目标类型", "target", 10.0, "数值：如 ≥95；区间：如 85—95；变化：比基数年提高/下降若干；参照：如 ≥全市平均水平；上级下达：完成市下达目标；文字：如 基本消除。"),
        column("比较符", "target.comparator", 8.0, "目标类型为数值或参照时填：= 达到，> 超过，≥ 不低于，≤ 不高于，< 低于，≈ 左右，同步（只用于参照）。手工输入等号请用全角 ＝ 或从下拉列表选。"),
        column("目标值", "target.value", 10.0, "目标类型为数值时填：目标年的数值。"),
        column("区间下限", "target.min", 10.0, "目标类型为区间时填：区间的下限。"),
        column("区间上限", "target.max", 10.0, "目标类型为区间时填：区间的上限。"),
        column("变化方向", "target.direction", 10.0, "目标类型为变化时填：提高 或 下降。"),
        column("变化量", "target.amount", 10.0, "目标类型为变化时填：比基数提高或下降多少。"),
        column("变化单位", "target.amount_unit", 10.0, "目标类型为变化时填：个百分点（单位为 % 的指标）、%（基数的百分之几）或 指标单位（按本指标的单位计）。"),
        column("参照对象", "target.reference", 16.0, "目标类型为参照时填：如 全市平均水平。"),
        column("下达单位", "target.by", 10.0, "目标类型为上级下达时填：如 市（完成市下达目标）。"),
        column("目标文字", "target.text", 16.0, "目标类型为文字时填：原文的目标文字。"),
        column("属性", "attribute", 10.0, "预期性、约束性或倡导性；原文未列时留空。"),
        column("相关任务", "tasks", 12.0, "原文中提到本指标的重点任务序号，用顿号分隔，如 6、10。"),
    ],
};

pub const MILESTONES: Sheet = Sheet {
    name: "阶段目标",
    caption: "阶段目标：任务原文中写明的年度目标，每行一年",
    columns: &[
        column("指标序号", "", 10.0, "主要目标表中的指标序号。"),
        column("年份", "year", 8.0, "目标年份，须在规划期内。"),
        column("目标值", "value", 10.0, "该年的目标数值。"),
        column("所属任务", "task", 10.0, "写明该目标的重点任务序号。"),
    ],
};

pub const QUOTES: Sheet = Sheet {
    name: "引文",
    caption: "引文：任务原文中写明指标目标的句子，须与任务原文一字不差",
    columns: &[
        column("指标序号", "", 10.0, "主要目标表中的指标序号。"),
        column(
            "任务序号",
            "task",
            10.0,
            "句子所在的重点任务序号；该任务须列在指标的相关任务中。",
        ),
        column("引文", "text", 90.0, "原文中的句子，一字不差。"),
    ],
};

pub const RESULTS: Sheet = Sheet {
    name: "公开结果",
    caption: "公开结果：已公开发布的年度结果，每个指标每年至多一行，须注明来源",
    columns: &[
        column("指标序号", "", 10.0, "主要目标表中的指标序号。"),
        column("年份", "year", 8.0, "结果所属年份，须晚于基数年份。"),
        column("数值", "value", 10.0, "公开的数值，单位与指标相同。"),
        column("发布日期", "date", 12.0, "公开发布的日期，如 2025-01-20。"),
        column("来源", "source", 40.0, "发布的出处，如 某某公报。"),
        column("链接", "url", 40.0, "发布页面的网址（可留空）。"),
    ],
};

pub const TASKS: Sheet = Sheet {
    name: "重点任务",
    caption: "重点任务分工：每行一项任务；同一栏有多个部门时用顿号（、）分隔",
    columns: &[
        column("板块序号", "id", 8.0, "任务所属板块的序号，如 1。"),
        column(
            "板块",
            "title",
            24.0,
            "板块标题，如 一、扩大普惠性托育服务供给；同一板块各行一致。",
        ),
        column(
            "序号",
            "tasks.id",
            6.0,
            "任务序号，从 1 起，全表不重复；页面地址 task/<序号>/ 用它。",
        ),
        column(
            "重点任务",
            "tasks.text",
            60.0,
            "任务全文，第一个句号前为任务标题。",
        ),
        column(
            "牵头单位",
            "tasks.lead",
            24.0,
            "牵头部门，至少一个；名称须与部门表一致。",
        ),
        column(
            "责任单位",
            "tasks.responsible",
            24.0,
            "责任部门（可留空）。",
        ),
        column(
            "配合单位",
            "tasks.cooperating",
            16.0,
            "配合部门（可留空）。",
        ),
        column(
            "完成时限",
            "tasks.deadline",
            12.0,
            "如 2025年底前、持续推进（可留空）。",
        ),
    ],
};

pub const DEPARTMENTS: Sheet = Sheet {
    name: "部门",
    caption: "部门：任务中出现的每个部门一行；网址标识留空时按拼音首字母自动生成",
    columns: &[
        column("部门名称", "name", 24.0, "部门全称，与重点任务表中的写法一致，不含空格。"),
        column("网址标识", "slug", 24.0, "页面地址 department/<网址标识>/ 中的部分：小写字母、数字和 -。已发布的不要改，否则旧链接失效；留空则按拼音首字母生成。"),
    ],
};

/// Every sheet, in the workbook's order.
pub const SHEETS: [&Sheet; 7] = [
    &DOCUMENT,
    &INDICATORS,
    &MILESTONES,
    &QUOTES,
    &RESULTS,
    &TASKS,
    &DEPARTMENTS,
];

impl Sheet {
    /// The header of a column as the workbook prints it; the baseline's names its year (2022年基数).
    pub fn header(&self, index: usize, baseline_year: u16) -> String {
        let column = &self.columns[index];
        if column.field == "baseline" {
            format!("{baseline_year}{}", column.header)
        } else {
            column.header.to_owned()
        }
    }

    /// The columns whose field starts with `prefix`, with the prefix taken off the field.
    pub fn fields<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (u16, &'a str)> + 'a {
        self.columns
            .iter()
            .enumerate()
            .filter_map(move |(index, column)| {
                let field = column.field.strip_prefix(prefix)?;
                (!field.is_empty()).then_some((index as u16, field))
            })
    }

    /// The index of the column that holds a field.
    pub fn column_of(&self, field: &str) -> usize {
        self.columns
            .iter()
            .position(|column| column.field == field)
            .unwrap_or_else(|| panic!("{} has no column for {field}", self.name))
    }
}
