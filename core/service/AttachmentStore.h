#pragma once

#include "model/Attachment.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace carnet {

class CarnetFile;

// The file's attachments (scans of courriers, AFI documents): copied into the file's private
// folder (0700, each file 0600), named by their SHA-256 so that one document is kept once.
class AttachmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(carnet::AttachmentStore)

public:
    explicit AttachmentStore(CarnetFile& file);

    // Copies the file into the private folder and records it.
    Result<qint64> addAttachment(const QString& sourcePath);
    std::optional<Attachment> attachment(qint64 attachmentId) const;
    // Where the stored copy is; empty for a malformed hash.
    QString attachmentPath(const Attachment& attachment) const;
    // Removes the stored copy of `sha256` once no record refers to it (after a commit);
    // does nothing for an empty or malformed hash.
    void removeUnusedFile(const QString& sha256) const;

private:
    CarnetFile& m_file;
};

} // namespace carnet
