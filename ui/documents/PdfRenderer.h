#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace carnet {

// Lays out HTML documents (QTextDocument) and images on A4 pages of one PDF, with a footer
// "title - page n/N", and writes it through QSaveFile with owner-only permissions.
class PdfRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)

public:
    explicit PdfRenderer(QString title);

    // The CSS applied to every HTML part (QTextDocument's supported subset).
    void setStyleSheet(const QString& css) { m_styleSheet = css; }
    // "title - page n/N" (default) or the title alone (for parts of a merged dossier).
    void setPageNumbers(bool on) { m_pageNumbers = on; }

    // Each part starts on a new page.
    void addHtml(const QString& html);
    void addImage(const QString& path, const QString& caption);

    Result<void> write(const QString& path) const;

    // Writes `bytes` to `path` through QSaveFile, owner read/write only.
    static Result<void> saveFile(const QString& path, const QByteArray& bytes);

private:
    struct Part
    {
        QString html;      // an HTML document, or
        QString imagePath; // an image with its caption
        QString caption;
    };
    QString m_title;
    QString m_styleSheet;
    bool m_pageNumbers = true;
    QList<Part> m_parts;
};

} // namespace carnet
