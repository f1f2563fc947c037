//! The builder's WebAssembly: the site program's own code in the editor's browser. The builder page
//! hands it the dropped file's bytes; it reads and checks the dataset (`validate`) and writes the
//! site's files in memory (`pages`), with the same `site::site_files` as `make site`. A pasted or
//! chosen notice is drafted into a workbook by `import_notice`, the same import as `make import`. The page
//! draws the charts with ECharts and passes their SVG in; nothing is uploaded anywhere.
//!
//! Built by `make builder` with `--features builder` for wasm32; natively it only says so.

#[cfg(target_arch = "wasm32")]
mod web {
    use std::collections::{BTreeMap, HashMap};

    use serde::Serialize;
    use wasm_bindgen::prelude::*;
    use yitu::model::dataset_summary;
    use yitu::site::{
        chart_jobs, read_dataset, read_dataset_faults, site_files, site_zip, themed_drawings,
        AppTexts, Fault, SiteOptions,
    };

    /// What a file's check tells the page: every fault, typed, or what the dataset holds and the
    /// charts for ECharts to draw.
    #[derive(Serialize)]
    #[serde(untagged)]
    enum Checked {
        /// `{faults: [{place: {kind: "cell", sheet, column, row} | {kind: "json_path", path} |
        /// {kind: "file"}, reason}]}` (tools/builder/page.js documents the shape).
        Faults { faults: Vec<Fault> },
        /// `{summary: "10 项指标、…", indicators: 10, tasks: 16, charts: [jobs]}`.
        Valid {
            summary: String,
            indicators: usize,
            tasks: usize,
            charts: serde_json::Value,
        },
    }

