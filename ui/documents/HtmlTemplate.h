#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace carnet {

// A piece of HTML with named placeholders, {{name}} (lower case, digits, '_'), filled by the
// code: text values are escaped, HTML values (built from other templates) are inserted as
// they are. Filling is one pass, so a value that holds "{{x}}" is never filled in turn.
//
// Templates are written for people (resources/letters/README.md): fold() removes the HTML
// comments, trims every line, drops empty lines, and turns each line break into one space,
// except between a line ending in a tag or a placeholder ('>' or "}}") and a line starting
// with one ('<' or "{{"), where it disappears.
class HtmlTemplate
{
public:
    HtmlTemplate() = default;
    // `html` as it is used (already folded).
    explicit HtmlTemplate(QString html);

    // The template as written in a file, folded into the HTML it stands for.
    static QString fold(const QString& source);
    // The "@name" sections of a file of fragments: "<!-- @name: what it holds -->" starts a
    // section, which runs to the next one; each is folded. Text before the first is ignored.
    static QHash<QString, QString> sections(const QString& source);
    // How a text value is inserted: trimmed, escaped (toHtmlEscaped), line breaks as <br>.
    static QString escaped(const QString& text);

    HtmlTemplate& text(const QString& name, const QString& value);
    HtmlTemplate& html(const QString& name, const QString& html);

    // The placeholders of the template, each once, in order of first appearance.
    QStringList placeholders() const;
    // Those without a value.
    QStringList unfilled() const;
    // The filled HTML; a placeholder without a value stays as written.
    QString render() const;

private:
    QString m_html;
    QHash<QString, QString> m_values;
};

} // namespace carnet
