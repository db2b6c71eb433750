#include "rules/Identifiers.h"

#include <QCoreApplication>

namespace carnet {
namespace Identifiers {

namespace {

// Removes every kind of space a user may type or paste (space, tab, no-break spaces).
QString withoutSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

Result<QString> normalizeNir(const QString& text)
{
    const QString nir = withoutSpaces(text).toUpper();
    const QString field = QStringLiteral("nir");
    if (nir.isEmpty())
        return Error::invalid(field,
                              QCoreApplication::translate("Identifiers", "The NIR is empty."));
    if (nir.size() != 15) {
        return Error::invalid(
            field, QCoreApplication::translate("Identifiers",
                                               "A NIR has 15 characters (13 and a 2-digit key); "
                                               "this one has %1.")
                       .arg(nir.size()));
    }
    // Positions 6–7 hold the département: digits, or 2A / 2B for Corsica.
    const QStringView dept = QStringView(nir).mid(5, 2);
    const bool corsica = dept == QLatin1String("2A") || dept == QLatin1String("2B");
    if (!allDigits(QStringView(nir).left(5)) || !(corsica || allDigits(dept)) ||
        !allDigits(QStringView(nir).mid(7))) {
        return Error::invalid(field, QCoreApplication::translate(
                                         "Identifiers", "A NIR holds only digits, except 2A or 2B "
                                                        "(Corsica) in positions 6 and 7."));
    }
    // DOMAIN.md B §2: key = 97 − (first 13 digits mod 97), with 2A → 19 and 2B → 18.
    QString digits = nir.left(13);
    if (dept == QLatin1String("2A"))
        digits.replace(5, 2, QStringLiteral("19"));
    else if (dept == QLatin1String("2B"))
        digits.replace(5, 2, QStringLiteral("18"));
    const qint64 number = digits.toLongLong();
    const int expectedKey = int(97 - number % 97);
    const int key = nir.mid(13, 2).toInt();
    if (key != expectedKey) {
        return Error::invalid(
            field, QCoreApplication::translate("Identifiers",
                                               "The NIR's key (its last 2 digits) does not match "
                                               "the number: check it against the carte Vitale."));
    }
    return nir;
}

Result<QString> normalizeRpps(const QString& text)
{
    const QString rpps = withoutSpaces(text);
    const QString field = QStringLiteral("rpps");
    if (rpps.isEmpty()) {
        return Error::invalid(
            field, QCoreApplication::translate("Identifiers", "The RPPS number is empty."));
    }
    if (!allDigits(rpps)) {
        return Error::invalid(
            field, QCoreApplication::translate("Identifiers",
                                               "An RPPS number holds only digits (11, or 9 for "
                                               "an older ADELI number)."));
    }
    if (rpps.size() != 11 && rpps.size() != 9) {
        return Error::invalid(
            field, QCoreApplication::translate("Identifiers",
                                               "An RPPS number has 11 digits (an older ADELI "
                                               "number 9); this one has %1.")
                       .arg(rpps.size()));
    }
    return rpps;
}

bool rppsChecksumOk(const QString& rpps)
{
    const QString digits = withoutSpaces(rpps);
    if (digits.size() != 11 || !allDigits(digits))
        return false;
    // Luhn: from the right, double every second digit, subtract 9 above 9; sum mod 10 == 0.
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

} // namespace Identifiers
} // namespace carnet
