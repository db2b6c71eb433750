#include "io/JsonImport.h"

#include "aid/AidSettings.h"
#include "io/JsonExport.h"
#include "service/CareService.h"
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

constexpr qint64 kMaxId = (qint64(1) << 53) - 1; // exact in a JSON number
constexpr qint64 kMaxCents = 1'000'000'000;      // 10 million euros, as parseEuros
constexpr qsizetype kMaxText = 100'000;          // characters in one text field
constexpr qint64 kMaxAttachmentSize = qint64(1) << 32;

// Everything a document holds, checked but not yet stored.
struct Document
{
    QString scope;
    QMap<QString, QString> settings;
    bool hasSettings = false;
    QList<Person> persons;
    QList<Practitioner> practitioners;
    QList<Attachment> attachments;
    QHash<qint64, QByteArray> contents; // attachment id → bytes, when carried
    QList<Referral> referrals;
    QList<Session> sessions;
    QList<CareSheet> sheets;
    QList<Payment> payments;
    QList<AidRequest> aidRequests;
};

// Reads JSON values with the strictness of a file format: the exact type, the allowed
// range, no unknown key. The first problem is kept with its place in the document.
class Reader
{
public:
    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void fail(const QString& path, const QString& problem)
    {
        if (!m_error) {
            m_error = Error::invalid(
                path,
                JsonImportText::tr("The document cannot be imported: %1 %2. Nothing was changed.")
                    .arg(path.isEmpty() ? JsonImportText::tr("it") : path, problem));
        }
    }

    // `object` at `path` holds only `allowed` keys.
    bool keys(const QJsonObject& object, const QString& path, const QStringList& allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(join(path, it.key()), JsonImportText::tr("is not part of the format"));
                return false;
            }
        }
        return true;
    }

    QJsonObject object(const QJsonValue& value, const QString& path)
    {
        if (!value.isObject()) {
            fail(path, JsonImportText::tr("should be an object"));
            return {};
        }
        return value.toObject();
    }

    QJsonArray array(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            fail(join(path, key), JsonImportText::tr("should be a list"));
            return {};
        }
        return value.toArray();
    }

    QString text(const QJsonObject& o, const QString& key, const QString& path,
                 bool required = false)
    {
        const QJsonValue value = o.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString()) {
            fail(join(path, key), JsonImportText::tr("should be text"));
            return {};
        }
        const QString s = value.toString();
        if (s.size() > kMaxText) {
            fail(join(path, key), JsonImportText::tr("is too long"));
            return {};
        }
        return s;
    }

    // A whole number within [min, max]; nullopt for null when `nullable`.
    std::optional<qint64> integer(const QJsonObject& o, const QString& key, const QString& path,
                                  qint64 min, qint64 max, bool nullable = false)
    {
        const QJsonValue value = o.value(key);
        if (nullable && (value.isNull() || value.isUndefined()))
            return std::nullopt;
        if (!value.isDouble()) {
            fail(join(path, key), JsonImportText::tr("should be a whole number"));
            return std::nullopt;
        }
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d)) {
            fail(join(path, key), JsonImportText::tr("should be a whole number"));
            return std::nullopt;
        }
        if (d < double(min) || d > double(max)) {
            fail(join(path, key),
                 JsonImportText::tr("is out of range (%1 to %2)").arg(min).arg(max));
            return std::nullopt;
        }
        return value.toInteger();
    }

    qint64 id(const QJsonObject& o, const QString& key, const QString& path)
    {
        return integer(o, key, path, 1, kMaxId).value_or(0);
    }
    qint64 optionalId(const QJsonObject& o, const QString& key, const QString& path)
    {
        return integer(o, key, path, 1, kMaxId, true).value_or(0);
    }
    Cents cents(const QJsonObject& o, const QString& key, const QString& path)
    {
        return integer(o, key, path, 0, kMaxCents).value_or(0);
    }

    bool boolean(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue value = o.value(key);
        if (!value.isBool()) {
            fail(join(path, key), JsonImportText::tr("should be true or false"));
            return false;
        }
        return value.toBool();
    }

    // "yyyy-MM-dd", or null when `nullable`.
    QDate date(const QJsonObject& o, const QString& key, const QString& path, bool nullable)
    {
        const QJsonValue value = o.value(key);
        if (nullable && (value.isNull() || value.isUndefined()))
            return {};
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = value.isString() && pattern.match(value.toString()).hasMatch()
                            ? QDate::fromString(value.toString(), Qt::ISODate)
                            : QDate();
        if (!d.isValid())
            fail(join(path, key), JsonImportText::tr("should be a date (YYYY-MM-DD)"));
        return d;
    }

    // One of the string keys of an enum, exactly as Carnet writes it.
    template <typename Enum>
    Enum key(const QJsonObject& o, const QString& field, const QString& path,
             std::optional<Enum> (*fromKey)(const QString&), QString (*toKey)(Enum))
    {
        const QString s = text(o, field, path, true);
        const std::optional<Enum> e = fromKey(s);
        if (!failed() && (!e || toKey(*e) != s)) {
            fail(join(path, field),
                 JsonImportText::tr("has an unknown value \"%1\"").arg(s.left(40)));
            return Enum{};
        }
        return e.value_or(Enum{});
    }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString at(const QString& name, qsizetype index)
    {
        return QStringLiteral("%1[%2]").arg(name).arg(index);
    }

