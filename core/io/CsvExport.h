#pragma once

#include "io/CsvWriter.h"
#include "model/Result.h"

#include <QByteArray>
#include <QChar>
#include <QLocale>
#include <QString>

namespace carnet {

class Database;

// Sessions and payments as CSV for a spreadsheet, in the format of CsvWriter: French locales
// get `;` between fields and a decimal comma, UTF-8 with a byte-order mark, formulas defused.
class CsvExport final
{
public:
    CsvExport() = delete;

    using Format = CsvWriter::Format;
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
