#include "io/JsonImport.h"

#include "aid/AidSettings.h"
#include "io/ImportDocument.h"
#include "io/JsonExport.h"
#include "io/JsonImportRules.h"
#include "io/JsonReader.h"
#include "service/CarnetFile.h"
#include "store/AidRepository.h"
#include "store/AttachmentRepository.h"
#include "store/CareSheetRepository.h"
#include "store/Database.h"
#include "store/Dialect.h"
#include "store/PaymentRepository.h"
#include "store/PersonRepository.h"
#include "store/PractitionerRepository.h"
#include "store/ReferralRepository.h"
#include "store/SessionRepository.h"
#include "store/SettingsRepository.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>
#include <optional>

namespace carnet {

namespace {

// tr() under the context lupdate gives these strings, in free functions and members alike.
struct JsonImportText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::JsonImport)
};

constexpr qint64 kMaxAttachmentSize = qint64(1) << 32;

Person readPerson(JsonReader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("birth_date"),
            QStringLiteral("relation"), QStringLiteral("nir"), QStringLiteral("mutuelle"),
            QStringLiteral("coverage"), QStringLiteral("notes"), QStringLiteral("archived")});
    Person p;
    p.id = r.id(o, QStringLiteral("id"), path);
    p.name = r.text(o, QStringLiteral("name"), path, true);
    p.birthDate = r.date(o, QStringLiteral("birth_date"), path, true);
    p.relation = r.key<Relation>(o, QStringLiteral("relation"), path, relationFromKey, relationKey);
    p.nir = r.text(o, QStringLiteral("nir"), path);
    p.mutuelle = r.text(o, QStringLiteral("mutuelle"), path);
    p.notes = r.text(o, QStringLiteral("notes"), path);
    // Documents written before the archive have no such key: not archived.
    p.archived =
        o.contains(QStringLiteral("archived")) && r.boolean(o, QStringLiteral("archived"), path);
    const QJsonArray coverage = r.array(o, QStringLiteral("coverage"), path);
    for (qsizetype i = 0; i < coverage.size() && !r.failed(); ++i) {
        const QString at = JsonReader::at(r.join(path, QStringLiteral("coverage")), i);
        const QJsonObject c = r.object(coverage.at(i), at);
        r.keys(c, at, {QStringLiteral("kind"), QStringLiteral("from"), QStringLiteral("to")});
        CoveragePeriod period;
        period.kind =
            r.key<CoverageKind>(c, QStringLiteral("kind"), at, coverageFromKey, coverageKey);
        period.from = r.date(c, QStringLiteral("from"), at, true);
        period.to = r.date(c, QStringLiteral("to"), at, true);
        p.coverage.append(period);
    }
    return p;
}

Practitioner readPractitioner(JsonReader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"),
            QStringLiteral("rpps"), QStringLiteral("partner"), QStringLiteral("contact")});
    Practitioner p;
    p.id = r.id(o, QStringLiteral("id"), path);
    p.name = r.text(o, QStringLiteral("name"), path, true);
    p.role = r.key<PractitionerRole>(o, QStringLiteral("role"), path, roleFromKey, roleKey);
    p.rpps = r.text(o, QStringLiteral("rpps"), path);
    p.partner = r.boolean(o, QStringLiteral("partner"), path);
    p.contact = r.text(o, QStringLiteral("contact"), path);
    return p;
}

