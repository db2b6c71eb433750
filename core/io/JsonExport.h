#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace carnet {

class Database;

// Writes a Carnet file, or one person's part of it, as a versioned JSON document
// (docs/json-format.md): {"format": "carnet", "version": 2, ...}, keys in snake_case as the
// CLI's --json output. The output is deterministic (keys sorted, rows by id), so an export of
// an import of an export is byte-identical.
class JsonExport final
{
public:
    JsonExport() = delete;

    // 2: keys in snake_case ("fee_cents"; version 1 wrote "feeCents"). JsonImport reads both.
    static constexpr int formatVersion = 2;

    struct Options
    {
        // Carry the attached files' bytes (base64) so the document stands alone; without
        // them, only their metadata.
        bool includeAttachmentContent = true;
    };

    // Everything in the file, settings included.
    static Result<QByteArray> exportFile(const Database& db, Options options);
    static Result<QByteArray> exportFile(const Database& db) { return exportFile(db, Options{}); }

    // One person: their courriers, sessions, care sheets, the payments touching their
    // sessions (with only their shares), and the practitioners and attachments these use.
    static Result<QByteArray> exportPerson(const Database& db, qint64 personId, Options options);
    static Result<QByteArray> exportPerson(const Database& db, qint64 personId)
    {
        return exportPerson(db, personId, Options{});
    }

    // Writes `json` to `path` whole (QSaveFile), owner-only.
    static Result<void> writeFile(const QString& path, const QByteArray& json);
};

} // namespace carnet
