#pragma once

#include <QDate>
#include <QString>

#include <memory>

class QTextStream;

namespace carnet {
class CarnetFile;
class Database;
} // namespace carnet

namespace carnet::cli {

// What a verb runs with: stdout and stderr, the Carnet file to use, a fixed "today", and
// (once open() succeeded) the CarnetFile, which owns the Database. Every message to the
// user goes through here, so that a refusal is always one line on stderr.
class CliContext final
{
public:
    CliContext(QTextStream& out, QTextStream& err);
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    QTextStream& out() { return m_out; }
    // Writes bytes to stdout as they are (a document, a CSV with its byte-order mark).
    void writeRaw(const QByteArray& bytes);
    QTextStream& err() { return m_err; }

    // The file: --db if given, else $CARNET_DB, else Database::defaultPath().
    void setDatabasePath(const QString& path) { m_databasePath = path; }
    QString databasePath() const;
    // "Today" for validation and status (--today); null = the real date.
    void setToday(QDate today) { m_today = today; }
    QDate today() const { return m_today; }

    enum class Access
    {
        Read,   // never creates the file; reads a file another Carnet holds, read-only
        Update, // changes an existing file (refuses a missing one); backup once a day on open
        Write,  // like Update, but creates the file (and its folder) when missing
    };
    // Opens the file and a CarnetFile over it. On failure prints one line and returns false.
    bool open(Access access);
    Database& database();
    CarnetFile& file() { return *m_file; }
    // Closes the file (before a restore replaces it).
    void close();

    // Prints "carnet-cli: OPTION: MESSAGE" (or without OPTION) on stderr; returns 2.
    int refuse(const QString& option, const QString& message);
    // Prints "carnet-cli: warning: MESSAGE" on stderr.
    void warn(const QString& message);

    // The exit status of a refusal or a usage error.
    static constexpr int RefusedExit = 2;

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databasePath;
    QDate m_today;
    std::unique_ptr<CarnetFile> m_file;
};

} // namespace carnet::cli
