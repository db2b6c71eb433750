#pragma once

#include "model/Money.h"

#include <QDate>
#include <QString>

namespace carnet {

// Invoices sent to the CPAM against a granted aid: on `date`, for `amountCents`. The
// sessions it pays are those up to `coveredTo` (null = up to `date`) and from `coveredFrom`
// (null = from the start of the aid).
struct AidClaim
{
    QDate date;
    Cents amountCents = 0;
    QDate coveredFrom;
    QDate coveredTo;
    QString note;

    QDate effectiveCoveredTo() const { return coveredTo.isValid() ? coveredTo : date; }
    friend bool operator==(const AidClaim&, const AidClaim&) = default;
};

} // namespace carnet
