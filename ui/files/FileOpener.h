#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace carnet {

class AppContext;
class Database;

// Opens a Carnet file for the window and walks the user through what can go wrong, in
// plain words: a file open in another Carnet (offers read-only, says which process), a
// damaged file (offers its latest backup), a file from a newer Carnet, a disk error.
class FileOpener final
{
    Q_DECLARE_TR_FUNCTIONS(FileOpener)

public:
    // nullptr when the user gave up or the file cannot be opened (the reason was shown,
    // through AppContext::reportError).
    // The file given at start may still be under its quick check when it is returned
    // (Database::OpenOptions::deferCheck): see Database::isProvedSound().
    static std::unique_ptr<Database> open(QWidget* parent, AppContext& context, const QString& path,
                                          bool create);
};

} // namespace carnet
