#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace carnet {
struct Error;
}

namespace carnet::cli {

class CliContext;

// A positional argument of a verb (QCommandLineParser has no class for them).
struct CommandArgument
{
    QString name;
    QString description;
    QString syntax;
};

// One verb of carnet-cli ("person add", "status"...), in the spirit of KeePassXC's
// src/cli/Command.h: it declares its name, description and options, parses its own
// arguments with a QCommandLineParser, and calls the core service. execute() returns the
// exit status: 0 done, 2 refused or usage error (one line on stderr, nothing changed).
class Command
{
public:
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    // The words that call it, e.g. "person add".
    QString name() const { return m_name; }
    // One line for `carnet-cli --help`.
    QString description() const { return m_description; }
    // The complete `carnet-cli COMMAND --help` text.
    QString helpText() const;

    // Runs the verb with the arguments that follow its name.
    int execute(const QStringList& arguments, CliContext& context) const;

    // Options every verb that opens the file accepts.
    static QCommandLineOption databaseOption();
    static QCommandLineOption todayOption();

protected:
    Command(QString name, QString description, QString synopsis);

    void addOption(const QCommandLineOption& option) { m_options.append(option); }
    void addArgument(const QString& name, const QString& description, const QString& syntax);
    // Paragraphs printed after the options in the help text.
    void setDetails(const QString& details) { m_details = details; }
    // Which option a core error's `field` refers to ("birth_date" -> "--birth").
    void mapField(const QString& field, const QString& option);
    // False for the verbs that never open a Carnet file (no --db, no --today).
    virtual bool usesDatabase() const { return true; }

    // The verb's work, once the arguments parsed; `parser` holds them.
    virtual int run(const QCommandLineParser& parser, CliContext& context) const = 0;

    // Prints a core error as one line naming the option it is about; returns 2.
    int fail(CliContext& context, const Error& error) const;
    // The option a core error field refers to, "" when none.
    QString optionForField(const QString& field) const;

private:
    void setUp(QCommandLineParser& parser) const;

    QString m_name;
    QString m_description;
    QString m_synopsis;
    QString m_details;
    QList<QCommandLineOption> m_options;
    QList<CommandArgument> m_arguments;
    QHash<QString, QString> m_fieldOptions;
};

} // namespace carnet::cli
