#include "cli/OptionReader.h"

#include "cli/CliContext.h"

#include <QRegularExpression>

namespace carnet::cli {

namespace {

QString dashed(const QString& name)
{
    return QStringLiteral("--") + name;
}

} // namespace

OptionReader::OptionReader(const QCommandLineParser& parser)
    : m_parser(parser)
{}

QDate OptionReader::parseDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

void OptionReader::refuse(const QString& option, const QString& message)
{
    if (failed())
        return;
    m_option = option;
    m_message = message;
}

int OptionReader::fail(CliContext& context) const
{
    return context.refuse(m_option, m_message);
}

QString OptionReader::text(const QString& name, bool required)
{
    QString value = m_parser.value(name).trimmed();
    if (required && value.isEmpty()) {
        refuse(dashed(name), m_parser.isSet(name) ? QStringLiteral("must not be empty")
                                                  : QStringLiteral("is required"));
    }
    return value;
}

QDate OptionReader::date(const QString& name, bool required)
{
    const QString value = text(name, required);
    if (value.isEmpty())
        return {};
    const QDate parsed = parseDate(value);
    if (!parsed.isValid()) {
        refuse(dashed(name), QStringLiteral("'%1' is not a date (expected YYYY-MM-DD)").arg(value));
    }
    return parsed;
}

std::optional<Cents> OptionReader::euros(const QString& name, bool required)
{
    const QString value = text(name, required);
    if (value.isEmpty())
        return std::nullopt;
    const std::optional<Cents> parsed = parseEuros(value);
    if (!parsed) {
        refuse(dashed(name), QStringLiteral("'%1' is not an amount in euros (e.g. 50, 50.00 or "
                                            "50,5)")
                                 .arg(value));
    }
    return parsed;
}

qint64 OptionReader::id(const QString& name, bool required)
{
    const QString value = text(name, required);
    if (value.isEmpty())
        return 0;
    bool ok = false;
    const qint64 parsed = value.toLongLong(&ok);
    if (!ok || parsed <= 0) {
        refuse(dashed(name),
               QStringLiteral("'%1' is not an id (a positive whole number)").arg(value));
        return 0;
    }
    return parsed;
}

QList<qint64> OptionReader::ids(const QString& name, bool required)
{
    const QString value = text(name, required);
    QList<qint64> result;
    if (value.isEmpty())
        return result;
    const QStringList parts = value.split(QLatin1Char(','));
    for (const QString& part : parts) {
        bool ok = false;
        const qint64 parsed = part.trimmed().toLongLong(&ok);
        if (!ok || parsed <= 0) {
            refuse(dashed(name),
                   QStringLiteral("'%1' is not a list of ids (e.g. 3,4,7)").arg(value));
            return {};
        }
        if (result.contains(parsed)) {
            refuse(dashed(name), QStringLiteral("id %1 is given twice").arg(parsed));
            return {};
        }
        result.append(parsed);
    }
    return result;
}

int OptionReader::year(const QString& name)
{
    const QString value = text(name, false);
    if (value.isEmpty())
        return 0;
    bool ok = false;
    const int parsed = value.toInt(&ok);
    if (!ok || parsed < 2000 || parsed > 2100) {
        refuse(dashed(name), QStringLiteral("'%1' is not a year (e.g. 2025)").arg(value));
        return 0;
    }
    return parsed;
}

bool OptionReader::yesNo(const QString& name, bool fallback)
{
    const QString value = text(name, false).toLower();
    if (value.isEmpty())
        return fallback;
    if (value == QLatin1String("yes"))
        return true;
    if (value == QLatin1String("no"))
        return false;
    refuseValue(name, value, {QStringLiteral("yes"), QStringLiteral("no")});
    return fallback;
}

QStringList OptionReader::keys(const QString& name, const QStringList& allowed)
{
    const QString value = text(name, false).toLower();
    if (value.isEmpty())
        return {};
    QStringList result;
    for (const QString& part : value.split(QLatin1Char(','))) {
        const QString key = part.trimmed();
        if (!allowed.contains(key)) {
            refuseValue(name, key, allowed);
            return {};
        }
        if (!result.contains(key))
            result.append(key);
    }
    return result;
}

void OptionReader::refuseValue(const QString& name, const QString& value,
                               const QStringList& allowed)
{
    refuse(dashed(name),
           QStringLiteral("'%1' is not one of %2").arg(value, allowed.join(QStringLiteral(", "))));
}

} // namespace carnet::cli
