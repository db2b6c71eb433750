#include "../store/StoreTestSupport.h"
#include "io/JsonExport.h"
#include "io/JsonImport.h"
#include "rules/CarePathRules.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "store/AidRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace carnet;
using namespace carnet::test;

namespace {

const QByteArray kPdf("%PDF-1.4\n% a scanned courrier\n");

// A change to apply to a valid document before importing it.
using Mutation = std::function<void(QJsonObject&)>;

// root[list][index][key] = value
Mutation setField(const QString& list, int index, const QString& key, const QJsonValue& value)
{
    return [=](QJsonObject& root) {
        QJsonArray array = root.value(list).toArray();
        QJsonObject item = array.at(index).toObject();
        item.insert(key, value);
        array.replace(index, item);
        root.insert(list, array);
    };
}

// Appends `session` to the document's sessions.
Mutation addSession(const QJsonObject& session)
{
    return [=](QJsonObject& root) {
        QJsonArray sessions = root.value(QStringLiteral("sessions")).toArray();
        sessions.append(session);
        root.insert(QStringLiteral("sessions"), sessions);
    };
}

// The keys of `value` and of everything inside it, settings' names aside, each with its path.
void collectKeys(const QJsonValue& value, const QString& path, QStringList& keys)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectKeys(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), keys);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        keys.append(path + QLatin1Char('/') + it.key());
        if (it.key() != QLatin1String("settings"))
            collectKeys(it.value(), path + QLatin1Char('/') + it.key(), keys);
    }
}

// A version 1 document as version 2 spells it: every key in snake_case (settings' names
// aside, they are data), version 2.
QJsonValue asVersion2(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(asVersion2(item));
        return array;
    }
    if (!value.isObject())
        return value;
    static const QRegularExpression hump(QStringLiteral("([a-z0-9])([A-Z])"));
    const QJsonObject object = value.toObject();
    QJsonObject converted;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = QString(it.key()).replace(hump, QStringLiteral("\\1_\\2")).toLower();
        converted.insert(key,
                         key == QLatin1String("settings") ? it.value() : asVersion2(it.value()));
    }
    return converted;
}

