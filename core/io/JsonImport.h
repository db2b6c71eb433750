#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace carnet {

class CarnetFile;
class Database;

// Reads a document written by JsonExport (docs/json-format.md), of the current format version
// or an older one, into a Carnet file, all or nothing: the whole document is checked first
// (types, ranges, keys, references, then every fact by the rules every other write goes
// through, core/rules/Validation.h), then written in one transaction. Any refusal leaves the
// file as it was, with one sentence naming the place in the document ("sessions[3].fee_cents";
// a version 1 document is named as it is spelled, "sessions[3].feeCents").
class JsonImport final
{
public:
    JsonImport() = delete;

    enum class Ids
    {
        Keep,     // ids as in the document; refused if one is already used (a new file)
        Renumber, // new ids, references followed (merging a person's file into another)
    };

    struct Options
    {
        Ids ids = Ids::Keep;
        // "Today" for the rules (no birth date or courrier in the future); invalid = the
        // current date (importInto: the service's).
        QDate today;
    };

    // What the rules say of a fact that is imported anyway, as `session add` says it: a
    // validator's warning (an RPPS failing its check, a session that will not be covered for a
    // reason of its own), or the year's verdict on an imported session that will not be
    // covered ("This session will not be covered: ..."; a second evaluation, over the cap).
    struct Warning
    {
        QString path;    // the element in the document: "sessions[4]", "practitioners[0]"
        QString message; // one translated sentence
    };

    struct Summary
    {
        int persons = 0;
        int practitioners = 0; // added (Renumber reuses an identical practitioner)
        int attachments = 0;
        int referrals = 0;
        int sessions = 0;
        int careSheets = 0;
        int payments = 0;
        int aidRequests = 0;
        int missingAttachmentFiles = 0;  // metadata imported without the bytes
        QHash<qint64, qint64> personIds; // document id → stored id
        QList<Warning> warnings;         // in document order: practitioners, then sessions
    };

    // Documents larger than this are refused before parsing.
    static constexpr qint64 maxDocumentBytes = 512LL * 1024 * 1024;

    static Result<Summary> importData(Database& db, const QByteArray& json, Options options);
    static Result<Summary> importData(Database& db, const QByteArray& json)
    {
        return importData(db, json, Options{});
    }
    static Result<Summary> importFile(Database& db, const QString& path, Options options);
    // Through the service: emits CarnetFile::changed once after a successful import.
    static Result<Summary> importInto(CarnetFile& service, const QByteArray& json, Options options);
};

} // namespace carnet
