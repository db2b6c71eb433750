#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace carnet {

// Money is always an integer number of euro cents. No floating point, anywhere.
using Cents = qint64;

// The one function that shows an amount to a user: "50,00 €" in French, "€50.00" in English.
QString formatCents(Cents cents, const QLocale& locale = QLocale());

// Plain "50.00" (dot, no currency): for CSV in English, logs of figures, and the CLI.
QString formatCentsPlain(Cents cents, QChar decimalPoint = QLatin1Char('.'));

// Parses what a user types: "50", "50.00", "50,5", "1 080,00", "50 €". Refuses negatives,
// more than two decimals, and amounts above 10 million euros. Returns nullopt on bad input.
std::optional<Cents> parseEuros(const QString& text);

// `amount * numerator / denominator`, rounded half up to the cent, without floating point.
Cents applyRate(Cents amount, int numerator, int denominator);

} // namespace carnet
