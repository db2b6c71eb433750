#pragma once

#include <QDateTime>
#include <QString>

namespace carnet {

// A file the user attached (a scanned courrier, a devis, a tax notice). The bytes live in
// the private attachments folder beside the database, named by their SHA-256.
struct Attachment
{
    qint64 id = 0;
    QString sha256;       // lowercase hex
    QString originalName; // the name the file had when attached
    QString mimeType;
    qint64 size = 0;
    QDateTime added;

    friend bool operator==(const Attachment&, const Attachment&) = default;
};

} // namespace carnet
