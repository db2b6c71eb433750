-- Carnet schema, version 2: the aides financières individuelles (AFI) of the CPAM.
-- Same conventions as 001: ISO dates (NULL = none), integer cents, string keys of
-- core/aid/AidKeys.cpp, `position` columns keep list order, ids never reused.

CREATE TABLE aid_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    department_code TEXT NOT NULL,
    psychologist_id INTEGER REFERENCES practitioners (id),
    sessions INTEGER NOT NULL,
    session_price_cents INTEGER NOT NULL,
    period_from TEXT,
    period_to TEXT,
    scheme_sessions INTEGER NOT NULL DEFAULT 0,
    mutuelle_forfait_cents INTEGER NOT NULL DEFAULT 0,
    prepared TEXT,
    submitted TEXT,
    decision_date TEXT,
    decision TEXT NOT NULL,
    granted_cents INTEGER NOT NULL DEFAULT 0,
    payee TEXT NOT NULL,
    validity_months INTEGER NOT NULL DEFAULT 0,
    reference TEXT NOT NULL DEFAULT '',
    appeal_date TEXT,
    appeal_text TEXT NOT NULL DEFAULT '',
    applicant_address TEXT NOT NULL DEFAULT '',
    cpam_address TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX aid_requests_person ON aid_requests (person_id);
CREATE INDEX aid_requests_psychologist ON aid_requests (psychologist_id);

-- One row per document of the dossier's checklist; a key appears once per request.
CREATE TABLE aid_checklist_items (
    request_id INTEGER NOT NULL REFERENCES aid_requests (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item_key TEXT NOT NULL,
    status TEXT NOT NULL,
    document_date TEXT,
    attachment_id INTEGER REFERENCES attachments (id),
    variant TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (request_id, position),
    UNIQUE (request_id, item_key)
);
CREATE INDEX aid_checklist_attachment ON aid_checklist_items (attachment_id);

-- Invoices sent to the CPAM against a granted aid.
CREATE TABLE aid_claims (
    request_id INTEGER NOT NULL REFERENCES aid_requests (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    covered_from TEXT,
    covered_to TEXT,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (request_id, position)
);
