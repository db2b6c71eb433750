#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace carnet {

Cents Regime::tariffFor(SessionKind kind) const
{
    switch (kind) {
    case SessionKind::Evaluation:
        return evaluationTariffCents;
    case SessionKind::FollowUp:
        return followUpTariffCents;
    case SessionKind::Private:
        return 0;
    }
    return 0;
}

namespace {

const QString kField = QStringLiteral("rules");

Error invalidRules(const QString& message)
{
    return Error::invalid(kField, message);
}

// Reads a non-negative integer member; JSON numbers are doubles, so refuse fractions.
bool readInt(const QJsonObject& object, const char* key, qint64* out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (d < 0 || d > 1e12 || d != double(qint64(d)))
        return false;
    *out = qint64(d);
    return true;
}

Result<Regime> parseRegime(const QJsonObject& o, int index)
{
    const auto bad = [index](const char* key) {
        return invalidRules(QCoreApplication::translate(
                                "RuleSet", "Rule set entry %1: the value of \"%2\" is missing or "
                                           "invalid.")
                                .arg(index + 1)
                                .arg(QLatin1String(key)));
    };
    Regime r;
    r.id = o.value(QLatin1String("id")).toString();
    if (r.id.isEmpty())
        return bad("id");
    r.from = QDate::fromString(o.value(QLatin1String("from")).toString(), Qt::ISODate);
    if (!r.from.isValid())
        return bad("from");
    const QJsonValue to = o.value(QLatin1String("to"));
    if (!to.isNull() && !to.isUndefined()) {
        r.to = QDate::fromString(to.toString(), Qt::ISODate);
        if (!r.to.isValid() || r.to < r.from)
            return bad("to");
    }
    qint64 n = 0;
    if (!readInt(o, "coveredSessionsPerYear", &n) || n < 1 || n > 366)
        return bad("coveredSessionsPerYear");
    r.coveredSessionsPerYear = int(n);
    if (!readInt(o, "followUpsPerYear", &n) || n > r.coveredSessionsPerYear)
        return bad("followUpsPerYear");
    r.followUpsPerYear = int(n);
    if (!readInt(o, "evaluationTariffCents", &n) || n < 1)
        return bad("evaluationTariffCents");
    r.evaluationTariffCents = n;
    if (!readInt(o, "followUpTariffCents", &n) || n < 1)
        return bad("followUpTariffCents");
    r.followUpTariffCents = n;
    const QJsonValue referral = o.value(QLatin1String("referralRequired"));
    if (!referral.isBool())
        return bad("referralRequired");
    r.referralRequired = referral.toBool();
    if (!readInt(o, "amoRatePercent", &n) || n > 100)
        return bad("amoRatePercent");
    r.amoRatePercent = int(n);
    if (!readInt(o, "participationForfaitaireCents", &n))
        return bad("participationForfaitaireCents");
    r.participationForfaitaireCents = n;
    r.participationForfaitaireConfirmed =
        o.value(QLatin1String("participationForfaitaireConfirmed")).toBool(false);
    if (!readInt(o, "minimumAgeYears", &n) || n > 120)
        return bad("minimumAgeYears");
    r.minimumAgeYears = int(n);
    if (!readInt(o, "sendingDeadlineYears", &n) || n < 1 || n > 30)
        return bad("sendingDeadlineYears");
    r.sendingDeadlineYears = int(n);
    r.source = o.value(QLatin1String("source")).toString();
    if (r.source.trimmed().isEmpty())
        return bad("source");
    return r;
}

} // namespace

const RuleSet& RuleSet::monSoutienPsy()
{
    static const RuleSet shipped = [] {
        QFile file(QStringLiteral(":/carnet/rules/mon-soutien-psy.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("carnet: the resource :/carnet/rules/mon-soutien-psy.json is missing");
        auto parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal("carnet: the shipped rule set is invalid: %s",
                   qUtf8Printable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return shipped;
}

Result<RuleSet> RuleSet::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalidRules(
            QCoreApplication::translate("RuleSet", "The rule set is not a valid JSON document."));
    }
    const QJsonValue regimes = doc.object().value(QLatin1String("regimes"));
    if (!regimes.isArray() || regimes.toArray().isEmpty()) {
        return invalidRules(
            QCoreApplication::translate("RuleSet", "The rule set lists no regime."));
    }
    RuleSet set;
    const QJsonArray array = regimes.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            return invalidRules(
                QCoreApplication::translate("RuleSet", "Rule set entry %1 is not an object.")
                    .arg(i + 1));
        }
        auto regime = parseRegime(array.at(i).toObject(), i);
        if (!regime)
            return regime.error();
        if (!set.m_regimes.isEmpty()) {
            const Regime& previous = set.m_regimes.constLast();
            // Entries must follow each other in time: the previous one ends before this starts.
            if (previous.to.isNull() || previous.to >= regime->from) {
                return invalidRules(QCoreApplication::translate(
                                        "RuleSet", "Rule set entry %1 overlaps the previous one or "
                                                   "is out of date order.")
                                        .arg(i + 1));
            }
        }
        for (const Regime& other : std::as_const(set.m_regimes)) {
            if (other.id == regime->id) {
                return invalidRules(
                    QCoreApplication::translate("RuleSet", "Rule set entry %1 repeats the id %2.")
                        .arg(i + 1)
                        .arg(other.id));
            }
        }
        set.m_regimes.append(std::move(regime).value());
    }
    return set;
}

const Regime* RuleSet::regimeOn(QDate date) const
{
    if (!date.isValid())
        return nullptr;
    for (const Regime& regime : m_regimes) {
        if (regime.inForceOn(date))
            return &regime;
    }
    return nullptr;
}

QDate RuleSet::sendingDeadline(QDate sessionDate) const
{
    const Regime* regime = regimeOn(sessionDate);
    return regime ? sessionDate.addYears(regime->sendingDeadlineYears) : QDate();
}

QDate RuleSet::schemeStart() const
{
    return m_regimes.isEmpty() ? QDate() : m_regimes.constFirst().from;
}

} // namespace carnet
