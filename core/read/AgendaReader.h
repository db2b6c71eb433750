#pragma once

#include "aid/AidSettings.h"
#include "model/Result.h"
#include "read/Agenda.h"
#include "rules/CarePathRules.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace carnet {

class CarnetFile;

// The agenda (read/Agenda.h) read away from the file's thread: a page that lists every action
// due across hundreds of persons (the caseload) computes it on a thread of its own, so that
// the window never waits for it. Made on the file's thread, it takes there what the agenda
// needs beside the stored facts (the file's path, "today", the settings); run() then opens a
// read-only connection of its own (ReaderConnection) wherever it is called, and answers as
// ReadSide::agenda() would have when it began reading.
//
// A value: copy it into the thread that runs it.
class AgendaReader final
{
public:
    // On the file's thread (reads the settings the filter needs).
    AgendaReader(const CarnetFile& file, const AgendaFilter& filter);

    // On any thread, as often as wanted: the agenda as of now (what was committed before it
    // began). An error when the file cannot be read.
    Result<QList<AgendaItem>> run() const;

    const AgendaFilter& filter() const { return m_filter; }
    QDate today() const { return m_today; }

    // The agenda read through `db` (a connection of the calling thread): the facts, then the
    // AFI requests, each setting asked of its function only when needed. What run() and
    // ReadSide::agenda() both do.
    static Result<QList<AgendaItem>> read(const QSqlDatabase& db, const AgendaFilter& filter,
                                          QDate today,
                                          const std::function<StatusSettings()>& statusSettings,
                                          const std::function<AidSettings()>& aidSettings);

private:
    QString m_path;
    AgendaFilter m_filter;
    QDate m_today;
    StatusSettings m_statusSettings;
    AidSettings m_aidSettings;
};

} // namespace carnet
