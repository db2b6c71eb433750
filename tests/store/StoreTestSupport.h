#pragma once

// Helpers shared by the store, service and io tests: a sample of every entity, a dump of
// every table (to prove a refused change left the file as it was), file hashes.

#include "model/Attachment.h"
#include "model/CareSheet.h"
#include "model/Payment.h"
#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Referral.h"
#include "model/Session.h"
#include "store/AttachmentRepository.h"
#include "store/CareSheetRepository.h"
#include "store/Database.h"
#include "store/PaymentRepository.h"
#include "store/PersonRepository.h"
#include "store/PractitionerRepository.h"
#include "store/ReferralRepository.h"
#include "store/SessionRepository.h"
#include "store/SettingsRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

#include <optional>

namespace carnet::test {

inline Person sampleAdult()
{
    Person p;
    p.name = QStringLiteral("Alice Martin");
    p.birthDate = QDate(1984, 12, 3);
    p.relation = Relation::Self;
    p.nir = QStringLiteral("184127645108946");
    p.mutuelle = QStringLiteral("MGEN");
    p.coverage = {{CoverageKind::Standard, QDate(2024, 1, 1), QDate(2024, 12, 31)},
                  {CoverageKind::C2S, QDate(2025, 1, 1), QDate()}};
    p.notes = QStringLiteral("Préfère les rendez-vous le matin; \"tôt\"");
    return p;
}

inline Person sampleChild()
{
    Person p;
    p.name = QStringLiteral("Léo Martin");
    p.birthDate = QDate(2015, 9, 9);
    p.relation = Relation::Child;
    return p;
}

inline Practitioner samplePsychologist()
{
    Practitioner p;
    p.name = QStringLiteral("Claire Dubois");
    p.role = PractitionerRole::Psychologist;
    p.rpps = QStringLiteral("10005173140");
    p.partner = true;
    p.contact = QStringLiteral("12 rue des Lilas, 17000 La Rochelle");
    return p;
}

inline Practitioner sampleDoctor()
{
    Practitioner p;
    p.name = QStringLiteral("Paul Petit");
    p.role = PractitionerRole::GeneralPractitioner;
    p.rpps = QStringLiteral("10002727377");
    p.partner = false;
    return p;
}

// Ids of the sample written by fillSample().
struct SampleIds
{
    qint64 adult = 0;
    qint64 child = 0;
    qint64 psychologist = 0;
    qint64 doctor = 0;
    qint64 attachment = 0;
    qint64 referral = 0;
    QList<qint64> sessions; // child evaluation, child follow-up, adult follow-up, adult private
    qint64 sheet = 0;
    qint64 payment = 0;
};

// One of every entity, written straight through the repositories (no validation).
inline SampleIds fillSample(const QSqlDatabase& db)
{
    SampleIds ids;
    ids.adult = PersonRepository(db).insert(sampleAdult()).value();
    ids.child = PersonRepository(db).insert(sampleChild()).value();
    ids.psychologist = PractitionerRepository(db).insert(samplePsychologist()).value();
    ids.doctor = PractitionerRepository(db).insert(sampleDoctor()).value();

    Attachment a;
    a.sha256 = QString(64, QLatin1Char('a'));
    a.originalName = QStringLiteral("courrier pédiatre.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.size = 1234;
    a.added = QDateTime(QDate(2025, 1, 2), QTime(10, 0, 0, 123), Qt::UTC);
    ids.attachment = AttachmentRepository(db).insert(a).value();

    Referral r;
    r.personId = ids.child;
    r.referrerName = QStringLiteral("Paul Petit");
    r.referrerRole = PractitionerRole::GeneralPractitioner;
    r.date = QDate(2025, 1, 10);
    r.consentHolders = {QStringLiteral("Alice Martin"), QStringLiteral("Marc Martin")};
    r.attachmentId = ids.attachment;
    r.notes = QStringLiteral("Anxiété scolaire");
    ids.referral = ReferralRepository(db).insert(r).value();

    auto session = [&](qint64 person, QDate date, SessionKind kind, SessionMode mode, Cents fee,
                       Cents paid, qint64 referral) {
        Session s;
        s.personId = person;
        s.practitionerId = ids.psychologist;
        s.date = date;
        s.kind = kind;
        s.mode = mode;
        s.feeCents = fee;
        s.paidCents = paid;
        s.referralId = referral;
        return SessionRepository(db).insert(s).value();
    };
    ids.sessions = {
        session(ids.child, QDate(2025, 1, 15), SessionKind::Evaluation, SessionMode::Office, 5000,
                5000, ids.referral),
        session(ids.child, QDate(2025, 1, 29), SessionKind::FollowUp, SessionMode::Remote, 5000,
                5000, 0),
        session(ids.adult, QDate(2024, 11, 5), SessionKind::FollowUp, SessionMode::Office, 5000,
                5000, 0),
        session(ids.adult, QDate(2023, 3, 1), SessionKind::Private, SessionMode::Office, 7000, 7000,
                0),
    };

    CareSheet sheet;
    sheet.personId = ids.child;
    sheet.sessionIds = {ids.sessions.at(1), ids.sessions.at(0)}; // order is kept
    sheet.issued = QDate(2025, 1, 29);
    sheet.sent = QDate(2025, 2, 1);
    ids.sheet = CareSheetRepository(db).insert(sheet).value();

    Payment payment;
    payment.payer = Payer::Cpam;
    payment.date = QDate(2025, 2, 20);
    payment.amountCents = 6000;
    payment.reference = QStringLiteral("REF-1");
    payment.shares = {{ids.sessions.at(0), 3000}, {ids.sessions.at(1), 3000}};
    ids.payment = PaymentRepository(db).insert(payment).value();

    StatusSettings settings;
    settings.paperLateDays = 45;
    (void)SettingsRepository(db).setStatusSettings(settings);
    return ids;
}

// `count` sessions of the sample's adult with 200-character notes, one a day from 1 January
// 2020, in one transaction: a file that spans many pages.
inline Result<void> addLongSessions(Database& db, const SampleIds& ids, int count)
{
    return db.transaction([&]() -> Result<void> {
        SessionRepository sessions(db.connection());
        for (int i = 0; i < count; ++i) {
            Session s;
            s.personId = ids.adult;
            s.practitionerId = ids.psychologist;
            s.date = QDate(2020, 1, 1).addDays(i);
            s.feeCents = 5000;
            s.notes = QString(200, QLatin1Char('n')) + QString::number(i);
            if (auto id = sessions.insert(s); !id)
                return id.error();
        }
        return {};
    });
}

// Every row of every table, sorted within each table: equal dumps = same content.
inline QStringList dump(const QSqlDatabase& db)
{
    QStringList lines;
    QStringList tables;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite_%' ORDER BY name"));
        while (q.next())
            tables.append(q.value(0).toString());
    }
    for (const QString& table : tables) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows.append(table + QLatin1Char(':') + values.join(QLatin1Char('|')));
        }
        rows.sort();
        lines += rows;
    }
    return lines;
}

// The error message of a failed result, empty when it succeeded (for QVERIFY2).
template <typename T>
QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// The value of a result that must succeed; a failed one fails the test (without throwing)
// and gives a default value.
template <typename T>
T take(const Result<T>& result, const char* expression, const char* file, int line)
{
    if (result.ok())
        return result.value();
    QTest::qFail(
        qPrintable(
            QStringLiteral("%1 failed: %2").arg(QLatin1String(expression), result.error().message)),
        file, line);
    return T{};
}
template <typename T>
T take(const std::optional<T>& value, const char* expression, const char* file, int line)
{
    if (value.has_value())
        return *value;
    QTest::qFail(qPrintable(QStringLiteral("%1 is empty").arg(QLatin1String(expression))), file,
                 line);
    return T{};
}
#define CARNET_TAKE(expression) carnet::test::take((expression), #expression, __FILE__, __LINE__)

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QFileDevice::Permissions ownerOnlyFile()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

inline QFileDevice::Permissions ownerOnlyDir()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
}

// The permission bits that matter (owner/group/other), as QFileInfo reports them.
inline QFileDevice::Permissions modeOf(const QString& path)
{
    const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                     QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                     QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile::permissions(path) & all;
}

} // namespace carnet::test
