#pragma once

#include "model/Money.h"
#include "model/Result.h"
#include "model/Session.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace carnet {

// The Mon soutien psy regime in force over a date range (DOMAIN.md part A). A session is
// judged by the regime in force on its date. `to` is null for the regime still in force.
struct Regime
{
    QString id; // "2022-monpsy", "2024-06-reform"
    QDate from;
    QDate to;
    int coveredSessionsPerYear = 0; // evaluation + follow-ups
    int followUpsPerYear = 0;
    Cents evaluationTariffCents = 0;
    Cents followUpTariffCents = 0;
    bool referralRequired = false;
    int amoRatePercent = 0;                         // CPAM share of the tariff, standard situation
    Cents participationForfaitaireCents = 0;        // not applied to psychologists (unconfirmed)
    bool participationForfaitaireConfirmed = false; // DOMAIN.md B §1.3: no ameli confirmation
    int minimumAgeYears = 0;
    int sendingDeadlineYears = 0; // a session's feuille de soins is sent within this many years
    QString source;               // where DOMAIN.md takes it from

    bool inForceOn(QDate date) const { return date >= from && (to.isNull() || date <= to); }
    // The tariff of a session of this kind (0 for a private session, outside the scheme).
    Cents tariffFor(SessionKind kind) const;
};

// The dated rules of the scheme, loaded from the JSON resource :/carnet/rules/mon-soutien-psy.json.
// A new reform is a new dated entry in that file, not new code.
class RuleSet
{
public:
    // The rule set shipped with Carnet (loaded once).
    static const RuleSet& monSoutienPsy();
    // Parses a rule-set document; refuses overlapping or unordered regimes.
    static Result<RuleSet> fromJson(const QByteArray& json);

    // The regime in force on `date`, or nullptr before the scheme started (or in a gap).
    const Regime* regimeOn(QDate date) const;
    // The last day to send the feuille de soins of a session held on `sessionDate`: the
    // session's date plus the sendingDeadlineYears of the regime in force on it (DOMAIN.md
    // "Sending deadline"; a 29 February session gives 28 February). Null when no regime is in
    // force on that date (nothing to claim).
    QDate sendingDeadline(QDate sessionDate) const;
    QDate schemeStart() const;
    const QList<Regime>& regimes() const { return m_regimes; }

private:
    QList<Regime> m_regimes;
};

} // namespace carnet
