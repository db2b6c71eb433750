#include "io/JsonImport.h"

#include "aid/AidSettings.h"
#include "io/ImportDocument.h"
#include "io/JsonExport.h"
#include "io/JsonImportReaders.h"
#include "io/JsonImportRules.h"
#include "io/JsonImportStore.h"
#include "io/JsonReader.h"
#include "service/CarnetFile.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace carnet {

namespace {

// tr() under the context lupdate gives these strings, in free functions and members alike.
struct JsonImportText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::JsonImport)
};

template <typename T, typename Read>
QList<T> readList(JsonReader& r, const QJsonObject& root, const QString& name, Read read)
{
    QList<T> list;
    QSet<qint64> ids;
    const QJsonArray array = r.array(root, name, {});
    for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
        const QString path = JsonReader::at(r.name(name), i);
        const T item = read(r, r.object(array.at(i), path), path);
        if (r.failed())
            break;
        if (ids.contains(item.id)) {
            r.fail(r.join(path, QStringLiteral("id")), JsonImportText::tr("is used twice"));
            break;
        }
        ids.insert(item.id);
        list.append(item);
    }
    return list;
}

template <typename T>
QHash<qint64, const T*> indexOf(const QList<T>& list)
{
    QHash<qint64, const T*> index;
    for (const T& item : list)
        index.insert(item.id, &item);
    return index;
}

// Every reference inside the document points at something in the document.
void checkReferences(JsonReader& r, const ImportDocument& d)
{
    const auto persons = indexOf(d.persons);
    const auto practitioners = indexOf(d.practitioners);
    const auto attachments = indexOf(d.attachments);
    const auto referrals = indexOf(d.referrals);
    const auto sessions = indexOf(d.sessions);
    const QString missing = JsonImportText::tr("refers to something the document does not hold");
    for (qsizetype i = 0; i < d.referrals.size() && !r.failed(); ++i) {
        const Referral& ref = d.referrals.at(i);
        const QString path = JsonReader::at(QStringLiteral("referrals"), i);
        if (!persons.contains(ref.personId))
            r.fail(r.join(path, QStringLiteral("person_id")), missing);
        else if (ref.attachmentId != 0 && !attachments.contains(ref.attachmentId))
            r.fail(r.join(path, QStringLiteral("attachment_id")), missing);
    }
    for (qsizetype i = 0; i < d.sessions.size() && !r.failed(); ++i) {
        const Session& s = d.sessions.at(i);
        const QString path = JsonReader::at(QStringLiteral("sessions"), i);
        if (!persons.contains(s.personId))
            r.fail(r.join(path, QStringLiteral("person_id")), missing);
        else if (!practitioners.contains(s.practitionerId))
            r.fail(r.join(path, QStringLiteral("practitioner_id")), missing);
        else if (s.referralId != 0 && !referrals.contains(s.referralId))
            r.fail(r.join(path, QStringLiteral("referral_id")), missing);
        else if (s.referralId != 0 && referrals.value(s.referralId)->personId != s.personId)
            r.fail(r.join(path, QStringLiteral("referral_id")),
                   JsonImportText::tr("is a courrier for another person"));
    }
    for (qsizetype i = 0; i < d.aidRequests.size() && !r.failed(); ++i) {
        const AidRequest& a = d.aidRequests.at(i);
        const QString path = JsonReader::at(r.name(QStringLiteral("aid_requests")), i);
        if (!persons.contains(a.personId))
            r.fail(r.join(path, QStringLiteral("person_id")), missing);
        else if (a.psychologistId != 0 && !practitioners.contains(a.psychologistId))
            r.fail(r.join(path, QStringLiteral("psychologist_id")), missing);
        for (qsizetype j = 0; j < a.checklist.size() && !r.failed(); ++j) {
            const qint64 attachment = a.checklist.at(j).attachmentId;
            if (attachment != 0 && !attachments.contains(attachment)) {
                r.fail(r.join(JsonReader::at(r.join(path, QStringLiteral("checklist")), j),
                              QStringLiteral("attachment_id")),
                       missing);
            }
        }
    }
    QSet<qint64> onSheet;
    for (qsizetype i = 0; i < d.sheets.size() && !r.failed(); ++i) {
        const CareSheet& c = d.sheets.at(i);
        const QString path = JsonReader::at(r.name(QStringLiteral("care_sheets")), i);
        if (!persons.contains(c.personId)) {
            r.fail(r.join(path, QStringLiteral("person_id")), missing);
            break;
        }
        for (qsizetype j = 0; j < c.sessionIds.size() && !r.failed(); ++j) {
            const QString at = JsonReader::at(r.join(path, QStringLiteral("session_ids")), j);
            const qint64 id = c.sessionIds.at(j);
            if (!sessions.contains(id))
                r.fail(at, missing);
            else if (sessions.value(id)->personId != c.personId)
                r.fail(at, JsonImportText::tr("is a session of another person"));
            else if (onSheet.contains(id))
                r.fail(at, JsonImportText::tr("is on two care sheets"));
            onSheet.insert(id);
        }
    }
    for (qsizetype i = 0; i < d.payments.size() && !r.failed(); ++i) {
        const Payment& p = d.payments.at(i);
        QSet<qint64> paid;
        for (qsizetype j = 0; j < p.shares.size() && !r.failed(); ++j) {
            const QString at =
                r.join(JsonReader::at(r.join(JsonReader::at(QStringLiteral("payments"), i),
                                             QStringLiteral("shares")),
                                      j),
                       QStringLiteral("session_id"));
            const qint64 id = p.shares.at(j).sessionId;
            if (!sessions.contains(id))
                r.fail(at, missing);
            else if (paid.contains(id))
                r.fail(at, JsonImportText::tr("is paid twice by the same payment"));
            paid.insert(id);
        }
    }
}

