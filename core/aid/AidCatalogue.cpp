#include "aid/AidCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carnet {

namespace {

QString normalisedCode(const QString& code)
{
    QString c = code.trimmed().toUpper();
    if (c.size() == 1 && c.at(0).isDigit())
        c.prepend(QLatin1Char('0'));
    return c;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const auto& v : array)
        list << v.toString();
    return list;
}

Error broken(const QString& what)
{
    return Error::invalid(QStringLiteral("afi-rules"),
                          QStringLiteral("The AFI data table is damaged: %1").arg(what));
}

} // namespace

const AidCatalogue& AidCatalogue::instance()
{
    static const AidCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/carnet/aid/afi-rules.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("carnet: the resource :/carnet/aid/afi-rules.json is missing");
        auto result = fromJson(file.readAll());
        if (!result.ok())
            qFatal("carnet: %s", qUtf8Printable(result.error().message));
        return std::move(result).value();
    }();
    return catalogue;
}

Result<AidCatalogue> AidCatalogue::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return broken(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("carnet-afi-rules"))
        return broken(QStringLiteral("not a carnet-afi-rules document"));

    AidCatalogue catalogue;
    catalogue.m_updated = root.value(QLatin1String("updated")).toString();

    const QJsonObject settings = root.value(QLatin1String("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        if (!catalogue.m_settings.setValue(it.key(), entry.value(QLatin1String("value")).toInt(-1)))
            return broken(QStringLiteral("setting %1").arg(it.key()));
        catalogue.m_confirmed.insert(it.key(), entry.value(QLatin1String("confirmed")).toBool());
        catalogue.m_sources.insert(it.key(), entry.value(QLatin1String("source")).toString());
    }

    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    for (const auto& value : items) {
        const QJsonObject o = value.toObject();
        AidItemSpec spec;
        spec.key = o.value(QLatin1String("key")).toString();
        spec.required = o.value(QLatin1String("required")).toBool(true);
        spec.maxAgeSetting = o.value(QLatin1String("maxAgeSetting")).toString();
        spec.frenchLabel = o.value(QLatin1String("fr")).toString();
        spec.source = o.value(QLatin1String("source")).toString();
        const QJsonObject variants = o.value(QLatin1String("variants")).toObject();
        for (auto v = variants.begin(); v != variants.end(); ++v) {
            const QJsonObject vo = v.value().toObject();
            spec.variants.append({v.key(), vo.value(QLatin1String("maxAgeSetting")).toString(),
                                  vo.value(QLatin1String("fr")).toString()});
        }
        if (spec.key.isEmpty() || spec.frenchLabel.isEmpty() || catalogue.item(spec.key))
            return broken(QStringLiteral("item %1").arg(spec.key));
        const auto checkSetting = [&](const QString& name) {
            return name.isEmpty() || catalogue.m_settings.value(name).has_value();
        };
        if (!checkSetting(spec.maxAgeSetting))
            return broken(QStringLiteral("item %1: unknown setting").arg(spec.key));
        for (const auto& v : std::as_const(spec.variants)) {
            if (!checkSetting(v.maxAgeSetting))
                return broken(QStringLiteral("variant %1: unknown setting").arg(v.key));
        }
        catalogue.m_items.append(spec);
    }

    catalogue.m_defaultItems = stringList(root.value(QLatin1String("defaultItems")));
    catalogue.m_defaultAdvice = stringList(root.value(QLatin1String("defaultAdvice")));
    for (const auto& key : std::as_const(catalogue.m_defaultItems)) {
        if (!catalogue.item(key))
            return broken(QStringLiteral("default item %1").arg(key));
    }

    const QJsonArray departments = root.value(QLatin1String("departments")).toArray();
    for (const auto& value : departments) {
        const QJsonObject o = value.toObject();
        AidDepartmentSpec spec;
        spec.code = normalisedCode(o.value(QLatin1String("code")).toString());
        spec.formUrl = o.value(QLatin1String("formUrl")).toString();
        spec.extraItems = stringList(o.value(QLatin1String("extraItems")));
        spec.advice = stringList(o.value(QLatin1String("advice")));
        spec.since = o.value(QLatin1String("since")).toString();
        spec.source = o.value(QLatin1String("source")).toString();
        if (spec.code.isEmpty() || catalogue.department(spec.code))
            return broken(QStringLiteral("department %1").arg(spec.code));
        for (const auto& key : std::as_const(spec.extraItems)) {
            if (!catalogue.item(key))
                return broken(QStringLiteral("department %1: item %2").arg(spec.code, key));
        }
        catalogue.m_departments.append(spec);
    }
    return catalogue;
}

const AidItemSpec* AidCatalogue::item(const QString& key) const
{
    for (const auto& spec : m_items) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

const AidDepartmentSpec* AidCatalogue::department(const QString& code) const
{
    const QString c = normalisedCode(code);
    for (const auto& spec : m_departments) {
        if (spec.code == c)
            return &spec;
    }
    return nullptr;
}

QStringList AidCatalogue::itemKeys(const QString& departmentCode) const
{
    QStringList keys = m_defaultItems;
    if (const auto* dep = department(departmentCode)) {
        for (const auto& key : dep->extraItems) {
            if (!keys.contains(key))
                keys << key;
        }
    }
    return keys;
}

QStringList AidCatalogue::adviceIds(const QString& departmentCode) const
{
    QStringList ids;
    if (const auto* dep = department(departmentCode))
        ids = dep->advice;
    for (const auto& id : m_defaultAdvice) {
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

} // namespace carnet
