#pragma once

#include "model/Attachment.h"
#include "model/CareSheet.h"
#include "model/Payment.h"
#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Referral.h"
#include "model/Result.h"
#include "model/Session.h"
#include "rules/CarePathRules.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace carnet {

class Database;

// One entry of the all-persons "pending" report.
struct PendingItem
{
    enum class Kind
    {
        CreateSheet,   // sessions with no feuille de soins
        SendSheet,     // a sheet not sent
        LatePayment,   // a payment overdue
        ClaimDeadline, // close to the 2-year deadline
    };
    Kind kind = Kind::SendSheet;
    qint64 personId = 0;
    QString personName;
    qint64 sheetId = 0;
    QList<qint64> sessionIds;
    Payer payer = Payer::Cpam;
    QDate date; // the session, sheet or due date the item is about
    int daysLate = 0;
    Cents amountCents = 0;
    QString text; // translated, plain words
};

// The core's service layer: the one place where the UI and the CLI change or read the file.
// Each call that changes data validates through the rules, then writes in one transaction,
// then emits `changed`. Ids: an `add*` call given a nonzero id re-inserts with that id (undo,
// import); otherwise the store assigns one.
class CareService final : public QObject
{
    Q_OBJECT

public:
    explicit CareService(Database& database, QObject* parent = nullptr);

    Database& database() const { return m_db; }

    // "Today" for validation and derived status; a test or `--today` may fix it.
    QDate today() const;
    void setToday(QDate today);

    // Persons
    Result<qint64> addPerson(const Person& person);
    Result<void> updatePerson(const Person& person);
    // Refuses while the person still has sessions, referrals or aid requests.
    Result<void> removePerson(qint64 personId);
    QList<Person> persons() const;
    std::optional<Person> person(qint64 personId) const;

    // Practitioners (psychologists and referring professionals)
    Result<qint64> addPractitioner(const Practitioner& practitioner,
                                   QStringList* warnings = nullptr);
    Result<void> updatePractitioner(const Practitioner& practitioner,
                                    QStringList* warnings = nullptr);
    Result<void> removePractitioner(qint64 practitionerId); // refuses while used
    QList<Practitioner> practitioners() const;
    std::optional<Practitioner> practitioner(qint64 practitionerId) const;
    // The psychologist of the person's latest session, if any (quick entry's default).
    std::optional<Practitioner> usualPsychologist(qint64 personId) const;

    // Referrals (courriers d'accompagnement)
    Result<qint64> addReferral(const Referral& referral);
    Result<void> updateReferral(const Referral& referral);
    Result<void> removeReferral(qint64 referralId); // sessions pointing at it lose the link
    QList<Referral> referrals(qint64 personId) const;
    std::optional<Referral> referral(qint64 referralId) const;

    // Sessions
    Result<qint64> addSession(const Session& session, QStringList* warnings = nullptr);
    Result<void> updateSession(const Session& session, QStringList* warnings = nullptr);
    // Refuses while the session is on a care sheet or paid by a payment share.
    Result<void> removeSession(qint64 sessionId);
    // A person's sessions in date order; year 0 = every year.
    QList<Session> sessions(qint64 personId, int year = 0) const;
    std::optional<Session> session(qint64 sessionId) const;

    // Care sheets (feuilles de soins)
    Result<qint64> addCareSheet(const CareSheet& sheet);
    // A null `sent` marks the sheet as not sent again (undo).
    Result<void> markSheetSent(qint64 sheetId, QDate sent);
    Result<void> removeCareSheet(qint64 sheetId); // refuses while its sessions are paid
    QList<CareSheet> careSheets(qint64 personId) const;
    std::optional<CareSheet> careSheet(qint64 sheetId) const;

    // Payments, split over sessions
    Result<qint64> addPayment(const Payment& payment);
    Result<void> removePayment(qint64 paymentId);
    QList<Payment> payments(qint64 personId) const; // payments with a share for the person
    std::optional<Payment> payment(qint64 paymentId) const;
    // What each of `sessionIds` is still owed by `payer`, filled oldest first up to the amount.
    Result<QList<PaymentShare>> proposeSplit(Payer payer, Cents amountCents,
                                             const QList<qint64>& sessionIds) const;

    // Attachments: copies the file into the private folder (named by SHA-256).
    Result<qint64> addAttachment(const QString& sourcePath);
    std::optional<Attachment> attachment(qint64 attachmentId) const;
    QString attachmentPath(const Attachment& attachment) const;

    // Derived status
    StatusSettings statusSettings() const;
    Result<void> setStatusSettings(const StatusSettings& settings);
    Result<YearStatus> yearStatus(qint64 personId, int year) const;
    // The facts yearStatus() judges, loaded in a constant number of queries.
    Result<PersonYearFacts> yearFacts(qint64 personId, int year) const;
    // Every person, every year with something to do; everything loaded in a few queries.
    QList<PendingItem> pending() const;

    // For the io layer: data written straight through the store (an import) was committed.
    void notifyExternalChange();

signals:
    // Emitted after every committed change.
    void changed();

private:
    Result<void> checkReferral(Referral& referral) const;
    Result<Session> checkSession(const Session& session, QStringList* warnings) const;
    void removeAttachmentFile(const QString& sha256) const;

    Database& m_db;
    QDate m_today;
};

} // namespace carnet
