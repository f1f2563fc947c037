//! The builder's WebAssembly: the site program's own code in the editor's browser. The builder page
//! hands it the dropped file's bytes; `Plan::read` reads and checks the dataset once, and `Plan`
//! then writes the site's files in memory (`pages`, with the same `site::site_files` as `make site`),
//! the share cards and the long image. A pasted or chosen notice is drafted into a workbook held by
//! `Draft` (draft.rs), the same import as `make import`. The page draws the charts with ECharts and
//! passes their SVG in; nothing is uploaded anywhere. Every value crosses as a serde type, one
//! encoding (`to_js`); web/worker.js documents the shapes.
//!
//! Built by `make builder` with `--features builder` for wasm32; natively it only says so.

#[cfg(target_arch = "wasm32")]
mod draft;

#[cfg(target_arch = "wasm32")]
mod web {
    use std::collections::{BTreeMap, HashMap};

    use serde::{Deserialize, Serialize};
    use wasm_bindgen::prelude::*;
    use yitu::model::{dataset_summary, Dataset};
    use yitu::site::{
        chart_jobs, read_dataset_faults, site_files, site_zip, themed_drawings, AppTexts, ChartJob,
        Fault, SiteOptions,
    };

    /// A dataset file as the builder holds it: read and checked once, by the same code as
    /// `make site`; every part of its site is then made from it. A file with faults holds them.
    #[wasm_bindgen]
    pub struct Plan {
        checked: Result<Dataset, Vec<Fault>>,
    }

    /// What the page shows of a good file: `{summary: "10 项指标、…", indicators: 10, tasks: 16,
    /// charts: [ChartJob]}` (web/worker.js documents the shapes).
    #[derive(Serialize)]
    struct Summary {
        summary: String,
        indicators: usize,
        tasks: usize,
        charts: Vec<ChartJob>,
    }

    /// What a site is made with, besides the dataset: the build's year and day, the public URL
    /// and path (empty: none), the app's index.html and stylesheets by path, and ECharts' SVG of
    /// every chart job by file name.
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct SiteRequest {
        year: u16,
        made_on: String,
        public_url: String,
        public_path: String,
        index_html: String,
        stylesheets: BTreeMap<String, String>,
        drawings: HashMap<String, String>,
    }

    /// The long image's pictures as SVG, for the page to draw at their size.
    #[derive(Serialize)]
    struct LongImage {
        parts: Vec<Picture>,
        covers: Vec<Picture>,
        /// Whether `long.png`, the whole image, is written.
        whole: bool,
        /// The image's full text.
        text: String,
        folder: &'static str,
    }

    #[derive(Serialize)]
    struct Picture {
        file: String,
        svg: String,
        width: u32,
        height: u32,
    }

    #[wasm_bindgen]
    impl Plan {
        /// Reads and checks a dropped file (`.json`, `.xlsx`, `.xls` or `.ods`, by its name).
        pub fn read(bytes: &[u8], file_name: &str) -> Plan {
            Plan {
                checked: read_dataset_faults(bytes, file_name),
            }
        }

        /// Every fault of the file, typed (`[Fault]`, empty for a good file).
        pub fn faults(&self) -> Result<JsValue, JsError> {
            to_js(self.checked.as_ref().err().map_or(&[][..], Vec::as_slice))
        }

        /// What a good file holds, and the charts for ECharts to draw: `Summary`.
        pub fn summary(&self) -> Result<JsValue, JsError> {
            let dataset = self.dataset()?;
            to_js(&Summary {
                summary: dataset_summary(dataset),
                indicators: dataset.indicators.len(),
                tasks: dataset.tasks().count(),
                charts: chart_jobs(dataset),
            })
        }

        /// The site's files, as an object from each file's path to its bytes (`SiteRequest` in).
        pub fn pages(&self, request: JsValue) -> Result<js_sys::Object, JsError> {
            let dataset = self.dataset()?;
            let request: SiteRequest = serde_wasm_bindgen::from_value(request)?;
            let public_url =
                match request.public_url.as_str() {
                    "" => None,
                    url => Some(yitu::share::public_url(url).ok_or_else(|| {
                        JsError::new(&format!("公开网址应为 http(s) 网址：{url}"))
                    })?),
                };
            let options = SiteOptions {
                build_year: request.year,
                public_url,
                public_path: Some(request.public_path).filter(|path| !path.is_empty()),
                made_on: request.made_on,
            };
            let expected = chart_jobs(dataset).len();
            let drawings = themed_drawings(request.drawings, expected)
                .map_err(|error| JsError::new(&error))?;
            let app = AppTexts {
                index_html: request.index_html,
                stylesheets: request.stylesheets,
            };
            let files = site_files(dataset, &options, &app, &drawings)
                .map_err(|error| JsError::new(&error))?;
            let out = js_sys::Object::new();
            for (path, bytes) in files {
                let bytes = js_sys::Uint8Array::from(bytes.as_slice());
                js_sys::Reflect::set(&out, &path.into(), &bytes)
                    .map_err(|_| JsError::new("the files could not be handed over"))?;
            }
            Ok(out)
        }

        /// The share cards' SVG by the path of the PNG each becomes (`card.png`,
        /// `indicator/<序号>/card.png`), for the page to rasterise at `card_scale()` times their size.
        pub fn cards(&self, public_url: &str) -> Result<JsValue, JsError> {
            let public_url = yitu::share::public_url(public_url);
            let cards = yitu::share::site_cards(self.dataset()?, public_url.as_deref());
            to_js(&cards.into_iter().collect::<BTreeMap<_, _>>())
        }

        /// The long image's pictures, the same parts and cuts as `make site`'s: `LongImage`.
        pub fn long_image(
            &self,
            year: u16,
            made_on: String,
            public_url: &str,
        ) -> Result<JsValue, JsError> {
            let options = yitu::longimage::LongImageOptions {
                build_year: year,
                made_on,
                public_url: yitu::share::public_url(public_url),
            };
            let files = yitu::longimage::long_image_files(self.dataset()?, &options);
            let width = yitu::longimage::WIDTH;
            let parts = files
                .parts
                .into_iter()
                .zip(files.heights)
                .map(|((file, svg), height)| Picture {
                    file,
                    svg,
                    width,
                    height,
                });
            let covers = files.covers.into_iter().zip(yitu::longimage::COVERS).map(
                |((file, svg), cover)| Picture {
                    file,
                    svg,
                    width: cover.width,
                    height: cover.height,
                },
            );
            to_js(&LongImage {
                parts: parts.collect(),
                covers: covers.collect(),
                whole: files.whole,
                text: files.text,
                folder: yitu::longimage::FOLDER,
            })
        }
    }

    impl Plan {
        fn dataset(&self) -> Result<&Dataset, JsError> {
            self.checked
                .as_ref()
                .map_err(|faults| JsError::new(&format!("数据有 {} 处错误", faults.len())))
        }
    }

    /// A value as a plain JavaScript object (maps as objects), the one encoding of this boundary.
    pub(crate) fn to_js(value: &(impl Serialize + ?Sized)) -> Result<JsValue, JsError> {
        let objects = serde_wasm_bindgen::Serializer::json_compatible();
        value
            .serialize(&objects)
            .map_err(|error| JsError::new(&error.to_string()))
    }

    /// The largest file the builder reads, in bytes: the site program's own limit.
    #[wasm_bindgen]
    pub fn max_file_bytes() -> u32 {
        yitu::workbook::MAX_FILE_BYTES as u32
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