Attachment readAttachment(JsonReader& r, const QJsonObject& o, const QString& path,
                          QHash<qint64, QByteArray>& contents)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("sha256"), QStringLiteral("original_name"),
            QStringLiteral("mime_type"), QStringLiteral("size"), QStringLiteral("added"),
            QStringLiteral("content")});
    Attachment a;
    a.id = r.id(o, QStringLiteral("id"), path);
    a.sha256 = r.text(o, QStringLiteral("sha256"), path, true);
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    if (!r.failed() && !sha.match(a.sha256).hasMatch())
        r.fail(r.join(path, QStringLiteral("sha256")),
               JsonImportText::tr("is not a SHA-256 in hex"));
    a.originalName = r.text(o, QStringLiteral("original_name"), path, true);
    a.mimeType = r.text(o, QStringLiteral("mime_type"), path, true);
    a.size = r.integer(o, QStringLiteral("size"), path, 0, kMaxAttachmentSize).value_or(0);
    const QString added = r.text(o, QStringLiteral("added"), path, true);
    a.added = QDateTime::fromString(added, Qt::ISODateWithMs);
    if (!r.failed() && !a.added.isValid())
        r.fail(r.join(path, QStringLiteral("added")),
               JsonImportText::tr("should be a date and time"));
    if (o.contains(QStringLiteral("content")) && !r.failed()) {
        // The content is not bounded like text: its size and hash are checked instead.
        const QJsonValue raw = o.value(QStringLiteral("content"));
        if (!raw.isString()) {
            r.fail(r.join(path, QStringLiteral("content")), JsonImportText::tr("should be text"));
        } else {
            const auto decoded = QByteArray::fromBase64Encoding(
                raw.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            const QString field = r.join(path, QStringLiteral("content"));
            if (!decoded) {
                r.fail(field, JsonImportText::tr("is not valid base64"));
            } else if (decoded.decoded.size() != a.size ||
                       QString::fromLatin1(
                           QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Sha256)
                               .toHex()) != a.sha256) {
                r.fail(field, JsonImportText::tr("does not match its size and SHA-256"));
            } else {
                contents.insert(a.id, decoded.decoded);
            }
        }
    }
    return a;
}

Referral readReferral(JsonReader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("referrer_name"),
            QStringLiteral("referrer_role"), QStringLiteral("date"),
            QStringLiteral("consent_holders"), QStringLiteral("attachment_id"),
            QStringLiteral("notes")});
    Referral ref;
    ref.id = r.id(o, QStringLiteral("id"), path);
    ref.personId = r.id(o, QStringLiteral("person_id"), path);
    ref.referrerName = r.text(o, QStringLiteral("referrer_name"), path, true);
    ref.referrerRole =
        r.key<PractitionerRole>(o, QStringLiteral("referrer_role"), path, roleFromKey, roleKey);
    ref.date = r.date(o, QStringLiteral("date"), path, true);
    const QJsonArray holders = r.array(o, QStringLiteral("consent_holders"), path);
    for (qsizetype i = 0; i < holders.size() && !r.failed(); ++i) {
        ref.consentHolders.append(r.text(
            holders.at(i), JsonReader::at(r.join(path, QStringLiteral("consent_holders")), i)));
    }
    ref.attachmentId = r.optionalId(o, QStringLiteral("attachment_id"), path);
    ref.notes = r.text(o, QStringLiteral("notes"), path);
    return ref;
}

Session readSession(JsonReader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("practitioner_id"),
            QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("mode"),
            QStringLiteral("fee_cents"), QStringLiteral("paid_cents"),
            QStringLiteral("referral_id"), QStringLiteral("notes")});
    Session s;
    s.id = r.id(o, QStringLiteral("id"), path);
    s.personId = r.id(o, QStringLiteral("person_id"), path);
    s.practitionerId = r.id(o, QStringLiteral("practitioner_id"), path);
    s.date = r.date(o, QStringLiteral("date"), path, false);
    s.kind =
        r.key<SessionKind>(o, QStringLiteral("kind"), path, sessionKindFromKey, sessionKindKey);
    s.mode =
        r.key<SessionMode>(o, QStringLiteral("mode"), path, sessionModeFromKey, sessionModeKey);
    s.feeCents = r.cents(o, QStringLiteral("fee_cents"), path);
    s.paidCents = r.cents(o, QStringLiteral("paid_cents"), path);
    s.referralId = r.optionalId(o, QStringLiteral("referral_id"), path);
    s.notes = r.text(o, QStringLiteral("notes"), path);
    return s;
}

CareSheet readSheet(JsonReader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("session_ids"),
            QStringLiteral("issued"), QStringLiteral("sent"), QStringLiteral("electronic")});
    CareSheet c;
    c.id = r.id(o, QStringLiteral("id"), path);
    c.personId = r.id(o, QStringLiteral("person_id"), path);
    const QString listPath = r.join(path, QStringLiteral("session_ids"));
    const QJsonArray ids = r.array(o, QStringLiteral("session_ids"), path);
    for (qsizetype i = 0; i < ids.size() && !r.failed(); ++i) {
        c.sessionIds.append(r.id(ids.at(i), JsonReader::at(listPath, i)));
    }
    c.issued = r.date(o, QStringLiteral("issued"), path, true);
    c.sent = r.date(o, QStringLiteral("sent"), path, true);
    c.electronic = r.boolean(o, QStringLiteral("electronic"), path);
    return c;
}

