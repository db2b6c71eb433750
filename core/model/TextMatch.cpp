#include "model/TextMatch.h"

namespace carnet::TextMatch {

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue; // the accent of the letter before
        default:
            break;
        }
        switch (c.unicode()) {
        case 0x00C6: // Æ
        case 0x00E6: // æ
            folded += QLatin1String("ae");
            continue;
        case 0x0152: // Œ
        case 0x0153: // œ
            folded += QLatin1String("oe");
            continue;
        case 0x00DF: // ß
            folded += QLatin1String("ss");
            continue;
        case 0x2019: // ’ typed as '
            folded += QLatin1Char('\'');
            continue;
        default:
            break;
        }
        folded += c.toCaseFolded();
    }
    return folded;
}

QStringList words(const QString& query)
{
    return fold(query.simplified()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool containsWords(const QString& foldedText, const QStringList& foldedWords)
{
    for (const QString& word : foldedWords) {
        if (!foldedText.contains(word))
            return false;
    }
    return true;
}

bool contains(const QString& text, const QString& query)
{
    return containsWords(fold(text), words(query));
}

} // namespace carnet::TextMatch
