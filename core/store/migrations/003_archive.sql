-- Carnet schema, version 3: a person can be archived (kept in the file, hidden from the
-- person switcher, the agenda and the persons list until un-archived). 0 = not archived.

ALTER TABLE persons ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
