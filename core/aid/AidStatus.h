#pragma once

#include "aid/AidRequest.h"
#include "aid/ChecklistItem.h"
#include "model/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace carnet {

// One line of a dossier's checklist as the rules see it: the stored item (or a missing one)
// with its label and whether it is too old.
struct AidChecklistLine
{
    ChecklistItem item;
    QString label; // translated
    QString hint;  // translated: what the document is and where to get it
    bool required = true;
    bool stale = false;
    int maxAgeMonths = 0; // 0 = never stale
    QDate staleOn;        // the day the document becomes too old (null = never)
};

// Who pays what of the care asked for.
struct AidShares
{
    Cents totalCents = 0;
    Cents cpamCents = 0;      // Mon soutien psy's AMO share, when some sessions are in the scheme
    Cents mutuelleCents = 0;  // the scheme's 40 % with a mutuelle, plus the mutuelle's forfait
    Cents remainingCents = 0; // what is left to the person: what the AFI is asked to cover
    bool schemeSplit = false; // true when the Mon soutien psy split was applied
};

// Sessions of one month, not yet sent to the CPAM against the grant.
struct AidInvoiceBatch
{
    QDate month; // first day of the month
    QList<qint64> sessionIds;
    Cents amountCents = 0;
};

// One thing to do, in plain words.
struct AidNextStep
{
    enum class Kind
    {
        GetDocument,   // a checklist item is missing or requested
        RenewDocument, // a checklist item is too old
        Send,          // the dossier is complete: send it
        Wait,          // waiting for the commission
        FollowUp,      // no answer after the expected delay: send the follow-up letter
        Appeal,        // refused: ask the commission to reconsider
        Complaint,     // no answer to the appeal: réclamation, then conciliateur
        SendInvoices,  // sessions to claim against the grant
        GrantExpiring,
        GrantExpired,
        GrantUsedUp,
        Information,
    };
    Kind kind = Kind::Information;
    QString text; // translated
    QString itemKey;
    QDate month; // for SendInvoices: the last month of the batch
};

// Where an AFI request stands: what the UI, the CLI's `aid status` and the documents show.
struct AidStatus
{
    qint64 requestId = 0;
    Cents requestedCents = 0; // sessions x price
    AidShares shares;
    QList<AidChecklistLine> checklist;
    int itemsMissing = 0; // required, not in hand
    int itemsStale = 0;
    bool readyToSend = false;

    bool submitted = false;
    QDate submittedOn;
    int daysWaiting = 0;  // from sending to the decision (or to today)
    QDate answerExpected; // submitted + answerExpectedMonths (anecdotal)
    bool answerOverdue = false;

    AidDecision decision = AidDecision::Pending;
    QDate decisionDate;
    Cents grantedCents = 0;
    Cents claimedCents = 0;
    Cents remainingCents = 0; // granted - claimed
    QDate expires;            // decision + validity (null while not granted)
    int daysToExpiry = 0;
    bool expired = false;
    QList<AidInvoiceBatch> unclaimed;

    QString formUrl;      // the caisse's form, when known
    QStringList advice;   // translated, this caisse's then general
    QStringList warnings; // translated
    QList<AidNextStep> nextSteps;
};

} // namespace carnet