Payment readPayment(JsonReader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("payer"), QStringLiteral("date"),
            QStringLiteral("amount_cents"), QStringLiteral("reference"), QStringLiteral("shares")});
    Payment p;
    p.id = r.id(o, QStringLiteral("id"), path);
    p.payer = r.key<Payer>(o, QStringLiteral("payer"), path, payerFromKey, payerKey);
    p.date = r.date(o, QStringLiteral("date"), path, true);
    p.amountCents = r.cents(o, QStringLiteral("amount_cents"), path);
    p.reference = r.text(o, QStringLiteral("reference"), path);
    const QJsonArray shares = r.array(o, QStringLiteral("shares"), path);
    for (qsizetype i = 0; i < shares.size() && !r.failed(); ++i) {
        const QString at = JsonReader::at(r.join(path, QStringLiteral("shares")), i);
        const QJsonObject s = r.object(shares.at(i), at);
        r.keys(s, at, {QStringLiteral("session_id"), QStringLiteral("amount_cents")});
        PaymentShare share;
        share.sessionId = r.id(s, QStringLiteral("session_id"), at);
        share.amountCents = r.cents(s, QStringLiteral("amount_cents"), at);
        p.shares.append(share);
    }
    return p;
}

AidRequest readAidRequest(JsonReader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"),
            QStringLiteral("person_id"),
            QStringLiteral("department_code"),
            QStringLiteral("psychologist_id"),
            QStringLiteral("sessions"),
            QStringLiteral("session_price_cents"),
            QStringLiteral("period_from"),
            QStringLiteral("period_to"),
            QStringLiteral("scheme_sessions"),
            QStringLiteral("mutuelle_forfait_cents"),
            QStringLiteral("prepared"),
            QStringLiteral("submitted"),
            QStringLiteral("decision_date"),
            QStringLiteral("decision"),
            QStringLiteral("granted_cents"),
            QStringLiteral("payee"),
            QStringLiteral("validity_months"),
            QStringLiteral("reference"),
            QStringLiteral("checklist"),
            QStringLiteral("claims"),
            QStringLiteral("appeal_date"),
            QStringLiteral("appeal_text"),
            QStringLiteral("applicant_address"),
            QStringLiteral("cpam_address"),
            QStringLiteral("notes")});
    AidRequest a;
    a.id = r.id(o, QStringLiteral("id"), path);
    a.personId = r.id(o, QStringLiteral("person_id"), path);
    a.departmentCode = r.text(o, QStringLiteral("department_code"), path, true);
    static const QRegularExpression department(QStringLiteral("^([0-9]{2,3}|2A|2B)$"));
    if (!r.failed() && !department.match(a.departmentCode).hasMatch()) {
        r.fail(r.join(path, QStringLiteral("department_code")),
               JsonImportText::tr("is not a département code"));
    }
    a.psychologistId = r.optionalId(o, QStringLiteral("psychologist_id"), path);
    a.sessions = int(r.integer(o, QStringLiteral("sessions"), path, 0, 1000).value_or(0));
    a.sessionPriceCents = r.cents(o, QStringLiteral("session_price_cents"), path);
    a.periodFrom = r.date(o, QStringLiteral("period_from"), path, true);
    a.periodTo = r.date(o, QStringLiteral("period_to"), path, true);
    a.schemeSessions =
        int(r.integer(o, QStringLiteral("scheme_sessions"), path, 0, 1000).value_or(0));
    a.mutuelleForfaitCents = r.cents(o, QStringLiteral("mutuelle_forfait_cents"), path);
    a.prepared = r.date(o, QStringLiteral("prepared"), path, true);
    a.submitted = r.date(o, QStringLiteral("submitted"), path, true);
    a.decisionDate = r.date(o, QStringLiteral("decision_date"), path, true);
    a.decision =
        r.key<AidDecision>(o, QStringLiteral("decision"), path, aidDecisionFromKey, aidDecisionKey);
    a.grantedCents = r.cents(o, QStringLiteral("granted_cents"), path);
    a.payee = r.key<AidPayee>(o, QStringLiteral("payee"), path, aidPayeeFromKey, aidPayeeKey);
    a.validityMonths =
        int(r.integer(o, QStringLiteral("validity_months"), path, 0, 120).value_or(0));
    a.reference = r.text(o, QStringLiteral("reference"), path);
    const QJsonArray checklist = r.array(o, QStringLiteral("checklist"), path);
    QSet<QString> keys;
    for (qsizetype i = 0; i < checklist.size() && !r.failed(); ++i) {
        const QString at = JsonReader::at(r.join(path, QStringLiteral("checklist")), i);
        const QJsonObject c = r.object(checklist.at(i), at);
        r.keys(c, at,
               {QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("document_date"),
                QStringLiteral("attachment_id"), QStringLiteral("variant"),
                QStringLiteral("note")});
        ChecklistItem item;
        item.key = r.text(c, QStringLiteral("key"), at, true);
        if (!r.failed() && (item.key.isEmpty() || keys.contains(item.key)))
            r.fail(r.join(at, QStringLiteral("key")), JsonImportText::tr("is empty or used twice"));
        keys.insert(item.key);
        item.status = r.key<ChecklistStatus>(c, QStringLiteral("status"), at,
                                             checklistStatusFromKey, checklistStatusKey);
        item.documentDate = r.date(c, QStringLiteral("document_date"), at, true);
        item.attachmentId = r.optionalId(c, QStringLiteral("attachment_id"), at);
        item.variant = r.text(c, QStringLiteral("variant"), at);
        item.note = r.text(c, QStringLiteral("note"), at);
        a.checklist.append(item);
    }
    const QJsonArray claims = r.array(o, QStringLiteral("claims"), path);
    for (qsizetype i = 0; i < claims.size() && !r.failed(); ++i) {
        const QString at = JsonReader::at(r.join(path, QStringLiteral("claims")), i);
        const QJsonObject c = r.object(claims.at(i), at);
        r.keys(c, at,
               {QStringLiteral("date"), QStringLiteral("amount_cents"),
                QStringLiteral("covered_from"), QStringLiteral("covered_to"),
                QStringLiteral("note")});
        AidClaim claim;
        claim.date = r.date(c, QStringLiteral("date"), at, false);
        claim.amountCents = r.cents(c, QStringLiteral("amount_cents"), at);
        claim.coveredFrom = r.date(c, QStringLiteral("covered_from"), at, true);
        claim.coveredTo = r.date(c, QStringLiteral("covered_to"), at, true);
        claim.note = r.text(c, QStringLiteral("note"), at);
        a.claims.append(claim);
    }
    a.appealDate = r.date(o, QStringLiteral("appeal_date"), path, true);
    a.appealText = r.text(o, QStringLiteral("appeal_text"), path);
    a.applicantAddress = r.text(o, QStringLiteral("applicant_address"), path);
    a.cpamAddress = r.text(o, QStringLiteral("cpam_address"), path);
    a.notes = r.text(o, QStringLiteral("notes"), path);
    return a;
}

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
    d.persons = readList<Person>(r, root, QStringLiteral("persons"), readPerson);
    d.practitioners =
        readList<Practitioner>(r, root, QStringLiteral("practitioners"), readPractitioner);
    d.attachments =
        readList<Attachment>(r, root, QStringLiteral("attachments"),
                             [&d](JsonReader& rr, const QJsonObject& o, const QString& path) {
                                 return readAttachment(rr, o, path, d.contents);
                             });
    d.referrals = readList<Referral>(r, root, QStringLiteral("referrals"), readReferral);
    d.sessions = readList<Session>(r, root, QStringLiteral("sessions"), readSession);
    d.sheets = readList<CareSheet>(r, root, QStringLiteral("care_sheets"), readSheet);
    d.payments = readList<Payment>(r, root, QStringLiteral("payments"), readPayment);
    d.aidRequests = readList<AidRequest>(r, root, QStringLiteral("aid_requests"), readAidRequest);
    if (!r.failed())
        checkReferences(r, d);
    if (!r.failed())
        warnings = JsonImportRules::judge(d, r, today);
    if (r.failed())
        return r.error();
    return d;
}

