//! The charts drawn by one Node process: `tools/render-charts.mjs` draws every job of
//! [`chart_jobs`] with ECharts' server-side SVG renderer.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::model::Dataset;
use crate::site::{chart_jobs, themed_drawings};

/// The script that draws the charts: `YITU_CHART_RENDERER` where it is set (`tools/site.sh` sets it
/// to the checkout's copy), else `tools/render-charts.mjs` from the working folder (the checkout's
/// root, where `make` and `cargo test` run). No path of the machine that built the program is kept
/// in it, so a built program moved elsewhere still finds its script.
fn renderer() -> PathBuf {
    std::env::var_os("YITU_CHART_RENDERER")
        .filter(|path| !path.is_empty())
        .map_or_else(|| PathBuf::from("tools/render-charts.mjs"), PathBuf::from)
}

/// Draws every chart with Node and ECharts: the page-ready SVG of each, by file name.
pub fn draw_charts(dataset: &Dataset) -> Result<HashMap<String, String>, String> {
    let jobs = chart_jobs(dataset);
    let renderer = renderer();
    let mut child = Command::new("node")
        .arg(&renderer)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|error| {
            format!(
                "node {}: {error} (is Node.js installed?)",
                renderer.display()
            )
        })?;
    child
        .stdin
        .take()
        .ok_or("no stdin for the chart renderer")?
        .write_all(&serde_json::to_vec(&jobs).map_err(|error| error.to_string())?)
        .map_err(|error| format!("writing to the chart renderer: {error}"))?;
    let output = child
        .wait_with_output()
        .map_err(|error| format!("the chart renderer: {error}"))?;
    if !output.status.success() {
        return Err(format!("the chart renderer failed: {}", output.status));
    }
    let raw: HashMap<String, String> = serde_json::from_slice(&output.stdout)
        .map_err(|error| format!("the chart renderer's output: {error}"))?;
    themed_drawings(raw, jobs.len())
}