QByteArray version1Fixture()
{
    QFile file(qEnvironmentVariable("CARNET_SOURCE_DIR") +
               QStringLiteral("/tests/fixtures/io/export-v1.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace
Q_DECLARE_METATYPE(Mutation)

// The JSON document: exact round trips, one person's part, and every malformed input
// refused with the file unchanged.
class TestJson : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> newFile()
    {
        Database::OpenOptions options;
        options.backupOnOpen = false;
        auto db =
            Database::open(m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_files)), options);
        return db ? std::move(db.value()) : nullptr;
    }

    // The sample, with its courrier's attachment made real (a file in the folder).
    std::unique_ptr<Database> sampleFile()
    {
        auto db = newFile();
        const SampleIds ids = fillSample(db->connection());
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(kPdf, QCryptographicHash::Sha256).toHex());
        QFile file(QDir(db->attachmentDirectory()).filePath(sha));
        file.open(QIODevice::WriteOnly);
        file.write(kPdf);
        file.close();
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE attachments SET sha256 = ?, size = ? WHERE id = ?"));
        q.addBindValue(sha);
        q.addBindValue(kPdf.size());
        q.addBindValue(ids.attachment);
        q.exec();
        // An AFI request of the adult, its quote attached, one claim against the grant.
        AidRequest aid;
        aid.personId = ids.adult;
        aid.departmentCode = QStringLiteral("2A");
        aid.psychologistId = ids.psychologist;
        aid.sessions = 10;
        aid.sessionPriceCents = 6000;
        aid.periodFrom = QDate(2025, 3, 1);
        aid.periodTo = QDate(2025, 12, 31);
        aid.submitted = QDate(2025, 2, 20);
        aid.decisionDate = QDate(2025, 6, 2);
        aid.decision = AidDecision::Partial;
        aid.grantedCents = 40000;
        aid.payee = AidPayee::Psychologist;
        ChecklistItem quote;
        quote.key = QStringLiteral("quote");
        quote.status = ChecklistStatus::Attached;
        quote.documentDate = QDate(2025, 2, 10);
        quote.attachmentId = ids.attachment;
        ChecklistItem income;
        income.key = QStringLiteral("income");
        income.status = ChecklistStatus::Requested;
        income.variant = QStringLiteral("rsa");
        aid.checklist = {quote, income};
        AidClaim claim;
        claim.date = QDate(2025, 7, 1);
        claim.amountCents = 12000;
        aid.claims = {claim};
        if (!AidRepository(db->connection()).insert(aid))
            return nullptr;
        if (!SettingsRepository(db->connection())
                 .setValue(QStringLiteral("aid.validityMonths"), QStringLiteral("18")))
            return nullptr;
        return db;
    }

    QByteArray m_valid; // the sample's export, made once

    QByteArray validDocument()
    {
        if (m_valid.isEmpty()) {
            auto db = sampleFile();
            m_valid = CARNET_TAKE(JsonExport::exportFile(*db));
        }
        return m_valid;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void documentShape()
    {
        const QJsonObject root = QJsonDocument::fromJson(validDocument()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("carnet"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(root.value(QStringLiteral("scope")).toString(), QStringLiteral("file"));
        QCOMPARE(root.value(QStringLiteral("persons")).toArray().size(), 2);
        QCOMPARE(root.value(QStringLiteral("sessions")).toArray().size(), 4);
        const QJsonObject session =
            root.value(QStringLiteral("sessions")).toArray().at(0).toObject();
        QCOMPARE(session.value(QStringLiteral("fee_cents")).toInteger(), qint64(5000));
        QCOMPARE(session.value(QStringLiteral("date")).toString(), QStringLiteral("2025-01-15"));
        QCOMPARE(session.value(QStringLiteral("kind")).toString(), QStringLiteral("evaluation"));
        const QJsonObject second =
            root.value(QStringLiteral("sessions")).toArray().at(1).toObject();
        QVERIFY(second.value(QStringLiteral("referral_id")).isNull());
        const QJsonObject attachment =
            root.value(QStringLiteral("attachments")).toArray().at(0).toObject();
        QCOMPARE(QByteArray::fromBase64(
                     attachment.value(QStringLiteral("content")).toString().toLatin1()),
                 kPdf);
        QCOMPARE(attachment.value(QStringLiteral("added")).toString(),
                 QStringLiteral("2025-01-02T10:00:00.123Z"));
        QCOMPARE(root.value(QStringLiteral("settings"))
                     .toObject()
                     .value(QStringLiteral("status.paper_late_days"))
                     .toString(),
                 QStringLiteral("45"));
        const QJsonObject sheet =
            root.value(QStringLiteral("care_sheets")).toArray().at(0).toObject();
        QCOMPARE(sheet.value(QStringLiteral("session_ids")).toArray(), (QJsonArray{2, 1}));
        // Version 2: every key in snake_case, as the CLI's --json output.
        QCOMPARE(session.value(QStringLiteral("paid_cents")).toInteger(), qint64(5000));
        QCOMPARE(session.value(QStringLiteral("person_id")).toInteger(), qint64(2));
        QCOMPARE(session.value(QStringLiteral("practitioner_id")).toInteger(), qint64(1));
        QCOMPARE(session.value(QStringLiteral("referral_id")).toInteger(), qint64(1));
        QVERIFY(!session.contains(QStringLiteral("feeCents")));
        QCOMPARE(root.value(QStringLiteral("persons"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("birth_date")),
                 QJsonValue(QStringLiteral("1984-12-03")));
        QCOMPARE(attachment.value(QStringLiteral("original_name")).toString(),
                 QStringLiteral("courrier pédiatre.pdf"));
        QCOMPARE(attachment.value(QStringLiteral("mime_type")).toString(),
                 QStringLiteral("application/pdf"));
        const QJsonObject payment =
            root.value(QStringLiteral("payments")).toArray().at(0).toObject();
        QCOMPARE(payment.value(QStringLiteral("amount_cents")).toInteger(), qint64(6000));
        QCOMPARE(payment.value(QStringLiteral("shares"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("session_id"))
                     .toInteger(),
                 qint64(1));
        const QJsonObject referral =
            root.value(QStringLiteral("referrals")).toArray().at(0).toObject();
        QCOMPARE(referral.value(QStringLiteral("consent_holders")).toArray().size(), 2);
        QCOMPARE(referral.value(QStringLiteral("referrer_role")).toString(), QStringLiteral("gp"));
        const QJsonObject aid =
            root.value(QStringLiteral("aid_requests")).toArray().at(0).toObject();
        QCOMPARE(aid.value(QStringLiteral("session_price_cents")).toInteger(), qint64(6000));
        QCOMPARE(aid.value(QStringLiteral("checklist"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("document_date")),
                 QJsonValue(QStringLiteral("2025-02-10")));
        // Settings keep their names (data, not keys of the format).
        QCOMPARE(root.value(QStringLiteral("settings"))
                     .toObject()
                     .value(QStringLiteral("aid.validityMonths")),
                 QJsonValue(QStringLiteral("18")));
        QStringList keys;
        collectKeys(root, {}, keys);
        static const QRegularExpression snake(QStringLiteral("/[a-z0-9_]+$"));
        for (const QString& key : std::as_const(keys))
            QVERIFY2(snake.match(key).hasMatch(), qPrintable(key));

        auto db = sampleFile();
        JsonExport::Options options;
        options.includeAttachmentContent = false;
        const QJsonObject bare =
            QJsonDocument::fromJson(CARNET_TAKE(JsonExport::exportFile(*db, options))).object();
        QVERIFY(!bare.value(QStringLiteral("attachments"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("content")));
    }

    void wholeFileRoundTrip()
    {
        auto source = sampleFile();
        const QByteArray first = CARNET_TAKE(JsonExport::exportFile(*source));
        auto target = newFile();
        const auto summary = JsonImport::importData(*target, first);
        QVERIFY2(summary.ok(), why(summary).constData());
        QCOMPARE(summary->persons, 2);
        QCOMPARE(summary->practitioners, 2);
        QCOMPARE(summary->attachments, 1);
        QCOMPARE(summary->referrals, 1);
        QCOMPARE(summary->sessions, 4);
        QCOMPARE(summary->careSheets, 1);
        QCOMPARE(summary->payments, 1);
        QCOMPARE(summary->aidRequests, 1);
        QCOMPARE(summary->missingAttachmentFiles, 0);
        const QByteArray second = CARNET_TAKE(JsonExport::exportFile(*target));
        QCOMPARE(second, first);
        // Same rows, same ids, and the attached bytes came along, owner-only.
        QCOMPARE(dump(target->connection()), dump(source->connection()));
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(kPdf, QCryptographicHash::Sha256).toHex());
        const QString copied = QDir(target->attachmentDirectory()).filePath(sha);
        QCOMPARE(fileHash(copied), fileHash(QDir(source->attachmentDirectory()).filePath(sha)));
        QCOMPARE(modeOf(copied), ownerOnlyFile());
        QVERIFY(target->checkIntegrity().value().isEmpty());
    }

    void onePersonRoundTrip()
    {
        auto source = sampleFile();
        // The CPAM payment also pays one of Alice's sessions: her share stays out of Léo's file.
        Payment shared;
        shared.payer = Payer::Mutuelle;
        shared.date = QDate(2025, 3, 1);
        shared.amountCents = 4000;
        shared.shares = {{1, 2000}, {3, 2000}};
        PaymentRepository(source->connection()).insert(shared).value();

        const QByteArray first = CARNET_TAKE(JsonExport::exportPerson(*source, 2));
        const QJsonObject root = QJsonDocument::fromJson(first).object();
        QCOMPARE(root.value(QStringLiteral("scope")).toString(), QStringLiteral("person"));
        QVERIFY(!root.contains(QStringLiteral("settings")));
        QCOMPARE(root.value(QStringLiteral("persons")).toArray().size(), 1);
        QCOMPARE(root.value(QStringLiteral("practitioners")).toArray().size(),
                 1); // the psychologist
        QCOMPARE(root.value(QStringLiteral("sessions")).toArray().size(), 2);
        const QJsonArray payments = root.value(QStringLiteral("payments")).toArray();
        QCOMPARE(payments.size(), 2);
        const QJsonObject mutuelle = payments.at(1).toObject();
        QCOMPARE(mutuelle.value(QStringLiteral("amount_cents")).toInteger(), qint64(4000));
        QCOMPARE(mutuelle.value(QStringLiteral("shares")).toArray().size(), 1);

        auto target = newFile();
        const auto summary = JsonImport::importData(*target, first);
        QVERIFY2(summary.ok(), why(summary).constData());
        QCOMPARE(CARNET_TAKE(JsonExport::exportPerson(*target, 2)), first);
        QCOMPARE(JsonExport::exportPerson(*source, 999).error().kind, Error::Kind::NotFound);
        QVERIFY(!root.contains(QStringLiteral("aid_requests"))); // the AFI request is Alice's
    }

    void archivedPersonsTravelInTheWholeFile()
    {
        auto source = sampleFile();
        QVERIFY(PersonRepository(source->connection()).setArchived(2, true).ok());
        const QByteArray first = CARNET_TAKE(JsonExport::exportFile(*source));
        const QJsonArray persons =
            QJsonDocument::fromJson(first).object().value(QStringLiteral("persons")).toArray();
        // Written for the archived person only: Alice's element is as before the archive.
        QVERIFY(!persons.at(0).toObject().contains(QStringLiteral("archived")));
        QCOMPARE(persons.at(1).toObject().value(QStringLiteral("archived")), QJsonValue(true));

        auto target = newFile();
        QVERIFY(JsonImport::importData(*target, first).ok());
        PersonRepository imported(target->connection());
        QVERIFY(!imported.find(1).value()->archived);
        QVERIFY(imported.find(2).value()->archived);
        QCOMPARE(CARNET_TAKE(JsonExport::exportFile(*target)), first);

        // Léo's own document: the person arrives shown.
        const QByteArray leo = CARNET_TAKE(JsonExport::exportPerson(*source, 2));
        QVERIFY(!leo.contains("\"archived\""));
        auto handedBack = newFile();
        QVERIFY(JsonImport::importData(*handedBack, leo).ok());
        QVERIFY(!PersonRepository(handedBack->connection()).find(2).value()->archived);
    }

    void aidRequestsTravelWithTheirPerson()
    {
        auto source = sampleFile();
        QVERIFY(source);
        const QByteArray alice = CARNET_TAKE(JsonExport::exportPerson(*source, 1));
        const QJsonObject root = QJsonDocument::fromJson(alice).object();
        const QJsonArray aid = root.value(QStringLiteral("aid_requests")).toArray();
        QCOMPARE(aid.size(), 1);
        const QJsonObject request = aid.at(0).toObject();
        QCOMPARE(request.value(QStringLiteral("department_code")).toString(), QStringLiteral("2A"));
        QCOMPARE(request.value(QStringLiteral("decision")).toString(), QStringLiteral("partial"));
        QCOMPARE(request.value(QStringLiteral("granted_cents")).toInteger(), qint64(40000));
        QCOMPARE(request.value(QStringLiteral("payee")).toString(), QStringLiteral("psychologist"));
        const QJsonArray checklist = request.value(QStringLiteral("checklist")).toArray();
        QCOMPARE(checklist.size(), 2);
        QCOMPARE(checklist.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("attached"));
        QCOMPARE(checklist.at(1).toObject().value(QStringLiteral("variant")).toString(),
                 QStringLiteral("rsa"));
        QCOMPARE(request.value(QStringLiteral("claims"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("amount_cents"))
                     .toInteger(),
                 qint64(12000));
        // The quote's scan comes along, so the checklist item still points at it.
        QCOMPARE(root.value(QStringLiteral("attachments")).toArray().size(), 1);

        // Merged into a file that already has data: new ids, references followed.
        auto target = sampleFile();
        JsonImport::Options options;
        options.ids = JsonImport::Ids::Renumber;
        const auto summary = JsonImport::importData(*target, alice, options);
        QVERIFY2(summary.ok(), why(summary).constData());
        QCOMPARE(summary->aidRequests, 1);
        const auto requests = AidRepository(target->connection()).all().value();
        QCOMPARE(requests.size(), 2);
        const AidRequest& merged = requests.at(1);
        QCOMPARE(merged.personId, summary->personIds.value(1));
        QVERIFY(merged.personId != 1);
        QCOMPARE(merged.checklist.size(), 2);
        QVERIFY(merged.checklist.at(0).attachmentId != 0);
        QCOMPARE(merged.claims.size(), 1);
        QCOMPARE(merged.grantedCents, Cents(40000));
    }

    void renumberMergesIntoAnotherFile()
    {
        auto source = sampleFile();
        const QByteArray leo = CARNET_TAKE(JsonExport::exportPerson(*source, 2));
        // Into the same file: ids are taken, so Keep refuses and Renumber adds a copy.
        const QStringList before = dump(source->connection());
        const auto refused = JsonImport::importData(*source, leo);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(dump(source->connection()), before);

        JsonImport::Options options;
        options.ids = JsonImport::Ids::Renumber;
        const auto summary = JsonImport::importData(*source, leo, options);
        QVERIFY2(summary.ok(), why(summary).constData());
        QCOMPARE(summary->persons, 1);
        QCOMPARE(summary->practitioners, 0); // Claire Dubois is already in the file
        const qint64 copy = summary->personIds.value(2);
        QVERIFY(copy > 2);
        QCOMPARE(PersonRepository(source->connection()).all().value().size(), 3);
        QCOMPARE(PractitionerRepository(source->connection()).all().value().size(), 2);
        // The copy's sessions, sheet and payment point at the copy's ids.
        const auto sessions =
            SessionRepository(source->connection()).find(SessionFilter::person(copy)).value();
        QCOMPARE(sessions.size(), 2);
        const auto sheets = CareSheetRepository(source->connection()).forPerson(copy).value();
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.at(0).sessionIds, (QList<qint64>{sessions.at(1).id, sessions.at(0).id}));
        const auto referral = ReferralRepository(source->connection()).forPerson(copy).value();
        QCOMPARE(sessions.at(0).referralId, referral.at(0).id);
        QVERIFY(referral.at(0).attachmentId != 1);
        const auto payments =
            PaymentRepository(source->connection()).touching(SessionFilter::person(copy)).value();
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments.at(0).shares.at(0).sessionId, sessions.at(0).id);
        QVERIFY(source->checkIntegrity().value().isEmpty());
    }

    void malformedInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("raw");    // used as is when not empty
        QTest::addColumn<Mutation>("mutation"); // else applied to a valid document
        QTest::addColumn<QString>("field");
        const Mutation none;
        const QByteArray valid = validDocument();
        QTest::newRow("empty") << QByteArray(" ") << none << QString();
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << none << QString();
        QTest::newRow("not an object") << QByteArray("[1, 2]") << none << QString();
        QTest::newRow("huge number")
            << QByteArray(valid).replace("\"fee_cents\": 5000", "\"fee_cents\": 1e400") << none
            << QString(); // beyond a double: not even valid JSON
        QTest::newRow("huge but valid number")
            << QByteArray(valid).replace("\"fee_cents\": 5000", "\"fee_cents\": 1e300") << none
            << QStringLiteral("sessions[0].fee_cents");
        QTest::newRow("id beyond 2^53")
            << QByteArray(valid).replace("\"id\": 1,", "\"id\": 9007199254740993,") << none
            << QStringLiteral("persons[0].id"); // every "id": 1 replaced; persons come first
        auto top = [](const QString& key, const QJsonValue& value) -> Mutation {
            return [=](QJsonObject& root) {
                root.insert(key, value);
            };
        };
        QTest::newRow("archived not a boolean")
            << QByteArray()
            << setField(QStringLiteral("persons"), 1, QStringLiteral("archived"),
                        QStringLiteral("yes"))
            << QStringLiteral("persons[1].archived");
        QTest::newRow("other format")
            << QByteArray() << top(QStringLiteral("format"), QStringLiteral("keepass"))
            << QStringLiteral("format");
        QTest::newRow("no version") << QByteArray() << Mutation([](QJsonObject& root) {
            root.remove(QStringLiteral("version"));
        }) << QStringLiteral("version");
        QTest::newRow("newer version")
            << QByteArray() << top(QStringLiteral("version"), 3) << QStringLiteral("version");
        QTest::newRow("version 0")
            << QByteArray() << top(QStringLiteral("version"), 0) << QStringLiteral("version");
        QTest::newRow("version as text")
            << QByteArray() << top(QStringLiteral("version"), QStringLiteral("1"))
            << QStringLiteral("version");
        QTest::newRow("unknown scope")
            << QByteArray() << top(QStringLiteral("scope"), QStringLiteral("all"))
            << QStringLiteral("scope");
        QTest::newRow("unknown top-level key")
            << QByteArray() << top(QStringLiteral("aidrequests"), QJsonArray())
            << QStringLiteral("aidrequests");
        QTest::newRow("aid of nobody")
            << QByteArray()
            << setField(QStringLiteral("aid_requests"), 0, QStringLiteral("person_id"), 999)
            << QStringLiteral("aid_requests[0].person_id");
        QTest::newRow("aid of an unknown psychologist")
            << QByteArray()
            << setField(QStringLiteral("aid_requests"), 0, QStringLiteral("psychologist_id"), 999)
            << QStringLiteral("aid_requests[0].psychologist_id");
        QTest::newRow("aid in no département")
            << QByteArray()
            << setField(QStringLiteral("aid_requests"), 0, QStringLiteral("department_code"),
                        QStringLiteral("2C"))
            << QStringLiteral("aid_requests[0].department_code");
        QTest::newRow("aid decision unknown")
            << QByteArray()
            << setField(QStringLiteral("aid_requests"), 0, QStringLiteral("decision"),
                        QStringLiteral("maybe"))
            << QStringLiteral("aid_requests[0].decision");
        QTest::newRow("persons not a list")
            << QByteArray() << top(QStringLiteral("persons"), QJsonObject())
            << QStringLiteral("persons");
        QTest::newRow("name is a number")
            << QByteArray() << setField(QStringLiteral("persons"), 0, QStringLiteral("name"), 5)
            << QStringLiteral("persons[0].name");
        QTest::newRow("fee as text") << QByteArray()
                                     << setField(QStringLiteral("sessions"), 0,
                                                 QStringLiteral("fee_cents"), QStringLiteral("50"))
                                     << QStringLiteral("sessions[0].fee_cents");
        QTest::newRow("fractional cents")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("fee_cents"), 50.5)
            << QStringLiteral("sessions[0].fee_cents");
        QTest::newRow("negative fee")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("fee_cents"), -1)
            << QStringLiteral("sessions[0].fee_cents");
        QTest::newRow("huge amount")
            << QByteArray()
            << setField(QStringLiteral("payments"), 0, QStringLiteral("amount_cents"), 1e12)
            << QStringLiteral("payments[0].amount_cents");
        QTest::newRow("huge id") << QByteArray()
                                 << setField(QStringLiteral("persons"), 0, QStringLiteral("id"),
                                             1e20)
                                 << QStringLiteral("persons[0].id");
        QTest::newRow("zero id") << QByteArray()
                                 << setField(QStringLiteral("persons"), 0, QStringLiteral("id"), 0)
                                 << QStringLiteral("persons[0].id");
        QTest::newRow("paid above fee")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("paid_cents"), 6000)
            << QStringLiteral("sessions[0].paid_cents");
        QTest::newRow("unknown key")
            << QByteArray() << setField(QStringLiteral("persons"), 0, QStringLiteral("age"), 40)
            << QStringLiteral("persons[0].age");
        QTest::newRow("unknown kind") << QByteArray()
                                      << setField(QStringLiteral("sessions"), 1,
                                                  QStringLiteral("kind"), QStringLiteral("therapy"))
                                      << QStringLiteral("sessions[1].kind");
        QTest::newRow("key in capitals")
            << QByteArray()
            << setField(QStringLiteral("payments"), 0, QStringLiteral("payer"),
                        QStringLiteral("CPAM"))
            << QStringLiteral("payments[0].payer");
        QTest::newRow("impossible date")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("date"),
                        QStringLiteral("2025-02-30"))
            << QStringLiteral("sessions[0].date");
        QTest::newRow("date with time")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("date"),
                        QStringLiteral("2025-02-03T10:00"))
            << QStringLiteral("sessions[0].date");
        QTest::newRow("missing date")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("date"), QJsonValue())
            << QStringLiteral("sessions[0].date");
        QTest::newRow("partner as text")
            << QByteArray()
            << setField(QStringLiteral("practitioners"), 0, QStringLiteral("partner"),
                        QStringLiteral("yes"))
            << QStringLiteral("practitioners[0].partner");
        QTest::newRow("duplicate id")
            << QByteArray() << setField(QStringLiteral("persons"), 1, QStringLiteral("id"), 1)
            << QStringLiteral("persons[1].id");
        QTest::newRow("dangling person")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("person_id"), 999)
            << QStringLiteral("sessions[0].person_id");
        QTest::newRow("dangling practitioner")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("practitioner_id"), 999)
            << QStringLiteral("sessions[0].practitioner_id");
        QTest::newRow("dangling referral")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 1, QStringLiteral("referral_id"), 999)
            << QStringLiteral("sessions[1].referral_id");
        QTest::newRow("another person's courrier")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 2, QStringLiteral("referral_id"), 1)
            << QStringLiteral("sessions[2].referral_id");
        QTest::newRow("dangling attachment")
            << QByteArray()
            << setField(QStringLiteral("referrals"), 0, QStringLiteral("attachment_id"), 999)
            << QStringLiteral("referrals[0].attachment_id");
        QTest::newRow("dangling sheet session")
            << QByteArray()
            << setField(QStringLiteral("care_sheets"), 0, QStringLiteral("session_ids"),
                        QJsonArray{2, 999})
            << QStringLiteral("care_sheets[0].session_ids[1]");
        QTest::newRow("sheet of another person's session")
            << QByteArray()
            << setField(QStringLiteral("care_sheets"), 0, QStringLiteral("session_ids"),
                        QJsonArray{2, 3})
            << QStringLiteral("care_sheets[0].session_ids[1]");
        QTest::newRow("session twice on a sheet")
            << QByteArray()
            << setField(QStringLiteral("care_sheets"), 0, QStringLiteral("session_ids"),
                        QJsonArray{2, 2})
            << QStringLiteral("care_sheets[0].session_ids[1]");
        QTest::newRow("empty sheet") << QByteArray()
                                     << setField(QStringLiteral("care_sheets"), 0,
                                                 QStringLiteral("session_ids"), QJsonArray())
                                     << QStringLiteral("care_sheets[0].session_ids");
        QTest::newRow("dangling share")
            << QByteArray()
            << setField(QStringLiteral("payments"), 0, QStringLiteral("shares"),
                        QJsonArray{QJsonObject{{QStringLiteral("session_id"), 999},
                                               {QStringLiteral("amount_cents"), 100}}})
            << QStringLiteral("payments[0].shares[0].session_id");
        QTest::newRow("shares above amount")
            << QByteArray()
            << setField(QStringLiteral("payments"), 0, QStringLiteral("amount_cents"), 5000)
            << QStringLiteral("payments[0].shares");
        QTest::newRow("version 1 key in version 2")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("feeCents"), 5000)
            << QStringLiteral("sessions[0].feeCents");
        // The rules every other write goes through (core/rules/Validation.h).
        QTest::newRow("rule: fee above the tariff")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("fee_cents"), 9000)
            << QStringLiteral("sessions[0].fee_cents");
        QTest::newRow("rule: session with a doctor")
            << QByteArray()
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("practitioner_id"), 2)
            << QStringLiteral("sessions[0].practitioner_id");
        QTest::newRow("rule: person without a name")
            << QByteArray()
            << setField(QStringLiteral("persons"), 1, QStringLiteral("name"), QStringLiteral("  "))
            << QStringLiteral("persons[1].name");
        QTest::newRow("rule: born in the future")
            << QByteArray()
            << setField(QStringLiteral("persons"), 0, QStringLiteral("birth_date"),
                        QStringLiteral("2999-01-01"))
            << QStringLiteral("persons[0].birth_date");
        QTest::newRow("rule: malformed NIR")
            << QByteArray()
            << setField(QStringLiteral("persons"), 0, QStringLiteral("nir"), QStringLiteral("123"))
            << QStringLiteral("persons[0].nir");
        QTest::newRow("rule: courrier from the future")
            << QByteArray()
            << setField(QStringLiteral("referrals"), 0, QStringLiteral("date"),
                        QStringLiteral("2999-01-01"))
            << QStringLiteral("referrals[0].date");
        QTest::newRow("rule: courrier by a psychologist")
            << QByteArray()
            << setField(QStringLiteral("referrals"), 0, QStringLiteral("referrer_role"),
                        QStringLiteral("psychologist"))
            << QStringLiteral("referrals[0].referrer_role");
        QTest::newRow("rule: a minor's courrier without consent")
            << QByteArray()
            << setField(QStringLiteral("referrals"), 0, QStringLiteral("consent_holders"),
                        QJsonArray())
            << QStringLiteral("referrals[0].consent_holders");
        QTest::newRow("rule: sheet sent before it was issued")
            << QByteArray()
            << setField(QStringLiteral("care_sheets"), 0, QStringLiteral("sent"),
                        QStringLiteral("2025-01-02"))
            << QStringLiteral("care_sheets[0].sent");
        QTest::newRow("rule: payment of nothing")
            << QByteArray()
            << setField(QStringLiteral("payments"), 0, QStringLiteral("amount_cents"), 0)
            << QStringLiteral("payments[0].amount_cents");
        QTest::newRow("rule: payment without a date")
            << QByteArray()
            << setField(QStringLiteral("payments"), 0, QStringLiteral("date"), QJsonValue())
            << QStringLiteral("payments[0].date");
        QTest::newRow("bad sha") << QByteArray()
                                 << setField(QStringLiteral("attachments"), 0,
                                             QStringLiteral("sha256"),
                                             QStringLiteral("../../etc/passwd"))
                                 << QStringLiteral("attachments[0].sha256");
        QTest::newRow("content not base64")
            << QByteArray()
            << setField(QStringLiteral("attachments"), 0, QStringLiteral("content"),
                        QStringLiteral("@@@"))
            << QStringLiteral("attachments[0].content");
        QTest::newRow("content does not match")
            << QByteArray()
            << setField(QStringLiteral("attachments"), 0, QStringLiteral("content"),
                        QString::fromLatin1(QByteArray("other bytes").toBase64()))
            << QStringLiteral("attachments[0].content");
        QTest::newRow("bad setting")
            << QByteArray()
            << top(QStringLiteral("settings"),
                   QJsonObject{{QStringLiteral("status.paper_late_days"), QStringLiteral("-3")}})
            << QStringLiteral("settings.status.paper_late_days");
        QTest::newRow("bad setting name")
            << QByteArray()
            << top(QStringLiteral("settings"),
                   QJsonObject{{QStringLiteral("Bad Key"), QStringLiteral("1")}})
            << QStringLiteral("settings.Bad Key");
        QTest::newRow("unknown aid setting")
            << QByteArray()
            << top(QStringLiteral("settings"),
                   QJsonObject{{QStringLiteral("aid.colour"), QStringLiteral("1")}})
            << QStringLiteral("settings.aid.colour");
    }
    void malformedInputIsRefused()
    {
        QFETCH(QByteArray, raw);
        QFETCH(Mutation, mutation);
        QFETCH(QString, field);
        QByteArray json = raw;
        if (json.isEmpty()) {
            QJsonObject root = QJsonDocument::fromJson(validDocument()).object();
            mutation(root);
            json = QJsonDocument(root).toJson();
        }
        // Into a file that already holds something: it must stay exactly as it was.
        auto db = newFile();
        Person someone = sampleAdult();
        someone.id = 500;
        PersonRepository(db->connection()).insert(someone).value();
        const QStringList before = dump(db->connection());
        const QStringList filesBefore = QDir(db->attachmentDirectory()).entryList(QDir::Files);
        const auto result = JsonImport::importData(*db, json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.error().message.isEmpty());
        if (field.contains(QLatin1Char('.')) || field.contains(QLatin1Char('[')))
            QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
        QCOMPARE(dump(db->connection()), before);
        QCOMPARE(QDir(db->attachmentDirectory()).entryList(QDir::Files), filesBefore);
    }

    // An export edited to hold a 90 € evaluation: refused as `session add` refuses it, the
    // element named, and the file (which holds data) left with every row as it was.
    void feeAboveTariffIsRefused()
    {
        QJsonObject root = QJsonDocument::fromJson(validDocument()).object();
        setField(QStringLiteral("sessions"), 0, QStringLiteral("fee_cents"), 9000)(root);
        setField(QStringLiteral("sessions"), 0, QStringLiteral("paid_cents"), 9000)(root);
        auto db = sampleFile();
        const QStringList before = dump(db->connection());
        const qsizetype sessionsBefore =
            SessionRepository(db->connection()).find(SessionFilter::all()).value().size();
        JsonImport::Options options;
        options.ids = JsonImport::Ids::Renumber;
        const auto result = JsonImport::importData(*db, QJsonDocument(root).toJson(), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QCOMPARE(result.error().field, QStringLiteral("sessions[0].fee_cents"));
        QVERIFY2(result.error().message.contains(QStringLiteral("sessions[0].fee_cents")) &&
                     result.error().message.contains(QStringLiteral("tariff")),
                 qPrintable(result.error().message));
        QCOMPARE(SessionRepository(db->connection()).find(SessionFilter::all()).value().size(),
                 sessionsBefore);
        QCOMPARE(dump(db->connection()), before);
        // The same session at the tariff is imported.
        setField(QStringLiteral("sessions"), 0, QStringLiteral("fee_cents"), 5000)(root);
        setField(QStringLiteral("sessions"), 0, QStringLiteral("paid_cents"), 5000)(root);
        const auto imported = JsonImport::importData(*db, QJsonDocument(root).toJson(), options);
        QVERIFY2(imported.ok(), why(imported).constData());
    }

    // A second evaluation in a year is imported (as `session add` records it), with the
    // year's verdict as a warning naming the element.
    void secondEvaluationIsImportedWithAWarning()
    {
        QJsonObject root = QJsonDocument::fromJson(validDocument()).object();
        addSession({{QStringLiteral("id"), 10},
                    {QStringLiteral("person_id"), 2},
                    {QStringLiteral("practitioner_id"), 1},
                    {QStringLiteral("date"), QStringLiteral("2025-03-05")},
                    {QStringLiteral("kind"), QStringLiteral("evaluation")},
                    {QStringLiteral("mode"), QStringLiteral("office")},
                    {QStringLiteral("fee_cents"), 5000},
                    {QStringLiteral("paid_cents"), 5000},
                    {QStringLiteral("referral_id"), QJsonValue()},
                    {QStringLiteral("notes"), QString()}})(root);
        auto db = newFile();
        const auto summary = JsonImport::importData(*db, QJsonDocument(root).toJson());
        QVERIFY2(summary.ok(), why(summary).constData());
        QCOMPARE(summary->sessions, 5);
        QCOMPARE(summary->warnings.size(), 1);
        QCOMPARE(summary->warnings.at(0).path, QStringLiteral("sessions[4]"));
        QCOMPARE(summary->warnings.at(0).message,
                 QStringLiteral("This session will not be covered: ") +
                     CarePathRules::reasonText(NotCoveredReason::SecondEvaluation));
        // The document as exported has nothing to say.
        auto clean = newFile();
        const auto plain = JsonImport::importData(*clean, validDocument());
        QVERIFY2(plain.ok(), why(plain).constData());
        QVERIFY(plain->warnings.isEmpty());
    }

    // A document of version 1 (camelCase keys, written by an older Carnet) still imports, to
    // the same facts: its export is the same document as version 2 spells it.
    void version1DocumentImports()
    {
        const QByteArray v1 = version1Fixture();
        QVERIFY(!v1.isEmpty());
        const QJsonObject original = QJsonDocument::fromJson(v1).object();
        QCOMPARE(original.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(original.contains(QStringLiteral("careSheets")));
        auto db = newFile();
        const auto summary = JsonImport::importData(*db, v1);
        QVERIFY2(summary.ok(), why(summary).constData());
        QCOMPARE(summary->persons, 2);
        QCOMPARE(summary->practitioners, 1);
        QCOMPARE(summary->attachments, 1);
        QCOMPARE(summary->referrals, 1);
        QCOMPARE(summary->sessions, 4);
        QCOMPARE(summary->careSheets, 1);
        QCOMPARE(summary->payments, 1);
        QCOMPARE(summary->aidRequests, 1);
        QCOMPARE(summary->missingAttachmentFiles, 0);
        QVERIFY(summary->warnings.isEmpty());
        const auto child = SessionRepository(db->connection()).find(qint64(3)).value();
        QVERIFY(child.has_value());
        QCOMPARE(child->feeCents, Cents(5000));
        QCOMPARE(child->referralId, qint64(1));
        QCOMPARE(SettingsRepository(db->connection())
                     .value(QStringLiteral("aid.validityMonths"))
                     .value(),
                 std::optional<QString>(QStringLiteral("18")));

        QJsonObject exported =
            QJsonDocument::fromJson(CARNET_TAKE(JsonExport::exportFile(*db))).object();
        QCOMPARE(exported.value(QStringLiteral("version")).toInt(), 2);
        QJsonObject expected = asVersion2(original).toObject();
        for (QJsonObject* o : {&exported, &expected}) {
            o->remove(QStringLiteral("version"));
            o->remove(QStringLiteral("generator"));
        }
        QCOMPARE(exported, expected);
    }

    // A version 1 document is judged by the same rules, and its places named as it spells
    // them; the keys of one version are unknown to the other.
    void version1RefusalsNameItsKeys_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("field");
        QTest::newRow("fee above the tariff")
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("feeCents"), 9000)
            << QStringLiteral("sessions[0].feeCents");
        QTest::newRow("session twice on a sheet")
            << setField(QStringLiteral("careSheets"), 0, QStringLiteral("sessionIds"),
                        QJsonArray{1, 1})
            << QStringLiteral("careSheets[0].sessionIds[1]");
        QTest::newRow("aid of nobody")
            << setField(QStringLiteral("aidRequests"), 0, QStringLiteral("personId"), 999)
            << QStringLiteral("aidRequests[0].personId");
        QTest::newRow("version 2 key in version 1")
            << setField(QStringLiteral("sessions"), 0, QStringLiteral("fee_cents"), 5000)
            << QStringLiteral("sessions[0].fee_cents");
    }
    void version1RefusalsNameItsKeys()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, field);
        QJsonObject root = QJsonDocument::fromJson(version1Fixture()).object();
        mutation(root);
        auto db = newFile();
        const QStringList before = dump(db->connection());
        const auto result = JsonImport::importData(*db, QJsonDocument(root).toJson());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, field);
        QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
        QCOMPARE(dump(db->connection()), before);
    }

    void failureWhileWritingLeavesNoFile()
    {
        // The document is sound but its person 2 clashes with the file: the attachment file
        // written during the import goes away with the rollback.
        const QByteArray json = validDocument();
        auto db = newFile();
        Person clash = sampleChild();
        clash.id = 2;
        PersonRepository(db->connection()).insert(clash).value();
        const QStringList before = dump(db->connection());
        const auto result = JsonImport::importData(*db, json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Conflict);
        QCOMPARE(dump(db->connection()), before);
        QVERIFY(QDir(db->attachmentDirectory()).entryList(QDir::Files).isEmpty());
    }

    void metadataWithoutBytes()
    {
        auto source = sampleFile();
        JsonExport::Options options;
        options.includeAttachmentContent = false;
        const QByteArray json = CARNET_TAKE(JsonExport::exportFile(*source, options));
        auto target = newFile();
        const auto summary = JsonImport::importData(*target, json);
        QVERIFY(summary.ok());
        QCOMPARE(summary->missingAttachmentFiles, 1);
        QCOMPARE(AttachmentRepository(target->connection()).all().value().size(), 1);
    }

    void importThroughServiceSignalsOnce()
    {
        CarnetFile service(newFile());
        QSignalSpy spy(&service, &CarnetFile::changed);
        QVERIFY(JsonImport::importInto(service, validDocument(), {}).ok());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(service.people().persons().size(), 2);
        QVERIFY(!JsonImport::importInto(service, QByteArray("{"), {}).ok());
        QCOMPARE(spy.count(), 1);
    }

    void readOnlyFileRefusesImport()
    {
        auto db = newFile();
        Database::OpenOptions options;
        options.readOnlyWhenLocked = true;
        options.backupOnOpen = false;
        auto reader = Database::open(db->path(), options);
        QVERIFY(reader.ok() && reader.value()->isReadOnly());
        QCOMPARE(JsonImport::importData(*reader.value(), validDocument()).error().kind,
                 Error::Kind::ReadOnly);
    }

    void filesAreWrittenWholeAndPrivate()
    {
        auto db = sampleFile();
        const QString path = m_dir.filePath(QStringLiteral("export.json"));
        const QByteArray json = CARNET_TAKE(JsonExport::exportFile(*db));
        QVERIFY(JsonExport::writeFile(path, json).ok());
        QCOMPARE(modeOf(path), ownerOnlyFile());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), json);
        auto target = newFile();
        QVERIFY(JsonImport::importFile(*target, path, {}).ok());
        QCOMPARE(JsonImport::importFile(*target, m_dir.filePath(QStringLiteral("none.json")), {})
                     .error()
                     .kind,
                 Error::Kind::NotFound);
        QVERIFY(!JsonExport::writeFile(m_dir.filePath(QStringLiteral("no/such/dir/x.json")), json)
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "TestJson.moc"
