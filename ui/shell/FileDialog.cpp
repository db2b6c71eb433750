#include "shell/FileDialog.h"

#include <QFileDialog>

namespace carnet {

namespace {
QStringList& queued()
{
    static QStringList names;
    return names;
}

QStringList& proposed()
{
    static QStringList paths;
    return paths;
}
} // namespace

bool FileDialog::takeNext(const QString& proposedPath, QString* path)
{
    if (queued().isEmpty())
        return false;
    proposed().append(proposedPath);
    *path = queued().takeFirst();
    return true;
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    QString path;
    if (takeNext(dir, &path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    QString path;
    if (takeNext(dir, &path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption,
                                         const QString& dir)
{
    QString path;
    if (takeNext(dir, &path))
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
    proposed().clear();
}

QStringList FileDialog::proposedPaths()
{
    return proposed();
}

} // namespace carnet
