//! The overview: the document, the key figures, the target table, the gauges, and who does which task.

use yew::prelude::*;

use super::parts::{chinese_date, DepartmentChart, GaugeGrid, KeyFigures, Matrix, TargetTable};
use super::{use_build_year, use_dataset};

#[component]
pub fn OverviewPage() -> Html {
    // The whole view is pre-rendered; only the matrix's filter is rendered live (`ViewIslands`).
    html! {
        <>
            <Introduction />
            <section class="block" aria-labelledby="gauges-title">
                <Gauges />
            </section>
            <section class="block" aria-labelledby="tasks-title">
                <TasksIntroduction />
                <Matrix />
            </section>
        </>
    }
}

/// The document, its key figures and the target table.
#[component]
fn Introduction() -> Html {
    let dataset = use_dataset();
    let document = &dataset.document;
    html! {
        <>
            <section class="hero" aria-labelledby="page-title">
                <p class="hero__kicker">{ "一图读懂" }</p>
                <h1 id="page-title" class="hero__title">{ document.short_title.clone() }</h1>
                <p class="hero__subtitle">
                    { document.plan_subtitle().to_owned() }
                </p>
                <DocumentFacts />
                <PlanStatus />
            </section>
            <KeyFigures />
            <section class="block" aria-labelledby="targets-title">
                <h2 class="section-banner" id="targets-title">{ "主要目标" }</h2>
                <p class="block__intro">
                    { format!("{}项指标，{}年基数和{}年目标。点击指标查看详情。", dataset.indicators.len(), document.baseline_year, document.period_end) }
                </p>
                <TargetTable />
            </section>
        </>
    }
}

/// The gauges, one card per indicator, with how to read them.
#[component]
fn Gauges() -> Html {
    let dataset = use_dataset();
    html! {
        <>
            <h2 class="section-banner" id="gauges-title">{ "目标进度" }</h2>
            <p class="block__intro">
                { crate::model::gauge_legend(&dataset) }
            </p>
            <GaugeGrid />
        </>
    }
}

/// How the tasks are shared out, the departments' chart, and the matrix's heading.
#[component]
fn TasksIntroduction() -> Html {
    let dataset = use_dataset();
    html! {
        <>
            <h2 class="section-banner" id="tasks-title">{ "重点任务分工" }</h2>
            <p class="block__intro">
                { format!(
                    "{}个板块、{}项重点任务，{}个单位分工负责。每项任务都有牵头单位，其中{}项另有责任单位{}。",
                    dataset.sections.len(),
                    dataset.tasks().count(),
                    dataset.departments.len(),
                    dataset.tasks().filter(|task| !task.responsible.is_empty()).count(),
                    match dataset.tasks().filter(|task| !task.cooperating.is_empty()).count() {
                        0 => String::new(),
                        n => format!("，{n}项另有配合单位"),
                    }
                ) }
            </p>
            <h3 class="section-banner section-banner--minor tasks-subheading" id="departments-title">{ "各单位承担的任务" }</h3>
            <DepartmentChart />
            <h3 class="section-banner section-banner--minor tasks-subheading" id="matrix-title">{ "任务分工表" }</h3>
            <p class="block__intro">{ "每行一项任务，每列一个单位。选择一个部门，只看它参与的任务。" }</p>
        </>
    }
}

/// 发文字号, issuing body and dates.
#[component]
fn DocumentFacts() -> Html {
    let dataset = use_dataset();
    let document = &dataset.document;
    let date = chinese_date;
    html! {
        <dl class="facts">
            <div><dt>{ "发文字号" }</dt><dd>{ document.number.clone() }</dd></div>
            <div><dt>{ "发文机关" }</dt><dd>{ document.issuer.clone() }</dd></div>
            <div><dt>{ "成文日期" }</dt><dd>{ date(&document.written) }</dd></div>
            <div><dt>{ "发布日期" }</dt><dd>{ date(&document.published) }</dd></div>
            <div><dt>{ "规划期" }</dt><dd>{ format!("{}—{}年", document.period_start, document.period_end) }</dd></div>
        </dl>
    }
}

/// Where the plan period stands, and how many indicators have published results.
#[component]
fn PlanStatus() -> Html {
    let status = crate::model::plan_status(&use_dataset(), use_build_year());
    html! {
        <p class="status-note" role="note">
            <strong>{ status.headline }</strong>
            { status.detail }
        </p>
    }
}