// Reads and checks the whole document, then judges its facts by the rules (JsonImportRules),
// which may normalise them and appends their `warnings`.
Result<ImportDocument> parse(const QByteArray& json, QDate today,
                             QList<JsonImport::Warning>& warnings)
{
    if (json.size() > JsonImport::maxDocumentBytes)
        return Error::invalid(QString(),
                              JsonImportText::tr("The document is too large to import."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::invalid(
            QString(),
            JsonImportText::tr(
                "The document is not valid JSON (%1 at byte %2): is it complete? Nothing was "
                "changed.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    if (!doc.isObject())
        return Error::invalid(QString(),
                              JsonImportText::tr("The document is not a Carnet export."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("carnet"))
        return Error::invalid(QStringLiteral("format"),
                              JsonImportText::tr("The document is not a Carnet export."));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())) {
        return Error::invalid(
            QStringLiteral("version"),
            JsonImportText::tr("The document does not say which version of the format it "
                               "uses."));
    }
    if (version.toDouble() > JsonExport::formatVersion) {
        return Error::invalid(
            QStringLiteral("version"),
            JsonImportText::tr("The document was written by a newer Carnet (format version %1; "
                               "this Carnet reads version %2). Update Carnet to import it.")
                .arg(version.toDouble())
                .arg(JsonExport::formatVersion));
    }
    if (version.toDouble() < JsonReader::firstVersion) {
        return Error::invalid(
            QStringLiteral("version"),
            JsonImportText::tr("The document uses an unknown format version (%1).")
                .arg(version.toDouble()));
    }

    JsonReader r(version.toInt());
    ImportDocument d;
    r.keys(root, {},
           {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("scope"),
            QStringLiteral("generator"), QStringLiteral("settings"), QStringLiteral("persons"),
            QStringLiteral("practitioners"), QStringLiteral("attachments"),
            QStringLiteral("referrals"), QStringLiteral("sessions"), QStringLiteral("care_sheets"),
            QStringLiteral("payments"), QStringLiteral("aid_requests")});
    d.scope = r.text(root, QStringLiteral("scope"), {}, true);
    if (!r.failed() && d.scope != QLatin1String("file") && d.scope != QLatin1String("person"))
        r.fail(QStringLiteral("scope"), JsonImportText::tr("should be \"file\" or \"person\""));
    r.text(root, QStringLiteral("generator"), {});
    if (root.contains(QStringLiteral("settings")) && !r.failed()) {
        d.hasSettings = true;
        const QJsonObject settings =
            r.object(root.value(QStringLiteral("settings")), QStringLiteral("settings"));
        static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9_.]{1,100}$"));
        for (auto it = settings.begin(); it != settings.end() && !r.failed(); ++it) {
            const QString path = QStringLiteral("settings.") + it.key();
            if (!keyPattern.match(it.key()).hasMatch()) {
                r.fail(path, JsonImportText::tr("is not a setting name"));
                break;
            }
            const QString value = r.text(it.value(), path);
            if (it.key().startsWith(QLatin1String("status."))) {
                bool ok = false;
                const int days = value.toInt(&ok);
                if (!ok || days < 1 || days > 3650)
                    r.fail(path, JsonImportText::tr("should be a number of days"));
            } else if (it.key().startsWith(QLatin1String("aid."))) {
                bool ok = false;
                const int number = value.toInt(&ok);
                AidSettings aid;
                if (!ok || !aid.setValue(it.key().mid(4), number))
                    r.fail(path,
                           JsonImportText::tr("is not an aid setting with a number from 0 to 120"));
            }
            d.settings.insert(it.key(), value);
        }
    }
    d.persons = readList<Person>(r, root, QStringLiteral("persons"), JsonImportReaders::readPerson);
    d.practitioners = readList<Practitioner>(r, root, QStringLiteral("practitioners"),
                                             JsonImportReaders::readPractitioner);
    d.attachments =
        readList<Attachment>(r, root, QStringLiteral("attachments"),
                             [&d](JsonReader& rr, const QJsonObject& o, const QString& path) {
                                 return JsonImportReaders::readAttachment(rr, o, path, d.contents);
                             });
    d.referrals =
        readList<Referral>(r, root, QStringLiteral("referrals"), JsonImportReaders::readReferral);
    d.sessions =
        readList<Session>(r, root, QStringLiteral("sessions"), JsonImportReaders::readSession);
    d.sheets =
        readList<CareSheet>(r, root, QStringLiteral("care_sheets"), JsonImportReaders::readSheet);
    d.payments =
        readList<Payment>(r, root, QStringLiteral("payments"), JsonImportReaders::readPayment);
    d.aidRequests = readList<AidRequest>(r, root, QStringLiteral("aid_requests"),
                                         JsonImportReaders::readAidRequest);
    if (!r.failed())
        checkReferences(r, d);
    if (!r.failed())
        warnings = JsonImportRules::judge(d, r, today);
    if (r.failed())
        return r.error();
    return d;
}

} // namespace

Result<JsonImport::Summary> JsonImport::importData(Database& db, const QByteArray& json,
                                                   Options options)
{
    if (db.isReadOnly()) {
        return Error{Error::Kind::ReadOnly,
                     {},
                     JsonImportText::tr("This file is open read-only: nothing was imported.")};
    }
    QList<Warning> warnings;
    auto document =
        parse(json, options.today.isValid() ? options.today : QDate::currentDate(), warnings);
    if (!document)
        return document.error();
    auto summary = JsonImportStore::store(db, document.value(), options.ids);
    if (summary)
        summary.value().warnings = std::move(warnings);
    return summary;
}

Result<JsonImport::Summary> JsonImport::importFile(Database& db, const QString& path,
                                                   Options options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::notFound(
            QStringLiteral("path"),
            JsonImportText::tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    }
    if (file.size() > maxDocumentBytes)
        return Error::invalid(QStringLiteral("path"),
                              JsonImportText::tr("The document is too large to import."));
    return importData(db, file.readAll(), options);
}

Result<JsonImport::Summary> JsonImport::importInto(CarnetFile& service, const QByteArray& json,
                                                   Options options)
{
    if (!options.today.isValid())
        options.today = service.today();
    auto summary = importData(service.database(), json, options);
    if (summary)
        service.notifyChanged();
    return summary;
}

} // namespace carnet
