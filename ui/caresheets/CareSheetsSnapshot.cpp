#include "caresheets/CareSheetsSnapshot.h"

#include "read/ReadSide.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/SessionService.h"
#include "sessions/CareLabels.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace carnet {

namespace {

// More than any session can be owed: asks the core for each session's whole debt.
constexpr Cents kEverything = std::numeric_limits<Cents>::max() / 4;

} // namespace

CareSheetsSnapshot CareSheetsSnapshot::load(const CarnetFile& service, qint64 personId, int year)
{
    CareSheetsSnapshot snapshot;
    snapshot.personId = personId;
    snapshot.year = year;
    if (personId == 0)
        return snapshot;

    for (const Session& session : service.sessions().sessions(personId))
        snapshot.sessions.insert(session.id, session);

    QSet<int> loaded;
    auto loadYear = [&](int y) -> bool {
        if (loaded.contains(y))
            return true;
        loaded.insert(y);
        const auto status = service.read().yearStatus(personId, y);
        if (!status) {
            snapshot.error = status.error().message;
            return false;
        }
        for (const SessionAssessment& a : status->sessions)
            snapshot.assessments.insert(a.sessionId, a);
        if (y == year || y == year - 1)
            snapshot.sessionsWithoutSheet += status->sessionsWithoutSheet;
        if (y == year)
            snapshot.status = status.value();
        return true;
    };
    if (!loadYear(year) || !loadYear(year - 1))
        return snapshot;

    // The late payments of every year, from the agenda; the years of their sessions are
    // assessed too, so that a payment for them is proposed what is still owed.
    AgendaFilter late = AgendaFilter::person(personId);
    late.kinds = {AgendaItem::Kind::LatePayment};
    auto agenda = service.read().agenda(late);
    if (!agenda) {
        snapshot.error = agenda.error().message;
        return snapshot;
    }
    snapshot.latePayments = std::move(agenda.value());
    for (const AgendaItem& item : std::as_const(snapshot.latePayments)) {
        for (qint64 id : item.sessionIds) {
            if (!loadYear(snapshot.sessions.value(id).date.year()))
                return snapshot;
        }
    }

    for (const CareSheet& sheet : service.careSheets().careSheets(personId)) {
        snapshot.allSheets.insert(sheet.id, sheet);
        for (qint64 id : sheet.sessionIds)
            snapshot.sheetOfSession.insert(id, sheet.id);
        const bool touchesYear =
            std::any_of(sheet.sessionIds.cbegin(), sheet.sessionIds.cend(),
                        [&](qint64 id) { return snapshot.sessions.value(id).date.year() == year; });
        if (!touchesYear)
            continue;
        for (qint64 id : sheet.sessionIds) {
            if (!loadYear(snapshot.sessions.value(id).date.year()))
                return snapshot;
        }
        snapshot.sheets.append(sheet);
    }
    std::stable_sort(snapshot.sheets.begin(), snapshot.sheets.end(),
                     [](const CareSheet& a, const CareSheet& b) { return a.issued < b.issued; });

    for (const Payment& payment : service.careSheets().payments(personId)) {
        const bool ofYear =
            payment.date.year() == year ||
            std::any_of(payment.shares.cbegin(), payment.shares.cend(), [&](const PaymentShare& s) {
                return snapshot.sessions.value(s.sessionId).date.year() == year;
            });
        if (ofYear)
            snapshot.payments.append(payment);
    }
    std::stable_sort(snapshot.payments.begin(), snapshot.payments.end(),
                     [](const Payment& a, const Payment& b) { return a.date < b.date; });
    return snapshot;
}

std::optional<CareSheet> CareSheetsSnapshot::sheet(qint64 sheetId) const
{
    const auto it = allSheets.constFind(sheetId);
    if (it == allSheets.cend())
        return std::nullopt;
    return *it;
}

QString CareSheetsSnapshot::sheetText(qint64 sessionId) const
{
    const auto found = sheet(sheetOfSession.value(sessionId));
    if (!found)
        return tr("None");
    if (found->isSent())
        return tr("Sent on %1").arg(CareLabels::date(found->sent));
    return tr("Not sent yet");
}

QHash<qint64, Cents> CareSheetsSnapshot::owedPerSession(Payer payer,
                                                        const QList<qint64>& sessionIds) const
{
    QList<SessionAssessment> assessed;
    for (qint64 id : sessionIds) {
        const auto it = assessments.constFind(id);
        if (it != assessments.cend())
            assessed.append(*it);
    }
    QHash<qint64, Cents> owed;
    for (const PaymentShare& share : CarePathRules::proposeSplit(assessed, payer, kEverything))
        owed.insert(share.sessionId, share.amountCents);
    return owed;
}

Cents CareSheetsSnapshot::owed(Payer payer, const QList<qint64>& sessionIds) const
{
    Cents total = 0;
    const auto owed = owedPerSession(payer, sessionIds);
    for (Cents cents : owed)
        total += cents;
    return total;
}

QList<AgendaItem> CareSheetsSnapshot::lateFor(qint64 sheetId) const
{
    QList<AgendaItem> late;
    for (const AgendaItem& l : latePayments) {
        if (l.sheetId == sheetId)
            late.append(l);
    }
    return late;
}

QString CareSheetsSnapshot::sessionLabel(qint64 sessionId) const
{
    const auto it = sessions.constFind(sessionId);
    if (it == sessions.cend())
        return {};
    return tr("%1, %2").arg(CareLabels::date(it->date), CareLabels::sessionKind(it->kind));
}

QString CareSheetsSnapshot::sessionDates(const QList<qint64>& sessionIds) const
{
    QList<QDate> dates;
    for (qint64 id : sessionIds) {
        const auto it = sessions.constFind(id);
        if (it != sessions.cend())
            dates.append(it->date);
    }
    std::sort(dates.begin(), dates.end());
    QStringList texts;
    for (const QDate& date : dates)
        texts.append(CareLabels::date(date));
    return texts.join(QStringLiteral(", "));
}

QList<qint64> CareSheetsSnapshot::payableSessions() const
{
    QList<SessionAssessment> payable;
    for (const SessionAssessment& a : assessments) {
        if (a.date.year() < year - 1 || a.date.year() > year)
            continue;
        if (a.expectedAmoCents > 0 || a.expectedAmcCents > 0)
            payable.append(a);
    }
    std::sort(payable.begin(), payable.end(),
              [](const SessionAssessment& a, const SessionAssessment& b) {
                  return a.date != b.date ? a.date < b.date : a.sessionId < b.sessionId;
              });
    QList<qint64> ids;
    for (const SessionAssessment& a : payable)
        ids.append(a.sessionId);
    return ids;
}

} // namespace carnet
