//! Valid datasets of every shape the format has, generated: 1–120 indicators, 1–200 tasks and
//! 1–80 departments, mostly small, with cases at the bounds.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use yitu::model::{Attribute, ChangeUnit, Comparator, Dataset, Direction};

/// The largest dataset generated: indicators, tasks, departments.
pub const MOST: (usize, usize, usize) = (120, 200, 80);

/// Words of names and texts, with characters that must be escaped in HTML and CSV.
const WORDS: &[&str] = &[
    "托育",
    "普惠",
    "婴幼儿",
    "照护",
    "服务",
    "机构",
    "社区",
    "示范",
    "家庭",
    "A&B",
    "<托位>",
    "“优质”",
    "'引号'",
    "0—3岁",
    "R&D",
    "🍼",
    "医育结合",
    "x=1",
    "\"双引号\"",
    "Ⅱ类",
];

/// Kinds of department: a name and a slug, each made unique by a number.
const DEPARTMENTS: &[(&str, &str)] = &[
    ("区卫生健康委", "health"),
    ("区教委", "education"),
    ("区财政局", "finance"),
    ("A&B中心", "a-b"),
    ("<区市场监管局>", "market"),
];
const UNITS: &[&str] = &["个", "所", "人", "张", "家", "‰", "/10万"];
const CATEGORIES: &[&str] = &["托育服务供给", "服务质量", "<保障>&支撑"];
const DEADLINES: &[&str] = &["2025年底前", "持续推进", "每年", "<2024年>"];
const ASSIGNERS: &[&str] = &["市", "国家", "上级"];
pub const NUMERALS: &[&str] = &["一", "二", "三", "四", "五", "六", "七", "八"];
const COMPARATORS: &[Comparator] = &[
    Comparator::Reach,
    Comparator::Exceed,
    Comparator::AtLeast,
    Comparator::AtMost,
    Comparator::Below,
    Comparator::About,
    Comparator::InStep,
];

/// The extremes of size, each built once: indicators, tasks, departments.
pub const EXTREMES: [(usize, usize, usize); 4] =
    [(1, 1, 1), MOST, (1, MOST.1, MOST.2), (MOST.0, 1, 1)];

/// How many indicators, tasks and departments: mostly up to the plan's own size (10, 16, 18),
/// which keeps the test quick, and now and then anything up to the most.
pub fn sizes() -> impl Strategy<Value = (usize, usize, usize)> {
    let (indicators, tasks, departments) = MOST;
    prop_oneof![
        24 => (1..=10usize, 1..=16usize, 1..=18usize),
        1 => (1..=indicators, 1..=tasks, 1..=departments),
    ]
}

/// A name: one to three words, no white space.
fn name() -> impl Strategy<Value = String> {
    vec(select(WORDS), 1..=3).prop_map(|words| words.concat())
}

/// A sentence of a task's text, ending with `。`.
fn sentence() -> impl Strategy<Value = String> {
    vec(name(), 1..=6).prop_map(|parts| format!("{}。", parts.join("，")))
}

