#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace carnet {

// Where one document of an AFI dossier stands.
enum class ChecklistStatus
{
    Missing,   // nothing done yet
    Requested, // asked for (from the psychologist, the doctor, the tax office...)
    Received,  // in hand, on paper
    Attached,  // scanned and attached to the file (attachmentId set)
};

// One document of an AFI dossier: the checklist keys come from AidCatalogue ("quote",
// "prescription", "form", "income", "lodging", "rib", and department extras).
struct ChecklistItem
{
    QString key;
    ChecklistStatus status = ChecklistStatus::Missing;
    QDate documentDate;      // the date printed on the document (staleness is judged on it)
    qint64 attachmentId = 0; // the scan, 0 = none
    QString variant;         // for "income": "tax-notice", "rsa", "c2s"; empty otherwise
    QString note;

    bool isInHand() const
    {
        return status == ChecklistStatus::Received || status == ChecklistStatus::Attached;
    }
    friend bool operator==(const ChecklistItem&, const ChecklistItem&) = default;
};

QString
checklistStatusKey(ChecklistStatus status); // "missing", "requested", "received", "attached"
std::optional<ChecklistStatus> checklistStatusFromKey(const QString& key);

} // namespace carnet
