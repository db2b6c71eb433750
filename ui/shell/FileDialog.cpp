#include "shell/FileDialog.h"

#include <QFileDialog>

namespace carnet {

namespace {
QStringList& queued()
{
    static QStringList names;
    return names;
}
} // namespace

bool FileDialog::takeNext(QString* path)
{
    if (queued().isEmpty())
        return false;
    *path = queued().takeFirst();
    return true;
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption,
                                         const QString& dir)
{
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileDialog::setNextFileName(const QString& path)
{
    queued().append(path);
}

void FileDialog::clearNextFileNames()
{
    queued().clear();
}

} // namespace carnet