/// A target, as fractions of the indicator's scale that `build_indicator` makes valid.
#[derive(Debug, Clone)]
pub enum TargetSpec {
    Value(Comparator, f64),
    Range(f64, f64),
    Change(Direction, ChangeUnit, f64),
    Reference(Comparator, String),
    Assigned(&'static str),
    Text(String),
}

fn target() -> impl Strategy<Value = TargetSpec> {
    let value_comparators = select(&COMPARATORS[..6]);
    let direction = prop_oneof![Just(Direction::Up), Just(Direction::Down)];
    let unit = prop_oneof![
        Just(ChangeUnit::Points),
        Just(ChangeUnit::Percent),
        Just(ChangeUnit::Absolute)
    ];
    prop_oneof![
        4 => (value_comparators, 0.0..=1.0).prop_map(|(c, f)| TargetSpec::Value(c, f)),
        1 => (0.0..=1.0, 0.0..=1.0).prop_map(|(a, b)| TargetSpec::Range(a, b)),
        2 => (direction, unit, 0.0..=1.0).prop_map(|(d, u, f)| TargetSpec::Change(d, u, f)),
        1 => (select(COMPARATORS), name()).prop_map(|(c, r)| TargetSpec::Reference(c, r)),
        1 => select(ASSIGNERS).prop_map(TargetSpec::Assigned),
        1 => name().prop_map(TargetSpec::Text),
    ]
}

/// An indicator before its figures are fitted to its scale and its tasks to the dataset's.
#[derive(Debug, Clone)]
pub struct IndicatorSpec {
    pub name: String,
    pub category: Option<&'static str>,
    /// `None` for `%`.
    pub unit: Option<&'static str>,
    pub scale: f64,
    pub cumulative: bool,
    pub attribute: Option<Attribute>,
    pub baseline: Option<f64>,
    pub target: TargetSpec,
    pub tasks: Vec<Index>,
    pub milestones: Vec<(Index, f64, Index)>,
    pub quotes: Vec<(Index, Index)>,
    pub results: Vec<(Index, f64, bool)>,
}

fn indicator() -> impl Strategy<Value = IndicatorSpec> {
    let head = (
        name(),
        option::of(select(CATEGORIES)),
        option::weighted(0.6, select(UNITS)),
        select(&[10.0, 100.0, 1000.0, 10000.0][..]),
        any::<bool>(),
        option::of(select(&Attribute::ALL[..])),
        option::weighted(0.7, 0.0..=1.0),
    );
    let tail = (
        target(),
        vec(any::<Index>(), 0..=3),
        vec((any::<Index>(), 0.0..=1.0, any::<Index>()), 0..=3),
        vec((any::<Index>(), any::<Index>()), 0..=2),
        vec((any::<Index>(), 0.0..=1.0, any::<bool>()), 0..=4),
    );
    (head, tail).prop_map(
        |(
            (name, category, unit, scale, cumulative, attribute, baseline),
            (target, tasks, milestones, quotes, results),
        )| IndicatorSpec {
            name,
            category,
            unit,
            scale,
            cumulative,
            attribute,
            baseline,
            target,
            tasks,
            milestones,
            quotes,
            results,
        },
    )
}

/// A task: its sentences, the departments it names by index in each role, its deadline.
#[derive(Debug, Clone)]
pub struct TaskSpec {
    pub sentences: Vec<String>,
    pub lead: Vec<Index>,
    pub responsible: Vec<Index>,
    pub cooperating: Vec<Index>,
    pub deadline: Option<&'static str>,
}

fn task() -> impl Strategy<Value = TaskSpec> {
    let cooperating = prop_oneof![3 => Just(Vec::new()), 1 => vec(any::<Index>(), 1..=2)];
    (
        vec(sentence(), 1..=5),
        vec(any::<Index>(), 1..=3),
        vec(any::<Index>(), 0..=4),
        cooperating,
        option::of(select(DEADLINES)),
    )
        .prop_map(
            |(sentences, lead, responsible, cooperating, deadline)| TaskSpec {
                sentences,
                lead,
                responsible,
                cooperating,
                deadline,
            },
        )
}

/// What a dataset is built from (see `build::dataset`).
#[derive(Debug, Clone)]
pub struct DatasetSpec {
    pub indicators: Vec<IndicatorSpec>,
    pub tasks: Vec<TaskSpec>,
    /// Each department's kind of name and a name to add to it.
    pub departments: Vec<((&'static str, &'static str), String)>,
    pub period_start: u16,
    /// Years after the first of the plan period to its last.
    pub period_length: u16,
    /// Years from the baseline year to the plan period.
    pub baseline_gap: u16,
    /// At most this many sections.
    pub sections: usize,
}

/// Datasets of the sizes drawn from `sizes`. Every one is valid; the test asserts it.
pub fn datasets(
    sizes: impl Strategy<Value = (usize, usize, usize)>,
) -> impl Strategy<Value = Dataset> {
    (
        sizes,
        2015u16..=2030,
        0u16..=4,
        1u16..=3,
        1usize..=NUMERALS.len(),
    )
        .prop_flat_map(
            |((indicators, tasks, departments), start, length, gap, sections)| {
                (
                    vec(indicator(), indicators),
                    vec(task(), tasks),
                    vec((select(DEPARTMENTS), name()), departments),
                    Just((start, length, gap, sections)),
                )
            },
        )
        .prop_map(
            |(
                indicators,
                tasks,
                departments,
                (period_start, period_length, baseline_gap, sections),
            )| {
                super::build::dataset(DatasetSpec {
                    indicators,
                    tasks,
                    departments,
                    period_start,
                    period_length,
                    baseline_gap,
                    sections,
                })
            },
        )
}
