#include "service/AttachmentStore.h"

#include "service/CarnetFile.h"
#include "store/AttachmentRepository.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace carnet {

namespace {

constexpr qint64 kMaxAttachmentBytes = 100LL * 1024 * 1024; // 100 MB: scans and PDFs

bool isSha256(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

AttachmentStore::AttachmentStore(CarnetFile& file)
    : m_file(file)
{}

Result<qint64> AttachmentStore::addAttachment(const QString& sourcePath)
{
    Database& db = m_file.database();
    if (db.isReadOnly()) {
        return Error{
            Error::Kind::ReadOnly, {}, tr("This file is open read-only: nothing was attached.")};
    }
    const QFileInfo info(sourcePath);
    if (!info.isFile())
        return Error::notFound(QStringLiteral("path"), tr("The file to attach does not exist."));
    if (info.size() > kMaxAttachmentBytes) {
        return Error::invalid(QStringLiteral("path"),
                              tr("The file is too large to attach (more than 100 MB)."));
    }
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Error::io(tr("The file to attach cannot be read."));

    // Copy into the private folder while hashing, then name the copy by its hash.
    const QString folder = db.attachmentDirectory();
    QTemporaryFile copy(QDir(folder).filePath(QStringLiteral("incoming-XXXXXX")));
    if (!copy.open())
        return Error::io(tr("Carnet cannot write in its attachments folder."));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 16);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return Error::io(tr("The file to attach cannot be read."));
        hash.addData(chunk);
        size += chunk.size();
        if (copy.write(chunk) != chunk.size())
            return Error::io(tr("The attachment could not be copied (is the disk full?)."));
    }
    if (!copy.flush())
        return Error::io(tr("The attachment could not be copied (is the disk full?)."));

    Attachment attachment;
    attachment.sha256 = QString::fromLatin1(hash.result().toHex());
    attachment.originalName = info.fileName();
    attachment.mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    attachment.size = size;
    attachment.added = QDateTime::currentDateTimeUtc();

    const QString target = QDir(folder).filePath(attachment.sha256);
    bool created = false;
    if (!QFileInfo::exists(target)) {
        copy.setAutoRemove(false);
        copy.close();
        if (!QFile::rename(copy.fileName(), target)) {
            QFile::remove(copy.fileName());
            return Error::io(tr("The attachment could not be stored."));
        }
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        created = true;
    }
    qint64 id = 0;
    auto r = m_file.change([&]() -> Result<void> {
        auto inserted = AttachmentRepository(db.connection()).insert(attachment);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r) {
        if (created)
            QFile::remove(target);
        return r.error();
    }
    return id;
}

std::optional<Attachment> AttachmentStore::attachment(qint64 attachmentId) const
{
    auto found = AttachmentRepository(m_file.database().connection()).find(attachmentId);
    return found ? found.value() : std::nullopt;
}

QString AttachmentStore::attachmentPath(const Attachment& attachment) const
{
    if (!isSha256(attachment.sha256))
        return {};
    return QDir(m_file.database().attachmentDirectory()).filePath(attachment.sha256);
}

void AttachmentStore::removeUnusedFile(const QString& sha256) const
{
    if (!isSha256(sha256))
        return;
    QFile::remove(QDir(m_file.database().attachmentDirectory()).filePath(sha256));
}

} // namespace carnet
