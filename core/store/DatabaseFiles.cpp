#include "store/DatabaseFiles.h"

#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace carnet {

namespace {

constexpr int kBackupsKept = 10; // automatic backups kept; older ones are deleted

// tr() under the context lupdate gives these strings, in free functions and members alike.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::Database)
};

constexpr QFileDevice::Permissions kPrivateDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Backup names: <stem>-<yyyyMMdd-HHmmsszzz>[-tag].sqlite; untagged ones are the automatic
// (daily or "back up now") copies that are pruned to kBackupsKept.
const QRegularExpression& backupPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^.*-(\\d{8}-\\d{9})(-[a-z0-9-]+)?\\.sqlite$"));
    return pattern;
}

} // namespace

namespace DatabaseFiles {

bool ensureDirectory(const QString& path, bool forcePrivate)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        if (forcePrivate)
            QFile::setPermissions(path, kPrivateDir);
        return true;
    }
    // Create each missing level owner-only, not only the last one.
    QStringList missing;
    QString level = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo(level).exists()) {
        missing.prepend(level);
        const QString parent = QFileInfo(level).absolutePath();
        if (parent == level)
            break;
        level = parent;
    }
    for (const QString& folder : missing) {
        if (!QDir().mkdir(folder) && !QFileInfo(folder).isDir())
            return false;
        QFile::setPermissions(folder, kPrivateDir);
    }
    return QFileInfo(path).isDir();
}

void syncFile(const QString& path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        ::fsync(file.handle());
#else
    Q_UNUSED(path);
#endif
}

QString stemOf(const QString& databasePath)
{
    const QString name = QFileInfo(databasePath).completeBaseName();
    return name.isEmpty() ? QStringLiteral("carnet") : name;
}

QList<BackupEntry> listBackups(const QString& directory)
{
    QList<BackupEntry> entries;
    const QDir dir(directory);
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& file : files) {
        BackupEntry entry;
        entry.info.path = file.absoluteFilePath();
        entry.info.size = file.size();
        const auto match = backupPattern().match(file.fileName());
        if (match.hasMatch()) {
            entry.info.created =
                QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmsszzz"));
            entry.automatic = match.captured(2).isEmpty();
        }
        if (!entry.info.created.isValid())
            entry.info.created = file.lastModified();
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const BackupEntry& a, const BackupEntry& b) {
        if (a.info.created != b.info.created)
            return a.info.created > b.info.created;
        return a.info.path > b.info.path;
    });
    return entries;
}

QString backupFolderOf(const QString& databasePath)
{
    return databasePath + QStringLiteral(".backups");
}

QString newBackupPath(const QString& directory, const QString& stem, const QString& tag)
{
    QDateTime when = QDateTime::currentDateTime();
    for (;;) {
        QString name =
            stem + QLatin1Char('-') + when.toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
        if (!tag.isEmpty())
            name += QLatin1Char('-') + tag;
        name += QStringLiteral(".sqlite");
        QString path = QDir(directory).filePath(name);
        if (!QFileInfo::exists(path))
            return path;
        when = when.addMSecs(1);
    }
}

Result<BackupInfo> writeBackup(const QSqlDatabase& db, const QString& databasePath,
                               const QString& tag)
{
    const QString directory = backupFolderOf(databasePath);
    if (!ensureDirectory(directory, true))
        return Error::io(
            DatabaseText::tr("Carnet cannot create the backup folder %1.").arg(directory));
    const QString target = newBackupPath(directory, stemOf(databasePath), tag);
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    if (auto r = SqliteDialect::vacuumInto(db, part); !r) {
        QFile::remove(part);
        return Error::io(
            DatabaseText::tr("The backup could not be written: %1").arg(r.error().message));
    }
    syncFile(part);
    QFile::setPermissions(part, kPrivateFile);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return Error::io(DatabaseText::tr("The backup could not be written to %1.").arg(target));
    }
    BackupInfo info;
    info.path = target;
    info.size = QFileInfo(target).size();
    const auto match = backupPattern().match(QFileInfo(target).fileName());
    info.created = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmsszzz"));
    return info;
}

void pruneBackups(const QString& directory)
{
    int automatic = 0;
    for (const BackupEntry& entry : listBackups(directory)) {
        if (!entry.automatic)
            continue;
        if (++automatic > kBackupsKept)
            QFile::remove(entry.info.path);
    }
}

} // namespace DatabaseFiles
} // namespace carnet
