#include "FrenchFormat.h"

#include <QLocale>

namespace carnet {
namespace FrenchFormat {

namespace {

const QLocale& french()
{
    static const QLocale locale(QLocale::French, QLocale::France);
    return locale;
}

} // namespace

QString money(Cents cents)
{
    return formatCents(cents, french());
}

QString date(QDate d)
{
    if (!d.isValid())
        return blank();
    const QString text = french().toString(d, QStringLiteral("d MMMM yyyy"));
    return d.day() == 1 ? QStringLiteral("1er") + text.mid(1) : text;
}

QString month(QDate d)
{
    return french().toString(d, QStringLiteral("MMMM yyyy"));
}

QString shortDate(QDate d)
{
    return d.isValid() ? french().toString(d, QStringLiteral("dd/MM/yyyy")) : QString();
}

const QString& blank()
{
    static const QString dots = QStringLiteral("……………………………………");
    return dots;
}

QString orBlank(const QString& text)
{
    return text.trimmed().isEmpty() ? blank() : text;
}

QString socialSecurityNumber(const QString& nir)
{
    const QString n = QString(nir).remove(QLatin1Char(' '));
    if (n.size() != 15)
        return nir;
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
        .arg(n.mid(0, 1), n.mid(1, 2), n.mid(3, 2), n.mid(5, 2), n.mid(7, 3), n.mid(10, 3),
             n.mid(13, 2));
}

} // namespace FrenchFormat
} // namespace carnet