// The ids `table` already holds, in one statement: the large lists are checked against them
// instead of one lookup per row.
Result<QSet<qint64>> idsIn(const QSqlDatabase& db, const QString& table)
{
    auto rows = SqlSupport::run(db, QStringLiteral("SELECT id FROM %1").arg(table));
    if (!rows)
        return rows.error();
    QSet<qint64> ids;
    while (rows.value().next())
        ids.insert(rows.value().value(0).toLongLong());
    return ids;
}

Error idTaken(const QString& list, qint64 id)
{
    return {Error::Kind::Conflict, list,
            JsonImportText::tr(
                "The file already holds an entry with id %1 (%2): import into a new file, or "
                "import the document as new entries. Nothing was changed.")
                .arg(id)
                .arg(list)};
}

// Writes the document's attached bytes into the attachments folder; remembers the files it
// created so that a failed import removes them.
class AttachmentFiles
{
public:
    explicit AttachmentFiles(QString folder)
        : m_folder(std::move(folder))
    {}

    Result<void> write(const QString& sha256, const QByteArray& bytes)
    {
        const QString path = QDir(m_folder).filePath(sha256);
        if (QFileInfo::exists(path))
            return {};
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error::io(JsonImportText::tr("Carnet cannot write in its attachments folder."));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(bytes) != bytes.size() || !file.commit())
            return Error::io(
                JsonImportText::tr("An attached file could not be written (is the disk full?)."));
        m_created.append(path);
        return {};
    }
    bool exists(const QString& sha256) const
    {
        return QFileInfo::exists(QDir(m_folder).filePath(sha256));
    }
    void rollback()
    {
        for (const QString& path : std::as_const(m_created))
            QFile::remove(path);
    }

