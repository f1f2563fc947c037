//! The share control's state and what changes it, as a reducer (the shape of Yew's
//! `function_todomvc`): every button and every answer of the browser is an [`Action`], and
//! [`ShareState::apply`] is the one place the control's state changes. It is pure and tested natively.

use std::rc::Rc;

use yew::Reducible;

/// Where the picture card is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Card {
    #[default]
    None,
    Drawing,
    /// The PNG's object URL.
    Ready(String),
    Failed,
}

/// What the control says in its status line, read out politely.
pub const COPIED: &str = "链接已复制";
pub const COPY_REFUSED: &str = "无法自动复制。请长按或复制下面的链接";
pub const SHARED: &str = "已分享";
pub const CARD_DRAWING: &str = "正在生成图片…";
pub const CARD_READY: &str = "图片已生成";
pub const CARD_FAILED: &str = "图片未能生成";

/// Everything the control shows. It starts closed, with no link and nothing said, as the server
/// renders it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ShareState {
    pub open: bool,
    /// The link to share, once the reader has asked for it.
    pub link: String,
    /// The status line.
    pub status: String,
    /// Whether the link is shown selected for copying by hand (the clipboard was refused).
    pub copy_by_hand: bool,
    pub card: Card,
}

/// What happened: a button pressed, or the browser's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// 分享 pressed: the panel opens with the view's link.
    Open {
        link: String,
    },
    /// The share sheet shared the link.
    Shared,
    /// The link is on the clipboard.
    Copied,
    /// The clipboard was refused: the link is shown selected, to copy by hand.
    CopyRefused,
    /// 保存图片 pressed: the card is being drawn.
    CardDrawing,
    /// The card is drawn, as a PNG at this object URL.
    CardReady {
        url: String,
    },
    CardFailed,
    /// 收起, Escape or 分享 again: the panel closes and the status line empties.
    Close,
}

impl ShareState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> ShareState {
        let mut next = self.clone();
        match action {
            Action::Open { link } => {
                next.open = true;
                next.link = link;
                next.copy_by_hand = false;
            }
            Action::Shared => next.status = SHARED.to_owned(),
            Action::Copied => {
                next.copy_by_hand = false;
                next.status = COPIED.to_owned();
            }
            Action::CopyRefused => {
                next.copy_by_hand = true;
                next.status = COPY_REFUSED.to_owned();
            }
            Action::CardDrawing => {
                next.card = Card::Drawing;
                next.status = CARD_DRAWING.to_owned();
            }
            Action::CardReady { url } => {
                next.card = Card::Ready(url);
                next.status = CARD_READY.to_owned();
            }
            Action::CardFailed => {
                next.card = Card::Failed;
                next.status = CARD_FAILED.to_owned();
            }
            Action::Close => {
                next.open = false;
                next.status = String::new();
            }
        }
        next
    }
}

impl Reducible for ShareState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: impl IntoIterator<Item = Action>) -> ShareState {
        actions
            .into_iter()
            .fold(ShareState::default(), |state, action| state.apply(action))
    }

    fn open() -> Action {
        Action::Open {
            link: "https://example.test/yitu/indicator/3/".to_owned(),
        }
    }

    #[test]
    fn it_starts_closed_and_silent_as_the_server_renders_it() {
        let state = ShareState::default();
        assert!(!state.open && state.link.is_empty() && state.status.is_empty());
        assert_eq!(state.card, Card::None);
    }

    #[test]
    fn opening_shows_the_link_and_closing_empties_the_status_but_keeps_the_link() {
        let state = after([open(), Action::Copied]);
        assert!(state.open);
        assert_eq!(state.link, "https://example.test/yitu/indicator/3/");
        assert_eq!(state.status, COPIED);
        let closed = state.apply(Action::Close);
        assert!(!closed.open && closed.status.is_empty());
        assert_eq!(closed.link, state.link);
    }

    #[test]
    fn a_refused_clipboard_asks_for_copying_by_hand_until_a_copy_succeeds() {
        let refused = after([open(), Action::CopyRefused]);
        assert!(refused.copy_by_hand);
        assert_eq!(refused.status, COPY_REFUSED);
        assert!(!refused.apply(Action::Copied).copy_by_hand);
        // Opening again starts afresh.
        let reopened = after([open(), Action::CopyRefused, Action::Close, open()]);
        assert!(!reopened.copy_by_hand);
    }

    #[test]
    fn the_card_is_drawn_then_ready_or_failed_and_the_status_says_so() {
        let drawing = after([open(), Action::CardDrawing]);
        assert_eq!(
            (drawing.card.clone(), drawing.status.as_str()),
            (Card::Drawing, CARD_DRAWING)
        );
        let ready = drawing.apply(Action::CardReady {
            url: "blob:card".to_owned(),
        });
        assert_eq!(ready.card, Card::Ready("blob:card".to_owned()));
        assert_eq!(ready.status, CARD_READY);
        let failed = drawing.apply(Action::CardFailed);
        assert_eq!(
            (failed.card, failed.status.as_str()),
            (Card::Failed, CARD_FAILED)
        );
        // A drawn card stays drawn when the panel closes and opens again.
        let again = ready.apply(Action::Close).apply(open());
        assert_eq!(again.card, Card::Ready("blob:card".to_owned()));
    }

    #[test]
    fn sharing_says_so() {
        assert_eq!(after([open(), Action::Shared]).status, SHARED);
    }
}
