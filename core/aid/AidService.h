#pragma once

#include "aid/AidFacts.h"
#include "aid/AidRequest.h"
#include "aid/AidSettings.h"
#include "aid/AidStatus.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace carnet {

class CarnetFile;
class Database;

// The AFI requests of a file (its service beside the others: same "today", same attachments):
// each change validates through AidRules, writes in one transaction, then the file emits
// `changed`.
class AidService final
{
    Q_DECLARE_TR_FUNCTIONS(carnet::AidService)

public:
    explicit AidService(CarnetFile& file);

    CarnetFile& file() const { return m_file; }
    QDate today() const;

    // Creates a request. An empty checklist gets the département's default one. Warns (stored
    // anyway) when the département's caisse excludes psychology.
    Result<qint64> addRequest(const AidRequest& request, QStringList* warnings = nullptr);
    Result<void> updateRequest(const AidRequest& request);
    Result<void> removeRequest(qint64 requestId);
    QList<AidRequest> requests(qint64 personId = 0) const; // 0 = every person
    std::optional<AidRequest> request(qint64 requestId) const;

    // Sets one checklist item (by key; added at the end when new).
    Result<void> setItem(qint64 requestId, const ChecklistItem& item);
    // Copies `filePath` into the file's attachments and stores `item` (by its key) attached
    // to it, with the item's date, variant and note.
    Result<ChecklistItem> attachDocument(qint64 requestId, ChecklistItem item,
                                         const QString& filePath);
    Result<void> markSubmitted(qint64 requestId, QDate date);
    // Granted or Partial is derived from the amount; Refused takes no amount. A nonzero
    // `validityMonths` overrides the setting (from the notification letter).
    Result<void> recordDecision(qint64 requestId, QDate date, bool refused, Cents grantedCents,
                                int validityMonths = 0);
    Result<void> addClaim(qint64 requestId, const AidClaim& claim);
    Result<void> removeClaim(qint64 requestId, int index);
    Result<void> recordAppeal(qint64 requestId, QDate date, const QString& text);

    // The facts the rules judge, and the derived status.
    Result<AidFacts> facts(qint64 requestId) const;
    Result<AidStatus> status(qint64 requestId) const;

private:
    // Loads, changes and stores one request in a transaction, validating the result.
    Result<void> modify(qint64 requestId, const std::function<Result<void>(AidRequest&)>& change);
    Result<AidRequest> checked(const AidRequest& request, QStringList* warnings) const;

    CarnetFile& m_file;
    Database& m_db;
};

} // namespace carnet
