//! A department's role as a mark: its word in a shape (牵头 solid, 责任 dashed, 配合 dotted), never
//! colour alone. One rule, written as a component and, for the matrix's HTML string, as text.

use yew::prelude::*;

use crate::model::Role;

#[derive(Properties, PartialEq)]
pub struct RoleMarkProps {
    pub role: Role,
}

/// The mark of a role, such as `<span class="mark mark--lead">牵头</span>`.
#[component]
pub fn RoleMark(props: &RoleMarkProps) -> Html {
    html! { <span class={classes!("mark", mark_class(props.role))}>{ props.role.label() }</span> }
}

/// The same mark as HTML text, for tables written as one string.
pub fn role_mark_html(role: Role) -> String {
    format!(
        r#"<span class="mark {}">{}</span>"#,
        mark_class(role),
        role.label()
    )
}

fn mark_class(role: Role) -> String {
    format!("mark--{}", role.key())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_component_and_the_text_write_the_same_mark() {
        for role in Role::ALL {
            let render = yew::LocalServerRenderer::<RoleMark>::with_props(RoleMarkProps { role })
                .hydratable(false)
                .render();
            let rendered = crate::site::run_to_end(render).expect("rendered");
            assert_eq!(rendered, role_mark_html(role));
        }
    }
}
