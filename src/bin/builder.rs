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
    use yitu::workbook::{Book, ReviewItem};

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

    /// A notice drafted into a workbook, held here while the editor reviews it on the page: its
    /// cells (`Book`), which an edit changes and the workbook's own reader checks, its 待核对 items,
    /// and the notice's lines for the source view. The page asks for the workbook after each
    /// change, and that file is both what the preview is built from and what 下载草稿 gives.
    #[wasm_bindgen]
    pub struct Draft {
        book: Book,
        review: Vec<ReviewItem>,
        opened: Opened,
    }

    /// What the page shows of a new draft.
    #[derive(Serialize)]
    struct Opened {
        /// `10 个指标、16 项任务、18 个部门；待核对 41 项`.
        summary: String,
        /// How the file was read, where it was not UTF-8.
        note: Option<String>,
        checks: Vec<yitu::import::Check>,
        lines: Vec<String>,
    }

    /// What an edit gives: the cell's text before it, and the draft's faults after it.
    #[derive(Serialize)]
    struct Edited {
        before: Option<String>,
        faults: Vec<Fault>,
    }

    #[wasm_bindgen]
    impl Draft {
        /// Drafts a notice's bytes (`.txt`, `.html`, `.htm` or `.docx`, by its name), as `make
        /// import` does; a file that cannot be imported is an error with the reason in Chinese.
        #[wasm_bindgen(constructor)]
        pub fn new(bytes: &[u8], file_name: &str) -> Result<Draft, JsError> {
            let imported = yitu::import::import_notice(bytes, file_name)
                .map_err(|error| JsError::new(&error))?;
            let book = Book::of(&imported.draft.dataset);
            let opened = Opened {
                summary: imported.summary(),
                note: imported.note,
                checks: yitu::import::checks(&book, &imported.draft.review, &imported.lines),
                lines: imported.lines,
            };
            Ok(Draft {
                book,
                review: imported.draft.review,
                opened,
            })
        }

        /// The draft as first made: `Opened` as a plain object.
        pub fn opened(&self) -> Result<JsValue, JsError> {
            to_js(&self.opened)
        }

        /// Puts `text` into a cell (`主要目标!D3`), as typed in WPS, and checks the whole draft
        /// with the workbook's rules: `Edited` as a plain object.
        pub fn edit(&mut self, cell: &str, text: &str) -> Result<JsValue, JsError> {
            let before = self.book.set(cell, text);
            let faults = match self.book.read() {
                Ok(_) => Vec::new(),
                Err(faults) => faults.iter().map(Fault::from).collect(),
            };
            to_js(&Edited { before, faults })
        }

        /// The draft's workbook, its 待核对 sheet listing the items still open (by their ids).
        pub fn workbook(&self, open: Vec<u32>) -> Result<js_sys::Uint8Array, JsError> {
            let left: Vec<ReviewItem> = self
                .review
                .iter()
                .enumerate()
                .filter(|(id, _)| open.contains(&(*id as u32)))
                .map(|(_, item)| item.clone())
                .collect();
            let bytes = self
                .book
                .xlsx(&left)
                .map_err(|error| JsError::new(&error.to_string()))?;
            Ok(js_sys::Uint8Array::from(bytes.as_slice()))
        }
    }

    /// A value as a plain JavaScript object (maps as objects), the one encoding of this boundary.
    fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
        let objects = serde_wasm_bindgen::Serializer::json_compatible();
        value
            .serialize(&objects)
            .map_err(|error| JsError::new(&error.to_string()))
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
