#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QChar>
#include <QLocale>
#include <QString>

namespace carnet {

class Database;

// Sessions and payments as CSV for a spreadsheet. French locales get `;` between fields and
// a decimal comma (what French spreadsheets expect); other locales `,` and a decimal point.
// UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting; a text cell that starts
// like a formula (= + - @) is prefixed with an apostrophe so no spreadsheet runs it.
class CsvExport final
{
public:
    CsvExport() = delete;

    struct Format
    {
        QChar separator = QLatin1Char(',');
        QChar decimalPoint = QLatin1Char('.');
    };
    static Format formatFor(const QLocale& locale);

    // One line per session (personId 0 = every person), in date order.
    static Result<QByteArray> sessions(const Database& db, const QLocale& locale,
                                       qint64 personId = 0);
    // One line per payment share (a payment with no share: one line), in date order. With a
    // person, the payments touching their sessions, with only their shares.
    static Result<QByteArray> payments(const Database& db, const QLocale& locale,
                                       qint64 personId = 0);

    // The same, written whole to `path` (QSaveFile, owner-only).
    static Result<void> writeSessions(const Database& db, const QString& path,
                                      const QLocale& locale, qint64 personId = 0);
    static Result<void> writePayments(const Database& db, const QString& path,
                                      const QLocale& locale, qint64 personId = 0);
};

} // namespace carnet
