//! A department's part in a task or an indicator, and its words.

/// A department's part in a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// 牵头.
    Lead,
    /// 责任.
    Responsible,
    /// 配合.
    Cooperating,
}

impl Role {
    /// Every role, in the order the document's columns give them.
    pub const ALL: [Role; 3] = [Role::Lead, Role::Responsible, Role::Cooperating];

    /// The role's name in class names and CSV headers: `lead`, `responsible`, `cooperating`.
    pub fn key(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Responsible => "responsible",
            Role::Cooperating => "cooperating",
        }
    }

    /// The column the document heads with this role: 牵头单位, 责任单位, 配合单位.
    pub fn column(self) -> &'static str {
        match self {
            Role::Lead => "牵头单位",
            Role::Responsible => "责任单位",
            Role::Cooperating => "配合单位",
        }
    }

    /// What a department does in a task of this role, in a count: 牵头3项, 参与2项, 配合1项.
    pub fn verb(self) -> &'static str {
        match self {
            Role::Lead => "牵头",
            Role::Responsible => "参与",
            Role::Cooperating => "配合",
        }
    }

    /// The role as the document names it.
    pub fn label(self) -> &'static str {
        match self {
            Role::Lead => "牵头",
            Role::Responsible => "责任",
            Role::Cooperating => "配合",
        }
    }
}