    /// Reads and checks a dropped file (`.json`, `.xlsx`, `.xls` or `.ods`, by its name): a
    /// `Checked` as a plain JavaScript object.
    #[wasm_bindgen]
    pub fn validate(bytes: &[u8], file_name: &str) -> Result<JsValue, JsError> {
        let checked = match read_dataset_faults(bytes, file_name) {
            Ok(dataset) => Checked::Valid {
                summary: dataset_summary(&dataset),
                indicators: dataset.indicators.len(),
                tasks: dataset.tasks().count(),
                charts: chart_jobs(&dataset),
            },
            Err(faults) => Checked::Faults { faults },
        };
        let objects = serde_wasm_bindgen::Serializer::json_compatible();
        checked
            .serialize(&objects)
            .map_err(|error| JsError::new(&error.to_string()))
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
        made_on: String,
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
            made_on,
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
    /// The share cards' SVG by the path of the PNG each becomes (`card.png`, `indicator/<序号>/card.png`),
    /// for the page to rasterise at `card_scale()` times their size.
    #[wasm_bindgen]
    pub fn cards(
        bytes: &[u8],
        file_name: &str,
        public_url: Option<String>,
    ) -> Result<js_sys::Object, JsError> {
        let dataset =
            read_dataset(bytes, file_name).map_err(|faults| JsError::new(&faults.join("\n")))?;
        let public_url = public_url
            .filter(|url| !url.is_empty())
            .and_then(|url| yitu::share::public_url(&url));
        let out = js_sys::Object::new();
        for (path, svg) in yitu::share::site_cards(&dataset, public_url.as_deref()) {
            js_sys::Reflect::set(&out, &path.into(), &svg.into())
                .map_err(|_| JsError::new("the cards could not be handed over"))?;
        }
        Ok(out)
    }

    /// The long image's pictures as SVG, for the page to draw at their size: `{parts: [{file, svg,
    /// height}], covers: [{file, svg, width, height}], whole, text}` (`whole`: whether `long.png`
    /// is written; `text`: the image's full text), the same parts and cuts as `make site`'s.
    #[wasm_bindgen]
    pub fn long_image(
        bytes: &[u8],
        file_name: &str,
        build_year: u16,
        made_on: String,
        public_url: Option<String>,
    ) -> Result<js_sys::Object, JsError> {
        let dataset =
            read_dataset(bytes, file_name).map_err(|faults| JsError::new(&faults.join("\n")))?;
        let options = yitu::longimage::LongImageOptions {
            build_year,
            made_on,
            public_url: public_url
                .filter(|url| !url.is_empty())
                .and_then(|url| yitu::share::public_url(&url)),
        };
        let files = yitu::longimage::long_image_files(&dataset, &options);
        let parts = js_sys::Array::new();
        for ((file, svg), height) in files.parts.iter().zip(&files.heights) {
            let part = js_sys::Object::new();
            set(&part, "file", &file.as_str().into())?;
            set(&part, "svg", &svg.as_str().into())?;
            set(&part, "height", &(*height).into())?;
            parts.push(&part);
        }
        let covers = js_sys::Array::new();
        for ((file, svg), cover) in files.covers.iter().zip(yitu::longimage::COVERS) {
            let entry = js_sys::Object::new();
            set(&entry, "file", &file.as_str().into())?;
            set(&entry, "svg", &svg.as_str().into())?;
            set(&entry, "width", &cover.width.into())?;
            set(&entry, "height", &cover.height.into())?;
            covers.push(&entry);
        }
        let out = js_sys::Object::new();
        set(&out, "parts", &parts)?;
        set(&out, "covers", &covers)?;
        set(&out, "whole", &files.whole.into())?;
        set(&out, "text", &files.text.into())?;
        set(&out, "folder", &yitu::longimage::FOLDER.into())?;
        Ok(out)
    }

    /// Drafts a workbook from a notice's bytes (`.txt`, `.html`, `.htm` or `.docx`, by its name), as
    /// `make import` does: `{workbook: Uint8Array, review: [{place, reason, source}], summary, note}`,
    /// `source` with its line number where the notice is text, `note` null unless the file was not
    /// UTF-8. A file that cannot be imported is an error with the reason in Chinese.
    #[wasm_bindgen]
    pub fn import_notice(bytes: &[u8], file_name: &str) -> Result<js_sys::Object, JsError> {
        let imported =
            yitu::import::import_notice(bytes, file_name).map_err(|error| JsError::new(&error))?;
        let review = js_sys::Array::new();
        for item in &imported.draft.review {
            let entry = js_sys::Object::new();
            set(&entry, "place", &item.cell.as_str().into())?;
            set(&entry, "reason", &item.reason.as_str().into())?;
            set(&entry, "source", &item.source_with_line().into())?;
            review.push(&entry);
        }
        let out = js_sys::Object::new();
        let workbook = js_sys::Uint8Array::from(imported.workbook.as_slice());
        set(&out, "workbook", &workbook)?;
        set(&out, "review", &review)?;
        set(&out, "summary", &imported.summary().into())?;
        let note = imported
            .note
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from);
        set(&out, "note", &note)?;
        Ok(out)
    }

    fn set(object: &js_sys::Object, key: &str, value: &JsValue) -> Result<(), JsError> {
        js_sys::Reflect::set(object, &key.into(), value)
            .map(|_| ())
            .map_err(|_| JsError::new("a value could not be handed over"))
    }

    /// How many times their size the cards are rasterised, as `make site` does.
    #[wasm_bindgen]
    pub fn card_scale() -> f32 {
        yitu::share::CARD_SCALE as f32
    }

    /// The complete site as one `.zip`, from an object of each file's path to its bytes.
    #[wasm_bindgen]
    pub fn zip_site(files: js_sys::Object) -> Result<js_sys::Uint8Array, JsError> {
        let mut entries = Vec::new();
        for key in js_sys::Object::keys(&files).iter() {
            let path = key.as_string().unwrap_or_default();
            let value = js_sys::Reflect::get(&files, &key)
                .map_err(|_| JsError::new("a file could not be read"))?;
            entries.push((path, js_sys::Uint8Array::new(&value).to_vec()));
        }
        let zipped = site_zip(&entries).map_err(|error| JsError::new(&error))?;
        Ok(js_sys::Uint8Array::from(zipped.as_slice()))
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary runs in the builder page; build it with `make builder`.");
}
