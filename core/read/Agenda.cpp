#include "read/Agenda.h"

#include "aid/AidFacts.h"
#include "aid/AidRules.h"
#include "read/FileFacts.h"
#include "rules/DateText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace carnet {

namespace {

QString agendaText(const char* text, int n = -1)
{
    return QCoreApplication::translate("carnet::Agenda", text, nullptr, n);
}

const NextStep* findStep(const YearStatus& status, NextStep::Kind kind, qint64 sheetId = 0,
                         std::optional<Payer> payer = std::nullopt)
{
    for (const NextStep& step : status.nextSteps) {
        if (step.kind != kind)
            continue;
        if (sheetId != 0 && step.sheetId != sheetId)
            continue;
        if (payer && step.payer != *payer)
            continue;
        return &step;
    }
    return nullptr;
}

const AidNextStep* findStep(const AidStatus& status, AidNextStep::Kind kind)
{
    for (const AidNextStep& step : status.nextSteps) {
        if (step.kind == kind)
            return &step;
    }
    return nullptr;
}

// What the CPAM and the mutuelle are expected to pay for `sessionIds`, set on `item`.
void setExpected(AgendaItem& item, const YearStatus& status)
{
    for (const SessionAssessment& a : status.sessions) {
        if (item.sessionIds.contains(a.sessionId)) {
            item.amoCents += a.expectedAmoCents;
            item.amcCents += a.expectedAmcCents;
        }
    }
    item.amountCents = item.amoCents + item.amcCents;
}

int daysPast(QDate due, QDate today)
{
    return due.isValid() && today > due ? int(due.daysTo(today)) : 0;
}

// Gathers the items of one person, then of the AFI requests, keeping what the filter wants.
class Builder
{
public:
    Builder(const FileFacts& facts, QDate today, const AgendaFilter& filter)
        : m_facts(facts)
        , m_today(today)
        , m_filter(filter)
    {}

    void addCare(const Person& person, const StatusSettings& settings, const RuleSet& rules);
    void addAid(const AidRequest& request, const Person& person, const AidSettings& settings);

    QList<AgendaItem> take() { return std::move(m_items); }

private:
    AgendaItem item(AgendaItem::Kind kind, const Person& person, int year) const
    {
        AgendaItem i;
        i.kind = kind;
        i.personId = person.id;
        i.personName = person.name;
        i.year = year;
        return i;
    }
    void add(AgendaItem item)
    {
        if (!m_filter.wants(item.kind) || (m_filter.year != 0 && item.year != m_filter.year))
            return;
        if (item.daysLate > 0)
            item.urgency = AgendaItem::Urgency::Overdue;
        else if (item.kind == AgendaItem::Kind::SendingDeadline ||
                 item.kind == AgendaItem::Kind::AidGrantExpiring)
            item.urgency = AgendaItem::Urgency::Soon;
        else
            item.urgency = AgendaItem::Urgency::ToDo;
        m_items.append(std::move(item));
    }
    // True the first time `key` is seen for the person (a sheet spanning two years is
    // reported once, by its first year).
    bool once(const QString& key)
    {
        if (m_seen.contains(key))
            return false;
        m_seen.insert(key);
        return true;
    }

