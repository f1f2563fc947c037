//! Who owns a task or an indicator beyond its departments: posts (牵头领导：常务副区长), shown as
//! posts and never as departments; and what the plan says that the model cannot hold (备注).

use yew::prelude::*;

use super::{department_links, RoleMark};
use crate::model::{Dataset, Indicator, Official, Role};

/// The posts named as owners, each as the plan prints it: `牵头领导：常务副区长`. Nothing where
/// there are none.
pub fn officials_list(officials: &[Official]) -> Html {
    if officials.is_empty() {
        return html! {};
    }
    let items = officials
        .iter()
        .map(|official| html! { <li class="officials__item">{ official.in_words() }</li> });
    html! { <ul class="officials" aria-label="责任领导">{ for items }</ul> }
}

/// An indicator's own 牵头单位 and 责任单位, and its posts; nothing where its row names none.
pub fn indicator_roles(dataset: &Dataset, indicator: &Indicator) -> Html {
    if !indicator.has_roles() && indicator.officials.is_empty() {
        return html! {};
    }
    let rows = [Role::Lead, Role::Responsible]
        .into_iter()
        .filter(|_| indicator.has_roles())
        .map(|role| {
            html! {
                <div class="roles__row">
                    <dt><RoleMark {role} />{ role.column() }</dt>
                    <dd>{ department_links(dataset, indicator.departments(role)) }</dd>
                </div>
            }
        });
    html! {
        <section class="block" aria-labelledby="owners-title">
            <h2 class="section-banner section-banner--minor" id="owners-title">{ "责任分工" }</h2>
            if indicator.has_roles() {
                <dl class="roles">{ for rows }</dl>
            }
            { officials_list(&indicator.officials) }
        </section>
    }
}

/// What the plan says on the row that the model cannot hold, as the plan words it.
pub fn notes_block(notes: &[String]) -> Html {
    if notes.is_empty() {
        return html! {};
    }
    let items = notes
        .iter()
        .map(|note| html! { <li class="notes__item">{ note.clone() }</li> });
    html! {
        <section class="block" aria-labelledby="notes-title">
            <h2 class="section-banner section-banner--minor" id="notes-title">{ "原文备注" }</h2>
            <ul class="notes">{ for items }</ul>
        </section>
    }
}
