#include "io/JsonReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <utility>

namespace carnet {

namespace {

// tr() under the context lupdate gives these strings (the import's, as before the reader had
// a file of its own).
struct JsonImportText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::JsonImport)
};

constexpr qint64 kMaxCents = 1'000'000'000; // 10 million euros, as parseEuros
constexpr qsizetype kMaxText = 100'000;     // characters in one text field

// The keys version 2 renamed: {version 2, version 1}. Every other key is spelled alike.
constexpr std::pair<const char*, const char*> kRenamedInVersion2[] = {
    {"care_sheets", "careSheets"},
    {"aid_requests", "aidRequests"},
    {"birth_date", "birthDate"},
    {"original_name", "originalName"},
    {"mime_type", "mimeType"},
    {"person_id", "personId"},
    {"referrer_name", "referrerName"},
    {"referrer_role", "referrerRole"},
    {"consent_holders", "consentHolders"},
    {"attachment_id", "attachmentId"},
    {"practitioner_id", "practitionerId"},
    {"fee_cents", "feeCents"},
    {"paid_cents", "paidCents"},
    {"referral_id", "referralId"},
    {"session_ids", "sessionIds"},
    {"amount_cents", "amountCents"},
    {"session_id", "sessionId"},
    {"department_code", "departmentCode"},
    {"psychologist_id", "psychologistId"},
    {"session_price_cents", "sessionPriceCents"},
    {"period_from", "periodFrom"},
    {"period_to", "periodTo"},
    {"scheme_sessions", "schemeSessions"},
    {"mutuelle_forfait_cents", "mutuelleForfaitCents"},
    {"decision_date", "decisionDate"},
    {"granted_cents", "grantedCents"},
    {"validity_months", "validityMonths"},
    {"appeal_date", "appealDate"},
    {"appeal_text", "appealText"},
    {"applicant_address", "applicantAddress"},
    {"cpam_address", "cpamAddress"},
    {"document_date", "documentDate"},
    {"covered_from", "coveredFrom"},
    {"covered_to", "coveredTo"},
};

const QHash<QString, QString>& version1Names()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (const auto& [current, old] : kRenamedInVersion2)
            map.insert(QLatin1String(current), QLatin1String(old));
        return map;
    }();
    return names;
}

QString joined(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace

JsonReader::JsonReader(int version)
    : m_version(version)
{}

QString JsonReader::name(const QString& key) const
{
    return m_version == 1 ? version1Names().value(key, key) : key;
}

void JsonReader::fail(const QString& path, const QString& problem)
{
    if (!m_error) {
        m_error = Error::invalid(
            path, JsonImportText::tr("The document cannot be imported: %1 %2. Nothing was changed.")
                      .arg(path.isEmpty() ? JsonImportText::tr("it") : path, problem));
    }
}

void JsonReader::refuse(const QString& path, const QString& sentence)
{
    if (!m_error) {
        m_error = Error::invalid(
            path, JsonImportText::tr("The document cannot be imported: %1: %2 Nothing was changed.")
                      .arg(path, sentence));
    }
}

bool JsonReader::keys(const QJsonObject& object, const QString& path, const QStringList& allowed)
{
    QStringList spelled = allowed;
    if (m_version == 1) {
        for (QString& key : spelled)
            key = name(key);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!spelled.contains(it.key())) {
            fail(joined(path, it.key()), JsonImportText::tr("is not part of the format"));
            return false;
        }
    }
    return true;
}

QJsonObject JsonReader::object(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        fail(path, JsonImportText::tr("should be an object"));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const QJsonObject& parent, const QString& key, const QString& path)
{
    const QJsonValue value = parent.value(name(key));
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(join(path, key), JsonImportText::tr("should be a list"));
        return {};
    }
    return value.toArray();
}

QString JsonReader::text(const QJsonObject& o, const QString& key, const QString& path,
                         bool required)
{
    const QJsonValue value = o.value(name(key));
    if (value.isUndefined() && !required)
        return {};
    return text(value, join(path, key));
}

QString JsonReader::text(const QJsonValue& value, const QString& place)
{
    if (!value.isString()) {
        fail(place, JsonImportText::tr("should be text"));
        return {};
    }
    QString s = value.toString();
    if (s.size() > kMaxText) {
        fail(place, JsonImportText::tr("is too long"));
        return {};
    }
    return s;
}

std::optional<qint64> JsonReader::integer(const QJsonObject& o, const QString& key,
                                          const QString& path, qint64 min, qint64 max,
                                          bool nullable)
{
    return integer(o.value(name(key)), join(path, key), min, max, nullable);
}

std::optional<qint64> JsonReader::integer(const QJsonValue& value, const QString& place, qint64 min,
                                          qint64 max, bool nullable)
{
    if (nullable && (value.isNull() || value.isUndefined()))
        return std::nullopt;
    if (!value.isDouble()) {
        fail(place, JsonImportText::tr("should be a whole number"));
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d)) {
        fail(place, JsonImportText::tr("should be a whole number"));
        return std::nullopt;
    }
    if (d < double(min) || d > double(max)) {
        fail(place, JsonImportText::tr("is out of range (%1 to %2)").arg(min).arg(max));
        return std::nullopt;
    }
    return value.toInteger();
}

qint64 JsonReader::id(const QJsonObject& o, const QString& key, const QString& path)
{
    return integer(o, key, path, 1, maxId).value_or(0);
}

qint64 JsonReader::id(const QJsonValue& value, const QString& place)
{
    return integer(value, place, 1, maxId).value_or(0);
}

qint64 JsonReader::optionalId(const QJsonObject& o, const QString& key, const QString& path)
{
    return integer(o, key, path, 1, maxId, true).value_or(0);
}

Cents JsonReader::cents(const QJsonObject& o, const QString& key, const QString& path)
{
    return integer(o, key, path, 0, kMaxCents).value_or(0);
}

bool JsonReader::boolean(const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue value = o.value(name(key));
    if (!value.isBool()) {
        fail(join(path, key), JsonImportText::tr("should be true or false"));
        return false;
    }
    return value.toBool();
}

QDate JsonReader::date(const QJsonObject& o, const QString& key, const QString& path, bool nullable)
{
    const QJsonValue value = o.value(name(key));
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

void JsonReader::unknownValue(const QString& field, const QString& path, const QString& value)
{
    fail(join(path, field), JsonImportText::tr("has an unknown value \"%1\"").arg(value.left(40)));
}

QString JsonReader::join(const QString& path, const QString& key) const
{
    return joined(path, name(key));
}

QString JsonReader::at(const QString& name, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(name).arg(index);
}

} // namespace carnet
