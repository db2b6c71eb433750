#pragma once

#include <QDate>
#include <QString>

namespace carnet {

// Dates as the rules write them in sentences for users.
namespace DateText {

// "12 March 2025" (English / C locale), "12 mars 2025" (French): day, month name, year in the
// default locale (QLocale()), no weekday.
QString longDate(QDate date);

} // namespace DateText
} // namespace carnet