private:
    std::optional<Error> m_error;
};

Person readPerson(Reader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("birthDate"),
            QStringLiteral("relation"), QStringLiteral("nir"), QStringLiteral("mutuelle"),
            QStringLiteral("coverage"), QStringLiteral("notes")});
    Person p;
    p.id = r.id(o, QStringLiteral("id"), path);
    p.name = r.text(o, QStringLiteral("name"), path, true);
    p.birthDate = r.date(o, QStringLiteral("birthDate"), path, true);
    p.relation = r.key<Relation>(o, QStringLiteral("relation"), path, relationFromKey, relationKey);
    p.nir = r.text(o, QStringLiteral("nir"), path);
    p.mutuelle = r.text(o, QStringLiteral("mutuelle"), path);
    p.notes = r.text(o, QStringLiteral("notes"), path);
    const QJsonArray coverage = r.array(o, QStringLiteral("coverage"), path);
    for (qsizetype i = 0; i < coverage.size() && !r.failed(); ++i) {
        const QString at = Reader::at(Reader::join(path, QStringLiteral("coverage")), i);
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

Practitioner readPractitioner(Reader& r, const QJsonObject& o, const QString& path)
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

Attachment readAttachment(Reader& r, const QJsonObject& o, const QString& path,
                          QHash<qint64, QByteArray>& contents)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("sha256"), QStringLiteral("originalName"),
            QStringLiteral("mimeType"), QStringLiteral("size"), QStringLiteral("added"),
            QStringLiteral("content")});
    Attachment a;
    a.id = r.id(o, QStringLiteral("id"), path);
    a.sha256 = r.text(o, QStringLiteral("sha256"), path, true);
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    if (!r.failed() && !sha.match(a.sha256).hasMatch())
        r.fail(Reader::join(path, QStringLiteral("sha256")),
               JsonImportText::tr("is not a SHA-256 in hex"));
    a.originalName = r.text(o, QStringLiteral("originalName"), path, true);
    a.mimeType = r.text(o, QStringLiteral("mimeType"), path, true);
    a.size = r.integer(o, QStringLiteral("size"), path, 0, kMaxAttachmentSize).value_or(0);
    const QString added = r.text(o, QStringLiteral("added"), path, true);
    a.added = QDateTime::fromString(added, Qt::ISODateWithMs);
    if (!r.failed() && !a.added.isValid())
        r.fail(Reader::join(path, QStringLiteral("added")),
               JsonImportText::tr("should be a date and time"));
    if (o.contains(QStringLiteral("content")) && !r.failed()) {
        // The content is not bounded like text: its size and hash are checked instead.
        const QJsonValue raw = o.value(QStringLiteral("content"));
        if (!raw.isString()) {
            r.fail(Reader::join(path, QStringLiteral("content")),
                   JsonImportText::tr("should be text"));
        } else {
            const auto decoded = QByteArray::fromBase64Encoding(
                raw.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            const QString field = Reader::join(path, QStringLiteral("content"));
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

Referral readReferral(Reader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("personId"), QStringLiteral("referrerName"),
            QStringLiteral("referrerRole"), QStringLiteral("date"),
            QStringLiteral("consentHolders"), QStringLiteral("attachmentId"),
            QStringLiteral("notes")});
    Referral ref;
    ref.id = r.id(o, QStringLiteral("id"), path);
    ref.personId = r.id(o, QStringLiteral("personId"), path);
    ref.referrerName = r.text(o, QStringLiteral("referrerName"), path, true);
    ref.referrerRole =
        r.key<PractitionerRole>(o, QStringLiteral("referrerRole"), path, roleFromKey, roleKey);
    ref.date = r.date(o, QStringLiteral("date"), path, true);
    const QJsonArray holders = r.array(o, QStringLiteral("consentHolders"), path);
    for (qsizetype i = 0; i < holders.size() && !r.failed(); ++i) {
        if (!holders.at(i).isString()) {
            r.fail(Reader::at(Reader::join(path, QStringLiteral("consentHolders")), i),
                   JsonImportText::tr("should be text"));
        }
        ref.consentHolders.append(holders.at(i).toString().left(kMaxText));
    }
    ref.attachmentId = r.optionalId(o, QStringLiteral("attachmentId"), path);
    ref.notes = r.text(o, QStringLiteral("notes"), path);
    return ref;
}

Session readSession(Reader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("personId"), QStringLiteral("practitionerId"),
            QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("mode"),
            QStringLiteral("feeCents"), QStringLiteral("paidCents"), QStringLiteral("referralId"),
            QStringLiteral("notes")});
    Session s;
    s.id = r.id(o, QStringLiteral("id"), path);
    s.personId = r.id(o, QStringLiteral("personId"), path);
    s.practitionerId = r.id(o, QStringLiteral("practitionerId"), path);
    s.date = r.date(o, QStringLiteral("date"), path, false);
    s.kind =
        r.key<SessionKind>(o, QStringLiteral("kind"), path, sessionKindFromKey, sessionKindKey);
    s.mode =
        r.key<SessionMode>(o, QStringLiteral("mode"), path, sessionModeFromKey, sessionModeKey);
    s.feeCents = r.cents(o, QStringLiteral("feeCents"), path);
    s.paidCents = r.cents(o, QStringLiteral("paidCents"), path);
    s.referralId = r.optionalId(o, QStringLiteral("referralId"), path);
    s.notes = r.text(o, QStringLiteral("notes"), path);
    return s;
}

