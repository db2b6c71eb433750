#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace carnet {

// Every file chooser of the UI goes through here, so that tests can give the answer
// (after KeePassXC's gui/FileDialog.h): setNextFileName() queues the next chosen paths, and
// an empty string stands for "cancelled".
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

private:
    static bool takeNext(QString* path);
};

} // namespace carnet
