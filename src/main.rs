//! The browser entry point: hydrates the page that the build pre-rendered for this URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an element with id app");
    yew::Renderer::<yitu::app::App>::with_root(root).hydrate();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary runs in the browser; build it with `make dist`.");
}
