#pragma once

#include "aid/AidClaim.h"
#include "aid/ChecklistItem.h"
#include "model/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace carnet {

// The commission's answer to an AFI request.
enum class AidDecision
{
    Pending,
    Granted, // the amount asked for
    Partial, // less than asked for
    Refused,
};

// Who the CPAM pays the granted aid to.
enum class AidPayee
{
    Person,       // the person advances the fees and sends the invoices
    Psychologist, // the psychologist is paid directly
};

// A demande d'aide financière individuelle (AFI) to the CPAM's commission of a département,
// for psychological care: the facts only (totals, delays, what to do are derived by AidRules).
struct AidRequest
{
    qint64 id = 0;
    qint64 personId = 0;
    QString departmentCode; // "55", "2A", "974"
    qint64 psychologistId = 0;

    // The care asked for (the devis): sessions x price over a period.
    int sessions = 0;
    Cents sessionPriceCents = 0;
    QDate periodFrom;
    QDate periodTo;
    // Of those sessions, how many Mon soutien psy covers (usually 0: the AFI pays for care
    // outside the scheme), and what the person's mutuelle pays on its own (a "forfait psy").
    int schemeSessions = 0;
    Cents mutuelleForfaitCents = 0;

    QDate prepared;
    QDate submitted;
    QDate decisionDate;
    AidDecision decision = AidDecision::Pending;
    Cents grantedCents = 0;
    AidPayee payee = AidPayee::Person;
    int validityMonths = 0; // 0 = the setting's default (12, anecdotal), else from the letter
    QString reference;      // the caisse's file number, from the notification

    QList<ChecklistItem> checklist;
    QList<AidClaim> claims;

    QDate appealDate; // a request to reconsider after a refusal
    QString appealText;

    QString applicantAddress; // for the letters; empty = a blank to fill by hand
    QString cpamAddress;      // empty = "CPAM de <département>" and a blank
    QString notes;

    Cents totalCents() const { return Cents(sessions) * sessionPriceCents; }
    bool isSubmitted() const { return submitted.isValid(); }
    bool isGranted() const
    {
        return decision == AidDecision::Granted || decision == AidDecision::Partial;
    }
    const ChecklistItem* item(const QString& key) const
    {
        for (const auto& it : checklist) {
            if (it.key == key)
                return &it;
        }
        return nullptr;
    }
    friend bool operator==(const AidRequest&, const AidRequest&) = default;
};

QString aidDecisionKey(AidDecision decision); // "pending", "granted", "partial", "refused"
std::optional<AidDecision> aidDecisionFromKey(const QString& key);
QString aidPayeeKey(AidPayee payee); // "person", "psychologist"
std::optional<AidPayee> aidPayeeFromKey(const QString& key);

} // namespace carnet
