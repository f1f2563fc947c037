//! The cells of what a row adds beyond its departments: posts as owners (责任领导) and notes (备注).
//! Posts are written `牵头领导：常务副区长`, several with `；` between; notes one a line.

use calamine::Data;

use super::cells;
use crate::model::Official;

/// The posts of a 责任领导 cell.
pub fn officials(data: &Data) -> Result<Option<Vec<Official>>, String> {
    let Some(text) = cells::text(data)? else {
        return Ok(None);
    };
    text.split(['；', ';'])
        .map(cells::trim)
        .filter(|item| !item.is_empty())
        .map(|item| match item.split_once(['：', ':']) {
            Some((role, post))
                if !cells::trim(role).is_empty() && !cells::trim(post).is_empty() =>
            {
                Ok(Official {
                    role: cells::trim(role).to_owned(),
                    post: cells::trim(post).to_owned(),
                })
            }
            _ => Err(format!("领导应写成“牵头领导：常务副区长”：“{item}”")),
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

/// The notes of a 备注 cell, one a line.
pub fn notes(data: &Data) -> Result<Option<Vec<String>>, String> {
    Ok(cells::text(data)?.map(|text| {
        text.lines()
            .map(cells::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect()
    }))
}

/// A 责任领导 cell's text, empty for none.
pub fn officials_text(officials: &[Official]) -> String {
    let items: Vec<String> = officials.iter().map(Official::in_words).collect();
    items.join("；")
}