CareSheet readSheet(Reader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("personId"), QStringLiteral("sessionIds"),
            QStringLiteral("issued"), QStringLiteral("sent"), QStringLiteral("electronic")});
    CareSheet c;
    c.id = r.id(o, QStringLiteral("id"), path);
    c.personId = r.id(o, QStringLiteral("personId"), path);
    const QString listPath = Reader::join(path, QStringLiteral("sessionIds"));
    const QJsonArray ids = r.array(o, QStringLiteral("sessionIds"), path);
    if (!r.failed() && ids.isEmpty())
        r.fail(listPath, JsonImportText::tr("should name at least one session"));
    for (qsizetype i = 0; i < ids.size() && !r.failed(); ++i) {
        const QJsonObject wrapper{{QStringLiteral("id"), ids.at(i)}};
        c.sessionIds.append(r.id(wrapper, QStringLiteral("id"), Reader::at(listPath, i)));
    }
    c.issued = r.date(o, QStringLiteral("issued"), path, true);
    c.sent = r.date(o, QStringLiteral("sent"), path, true);
    c.electronic = r.boolean(o, QStringLiteral("electronic"), path);
    return c;
}

Payment readPayment(Reader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("payer"), QStringLiteral("date"),
            QStringLiteral("amountCents"), QStringLiteral("reference"), QStringLiteral("shares")});
    Payment p;
    p.id = r.id(o, QStringLiteral("id"), path);
    p.payer = r.key<Payer>(o, QStringLiteral("payer"), path, payerFromKey, payerKey);
    p.date = r.date(o, QStringLiteral("date"), path, true);
    p.amountCents = r.cents(o, QStringLiteral("amountCents"), path);
    p.reference = r.text(o, QStringLiteral("reference"), path);
    const QJsonArray shares = r.array(o, QStringLiteral("shares"), path);
    Cents total = 0;
    for (qsizetype i = 0; i < shares.size() && !r.failed(); ++i) {
        const QString at = Reader::at(Reader::join(path, QStringLiteral("shares")), i);
        const QJsonObject s = r.object(shares.at(i), at);
        r.keys(s, at, {QStringLiteral("sessionId"), QStringLiteral("amountCents")});
        PaymentShare share;
        share.sessionId = r.id(s, QStringLiteral("sessionId"), at);
        share.amountCents = r.cents(s, QStringLiteral("amountCents"), at);
        total += share.amountCents;
        p.shares.append(share);
    }
    if (!r.failed() && total > p.amountCents)
        r.fail(Reader::join(path, QStringLiteral("shares")),
               JsonImportText::tr("add up to more than the amount"));
    return p;
}

