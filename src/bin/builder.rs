//! The builder's WebAssembly: the site program's own code in the editor's browser. The builder page
//! hands it the dropped file's bytes; it reads and checks the dataset (`validate`) and writes the
//! site's files in memory (`pages`), with the same `site::site_files` as `make site`. The page
//! draws the charts with ECharts and passes their SVG in; nothing is uploaded anywhere.
//!
//! Built by `make builder` with `--features builder` for wasm32; natively it only says so.

#[cfg(target_arch = "wasm32")]
mod web {
    use std::collections::{BTreeMap, HashMap};

    use serde_json::json;
    use wasm_bindgen::prelude::*;
    use yitu::model::dataset_summary;
    use yitu::site::{
        chart_jobs, read_dataset, site_files, themed_drawings, AppTexts, SiteOptions,
    };

    /// Reads and checks a dropped file (`.json`, `.xlsx`, `.xls` or `.ods`, by its name), as JSON:
    /// `{"faults": ["主要目标!I3: …", …]}`, every fault by its JSON path or cell, or
    /// `{"summary": "10 项指标、…", "charts": [jobs]}`, the charts for ECharts to draw.
    #[wasm_bindgen]
    pub fn validate(bytes: &[u8], file_name: &str) -> String {
        match read_dataset(bytes, file_name) {
            Ok(dataset) => json!({
                "summary": dataset_summary(&dataset),
                "charts": chart_jobs(&dataset),
            }),
            Err(faults) => json!({ "faults": faults }),
        }
        .to_string()
    }

    /// The site's files for a dropped file, as an object from each file's path to its bytes.
    /// `stylesheets` and `drawings` are JSON objects: the app's stylesheets by path, and ECharts'
    /// SVG of every chart job by file name. `public_url` must be an http(s) URL where given.
    #[wasm_bindgen]
    #[allow(clippy::too_many_arguments)]
    pub fn pages(
        bytes: &[u8],
        file_name: &str,
        build_year: u16,
        public_url: Option<String>,
        public_path: Option<String>,
        index_html: String,
        stylesheets: &str,
        drawings: &str,
    ) -> Result<js_sys::Object, JsError> {
        let dataset = read_dataset(bytes, file_name).map_err(|faults| {
            JsError::new(&format!("{} 处错误：\n{}", faults.len(), faults.join("\n")))
        })?;
        let public_url = match public_url.filter(|url| !url.is_empty()) {
            Some(url) => Some(
                yitu::share::public_url(&url)
                    .ok_or_else(|| JsError::new(&format!("公开网址应为 http(s) 网址：{url}")))?,
            ),
            None => None,
        };
        let options = SiteOptions {
            build_year,
            public_url,
            public_path: public_path.filter(|path| !path.is_empty()),
        };
        let stylesheets: BTreeMap<String, String> = serde_json::from_str(stylesheets)?;
        let raw: HashMap<String, String> = serde_json::from_str(drawings)?;
        let expected = chart_jobs(&dataset).as_array().map_or(0, Vec::len);
        let drawings = themed_drawings(raw, expected).map_err(|error| JsError::new(&error))?;
        let app = AppTexts {
            index_html,
            stylesheets,
        };
        let files = site_files(&dataset, &options, &app, &drawings)
            .map_err(|error| JsError::new(&error))?;
        let out = js_sys::Object::new();
        for (path, bytes) in files {
            let bytes = js_sys::Uint8Array::from(bytes.as_slice());
            js_sys::Reflect::set(&out, &path.into(), &bytes)
                .map_err(|_| JsError::new("the files could not be handed over"))?;
        }
        Ok(out)
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary runs in the builder page; build it with `make builder`.");
}
