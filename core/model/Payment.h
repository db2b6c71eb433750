#pragma once

#include "model/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace carnet {

enum class Payer
{
    Cpam,     // assurance maladie obligatoire (AMO)
    Mutuelle, // complémentaire (AMC)
    Other,
};

// The part of a payment that pays one session.
struct PaymentShare
{
    qint64 sessionId = 0;
    Cents amountCents = 0;

    friend bool operator==(const PaymentShare&, const PaymentShare&) = default;
};

// Money received, split over the sessions it pays. The shares add up to at most the amount
// (what is left unassigned is shown as such).
struct Payment
{
    qint64 id = 0;
    Payer payer = Payer::Cpam;
    QDate date;
    Cents amountCents = 0;
    QString reference;
    QList<PaymentShare> shares;

    friend bool operator==(const Payment&, const Payment&) = default;
};

QString payerKey(Payer payer); // "cpam", "mutuelle", "other"
std::optional<Payer> payerFromKey(const QString& key);

} // namespace carnet
