#pragma once

#include "aid/AidRequest.h"
#include "aid/AidSettings.h"
#include "model/Money.h"
#include "model/Payment.h"
#include "rules/CarePathRules.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace carnet {

struct FileFacts;

// One action due (glossary: Agenda, "ce qu'il faut faire"), for one person.
struct AgendaItem
{
    enum class Kind
    {
        CreateSheet,     // sessions with no feuille de soins
        SendSheet,       // a sheet not sent
        LatePayment,     // a payment overdue (payer: the CPAM or the mutuelle)
        SendingDeadline, // a sheet or a session close to (or past) its sending deadline
        // The AFI kinds, last (isAid()).
        AidDocumentsMissing, // an AFI request not sent yet: documents to get or renew
        AidAnswerOverdue,    // an AFI request sent, no decision after the expected delay
        AidGrantExpiring,    // an AFI grant with money left, expiring soon
        AidGrantExpired,     // an AFI grant expired with money left unused
    };
    enum class Urgency
    {
        Overdue, // past its due date (daysLate > 0)
        Soon,    // a deadline close: the sending deadline, a grant's expiry
        ToDo,    // to do, no deadline passed or close
    };

    Kind kind = Kind::SendSheet;
    Urgency urgency = Urgency::ToDo;
    qint64 personId = 0;
    QString personName;
    // Care items: the calendar year whose status reported it (a sheet spanning New Year is
    // reported once, in its first year); AFI items: the year the care asked for starts
    // (else the year the request was prepared, else sent).
    int year = 0;
    // What the item is about: the earliest session (CreateSheet), the sheet's issue date
    // (SendSheet), the due date (LatePayment), the sending deadline (SendingDeadline), the day the
    // request was prepared (AidDocumentsMissing) or sent (AidAnswerOverdue), the grant's expiry.
    QDate date;
    // When the action was (or is) due: the session or issue date for a sheet to create or
    // send, the payment's due date, the sending deadline, the expected answer, the expiry.
    QDate dueDate;
    // Days past the due date, for what can be late: a payment, a sending deadline, the AFI's
    // expected answer, a grant's expiry; 0 otherwise (a sheet to create or send, documents to
    // get are "to do" from their date on, not late).
    int daysLate = 0;
    // The money at stake: expected for the sessions (care sheets), missing (late payment),
    // asked for (AFI request), left on the grant (expiring or expired).
    Cents amountCents = 0;
    // Of the money of a care item, the CPAM's (AMO) and the mutuelle's (AMC) part: expected
    // for the sessions of a sheet to create or send, missing from the late payer. 0 for AFI.
    Cents amoCents = 0;
    Cents amcCents = 0;
    std::optional<Payer> payer; // LatePayment only
    qint64 sheetId = 0;
    QList<qint64> sessionIds;
    qint64 aidRequestId = 0;
    QString text; // translated, plain words

    bool isAid() const { return kind >= Kind::AidDocumentsMissing; }
};

// Which items an agenda keeps.
struct AgendaFilter
{
    qint64 personId = 0;           // 0 = every person
    QList<AgendaItem::Kind> kinds; // empty = every kind
    int year = 0;                  // 0 = every year
    // Archived persons are left out of an all-persons agenda unless this is set; a filter
    // naming one person (personId) keeps them, archived or not.
    bool includeArchived = false;

    static AgendaFilter person(qint64 personId);
    bool wants(AgendaItem::Kind kind) const;
    bool wantsCare() const; // one of the four care-sheet kinds
    bool wantsAid() const;  // one of the AFI kinds
};

// The agenda: every action due, across persons and years, ranked by urgency. Built from the
// file's facts by the rules (CarePathRules::yearStatus for every person-year, AidRules::status
// for every AFI request); nothing here judges on its own.
//
// Order: overdue items first, the most days late first; then by due date; then by person id.
namespace Agenda {

// The items of `facts` and `aidRequests` that `filter` keeps, judged on `today`.
QList<AgendaItem> build(const FileFacts& facts, const QList<AidRequest>& aidRequests, QDate today,
                        const StatusSettings& statusSettings, const AidSettings& aidSettings,
                        const AgendaFilter& filter = {},
                        const RuleSet& rules = RuleSet::monSoutienPsy());

// Whether a year's next step of this kind is on the agenda (as CreateSheet, SendSheet,
// LatePayment or SendingDeadline); the others (a payment to record, an evaluation, the cap
// reached, information) are the year's alone.
bool carries(NextStep::Kind kind);

// Every kind, in the enum's order.
QList<AgendaItem::Kind> allKinds();

} // namespace Agenda
} // namespace carnet
