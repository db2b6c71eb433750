#include "rules/DateText.h"

#include <QLocale>

namespace carnet {
namespace DateText {

QString longDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace DateText
} // namespace carnet
