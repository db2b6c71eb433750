#pragma once

#include "model/Money.h"

#include <QDate>
#include <QString>

namespace carnet {

// How the AFI documents write amounts, dates and numbers: in French, whatever the language of
// the application. Each returns plain text (for HtmlTemplate::text).
namespace FrenchFormat {

QString money(Cents cents);           // "1 080,00 €"
QString date(QDate date);             // "1er mai 2026", "20 janvier 2026"; blank() if null
QString month(QDate date);            // "mai 2026"
QString shortDate(QDate date);        // "08/01/2026"; empty if null
const QString& blank();               // dots for a value to fill by hand
QString orBlank(const QString& text); // the text, or blank() when there is none
QString socialSecurityNumber(const QString& nir); // "1 90 04 75 006 123 45" when 15 characters

} // namespace FrenchFormat
} // namespace carnet
