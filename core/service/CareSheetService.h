#pragma once

#include "model/CareSheet.h"
#include "model/Payment.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace carnet {

class CarnetFile;

// Care sheets (feuilles de soins) and the payments that answer them, split over sessions.
class CareSheetService final
{
    Q_DECLARE_TR_FUNCTIONS(carnet::CareSheetService)

public:
    explicit CareSheetService(CarnetFile& file);

    // A sheet given with no person is its sessions' person's; with no issue date, it was
    // issued on the day of its latest session.
    Result<qint64> addCareSheet(const CareSheet& sheet);
    // A null `sent` marks the sheet as not sent again (undo).
    Result<void> markSheetSent(qint64 sheetId, QDate sent);
    Result<void> removeCareSheet(qint64 sheetId); // refuses while its sessions are paid
    QList<CareSheet> careSheets(qint64 personId) const;
    std::optional<CareSheet> careSheet(qint64 sheetId) const;

    Result<qint64> addPayment(const Payment& payment);
    Result<void> removePayment(qint64 paymentId);
    QList<Payment> payments(qint64 personId) const; // payments with a share for the person
    std::optional<Payment> payment(qint64 paymentId) const;

private:
    CarnetFile& m_file;
};

} // namespace carnet
