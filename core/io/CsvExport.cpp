#include "io/CsvExport.h"

#include "io/CsvWriter.h"
#include "model/Money.h"
#include "store/CareSheetRepository.h"
#include "store/Database.h"
#include "store/PaymentRepository.h"
#include "store/PersonRepository.h"
#include "store/PractitionerRepository.h"
#include "store/SessionFilter.h"
#include "store/SessionRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace carnet {

namespace {

// tr() under the context lupdate gives these strings, in free functions and members alike.
struct CsvExportText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::CsvExport)
};

QString kindText(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Evaluation:
        return CsvExportText::tr("Evaluation");
    case SessionKind::FollowUp:
        return CsvExportText::tr("Follow-up");
    case SessionKind::Private:
        return CsvExportText::tr("Private");
    }
    return {};
}

QString modeText(SessionMode mode)
{
    return mode == SessionMode::Remote ? CsvExportText::tr("Remote")
                                       : CsvExportText::tr("In person");
}

QString payerText(Payer payer)
{
    switch (payer) {
    case Payer::Cpam:
        return CsvExportText::tr("CPAM");
    case Payer::Mutuelle:
        return CsvExportText::tr("Mutuelle");
    case Payer::Other:
        return CsvExportText::tr("Other");
    }
    return {};
}

template <typename T>
QHash<qint64, T> byId(const QList<T>& list)
{
    QHash<qint64, T> map;
    for (const T& item : list)
        map.insert(item.id, item);
    return map;
}

Result<void> save(const QString& path, const Result<QByteArray>& bytes)
{
    if (!bytes)
        return bytes.error();
    return CsvWriter::save(path, bytes.value());
}

} // namespace

CsvExport::Format CsvExport::formatFor(const QLocale& locale)
{
    return CsvWriter::formatFor(locale);
}

Result<QByteArray> CsvExport::sessions(const Database& db, const QLocale& locale, qint64 personId)
{
    const QSqlDatabase sql = db.connection();
    const SessionFilter filter =
        personId == 0 ? SessionFilter::all() : SessionFilter::person(personId);
    auto sessions = SessionRepository(sql).find(filter);
    auto persons = PersonRepository(sql).all();
    auto practitioners = PractitionerRepository(sql).all();
    auto sheets = CareSheetRepository(sql).touching(filter);
    if (!sessions)
        return sessions.error();
    if (!persons)
        return persons.error();
    if (!practitioners)
        return practitioners.error();
    if (!sheets)
        return sheets.error();
    const auto personById = byId(persons.value());
    const auto practitionerById = byId(practitioners.value());
    QHash<qint64, CareSheet> sheetOf;
    for (const CareSheet& sheet : sheets.value()) {
        for (qint64 id : sheet.sessionIds)
            sheetOf.insert(id, sheet);
    }

    CsvWriter w(formatFor(locale));
    w.text(CsvExportText::tr("Session"))
        .text(CsvExportText::tr("Person"))
        .text(CsvExportText::tr("Date"))
        .text(CsvExportText::tr("Kind"))
        .text(CsvExportText::tr("Mode"))
        .text(CsvExportText::tr("Psychologist"))
        .text(CsvExportText::tr("Fee"))
        .text(CsvExportText::tr("Paid"))
        .text(CsvExportText::tr("Care sheet"))
        .text(CsvExportText::tr("Sent"))
        .text(CsvExportText::tr("Notes"));
    w.endLine();
    for (const Session& s : sessions.value()) {
        const CareSheet sheet = sheetOf.value(s.id);
        w.number(s.id)
            .text(personById.value(s.personId).name)
            .date(s.date)
            .text(kindText(s.kind))
            .text(modeText(s.mode))
            .text(practitionerById.value(s.practitionerId).name)
            .money(s.feeCents)
            .money(s.paidCents)
            .id(sheet.id)
            .date(sheet.sent)
            .text(s.notes);
        w.endLine();
    }
    return w.bytes();
}

Result<QByteArray> CsvExport::payments(const Database& db, const QLocale& locale, qint64 personId)
{
    const QSqlDatabase sql = db.connection();
    const SessionFilter filter =
        personId == 0 ? SessionFilter::all() : SessionFilter::person(personId);
    auto payments =
        personId == 0 ? PaymentRepository(sql).all() : PaymentRepository(sql).touching(filter);
    auto sessions = SessionRepository(sql).find(filter);
    auto persons = PersonRepository(sql).all();
    if (!payments)
        return payments.error();
    if (!sessions)
        return sessions.error();
    if (!persons)
        return persons.error();
    const auto sessionById = byId(sessions.value());
    const auto personById = byId(persons.value());
    QList<Payment> list = payments.value();
    std::stable_sort(list.begin(), list.end(), [](const Payment& a, const Payment& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });

    CsvWriter w(formatFor(locale));
    w.text(CsvExportText::tr("Payment"))
        .text(CsvExportText::tr("Payer"))
        .text(CsvExportText::tr("Date"))
        .text(CsvExportText::tr("Amount"))
        .text(CsvExportText::tr("Reference"))
        .text(CsvExportText::tr("Session"))
        .text(CsvExportText::tr("Person"))
        .text(CsvExportText::tr("Session date"))
        .text(CsvExportText::tr("Share"));
    w.endLine();
    for (const Payment& p : list) {
        auto head = [&] {
            w.number(p.id)
                .text(payerText(p.payer))
                .date(p.date)
                .money(p.amountCents)
                .text(p.reference);
        };
        bool any = false;
        for (const PaymentShare& share : p.shares) {
            if (!sessionById.contains(share.sessionId))
                continue; // another person's share
            const Session s = sessionById.value(share.sessionId);
            head();
            w.number(s.id)
                .text(personById.value(s.personId).name)
                .date(s.date)
                .money(share.amountCents);
            w.endLine();
            any = true;
        }
        if (!any) {
            head();
            w.text({}).text({}).text({}).text({});
            w.endLine();
        }
    }
    return w.bytes();
}

Result<void> CsvExport::writeSessions(const Database& db, const QString& path,
                                      const QLocale& locale, qint64 personId)
{
    return save(path, sessions(db, locale, personId));
}

Result<void> CsvExport::writePayments(const Database& db, const QString& path,
                                      const QLocale& locale, qint64 personId)
{
    return save(path, payments(db, locale, personId));
}

} // namespace carnet
