//! The browser entry point: starts the app on the page that the build pre-rendered for this URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    std::panic::set_hook(Box::new(report_panic));
    // The app renders nothing where it is mounted (its islands render into their hosts in the
    // page), so its root is an element of its own, outside the page. Mounting it is a task of its
    // own, apart from loading the app, so that the browser can answer the reader in between.
    wasm_bindgen_futures::spawn_local(async move {
        yitu::dom::next_task().await;
        yitu::dom::document_parsed().await;
        // Without the plan's index (a page of another build, a broken block) the page stays as
        // it was written: its links and drawings work without the app.
        let Some(index) = yitu::dom::read_plan_index() else {
            yitu::dom::mark_app("no-index");
            return;
        };
        let root = gloo::utils::document()
            .create_element("div")
            .expect("the document makes elements");
        let props = yitu::islands::AppProps {
            route: yitu::dom::route_of_address(),
            index: std::rc::Rc::new(index),
        };
        yew::Renderer::<yitu::islands::App>::with_root_and_props(root, props).render();
    });
}

/// If the app ever panics, the reader keeps the pre-rendered page and sees a short note above it.
#[cfg(target_arch = "wasm32")]
fn report_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("一图读懂: {info}").into());
    let document = gloo::utils::document();
    if document
        .get_element_by_id(yitu::contract::APP_ERROR_ID)
        .is_some()
    {
        return;
    }
    let Ok(note) = document.create_element("p") else {
        return;
    };
    note.set_id(yitu::contract::APP_ERROR_ID);
    note.set_class_name("app-error");
    let _ = note.set_attribute("role", "alert");
    note.set_text_content(Some(
        "页面的互动功能出现问题，已停止运行。以下内容仍可阅读；刷新页面可重试。",
    ));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&note);
    }
    yitu::dom::mark_app("failed");
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary runs in the browser; build it with `make dist`.");
}