AidRequest readAidRequest(Reader& r, const QJsonObject& o, const QString& path)
{
    r.keys(o, path,
           {QStringLiteral("id"), QStringLiteral("personId"), QStringLiteral("departmentCode"),
            QStringLiteral("psychologistId"), QStringLiteral("sessions"),
            QStringLiteral("sessionPriceCents"), QStringLiteral("periodFrom"),
            QStringLiteral("periodTo"), QStringLiteral("schemeSessions"),
            QStringLiteral("mutuelleForfaitCents"), QStringLiteral("prepared"),
            QStringLiteral("submitted"), QStringLiteral("decisionDate"),
            QStringLiteral("decision"), QStringLiteral("grantedCents"), QStringLiteral("payee"),
            QStringLiteral("validityMonths"), QStringLiteral("reference"),
            QStringLiteral("checklist"), QStringLiteral("claims"), QStringLiteral("appealDate"),
            QStringLiteral("appealText"), QStringLiteral("applicantAddress"),
            QStringLiteral("cpamAddress"), QStringLiteral("notes")});
    AidRequest a;
    a.id = r.id(o, QStringLiteral("id"), path);
    a.personId = r.id(o, QStringLiteral("personId"), path);
    a.departmentCode = r.text(o, QStringLiteral("departmentCode"), path, true);
    static const QRegularExpression department(QStringLiteral("^([0-9]{2,3}|2A|2B)$"));
    if (!r.failed() && !department.match(a.departmentCode).hasMatch()) {
        r.fail(Reader::join(path, QStringLiteral("departmentCode")),
               JsonImportText::tr("is not a département code"));
    }
    a.psychologistId = r.optionalId(o, QStringLiteral("psychologistId"), path);
    a.sessions = int(r.integer(o, QStringLiteral("sessions"), path, 0, 1000).value_or(0));
    a.sessionPriceCents = r.cents(o, QStringLiteral("sessionPriceCents"), path);
    a.periodFrom = r.date(o, QStringLiteral("periodFrom"), path, true);
    a.periodTo = r.date(o, QStringLiteral("periodTo"), path, true);
    a.schemeSessions =
        int(r.integer(o, QStringLiteral("schemeSessions"), path, 0, 1000).value_or(0));
    a.mutuelleForfaitCents = r.cents(o, QStringLiteral("mutuelleForfaitCents"), path);
    a.prepared = r.date(o, QStringLiteral("prepared"), path, true);
    a.submitted = r.date(o, QStringLiteral("submitted"), path, true);
    a.decisionDate = r.date(o, QStringLiteral("decisionDate"), path, true);
    a.decision = r.key<AidDecision>(o, QStringLiteral("decision"), path, aidDecisionFromKey,
                                    aidDecisionKey);
    a.grantedCents = r.cents(o, QStringLiteral("grantedCents"), path);
    a.payee = r.key<AidPayee>(o, QStringLiteral("payee"), path, aidPayeeFromKey, aidPayeeKey);
    a.validityMonths =
        int(r.integer(o, QStringLiteral("validityMonths"), path, 0, 120).value_or(0));
    a.reference = r.text(o, QStringLiteral("reference"), path);
    const QJsonArray checklist = r.array(o, QStringLiteral("checklist"), path);
    QSet<QString> keys;
    for (qsizetype i = 0; i < checklist.size() && !r.failed(); ++i) {
        const QString at = Reader::at(Reader::join(path, QStringLiteral("checklist")), i);
        const QJsonObject c = r.object(checklist.at(i), at);
        r.keys(c, at,
               {QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("documentDate"),
                QStringLiteral("attachmentId"), QStringLiteral("variant"),
                QStringLiteral("note")});
        ChecklistItem item;
        item.key = r.text(c, QStringLiteral("key"), at, true);
        if (!r.failed() && (item.key.isEmpty() || keys.contains(item.key)))
            r.fail(Reader::join(at, QStringLiteral("key")),
                   JsonImportText::tr("is empty or used twice"));
        keys.insert(item.key);
        item.status = r.key<ChecklistStatus>(c, QStringLiteral("status"), at,
                                             checklistStatusFromKey, checklistStatusKey);
        item.documentDate = r.date(c, QStringLiteral("documentDate"), at, true);
        item.attachmentId = r.optionalId(c, QStringLiteral("attachmentId"), at);
        item.variant = r.text(c, QStringLiteral("variant"), at);
        item.note = r.text(c, QStringLiteral("note"), at);
        a.checklist.append(item);
    }
    const QJsonArray claims = r.array(o, QStringLiteral("claims"), path);
    for (qsizetype i = 0; i < claims.size() && !r.failed(); ++i) {
        const QString at = Reader::at(Reader::join(path, QStringLiteral("claims")), i);
        const QJsonObject c = r.object(claims.at(i), at);
        r.keys(c, at,
               {QStringLiteral("date"), QStringLiteral("amountCents"),
                QStringLiteral("coveredFrom"), QStringLiteral("coveredTo"),
                QStringLiteral("note")});
        AidClaim claim;
        claim.date = r.date(c, QStringLiteral("date"), at, false);
        claim.amountCents = r.cents(c, QStringLiteral("amountCents"), at);
        claim.coveredFrom = r.date(c, QStringLiteral("coveredFrom"), at, true);
        claim.coveredTo = r.date(c, QStringLiteral("coveredTo"), at, true);
        claim.note = r.text(c, QStringLiteral("note"), at);
        a.claims.append(claim);
    }
    a.appealDate = r.date(o, QStringLiteral("appealDate"), path, true);
    a.appealText = r.text(o, QStringLiteral("appealText"), path);
    a.applicantAddress = r.text(o, QStringLiteral("applicantAddress"), path);
    a.cpamAddress = r.text(o, QStringLiteral("cpamAddress"), path);
    a.notes = r.text(o, QStringLiteral("notes"), path);
    return a;
}

