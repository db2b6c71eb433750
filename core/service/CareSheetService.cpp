#include "service/CareSheetService.h"

#include "rules/Validation.h"
#include "service/CarnetFile.h"
#include "service/ServiceSupport.h"
#include "store/CareSheetRepository.h"
#include "store/Database.h"
#include "store/PaymentRepository.h"
#include "store/PersonRepository.h"
#include "store/SessionFilter.h"
#include "store/SessionRepository.h"

#include <QSet>

namespace carnet {

using ServiceSupport::checkNewId;
using ServiceSupport::conflict;
using ServiceSupport::existsIn;

namespace {

// The sessions of `ids` in that order (those found).
QList<Session> inOrder(const QList<qint64>& ids, const QList<Session>& found)
{
    QList<Session> ordered;
    for (qint64 sid : ids) {
        for (const Session& s : found) {
            if (s.id == sid)
                ordered.append(s);
        }
    }
    return ordered;
}

} // namespace

CareSheetService::CareSheetService(CarnetFile& file)
    : m_file(file)
{}

Result<qint64> CareSheetService::addCareSheet(const CareSheet& given)
{
    qint64 id = 0;
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        const QSqlDatabase sql = db.connection();
        CareSheet sheet = given;
        const QSet<qint64> distinct(sheet.sessionIds.cbegin(), sheet.sessionIds.cend());
        if (distinct.size() != sheet.sessionIds.size()) {
            return Error::invalid(QStringLiteral("sessions"),
                                  tr("A session appears twice on the care sheet."));
        }
        auto found = SessionRepository(sql).find(SessionFilter::ids(sheet.sessionIds));
        if (!found)
            return found.error();
        if (found->size() != sheet.sessionIds.size()) {
            return ServiceSupport::notFound(
                ServiceSupport::Record::Session,
                ServiceSupport::firstMissing(sheet.sessionIds, found.value()),
                QStringLiteral("sessions"));
        }
        const QList<Session> ordered = inOrder(sheet.sessionIds, found.value());
        if (sheet.personId == 0 && !ordered.isEmpty())
            sheet.personId = ordered.constFirst().personId;
        if (!sheet.issued.isValid()) {
            for (const Session& s : ordered) {
                if (!sheet.issued.isValid() || s.date > sheet.issued)
                    sheet.issued = s.date;
            }
        }
        CareSheetRepository repo(sql);
        for (const Session& s : ordered) {
            if (s.personId != sheet.personId) {
                return Error::invalid(QStringLiteral("sessions"),
                                      tr("A care sheet holds the sessions of one person."));
            }
            auto other = repo.sheetOfSession(s.id);
            if (!other)
                return other.error();
            if (*other != 0) {
                return conflict(QStringLiteral("sessions"),
                                tr("A session is already on another care sheet."));
            }
        }
        auto valid = Validation::careSheet(sheet, ordered);
        if (!valid)
            return valid.error();
        auto person = PersonRepository(sql).exists(sheet.personId);
        if (!person)
            return person.error();
        if (!*person)
            return ServiceSupport::personNotFound(sheet.personId);
        CareSheet s = valid.value();
        s.id = sheet.id;
        if (auto c = checkNewId(s.id, QStringLiteral("sheet_id"),
                                [&](qint64 i) { return existsIn(repo.find(i)); });
            !c)
            return c;
        auto inserted = repo.insert(s);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r)
        return r.error();
    return id;
}

Result<void> CareSheetService::markSheetSent(qint64 sheetId, QDate sent)
{
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        const QSqlDatabase sql = db.connection();
        CareSheetRepository repo(sql);
        auto sheet = repo.find(sheetId);
        if (!sheet)
            return sheet.error();
        if (!sheet->has_value())
            return ServiceSupport::notFound(ServiceSupport::Record::CareSheet, sheetId,
                                            QStringLiteral("sheet_id"));
        CareSheet changedSheet = **sheet;
        changedSheet.sent = sent;
        if (sent.isValid() && sent > m_file.today()) {
            return Error::invalid(QStringLiteral("sent"),
                                  tr("The sending date cannot be in the future."));
        }
        auto onSheet = SessionRepository(sql).find(SessionFilter::ids(changedSheet.sessionIds));
        if (!onSheet)
            return onSheet.error();
        auto valid =
            Validation::careSheet(changedSheet, inOrder(changedSheet.sessionIds, onSheet.value()));
        if (!valid)
            return valid.error();
        return repo.setSent(sheetId, valid->sent);
    });
    if (!r)
        return r;
    return {};
}

Result<void> CareSheetService::removeCareSheet(qint64 sheetId)
{
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        CareSheetRepository repo(db.connection());
        auto sheet = repo.find(sheetId);
        if (!sheet)
            return sheet.error();
        if (!sheet->has_value())
            return ServiceSupport::notFound(ServiceSupport::Record::CareSheet, sheetId,
                                            QStringLiteral("sheet_id"));
        auto paid = repo.hasPaidSessions(sheetId);
        if (!paid)
            return paid.error();
        if (*paid) {
            return conflict(QStringLiteral("sheet_id"),
                            tr("Payments were recorded for sessions of this care sheet: remove "
                               "them first."));
        }
        return repo.remove(sheetId);
    });
    if (!r)
        return r;
    return {};
}

QList<CareSheet> CareSheetService::careSheets(qint64 personId) const
{
    auto list = CareSheetRepository(m_file.database().connection()).forPerson(personId);
    return list ? list.value() : QList<CareSheet>();
}

std::optional<CareSheet> CareSheetService::careSheet(qint64 sheetId) const
{
    auto found = CareSheetRepository(m_file.database().connection()).find(sheetId);
    return found ? found.value() : std::nullopt;
}

Result<qint64> CareSheetService::addPayment(const Payment& payment)
{
    auto valid = Validation::payment(payment);
    if (!valid)
        return valid.error();
    Payment p = valid.value();
    p.id = payment.id;
    qint64 id = 0;
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        const QSqlDatabase sql = db.connection();
        QList<qint64> ids;
        for (const PaymentShare& share : p.shares) {
            if (!ids.contains(share.sessionId))
                ids.append(share.sessionId);
        }
        auto found = SessionRepository(sql).find(SessionFilter::ids(ids));
        if (!found)
            return found.error();
        if (found->size() != ids.size()) {
            return ServiceSupport::notFound(ServiceSupport::Record::Session,
                                            ServiceSupport::firstMissing(ids, found.value()),
                                            QStringLiteral("shares"));
        }
        PaymentRepository repo(sql);
        if (auto c = checkNewId(p.id, QStringLiteral("payment_id"),
                                [&](qint64 i) { return existsIn(repo.find(i)); });
            !c)
            return c;
        auto inserted = repo.insert(p);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r)
        return r.error();
    return id;
}

Result<void> CareSheetService::removePayment(qint64 paymentId)
{
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        PaymentRepository repo(db.connection());
        auto found = repo.find(paymentId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return ServiceSupport::notFound(ServiceSupport::Record::Payment, paymentId,
                                            QStringLiteral("payment_id"));
        return repo.remove(paymentId);
    });
    if (!r)
        return r;
    return {};
}

QList<Payment> CareSheetService::payments(qint64 personId) const
{
    auto list =
        PaymentRepository(m_file.database().connection()).touching(SessionFilter::person(personId));
    return list ? list.value() : QList<Payment>();
}

std::optional<Payment> CareSheetService::payment(qint64 paymentId) const
{
    auto found = PaymentRepository(m_file.database().connection()).find(paymentId);
    return found ? found.value() : std::nullopt;
}

} // namespace carnet
