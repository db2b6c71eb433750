#pragma once

#include "model/Money.h"
#include "model/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace carnet {

// Reads the JSON values of a Carnet document (docs/json-format.md) with the strictness of a
// file format: the exact type, the allowed range, no unknown key. The first problem is kept
// with its place in the document ("sessions[3].fee_cents").
//
// Keys are asked for by their name in the current format (snake_case, version 2). A document
// of version 1 spelled some of them in camelCase: the reader looks those up under their old
// name (one table, JsonReader.cpp), and names places in the document as it spells them.
class JsonReader
{
public:
    explicit JsonReader(int version);

    // The oldest format version this Carnet still reads.
    static constexpr int firstVersion = 1;

    int version() const { return m_version; }
    // `key` (its current name) as this document spells it.
    QString name(const QString& key) const;

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    // Keeps the first problem: `path` (as the document spells it) and what is wrong there,
    // as the end of a sentence ("is not part of the format").
    void fail(const QString& path, const QString& problem);
    // Keeps the first refusal by a rule: `path` and a whole sentence saying why.
    void refuse(const QString& path, const QString& sentence);

    // `object` at `path` holds only `allowed` keys (current names).
    bool keys(const QJsonObject& object, const QString& path, const QStringList& allowed);

    QJsonObject object(const QJsonValue& value, const QString& path);
    QJsonArray array(const QJsonObject& parent, const QString& key, const QString& path);

    QString text(const QJsonObject& o, const QString& key, const QString& path,
                 bool required = false);
    // The value at `place` (its whole path) as text.
    QString text(const QJsonValue& value, const QString& place);

    // A whole number within [min, max]; nullopt for null when `nullable`.
    std::optional<qint64> integer(const QJsonObject& o, const QString& key, const QString& path,
                                  qint64 min, qint64 max, bool nullable = false);
    std::optional<qint64> integer(const QJsonValue& value, const QString& place, qint64 min,
                                  qint64 max, bool nullable = false);

    qint64 id(const QJsonObject& o, const QString& key, const QString& path);
    qint64 id(const QJsonValue& value, const QString& place);
    qint64 optionalId(const QJsonObject& o, const QString& key, const QString& path);
    Cents cents(const QJsonObject& o, const QString& key, const QString& path);

    bool boolean(const QJsonObject& o, const QString& key, const QString& path);

    // "yyyy-MM-dd", or null when `nullable`.
    QDate date(const QJsonObject& o, const QString& key, const QString& path, bool nullable);

    // One of the string keys of an enum, exactly as Carnet writes it.
    template <typename Enum>
    Enum key(const QJsonObject& o, const QString& field, const QString& path,
             std::optional<Enum> (*fromKey)(const QString&), QString (*toKey)(Enum))
    {
        const QString s = text(o, field, path, true);
        const std::optional<Enum> e = fromKey(s);
        if (!failed() && (!e || toKey(*e) != s)) {
            unknownValue(field, path, s);
            return Enum{};
        }
        return e.value_or(Enum{});
    }

    // `path`.`key`, with the key as the document spells it.
    QString join(const QString& path, const QString& key) const;
    static QString at(const QString& name, qsizetype index);

    // The largest id: exact in a JSON number.
    static constexpr qint64 maxId = (qint64(1) << 53) - 1;

private:
    void unknownValue(const QString& field, const QString& path, const QString& value);

    int m_version;
    std::optional<Error> m_error;
};

} // namespace carnet
