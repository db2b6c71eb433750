#include "model/Money.h"

#include <QRegularExpression>

namespace carnet {

namespace {
constexpr Cents kMaxCents = Cents(10'000'000) * 100;
}

QString formatCentsPlain(Cents cents, QChar decimalPoint)
{
    const bool negative = cents < 0;
    const Cents magnitude = negative ? -cents : cents;
    return QStringLiteral("%1%2%3%4")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(decimalPoint)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString formatCents(Cents cents, const QLocale& locale)
{
    const bool negative = cents < 0;
    const Cents magnitude = negative ? -cents : cents;
    QString number = locale.toString(magnitude / 100);
    number += locale.decimalPoint();
    number += QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        number.prepend(locale.negativeSign());
    const QString symbol = QStringLiteral("€");
    // French (and most of the euro zone) writes the sign after, separated by a no-break space.
    if (locale.language() == QLocale::English)
        return symbol + number;
    return number + QChar(0x00A0) + symbol;
}

std::optional<Cents> parseEuros(const QString& text)
{
    QString s = text.trimmed();
    s.remove(QChar(0x20AC)); // €
    s.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]")));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})(?:[.,](\\d{1,2}))?$"));
    const auto match = pattern.match(s);
    if (!match.hasMatch())
        return std::nullopt;
    const Cents euros = match.captured(1).toLongLong();
    QString decimals = match.captured(2);
    if (decimals.size() == 1)
        decimals += QLatin1Char('0');
    const Cents cents = euros * 100 + (decimals.isEmpty() ? 0 : decimals.toLongLong());
    if (cents > kMaxCents)
        return std::nullopt;
    return cents;
}

Cents applyRate(Cents amount, int numerator, int denominator)
{
    Q_ASSERT(denominator > 0);
    const Cents product = amount * numerator;
    const Cents half = denominator / 2;
    if (product >= 0)
        return (product + half) / denominator;
    return -((-product + half) / denominator);
}

} // namespace carnet
