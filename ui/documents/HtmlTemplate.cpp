#include "HtmlTemplate.h"

#include <QRegularExpression>

#include <utility>

namespace carnet {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{([a-z0-9_]+)\\}\\}"));
    return pattern;
}

} // namespace

HtmlTemplate::HtmlTemplate(QString html)
    : m_html(std::move(html))
{}

QString HtmlTemplate::fold(const QString& source)
{
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"),
                                             QRegularExpression::DotMatchesEverythingOption);
    const QString text = QString(source).remove(comments);
    QString html;
    for (const QStringView raw : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (!html.isEmpty()) {
            const bool tagBefore =
                html.endsWith(QLatin1Char('>')) || html.endsWith(QLatin1String("}}"));
            const bool tagAfter =
                line.startsWith(QLatin1Char('<')) || line.startsWith(QLatin1String("{{"));
            if (!tagBefore || !tagAfter)
                html += QLatin1Char(' ');
        }
        html += line;
    }
    return html;
}

QHash<QString, QString> HtmlTemplate::sections(const QString& source)
{
    static const QRegularExpression marker(QStringLiteral("<!--\\s*@([a-z0-9-]+).*?-->"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QHash<QString, QString> found;
    QString name;
    qsizetype start = -1;
    auto it = marker.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (start >= 0)
            found.insert(name, fold(source.mid(start, match.capturedStart() - start)));
        name = match.captured(1);
        start = match.capturedEnd();
    }
    if (start >= 0)
        found.insert(name, fold(source.mid(start)));
    return found;
}

QString HtmlTemplate::escaped(const QString& text)
{
    QString html = text.trimmed().toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

HtmlTemplate& HtmlTemplate::text(const QString& name, const QString& value)
{
    m_values.insert(name, escaped(value));
    return *this;
}

HtmlTemplate& HtmlTemplate::html(const QString& name, const QString& html)
{
    m_values.insert(name, html);
    return *this;
}

QStringList HtmlTemplate::placeholders() const
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(m_html);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QStringList HtmlTemplate::unfilled() const
{
    QStringList names;
    for (const QString& name : placeholders()) {
        if (!m_values.contains(name))
            names << name;
    }
    return names;
}

QString HtmlTemplate::render() const
{
    QString out;
    out.reserve(m_html.size() * 2);
    qsizetype from = 0;
    auto it = placeholderPattern().globalMatch(m_html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(m_html).mid(from, match.capturedStart() - from);
        const auto value = m_values.constFind(match.captured(1));
        out += value != m_values.cend() ? *value : match.captured(0);
        from = match.capturedEnd();
    }
    out += QStringView(m_html).mid(from);
    return out;
}

} // namespace carnet
