#include "cli/Command.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "model/Result.h"

#include <QRegularExpression>
#include <QTextStream>

namespace carnet::cli {

namespace {

const QString kHelp = QStringLiteral("help");
const QString kDatabase = QStringLiteral("db");
const QString kToday = QStringLiteral("today");

} // namespace

Command::Command(QString name, QString description, QString synopsis)
    : m_name(std::move(name))
    , m_description(std::move(description))
    , m_synopsis(std::move(synopsis))
{}

Command::~Command() = default;

QCommandLineOption Command::databaseOption()
{
    return QCommandLineOption(kDatabase,
                              QStringLiteral("The Carnet file (default: $CARNET_DB, then the "
                                             "file of the desktop application)."),
                              QStringLiteral("FILE"));
}

QCommandLineOption Command::todayOption()
{
    return QCommandLineOption(kToday,
                              QStringLiteral("Take this day as today (for reproducible output)."),
                              QStringLiteral("YYYY-MM-DD"));
}

void Command::addArgument(const QString& name, const QString& description, const QString& syntax)
{
    m_arguments.append({name, description, syntax});
}

void Command::mapField(const QString& field, const QString& option)
{
    m_fieldOptions.insert(field, option);
}

QString Command::optionForField(const QString& field) const
{
    if (field.isEmpty())
        return {};
    const auto it = m_fieldOptions.constFind(field);
    if (it != m_fieldOptions.constEnd())
        return it.value();
    // "coverage.0.from" or "shares[1]" is about the option of its first part.
    const qsizetype cut = field.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    if (cut > 0)
        return optionForField(field.left(cut));
    QString option = field;
    option.replace(QLatin1Char('_'), QLatin1Char('-'));
    return QStringLiteral("--") + option;
}

int Command::fail(CliContext& context, const Error& error) const
{
    return context.refuse(optionForField(error.field), error.message);
}

void Command::setUp(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(m_description);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const QCommandLineOption& option : m_options)
        parser.addOption(option);
    if (usesDatabase()) {
        parser.addOption(databaseOption());
        parser.addOption(todayOption());
    }
    parser.addOption(
        QCommandLineOption({QStringLiteral("h"), kHelp}, QStringLiteral("Show this help.")));
    for (const CommandArgument& argument : m_arguments)
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
}

namespace {

// Wraps each line of `text` at `width` columns, between words.
QString wrapped(const QString& text, qsizetype width)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.startsWith(QLatin1String("Example:"))) { // kept whole, to copy and paste
            lines.append(paragraph);
            continue;
        }
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines.append(line);
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString Command::helpText() const
{
    QCommandLineParser parser;
    setUp(parser);
    QString text = parser.helpText();
    // Qt's first line names the executable and "[options]": say how this verb is called.
    const qsizetype endOfFirstLine = text.indexOf(QLatin1Char('\n'));
    text = QStringLiteral("Usage: carnet-cli %1\n").arg(m_synopsis) +
           (endOfFirstLine < 0 ? QString() : text.mid(endOfFirstLine));
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    if (!m_details.isEmpty())
        text += QLatin1Char('\n') + wrapped(m_details.trimmed(), 79) + QLatin1Char('\n');
    text += QLatin1Char('\n') +
            wrapped(QStringLiteral("Exit status: 0 when done; 2 when refused (one line on stderr, "
                                   "the file left unchanged) or on a usage error."),
                    79) +
            QLatin1Char('\n');
    return text;
}

int Command::execute(const QStringList& arguments, CliContext& context) const
{
    QCommandLineParser parser;
    setUp(parser);
    if (!parser.parse(QStringList{QStringLiteral("carnet-cli")} + arguments)) {
        QString error = parser.errorText();
        if (error.endsWith(QLatin1Char('.')))
            error.chop(1);
        return context.refuse(m_name,
                              QStringLiteral("%1 (see carnet-cli %2 --help)").arg(error, m_name));
    }
    if (parser.isSet(kHelp)) {
        context.out() << helpText();
        context.out().flush();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > m_arguments.size()) {
        return context.refuse(m_name, QStringLiteral("unexpected argument '%1' (see carnet-cli "
                                                     "%2 --help)")
                                          .arg(positional.at(m_arguments.size()), m_name));
    }
    if (usesDatabase()) {
        OptionReader in(parser);
        const QString path = in.text(kDatabase, false);
        const QDate today = in.date(kToday, false);
        if (in.failed())
            return in.fail(context);
        if (!path.isEmpty())
            context.setDatabasePath(path);
        if (today.isValid())
            context.setToday(today);
    }
    return run(parser, context);
}

} // namespace carnet::cli
