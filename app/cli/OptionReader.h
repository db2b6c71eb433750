#pragma once

#include "model/Money.h"

#include <QCommandLineParser>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace carnet::cli {

class CliContext;

// Reads a verb's option values into model types: ISO dates, euros with a dot or a comma,
// ids, enum keys. The first bad or missing value is remembered (option + message); the verb
// then stops with fail(), which prints that one line. Names are given without "--".
class OptionReader final
{
public:
    explicit OptionReader(const QCommandLineParser& parser);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }

    // Trimmed text; a required option must be given and not blank.
    QString text(const QString& name, bool required);
    // An ISO date, YYYY-MM-DD; null when not given.
    QDate date(const QString& name, bool required);
    // Euros: "50", "50.00", "50,5" (carnet::parseEuros); nullopt when not given.
    std::optional<Cents> euros(const QString& name, bool required);
    // A positive id; 0 when not given.
    qint64 id(const QString& name, bool required);
    // "ID[,ID...]"; empty when not given.
    QList<qint64> ids(const QString& name, bool required);
    // A year between 2000 and 2100; 0 when not given.
    int year(const QString& name);
    // "yes" or "no"; `fallback` when not given.
    bool yesNo(const QString& name, bool fallback);

    // One of the model's enum keys ("self", "office"...), among `allowed`.
    template <typename Enum>
    std::optional<Enum> key(const QString& name, bool required, const QStringList& allowed,
                            const std::function<std::optional<Enum>(const QString&)>& fromKey)
    {
        const QString value = text(name, required).toLower();
        if (value.isEmpty())
            return std::nullopt;
        const std::optional<Enum> parsed = allowed.contains(value) ? fromKey(value) : std::nullopt;
        if (!parsed)
            refuseValue(name, value, allowed);
        return parsed;
    }

    // "KEY[,KEY...]", each among `allowed` (lower case); empty when not given.
    QStringList keys(const QString& name, const QStringList& allowed);

    // Records a refusal about `option` (e.g. "--nir") if none was recorded yet.
    void refuse(const QString& option, const QString& message);
    bool failed() const { return !m_option.isEmpty() || !m_message.isEmpty(); }
    // Prints the recorded refusal; returns 2.
    int fail(CliContext& context) const;

    // Parses "2025-01-31" strictly; null on anything else.
    static QDate parseDate(const QString& text);

private:
    void refuseValue(const QString& name, const QString& value, const QStringList& allowed);

    const QCommandLineParser& m_parser;
    QString m_option;
    QString m_message;
};

} // namespace carnet::cli