    const FileFacts& m_facts;
    const QDate m_today;
    const AgendaFilter& m_filter;
    QList<AgendaItem> m_items;
    QSet<QString> m_seen;
};

void Builder::addCare(const Person& person, const StatusSettings& settings, const RuleSet& rules)
{
    const auto years = m_facts.sessionsByPersonYear.constFind(person.id);
    if (years == m_facts.sessionsByPersonYear.cend())
        return;
    m_seen.clear();
    for (const auto& [year, sessions] : *years) {
        const YearStatus status = CarePathRules::yearStatus(m_facts.personYear(person, sessions),
                                                            year, m_today, settings, rules);
        // Sessions close to (or past) their sending deadline are reported as such, the others
        // as "create a sheet".
        QList<qint64> withoutSheet = status.sessionsWithoutSheet;
        for (const NextStep& step : status.nextSteps) {
            if (step.kind == NextStep::Kind::SendingDeadline && step.sessionId != 0)
                withoutSheet.removeAll(step.sessionId);
        }
        if (!withoutSheet.isEmpty()) {
            AgendaItem i = item(AgendaItem::Kind::CreateSheet, person, year);
            i.sessionIds = withoutSheet;
            for (const Session& s : sessions) {
                if (i.sessionIds.contains(s.id) && (!i.date.isValid() || s.date < i.date))
                    i.date = s.date;
            }
            i.dueDate = i.date;
            setExpected(i, status);
            const NextStep* step = findStep(status, NextStep::Kind::CreateSheet);
            i.text =
                step
                    ? step->text
                    : agendaText(QT_TRANSLATE_N_NOOP("carnet::Agenda",
                                                     "%n session(s) in %1 have no care sheet yet."),
                                 int(i.sessionIds.size()))
                          .arg(year);
            add(std::move(i));
        }
        for (qint64 sheetId : status.sheetsToSend) {
            if (!once(QStringLiteral("send-%1").arg(sheetId)))
                continue;
            const CareSheet sheet = m_facts.money.sheets.value(sheetId);
            AgendaItem i = item(AgendaItem::Kind::SendSheet, person, year);
            i.sheetId = sheetId;
            i.sessionIds = sheet.sessionIds;
            i.date = sheet.issued;
            i.dueDate = sheet.issued;
            setExpected(i, status);
            // A sheet close to its sending deadline has a SendingDeadline step instead.
            const NextStep* step = findStep(status, NextStep::Kind::SendSheet, sheetId);
            i.text = step ? step->text
                          : agendaText(QT_TRANSLATE_NOOP("carnet::Agenda",
                                                         "Send the care sheet to the CPAM."));
            add(std::move(i));
        }
        for (const LatePayment& late : status.latePayments) {
            if (!once(QStringLiteral("late-%1-%2").arg(late.sheetId).arg(payerKey(late.payer))))
                continue;
            AgendaItem i = item(AgendaItem::Kind::LatePayment, person, year);
            i.sheetId = late.sheetId;
            i.sessionIds = m_facts.money.sheets.value(late.sheetId).sessionIds;
            i.payer = late.payer;
            i.date = late.dueDate;
            i.dueDate = late.dueDate;
            i.daysLate = late.daysLate;
            i.amountCents = late.missingCents;
            if (late.payer == Payer::Cpam)
                i.amoCents = late.missingCents;
            else if (late.payer == Payer::Mutuelle)
                i.amcCents = late.missingCents;
            const NextStep* step =
                findStep(status, NextStep::Kind::ChasePayment, late.sheetId, late.payer);
            i.text = step ? step->text
                          : agendaText(QT_TRANSLATE_N_NOOP("carnet::Agenda",
                                                           "A payment is %n day(s) late."),
                                       late.daysLate);
            add(std::move(i));
        }
        for (const NextStep& step : status.nextSteps) {
            if (step.kind != NextStep::Kind::SendingDeadline ||
                !once(QStringLiteral("claim-%1-%2").arg(step.sheetId).arg(step.sessionId)))
                continue;
            AgendaItem i = item(AgendaItem::Kind::SendingDeadline, person, year);
            i.sheetId = step.sheetId;
            i.sessionIds = step.sheetId != 0 ? m_facts.money.sheets.value(step.sheetId).sessionIds
                                             : QList<qint64>{step.sessionId};
            i.date = step.deadline;
            i.dueDate = step.deadline;
            i.daysLate = daysPast(step.deadline, m_today);
            setExpected(i, status);
            i.text = step.text;
            add(std::move(i));
        }
    }
}

void Builder::addAid(const AidRequest& request, const Person& person, const AidSettings& settings)
{
    QList<Session> sessions;
    for (const auto& [year, ofYear] : m_facts.sessionsByPersonYear.value(person.id))
        sessions += ofYear;
    const AidStatus status =
        AidRules::status(AidFacts::of(request, &person, sessions, m_today), m_today, settings);
    const QDate start = request.periodFrom.isValid()  ? request.periodFrom
                        : request.prepared.isValid()  ? request.prepared
                        : request.submitted.isValid() ? request.submitted
                                                      : m_today;
    auto aidItem = [&](AgendaItem::Kind kind) {
        AgendaItem i = item(kind, person, start.year());
        i.aidRequestId = request.id;
        return i;
    };

    // Not sent: the documents the rules ask to get or renew.
    QStringList documents;
    for (const AidNextStep& step : status.nextSteps) {
        if (step.kind != AidNextStep::Kind::GetDocument &&
            step.kind != AidNextStep::Kind::RenewDocument)
            continue;
        for (const AidChecklistLine& line : status.checklist) {
            if (line.item.key == step.itemKey) {
                documents << line.label;
                break;
            }
        }
    }
    if (!documents.isEmpty()) {
        AgendaItem i = aidItem(AgendaItem::Kind::AidDocumentsMissing);
        i.date = request.prepared.isValid() ? request.prepared : start;
        i.dueDate = i.date;
        i.amountCents = status.shares.remainingCents;
        i.text = agendaText(QT_TRANSLATE_N_NOOP(
                                "carnet::Agenda",
                                "AFI request not sent yet: %n document(s) to get or renew (%1)."),
                            int(documents.size()))
                     .arg(documents.join(QStringLiteral(", ")));
        add(std::move(i));
    }
    if (const AidNextStep* step = findStep(status, AidNextStep::Kind::FollowUp)) {
        AgendaItem i = aidItem(AgendaItem::Kind::AidAnswerOverdue);
        i.date = request.submitted;
        i.dueDate = status.answerExpected;
        i.daysLate = daysPast(status.answerExpected, m_today);
        i.amountCents = status.shares.remainingCents;
        i.text = agendaText(QT_TRANSLATE_NOOP("carnet::Agenda", "AFI request sent on %1: %2"))
                     .arg(DateText::longDate(request.submitted), step->text);
        add(std::move(i));
    }
    for (const auto kind : {AidNextStep::Kind::GrantExpiring, AidNextStep::Kind::GrantExpired}) {
        const AidNextStep* step = findStep(status, kind);
        if (!step)
            continue;
        AgendaItem i =
            aidItem(kind == AidNextStep::Kind::GrantExpiring ? AgendaItem::Kind::AidGrantExpiring
                                                             : AgendaItem::Kind::AidGrantExpired);
        i.date = status.expires;
        i.dueDate = status.expires;
        i.daysLate = daysPast(status.expires, m_today);
        i.amountCents = status.remainingCents;
        i.text = agendaText(QT_TRANSLATE_NOOP("carnet::Agenda", "AFI: %1")).arg(step->text);
        add(std::move(i));
    }
}

} // namespace

