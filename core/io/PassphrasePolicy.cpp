#include "io/PassphrasePolicy.h"

#include <QCoreApplication>
#include <QSet>

namespace carnet {

namespace {

// tr() under the context lupdate gives these strings, in free functions and members alike.
struct PassphrasePolicyText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::PassphrasePolicy)
};

int length(const QString& passphrase)
{
    return int(passphrase.normalized(QString::NormalizationForm_C).toUcs4().size());
}

} // namespace

PassphrasePolicy::Strength PassphrasePolicy::strength(const QString& passphrase)
{
    const QList<uint> points = passphrase.normalized(QString::NormalizationForm_C).toUcs4();
    const int size = int(points.size());
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    QSet<uint> distinct;
    for (uint point : points) {
        distinct.insert(point);
        if (QChar::isLower(point))
            lower = true;
        else if (QChar::isUpper(point))
            upper = true;
        else if (QChar::isDigit(point))
            digit = true;
        else
            other = true;
    }
    const int kinds = int(lower) + int(upper) + int(digit) + int(other);
    if (size < minimumLength || distinct.size() < 5)
        return Strength::Weak;
    if ((size >= 20 && distinct.size() >= 8) || (size >= 14 && kinds >= 3))
        return Strength::Strong;
    if (size < 14 && kinds == 1)
        return Strength::Weak;
    return Strength::Fair;
}

Result<void> PassphrasePolicy::check(const QString& passphrase)
{
    if (length(passphrase) < minimumLength) {
        return Error::invalid(
            QStringLiteral("passphrase"),
            PassphrasePolicyText::tr("The passphrase needs at least %n characters.", nullptr,
                                     minimumLength));
    }
    return {};
}

} // namespace carnet
