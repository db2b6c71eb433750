#pragma once

#include "model/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace carnet {

// A read-only connection of its own on a Carnet file, for a thread other than the one that
// holds the file's Database: a QSqlDatabase connection never crosses threads, so work done
// off the window's thread (the caseload's agenda) opens one where it runs, reads, and lets it
// go. It takes no lock (the Database holds the file's), writes nothing (query_only) and, the
// file being in WAL mode, sees every transaction committed before it began reading.
//
// Created, used and destroyed on one thread. Move-less and copy-less.
class ReaderConnection final
{
public:
    // Opens `path` (an existing Carnet file). Check ok() before using connection().
    explicit ReaderConnection(const QString& path);
    ~ReaderConnection();
    ReaderConnection(const ReaderConnection&) = delete;
    ReaderConnection& operator=(const ReaderConnection&) = delete;

    // Whether the connection is open; else error() says why.
    bool ok() const { return m_ok; }
    const Error& error() const { return m_error; }
    QSqlDatabase connection() const;

private:
    QString m_name;
    bool m_ok = false;
    Error m_error;
};

} // namespace carnet
