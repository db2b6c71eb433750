#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace carnet {

// Every file chooser of the UI goes through here, so that tests can give the answer
// (after KeePassXC's gui/FileDialog.h): setNextFileName() queues the next chosen paths, and
// an empty string stands for "cancelled"; proposedPaths() tells what the choosers proposed.
class FileDialog final
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);
    static QString getExistingDirectory(QWidget* parent, const QString& caption,
                                        const QString& dir);

    static void setNextFileName(const QString& path);
    static void clearNextFileNames();
    // The `dir` (a folder or a proposed file path) of every chooser answered from the queue
    // since the last clearNextFileNames(), oldest first.
    static QStringList proposedPaths();

private:
    static bool takeNext(const QString& proposed, QString* path);
};

} // namespace carnet
