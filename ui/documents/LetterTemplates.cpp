#include "LetterTemplates.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace carnet {

namespace {

const QString kFolder = QStringLiteral(":/carnet/letters");

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("carnet: the resource %s is missing", qUtf8Printable(path));
    return QString::fromUtf8(file.readAll());
}

struct Templates
{
    QHash<QString, QString> documents;
    QHash<QString, QString> fragments;
    QString styleSheet;
};

const Templates& templates()
{
    static const Templates loaded = [] {
        Templates t;
        const QStringList files =
            QDir(kFolder).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const QString source = readResource(kFolder + QLatin1Char('/') + file);
            if (file == QLatin1String("fragments.html"))
                t.fragments = HtmlTemplate::sections(source);
            else
                t.documents.insert(file.chopped(5), HtmlTemplate::fold(source));
        }
        // The style sheet: comments out, one rule a line, joined.
        static const QRegularExpression comments(QStringLiteral("/\\*.*?\\*/"),
                                                 QRegularExpression::DotMatchesEverythingOption);
        const QString css = readResource(kFolder + QStringLiteral("/letters.css")).remove(comments);
        for (const QStringView line : QStringView(css).split(QLatin1Char('\n')))
            t.styleSheet += line.trimmed();
        return t;
    }();
    return loaded;
}

} // namespace

HtmlTemplate LetterTemplates::document(const QString& key)
{
    const auto it = templates().documents.constFind(key);
    if (it == templates().documents.cend())
        qFatal("carnet: no letter template %s", qUtf8Printable(key));
    return HtmlTemplate(*it);
}

HtmlTemplate LetterTemplates::fragment(const QString& name)
{
    const auto it = templates().fragments.constFind(name);
    if (it == templates().fragments.cend())
        qFatal("carnet: no letter fragment %s", qUtf8Printable(name));
    return HtmlTemplate(*it);
}

QString LetterTemplates::phrase(const QString& name)
{
    return fragment(name).render();
}

QString LetterTemplates::styleSheet()
{
    return templates().styleSheet;
}

QStringList LetterTemplates::documentKeys()
{
    QStringList keys = templates().documents.keys();
    keys.sort();
    return keys;
}

QStringList LetterTemplates::fragmentNames()
{
    QStringList names = templates().fragments.keys();
    names.sort();
    return names;
}

} // namespace carnet