AgendaFilter AgendaFilter::person(qint64 personId)
{
    AgendaFilter filter;
    filter.personId = personId;
    return filter;
}

bool AgendaFilter::wants(AgendaItem::Kind kind) const
{
    return kinds.isEmpty() || kinds.contains(kind);
}

bool AgendaFilter::wantsCare() const
{
    return wants(AgendaItem::Kind::CreateSheet) || wants(AgendaItem::Kind::SendSheet) ||
           wants(AgendaItem::Kind::LatePayment) || wants(AgendaItem::Kind::SendingDeadline);
}

bool AgendaFilter::wantsAid() const
{
    return wants(AgendaItem::Kind::AidDocumentsMissing) ||
           wants(AgendaItem::Kind::AidAnswerOverdue) || wants(AgendaItem::Kind::AidGrantExpiring) ||
           wants(AgendaItem::Kind::AidGrantExpired);
}

namespace Agenda {

QList<AgendaItem> build(const FileFacts& facts, const QList<AidRequest>& aidRequests, QDate today,
                        const StatusSettings& statusSettings, const AidSettings& aidSettings,
                        const AgendaFilter& filter, const RuleSet& rules)
{
    Builder builder(facts, today, filter);
    QHash<qint64, const Person*> persons;
    for (const Person& person : facts.persons) {
        if (filter.personId != 0 && person.id != filter.personId)
            continue;
        if (filter.personId == 0 && person.archived && !filter.includeArchived)
            continue;
        persons.insert(person.id, &person);
        if (filter.wantsCare())
            builder.addCare(person, statusSettings, rules);
    }
    if (filter.wantsAid()) {
        for (const AidRequest& request : aidRequests) {
            if (const Person* person = persons.value(request.personId))
                builder.addAid(request, *person, aidSettings);
        }
    }

    QList<AgendaItem> items = builder.take();
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem& a, const AgendaItem& b) {
        if (a.daysLate != b.daysLate)
            return a.daysLate > b.daysLate;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        return a.personId < b.personId;
    });
    return items;
}

bool carries(NextStep::Kind kind)
{
    switch (kind) {
    case NextStep::Kind::CreateSheet:
    case NextStep::Kind::SendSheet:
    case NextStep::Kind::ChasePayment:
    case NextStep::Kind::SendingDeadline:
        return true;
    case NextStep::Kind::RecordPayment:
    case NextStep::Kind::StartEvaluation:
    case NextStep::Kind::CapReached:
    case NextStep::Kind::Information:
        return false;
    }
    return false;
}

QList<AgendaItem::Kind> allKinds()
{
    return {AgendaItem::Kind::CreateSheet,         AgendaItem::Kind::SendSheet,
            AgendaItem::Kind::LatePayment,         AgendaItem::Kind::SendingDeadline,
            AgendaItem::Kind::AidDocumentsMissing, AgendaItem::Kind::AidAnswerOverdue,
            AgendaItem::Kind::AidGrantExpiring,    AgendaItem::Kind::AidGrantExpired};
}

} // namespace Agenda
} // namespace carnet
