#pragma once

#include "HtmlTemplate.h"

#include <QString>
#include <QStringList>

namespace carnet {

// The templates of the AFI documents, in French (they go to French administrations), read
// once from the Qt resources under :/carnet/letters (resources/letters): one file per
// document named after its key, the shared fragments (fragments.html) and the style sheet.
// They are built in: a missing one is a build defect and stops the program.
class LetterTemplates
{
public:
    // ":/carnet/letters/<key>.html", e.g. "cover-letter".
    static HtmlTemplate document(const QString& key);
    // The section "@name" of fragments.html, e.g. "signature".
    static HtmlTemplate fragment(const QString& name);
    // Shorthand for a fragment without placeholders.
    static QString phrase(const QString& name);
    static QString styleSheet();

    static QStringList documentKeys();
    static QStringList fragmentNames();
};

} // namespace carnet
