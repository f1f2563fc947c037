//! Reads the plan's index from the page's JSON block (`contract::PLAN_INDEX_ID`) with the
//! browser's own JSON parser, so that the app carries no JSON decoder.

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::contract::PLAN_INDEX_ID;
use crate::plan_index::PlanIndex;

/// The page's plan index, checked (`PlanIndex::checked`); `None` if the page has none, or one
/// that is not JSON of the index's shape or fails the checks.
pub fn read_plan_index() -> Option<PlanIndex> {
    let block = gloo::utils::document().get_element_by_id(PLAN_INDEX_ID)?;
    let json = JSON::parse(&block.text_content()?).ok()?;
    let departments = array(&json, "departments")?
        .iter()
        .map(|pair| {
            let pair: Array = pair.dyn_into().ok()?;
            (pair.length() == 2).then_some(())?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect::<Option<Vec<_>>>()?;
    PlanIndex {
        short_title: field(&json, "short_title")?.as_string()?,
        number: field(&json, "number")?.as_string()?,
        indicators: ids(&json, "indicators")?,
        tasks: ids(&json, "tasks")?,
        departments,
    }
    .checked()
}

fn field(object: &JsValue, name: &str) -> Option<JsValue> {
    if !object.is_object() {
        return None;
    }
    Reflect::get(object, &JsValue::from_str(name)).ok()
}

fn array(object: &JsValue, name: &str) -> Option<Array> {
    let value = field(object, name)?;
    Array::is_array(&value).then(|| Array::from(&value))
}

/// Whole numbers from 1 to `u32::MAX`, each read exactly.
fn ids(object: &JsValue, name: &str) -> Option<Vec<u32>> {
    array(object, name)?
        .iter()
        .map(|id| {
            let number = id.as_f64()?;
            (number.fract() == 0.0 && (1.0..=f64::from(u32::MAX)).contains(&number))
                .then_some(number as u32)
        })
        .collect()
}
