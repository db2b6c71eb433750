#include "rules/TextMatch.h"

namespace carnet {
namespace TextMatch {

namespace {

// Letters that Unicode decomposition does not open into a base letter and a mark.
QStringView opened(char16_t c)
{
    switch (c) {
    case u'œ':
        return u"oe";
    case u'æ':
        return u"ae";
    case u'ß':
        return u"ss";
    case u'ø':
        return u"o";
    case u'ł':
        return u"l";
    case u'đ':
        return u"d";
    default:
        return {};
    }
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC' || c == u'`';
}

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

} // namespace

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool separated = true; // no space at the start, nor two in a row
    for (const QChar c : decomposed) {
        if (isMark(c) || isApostrophe(c))
            continue;
        if (!c.isLetterOrNumber()) {
            if (!separated)
                folded += u' ';
            separated = true;
            continue;
        }
        const QChar lower = c.toCaseFolded();
        if (const QStringView letters = opened(lower.unicode()); !letters.isEmpty())
            folded += letters;
        else
            folded += lower;
        separated = false;
    }
    if (folded.endsWith(u' '))
        folded.chop(1);
    return folded;
}

QStringList words(const QString& query)
{
    return fold(query).split(u' ', Qt::SkipEmptyParts);
}

bool matchesFolded(const QString& foldedText, const QStringList& words)
{
    for (const QString& word : words) {
        if (!foldedText.contains(word))
            return false;
    }
    return true;
}

bool matches(const QString& text, const QString& query)
{
    return matchesFolded(fold(text), words(query));
}

} // namespace TextMatch
} // namespace carnet
