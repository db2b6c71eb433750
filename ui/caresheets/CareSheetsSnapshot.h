#pragma once

#include "model/CareSheet.h"
#include "model/Money.h"
#include "model/Payment.h"
#include "model/Session.h"
#include "read/Agenda.h"
#include "rules/CarePathRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace carnet {

class CarnetFile;

// What the claims page and its dialogs show for one person and year, read once from the core:
// the year's status (sessions with no sheet, sheets to send), the person's late payments of
// every year (the agenda's), the person's sessions, the core's assessment of each session of
// that year and the year before (a sheet or a payment often straddles New Year) and of the
// sessions a late payment is for, the sheets holding a session of the year, and the payments
// dated in the year or paying one of its sessions. Amounts still owed come from CarePathRules,
// never from arithmetic here.
class CareSheetsSnapshot final
{
    Q_DECLARE_TR_FUNCTIONS(CareSheetsSnapshot)

public:
    // Reads everything; on failure `error` says why and the lists are empty.
    static CareSheetsSnapshot load(const CarnetFile& service, qint64 personId, int year);

    qint64 personId = 0;
    int year = 0;
    QString error;
    YearStatus status;
    QHash<qint64, Session> sessions;              // every session of the person
    QHash<qint64, SessionAssessment> assessments; // sessions of the years loaded
    QHash<qint64, qint64> sheetOfSession;         // session id → sheet id
    QHash<qint64, CareSheet> allSheets;           // every sheet of the person, by id
    QList<CareSheet> sheets;                      // touching the year, by issue date
    QList<Payment> payments;                      // of the year, by date
    QList<AgendaItem> latePayments;               // the agenda's, every year
    QList<qint64> sessionsWithoutSheet;           // the core's, of the year and the one before

    bool isValid() const { return error.isEmpty() && personId != 0; }
    std::optional<CareSheet> sheet(qint64 sheetId) const; // any sheet of the person
    // "Sent on 01/10/2024", "Not sent yet", "None" for a session.
    QString sheetText(qint64 sessionId) const;

    // What `payer` still owes for each of `sessionIds` (those owed nothing are absent).
    QHash<qint64, Cents> owedPerSession(Payer payer, const QList<qint64>& sessionIds) const;
    Cents owed(Payer payer, const QList<qint64>& sessionIds) const;
    // The late payments of a sheet.
    QList<AgendaItem> lateFor(qint64 sheetId) const;

    // "02/09/2024, Follow-up".
    QString sessionLabel(qint64 sessionId) const;
    // "02/09/2024, 16/09/2024": the dates of the sessions, in date order.
    QString sessionDates(const QList<qint64>& sessionIds) const;
    // The sessions of the year and the year before for which the core expects money from
    // the CPAM or the mutuelle, in date order.
    QList<qint64> payableSessions() const;
};

} // namespace carnet
