#include "io/JsonImportRules.h"

#include "io/ImportDocument.h"
#include "io/JsonReader.h"
#include "rules/CarePathRules.h"
#include "rules/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace carnet {

namespace {

// The validators name the service's inputs ("fee"); the document's keys where they differ.
QString keyOf(const QString& field)
{
    static const QHash<QString, QString> keys{
        {QStringLiteral("fee"), QStringLiteral("fee_cents")},
        {QStringLiteral("paid"), QStringLiteral("paid_cents")},
        {QStringLiteral("amount"), QStringLiteral("amount_cents")},
        {QStringLiteral("sessions"), QStringLiteral("session_ids")},
    };
    return keys.value(field, field);
}

// Refuses the element at `path` with the validator's `error`, naming its field.
void refuse(JsonReader& reader, const QString& path, const Error& error)
{
    reader.refuse(error.field.isEmpty() ? path : reader.join(path, keyOf(error.field)),
                  error.message);
}

template <typename T>
QHash<qint64, qsizetype> positions(const QList<T>& list)
{
    QHash<qint64, qsizetype> index;
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(list.at(i).id, i);
    return index;
}

// Each of `list`'s items is replaced by what `check` returns, until one is refused.
template <typename T, typename Check>
bool checkAll(QList<T>& list, JsonReader& reader, const QString& name, Check check)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        Result<T> valid = check(std::as_const(list).at(i), i);
        if (!valid) {
            refuse(reader, reader.at(reader.name(name), i), valid.error());
            return false;
        }
        const qint64 id = list.at(i).id;
        list[i] = std::move(valid.value());
        list[i].id = id;
    }
    return true;
}

// The year's verdict on the imported sessions, one yearStatus per person-year: appends to
// `notes` (one list per session of the document) "This session will not be covered: ..."
// for each session of the scheme that will not be, unless its own warnings said why already.
void judgeYears(const ImportDocument& d, QDate today, QList<QStringList>& notes)
{
    const QHash<qint64, qsizetype> persons = positions(d.persons);
    const QHash<qint64, qsizetype> practitioners = positions(d.practitioners);
    const QHash<qint64, qsizetype> sessions = positions(d.sessions);
    QHash<qint64, QList<qsizetype>> referralsOf; // person → courriers
    for (qsizetype i = 0; i < d.referrals.size(); ++i)
        referralsOf[d.referrals.at(i).personId].append(i);
    QHash<qint64, qsizetype> sheetOf; // session → its sheet
    for (qsizetype i = 0; i < d.sheets.size(); ++i) {
        for (qint64 id : d.sheets.at(i).sessionIds)
            sheetOf.insert(id, i);
    }
    QHash<qint64, QList<qsizetype>> paymentsOf; // session → the payments sharing in it
    for (qsizetype i = 0; i < d.payments.size(); ++i) {
        for (const PaymentShare& share : d.payments.at(i).shares)
            paymentsOf[share.sessionId].append(i);
    }
    QHash<qint64, QMap<int, QList<qsizetype>>> personYears; // person → year → sessions
    for (qsizetype i = 0; i < d.sessions.size(); ++i)
        personYears[d.sessions.at(i).personId][d.sessions.at(i).date.year()].append(i);

    for (auto person = personYears.cbegin(); person != personYears.cend(); ++person) {
        for (auto year = person->cbegin(); year != person->cend(); ++year) {
            PersonYearFacts facts;
            facts.person = d.persons.at(persons.value(person.key()));
            for (qsizetype r : referralsOf.value(person.key()))
                facts.referrals.append(d.referrals.at(r));
            QSet<qint64> psychologists;
            QSet<qsizetype> sheets, payments;
            for (qsizetype i : year.value()) {
                const Session& s = d.sessions.at(i);
                facts.sessions.append(s);
                if (!psychologists.contains(s.practitionerId)) {
                    psychologists.insert(s.practitionerId);
                    facts.practitioners.append(
                        d.practitioners.at(practitioners.value(s.practitionerId)));
                }
                if (const auto sheet = sheetOf.constFind(s.id);
                    sheet != sheetOf.cend() && !sheets.contains(*sheet)) {
                    sheets.insert(*sheet);
                    facts.sheets.append(d.sheets.at(*sheet));
                }
                for (qsizetype p : paymentsOf.value(s.id)) {
                    if (!payments.contains(p)) {
                        payments.insert(p);
                        facts.payments.append(d.payments.at(p));
                    }
                }
            }
            const YearStatus status = CarePathRules::yearStatus(facts, year.key(), today);
            for (const SessionAssessment& a : status.sessions) {
                if (a.covered || a.reason == NotCoveredReason::PrivateSession)
                    continue;
                QStringList& said = notes[sessions.value(a.sessionId)];
                const bool alreadySaid =
                    std::any_of(said.cbegin(), said.cend(),
                                [&](const QString& w) { return w.contains(a.reasonText); });
                if (!alreadySaid) {
                    said.append(QCoreApplication::translate("Validation",
                                                            "This session will not be covered: %1")
                                    .arg(a.reasonText));
                }
            }
        }
    }
}

} // namespace

namespace JsonImportRules {

QList<JsonImport::Warning> judge(ImportDocument& d, JsonReader& reader, QDate today)
{
    QList<JsonImport::Warning> warnings;
    if (!checkAll(d.persons, reader, QStringLiteral("persons"),
                  [&](const Person& p, qsizetype) { return Validation::person(p, today); }))
        return {};
    if (!checkAll(d.practitioners, reader, QStringLiteral("practitioners"),
                  [&](const Practitioner& p, qsizetype i) {
                      QStringList notes;
                      auto valid = Validation::practitioner(p, &notes);
                      for (const QString& note : std::as_const(notes))
                          warnings.append(
                              {reader.at(reader.name(QStringLiteral("practitioners")), i), note});
                      return valid;
                  }))
        return {};
    // The references were checked when the document was read: every lookup below finds.
    const QHash<qint64, qsizetype> persons = positions(d.persons);
    const QHash<qint64, qsizetype> practitioners = positions(d.practitioners);
    if (!checkAll(
            d.referrals, reader, QStringLiteral("referrals"), [&](const Referral& r, qsizetype) {
                return Validation::referral(r, d.persons.at(persons.value(r.personId)), today);
            }))
        return {};
    QList<QStringList> notes(d.sessions.size());
    if (!checkAll(d.sessions, reader, QStringLiteral("sessions"),
                  [&](const Session& s, qsizetype i) {
                      return Validation::session(
                          s, d.persons.at(persons.value(s.personId)),
                          d.practitioners.at(practitioners.value(s.practitionerId)), &notes[i]);
                  }))
        return {};
    const QHash<qint64, qsizetype> sessions = positions(d.sessions);
    if (!checkAll(d.sheets, reader, QStringLiteral("care_sheets"),
                  [&](const CareSheet& c, qsizetype) {
                      QList<Session> ordered;
                      for (qint64 id : c.sessionIds)
                          ordered.append(d.sessions.at(sessions.value(id)));
                      return Validation::careSheet(c, ordered);
                  }))
        return {};
    if (!checkAll(d.payments, reader, QStringLiteral("payments"),
                  [](const Payment& p, qsizetype) { return Validation::payment(p); }))
        return {};

    judgeYears(d, today, notes);
    const QString sessionList = reader.name(QStringLiteral("sessions"));
    for (qsizetype i = 0; i < notes.size(); ++i) {
        for (const QString& note : std::as_const(notes.at(i)))
            warnings.append({reader.at(sessionList, i), note});
    }
    return warnings;
}

} // namespace JsonImportRules
} // namespace carnet