private:
    QString m_folder;
    QStringList m_created;
};

Result<JsonImport::Summary> store(Database& db, const ImportDocument& d, JsonImport::Ids mode)
{
    const QSqlDatabase sql = db.connection();
    const bool keep = mode == JsonImport::Ids::Keep;
    JsonImport::Summary summary;
    AttachmentFiles files(db.attachmentDirectory());
    // A whole file is 180 000 rows: SQLite's page cache is made large enough for its indexes
    // while they are written (restored afterwards).
    const QVariant bulkWrite = Dialect::of(sql).beginBulkWrite(sql);
    auto r = db.transaction([&]() -> Result<void> {
        // The references are checked above (checkReferences) and the ids mapped here: SQLite
        // only counts a missing parent and refuses the COMMIT (all or nothing still).
        if (auto deferred = Dialect::of(sql).deferForeignKeys(sql); !deferred)
            return deferred;
        PersonRepository persons(sql);
        PractitionerRepository practitioners(sql);
        AttachmentRepository attachments(sql);
        ReferralRepository referrals(sql);
        SessionRepository sessions(sql);
        CareSheetRepository sheets(sql);
        PaymentRepository payments(sql);

        QHash<qint64, qint64> personIds, practitionerIds, attachmentIds, referralIds, sessionIds;
        auto mapped = [](const QHash<qint64, qint64>& map, qint64 id) {
            return id == 0 ? 0 : map.value(id);
        };

        for (const Person& p : d.persons) {
            if (keep) {
                auto taken = persons.exists(p.id);
                if (!taken)
                    return taken.error();
                if (*taken)
                    return idTaken(QStringLiteral("persons"), p.id);
            }
            Person row = p;
            row.id = keep ? p.id : 0;
            auto id = persons.insert(row);
            if (!id)
                return id.error();
            personIds.insert(p.id, *id);
            ++summary.persons;
        }
        QList<Practitioner> existing;
        if (!keep) {
            auto all = practitioners.all();
            if (!all)
                return all.error();
            existing = all.value();
        }
        for (const Practitioner& p : d.practitioners) {
            if (keep) {
                auto taken = practitioners.find(p.id);
                if (!taken)
                    return taken.error();
                if (taken->has_value())
                    return idTaken(QStringLiteral("practitioners"), p.id);
            } else {
                // The same practitioner already in the file: reuse it.
                const auto same =
                    std::find_if(existing.cbegin(), existing.cend(), [&p](const Practitioner& e) {
                        Practitioner a = e;
                        a.id = p.id;
                        return a == p;
                    });
                if (same != existing.cend()) {
                    practitionerIds.insert(p.id, same->id);
                    continue;
                }
            }
            Practitioner row = p;
            row.id = keep ? p.id : 0;
            auto id = practitioners.insert(row);
            if (!id)
                return id.error();
            practitionerIds.insert(p.id, *id);
            ++summary.practitioners;
        }
        for (const Attachment& a : d.attachments) {
            if (keep) {
                auto taken = attachments.find(a.id);
                if (!taken)
                    return taken.error();
                if (taken->has_value())
                    return idTaken(QStringLiteral("attachments"), a.id);
            }
            if (d.contents.contains(a.id)) {
                if (auto w = files.write(a.sha256, d.contents.value(a.id)); !w)
                    return w;
            } else if (!files.exists(a.sha256)) {
                ++summary.missingAttachmentFiles;
            }
            Attachment row = a;
            row.id = keep ? a.id : 0;
            auto id = attachments.insert(row);
            if (!id)
                return id.error();
            attachmentIds.insert(a.id, *id);
            ++summary.attachments;
        }
        for (const Referral& ref : d.referrals) {
            if (keep) {
                auto taken = referrals.find(ref.id);
                if (!taken)
                    return taken.error();
                if (taken->has_value())
                    return idTaken(QStringLiteral("referrals"), ref.id);
            }
            Referral row = ref;
            row.id = keep ? ref.id : 0;
            row.personId = personIds.value(ref.personId);
            row.attachmentId = mapped(attachmentIds, ref.attachmentId);
            auto id = referrals.insert(row);
            if (!id)
                return id.error();
            referralIds.insert(ref.id, *id);
            ++summary.referrals;
        }
        QSet<qint64> takenSessions, takenSheets, takenPayments;
        if (keep) {
            auto s = idsIn(sql, QStringLiteral("sessions"));
            auto c = idsIn(sql, QStringLiteral("care_sheets"));
            auto p = idsIn(sql, QStringLiteral("payments"));
            for (const auto* ids : {&s, &c, &p}) {
                if (!*ids)
                    return ids->error();
            }
            takenSessions = std::move(s.value());
            takenSheets = std::move(c.value());
            takenPayments = std::move(p.value());
        }
        for (const Session& s : d.sessions) {
            if (keep && takenSessions.contains(s.id))
                return idTaken(QStringLiteral("sessions"), s.id);
            Session row = s;
            row.id = keep ? s.id : 0;
            row.personId = personIds.value(s.personId);
            row.practitionerId = practitionerIds.value(s.practitionerId);
            row.referralId = mapped(referralIds, s.referralId);
            auto id = sessions.insert(row);
            if (!id)
                return id.error();
            sessionIds.insert(s.id, *id);
            ++summary.sessions;
        }
        for (const CareSheet& c : d.sheets) {
            if (keep && takenSheets.contains(c.id))
                return idTaken(QStringLiteral("care_sheets"), c.id);
            CareSheet row = c;
            row.id = keep ? c.id : 0;
            row.personId = personIds.value(c.personId);
            for (qint64& id : row.sessionIds)
                id = sessionIds.value(id);
            if (auto id = sheets.insert(row); !id)
                return id.error();
            ++summary.careSheets;
        }
        for (const Payment& p : d.payments) {
            if (keep && takenPayments.contains(p.id))
                return idTaken(QStringLiteral("payments"), p.id);
            Payment row = p;
            row.id = keep ? p.id : 0;
            for (PaymentShare& share : row.shares)
                share.sessionId = sessionIds.value(share.sessionId);
            if (auto id = payments.insert(row); !id)
                return id.error();
            ++summary.payments;
        }
        AidRepository aid(sql);
        for (const AidRequest& a : d.aidRequests) {
            if (keep) {
                auto taken = aid.exists(a.id);
                if (!taken)
                    return taken.error();
                if (*taken)
                    return idTaken(QStringLiteral("aid_requests"), a.id);
            }
            AidRequest row = a;
            row.id = keep ? a.id : 0;
            row.personId = personIds.value(a.personId);
            row.psychologistId = mapped(practitionerIds, a.psychologistId);
            for (ChecklistItem& item : row.checklist)
                item.attachmentId = mapped(attachmentIds, item.attachmentId);
            if (auto id = aid.insert(row); !id)
                return id.error();
            ++summary.aidRequests;
        }
        // A whole file's settings come with it; merging entries keeps the file's own.
        if (keep && d.hasSettings) {
            SettingsRepository settings(sql);
            for (auto it = d.settings.cbegin(); it != d.settings.cend(); ++it) {
                if (auto s = settings.setValue(it.key(), it.value()); !s)
                    return s;
            }
        }
        summary.personIds = personIds;
        return {};
    });
    Dialect::of(sql).endBulkWrite(sql, bulkWrite);
    if (!r) {
        files.rollback();
        return r.error();
    }
    return summary;
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
    auto summary = store(db, document.value(), options.ids);
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