template <typename T, typename Read>
QList<T> readList(Reader& r, const QJsonObject& root, const QString& name, Read read)
{
    QList<T> list;
    QSet<qint64> ids;
    const QJsonArray array = r.array(root, name, {});
    for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
        const QString path = Reader::at(name, i);
        const T item = read(r, r.object(array.at(i), path), path);
        if (r.failed())
            break;
        if (ids.contains(item.id)) {
            r.fail(Reader::join(path, QStringLiteral("id")), JsonImportText::tr("is used twice"));
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
void checkReferences(Reader& r, const Document& d)
{
    const auto persons = indexOf(d.persons);
    const auto practitioners = indexOf(d.practitioners);
    const auto attachments = indexOf(d.attachments);
    const auto referrals = indexOf(d.referrals);
    const auto sessions = indexOf(d.sessions);
    const QString missing = JsonImportText::tr("refers to something the document does not hold");
    for (qsizetype i = 0; i < d.referrals.size() && !r.failed(); ++i) {
        const Referral& ref = d.referrals.at(i);
        const QString path = Reader::at(QStringLiteral("referrals"), i);
        if (!persons.contains(ref.personId))
            r.fail(Reader::join(path, QStringLiteral("personId")), missing);
        else if (ref.attachmentId != 0 && !attachments.contains(ref.attachmentId))
            r.fail(Reader::join(path, QStringLiteral("attachmentId")), missing);
    }
    for (qsizetype i = 0; i < d.sessions.size() && !r.failed(); ++i) {
        const Session& s = d.sessions.at(i);
        const QString path = Reader::at(QStringLiteral("sessions"), i);
        if (!persons.contains(s.personId))
            r.fail(Reader::join(path, QStringLiteral("personId")), missing);
        else if (!practitioners.contains(s.practitionerId))
            r.fail(Reader::join(path, QStringLiteral("practitionerId")), missing);
        else if (s.referralId != 0 && !referrals.contains(s.referralId))
            r.fail(Reader::join(path, QStringLiteral("referralId")), missing);
        else if (s.referralId != 0 && referrals.value(s.referralId)->personId != s.personId)
            r.fail(Reader::join(path, QStringLiteral("referralId")),
                   JsonImportText::tr("is a courrier for another person"));
        else if (s.paidCents > s.feeCents)
            r.fail(Reader::join(path, QStringLiteral("paidCents")),
                   JsonImportText::tr("is more than the fee"));
    }
    for (qsizetype i = 0; i < d.aidRequests.size() && !r.failed(); ++i) {
        const AidRequest& a = d.aidRequests.at(i);
        const QString path = Reader::at(QStringLiteral("aidRequests"), i);
        if (!persons.contains(a.personId))
            r.fail(Reader::join(path, QStringLiteral("personId")), missing);
        else if (a.psychologistId != 0 && !practitioners.contains(a.psychologistId))
            r.fail(Reader::join(path, QStringLiteral("psychologistId")), missing);
        for (qsizetype j = 0; j < a.checklist.size() && !r.failed(); ++j) {
            const qint64 attachment = a.checklist.at(j).attachmentId;
            if (attachment != 0 && !attachments.contains(attachment)) {
                r.fail(Reader::join(Reader::at(Reader::join(path, QStringLiteral("checklist")), j),
                                    QStringLiteral("attachmentId")),
                       missing);
            }
        }
    }
    QSet<qint64> onSheet;
    for (qsizetype i = 0; i < d.sheets.size() && !r.failed(); ++i) {
        const CareSheet& c = d.sheets.at(i);
        const QString path = Reader::at(QStringLiteral("careSheets"), i);
        if (!persons.contains(c.personId)) {
            r.fail(Reader::join(path, QStringLiteral("personId")), missing);
            break;
        }
        for (qsizetype j = 0; j < c.sessionIds.size() && !r.failed(); ++j) {
            const QString at = Reader::at(Reader::join(path, QStringLiteral("sessionIds")), j);
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
                Reader::join(Reader::at(Reader::join(Reader::at(QStringLiteral("payments"), i),
                                                     QStringLiteral("shares")),
                                        j),
                             QStringLiteral("sessionId"));
            const qint64 id = p.shares.at(j).sessionId;
            if (!sessions.contains(id))
                r.fail(at, missing);
            else if (paid.contains(id))
                r.fail(at, JsonImportText::tr("is paid twice by the same payment"));
            paid.insert(id);
        }
    }
}

Result<Document> parse(const QByteArray& json)
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
    if (version.toDouble() != JsonExport::formatVersion) {
        return Error::invalid(
            QStringLiteral("version"),
            JsonImportText::tr("The document uses an unknown format version (%1).")
                .arg(version.toDouble()));
    }

    Reader r;
    Document d;
    r.keys(root, {},
           {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("scope"),
            QStringLiteral("generator"), QStringLiteral("settings"), QStringLiteral("persons"),
            QStringLiteral("practitioners"), QStringLiteral("attachments"),
            QStringLiteral("referrals"), QStringLiteral("sessions"), QStringLiteral("careSheets"),
            QStringLiteral("payments"), QStringLiteral("aidRequests")});
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
            const QString path = Reader::join(QStringLiteral("settings"), it.key());
            if (!keyPattern.match(it.key()).hasMatch()) {
                r.fail(path, JsonImportText::tr("is not a setting name"));
                break;
            }
            const QString value = r.text(settings, it.key(), QStringLiteral("settings"), true);
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
                             [&d](Reader& rr, const QJsonObject& o, const QString& path) {
                                 return readAttachment(rr, o, path, d.contents);
                             });
    d.referrals = readList<Referral>(r, root, QStringLiteral("referrals"), readReferral);
    d.sessions = readList<Session>(r, root, QStringLiteral("sessions"), readSession);
    d.sheets = readList<CareSheet>(r, root, QStringLiteral("careSheets"), readSheet);
    d.payments = readList<Payment>(r, root, QStringLiteral("payments"), readPayment);
    d.aidRequests =
        readList<AidRequest>(r, root, QStringLiteral("aidRequests"), readAidRequest);
    if (!r.failed())
        checkReferences(r, d);
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

Result<JsonImport::Summary> store(Database& db, const Document& d, JsonImport::Ids mode)
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
                return idTaken(QStringLiteral("careSheets"), c.id);
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
                    return idTaken(QStringLiteral("aidRequests"), a.id);
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
    auto document = parse(json);
    if (!document)
        return document.error();
    return store(db, document.value(), options.ids);
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

Result<JsonImport::Summary> JsonImport::importInto(CareService& service, const QByteArray& json,
                                                   Options options)
{
    auto summary = importData(service.database(), json, options);
    if (summary)
        service.notifyExternalChange();
    return summary;
}

} // namespace carnet
