//! A notice saved as GBK (GB18030): the bytes are made here from a UTF-8 fixture, so no binary is
//! committed; the draft equals the UTF-8 one but for the 待核对 row that says how it was decoded.

use yitu::import::{import_text, import_text_bytes};

use super::assert_flagged;
use super::forms::fixture;

#[test]
fn a_gbk_text_is_decoded_as_gb18030_and_says_so() {
    let text = fixture("shared-roles.txt");
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(&text);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the bytes are not UTF-8"
    );
    let draft = import_text_bytes(&bytes);
    assert_eq!(draft.dataset, import_text(&text).dataset);
    assert_flagged(&draft, &[("全文", "GB18030")]);
    assert!(!draft
        .review
        .iter()
        .any(|item| item.reason.contains("无法解码")));
    // UTF-8, with or without a BOM, is read as it is and not flagged.
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    let utf8 = import_text_bytes(&with_bom);
    assert_eq!(utf8, import_text(&text));
    // Bytes that are neither still import, with the bytes lost counted.
    let broken = [bytes.as_ref(), b"\xFF\xFF"].concat();
    assert_flagged(&import_text_bytes(&broken), &[("全文", "无法解码")]);
}
