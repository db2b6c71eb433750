#include "io/JsonImportReaders.h"

#include "io/JsonReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace carnet {

namespace {

// tr() under the context lupdate gives these strings, in free functions and members alike.
struct JsonImportText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::JsonImport)
};

constexpr qint64 kMaxAttachmentSize = qint64(1) << 32;

} // namespace

namespace JsonImportReaders {

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

} // namespace JsonImportReaders
} // namespace carnet
