-- Carnet schema, version 1.
-- Portable SQL only: every SQLite-specific statement (pragmas, the schema version, the
-- application id) lives in core/store/SqliteDialect.cpp. Dates are ISO 8601 text
-- (yyyy-MM-dd, NULL = none), money is integer cents, enums are the string keys of
-- core/model/Keys.cpp. `position` columns keep the order of lists exactly. Ids are never
-- reused (AUTOINCREMENT), so an undo that re-inserts a removed row with its id cannot clash.

CREATE TABLE persons (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    birth_date TEXT,
    relation TEXT NOT NULL,
    nir TEXT NOT NULL DEFAULT '',
    mutuelle TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE coverage_periods (
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    date_from TEXT,
    date_to TEXT,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE practitioners (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    rpps TEXT NOT NULL DEFAULT '',
    partner INTEGER NOT NULL DEFAULT 1,
    contact TEXT NOT NULL DEFAULT ''
);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL,
    original_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    added TEXT NOT NULL
);
CREATE INDEX attachments_sha256 ON attachments (sha256);

CREATE TABLE referrals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    referrer_name TEXT NOT NULL,
    referrer_role TEXT NOT NULL,
    date TEXT,
    attachment_id INTEGER REFERENCES attachments (id),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referrals_person ON referrals (person_id, date);
CREATE INDEX referrals_attachment ON referrals (attachment_id);

CREATE TABLE referral_consent_holders (
    referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (referral_id, position)
);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    practitioner_id INTEGER NOT NULL REFERENCES practitioners (id),
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    mode TEXT NOT NULL,
    fee_cents INTEGER NOT NULL,
    paid_cents INTEGER NOT NULL,
    referral_id INTEGER REFERENCES referrals (id),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_person_date ON sessions (person_id, date);
CREATE INDEX sessions_practitioner ON sessions (practitioner_id);
CREATE INDEX sessions_referral ON sessions (referral_id);

CREATE TABLE care_sheets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    issued TEXT,
    sent TEXT,
    electronic INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX care_sheets_person ON care_sheets (person_id);

-- A session is on at most one sheet (UNIQUE session_id).
CREATE TABLE sheet_sessions (
    sheet_id INTEGER NOT NULL REFERENCES care_sheets (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    session_id INTEGER NOT NULL UNIQUE REFERENCES sessions (id),
    PRIMARY KEY (sheet_id, position)
);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    payer TEXT NOT NULL,
    date TEXT,
    amount_cents INTEGER NOT NULL,
    reference TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payments_date ON payments (date);

CREATE TABLE payment_shares (
    payment_id INTEGER NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    amount_cents INTEGER NOT NULL,
    PRIMARY KEY (payment_id, position)
);
CREATE INDEX payment_shares_session ON payment_shares (session_id);

-- Per-file settings (StatusSettings and later ones): one text value per key.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
