#pragma once

#include "model/Money.h"
#include "model/Result.h"

#include <QByteArray>
#include <QChar>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace carnet {

// Lines of CSV for a spreadsheet, cell by cell: French locales get `;` between fields and a
// decimal comma (what French spreadsheets expect), other locales `,` and a decimal point.
// UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting; a text cell that starts
// like a formula (= + - @) is prefixed with an apostrophe so no spreadsheet runs it. Every CSV
// Carnet writes (CsvExport, the caseload's worklist) goes through here.
class CsvWriter final
{
public:
    struct Format
    {
        QChar separator = QLatin1Char(',');
        QChar decimalPoint = QLatin1Char('.');
    };
    static Format formatFor(const QLocale& locale);

    explicit CsvWriter(Format format);

    // A text cell: quoted when needed, defused when it looks like a formula.
    CsvWriter& text(QString value);
    CsvWriter& number(qint64 value);
    CsvWriter& id(qint64 value); // empty for 0 ("none")
    CsvWriter& money(Cents cents);
    CsvWriter& date(QDate value); // ISO 8601, empty when invalid
    void endLine();

    // Everything written, with the byte-order mark.
    QByteArray bytes() const;

    // Writes `bytes` whole to `path` (QSaveFile, owner-only permissions).
    static Result<void> save(const QString& path, const QByteArray& bytes);

private:
    CsvWriter& raw(const QString& value);

    Format m_format;
    QStringList m_line;
    QString m_out;
};

} // namespace carnet
