#include "PdfRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QImageReader>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace carnet {

namespace {

constexpr int kResolution = 300;   // dots per inch of the PDF's coordinate system
constexpr double kMarginMm = 20.0; // page margins
constexpr double kFooterMm = 10.0; // room for the footer inside the bottom margin

int mm(double millimetres)
{
    return qRound(millimetres / 25.4 * kResolution);
}

QFont documentFont()
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(10.5);
    return font;
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

PdfRenderer::PdfRenderer(QString title)
    : m_title(std::move(title))
{}

void PdfRenderer::addHtml(const QString& html)
{
    m_parts.append(Part{html, {}, {}});
}

void PdfRenderer::addImage(const QString& path, const QString& caption)
{
    m_parts.append(Part{{}, path, caption});
}

Result<void> PdfRenderer::saveFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(kOwnerOnly);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QFile::setPermissions(path, kOwnerOnly);
    return {};
}

Result<void> PdfRenderer::write(const QString& path) const
{
    if (m_parts.isEmpty())
        return Error::invalid(QStringLiteral("document"), tr("The document is empty."));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(kOwnerOnly);

    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Carnet"));

    const QRect page(0, 0, writer.width(), writer.height());
    const QRect body = page.adjusted(mm(kMarginMm), mm(kMarginMm), -mm(kMarginMm),
                                     -mm(kMarginMm) - mm(kFooterMm) / 2);

    // First pass: lay out every part to know the page count.
    struct Laid
    {
        std::unique_ptr<QTextDocument> document;
        QImage image;
        QString caption;
        int pages = 1;
    };
    std::vector<Laid> laid;
    int totalPages = 0;
    for (const auto& part : m_parts) {
        Laid item;
        if (!part.imagePath.isEmpty()) {
            QImageReader reader(part.imagePath);
            reader.setAutoTransform(true);
            item.image = reader.read();
            if (item.image.isNull()) {
                return Error::invalid(
                    QStringLiteral("file"),
                    tr("Cannot read the image %1: %2").arg(part.imagePath, reader.errorString()));
            }
            item.caption = part.caption;
        } else {
            item.document = std::make_unique<QTextDocument>();
            item.document->documentLayout()->setPaintDevice(&writer);
            item.document->setDefaultFont(documentFont());
            item.document->setDocumentMargin(0);
            item.document->setDefaultStyleSheet(m_styleSheet);
            item.document->setPageSize(body.size());
            item.document->setHtml(part.html);
            item.pages = item.document->pageCount();
        }
        totalPages += item.pages;
        laid.push_back(std::move(item));
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QFont footerFont = documentFont();
    footerFont.setPointSizeF(8);
    QFont captionFont = documentFont();
    captionFont.setPointSizeF(12);
    captionFont.setBold(true);

    int pageNumber = 0;
    const auto footer = [&] {
        ++pageNumber;
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(Qt::darkGray);
        const QRect footerRect(body.left(), page.bottom() - mm(kMarginMm), body.width(), mm(8));
        const QString text = m_pageNumbers ? QStringLiteral("%1 \u2014 page %2/%3")
                                                 .arg(m_title)
                                                 .arg(pageNumber)
                                                 .arg(totalPages)
                                           : m_title;
        painter.drawText(footerRect, Qt::AlignHCenter | Qt::AlignVCenter, text);
        painter.restore();
    };

    bool first = true;
    for (auto& item : laid) {
        if (item.document) {
            for (int i = 0; i < item.pages; ++i) {
                if (!first)
                    writer.newPage();
                first = false;
                painter.save();
                painter.translate(body.left(), body.top() - i * body.height());
                item.document->drawContents(
                    &painter, QRectF(0, i * body.height(), body.width(), body.height()));
                painter.restore();
                footer();
            }
        } else {
            if (!first)
                writer.newPage();
            first = false;
            painter.setFont(captionFont);
            const QRect captionRect(body.left(), body.top(), body.width(), mm(10));
            painter.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                             item.caption);
            const QRect imageArea = body.adjusted(0, mm(12), 0, 0);
            QSize target = item.image.size().scaled(imageArea.size(), Qt::KeepAspectRatio);
            QImage image = item.image;
            if (image.width() > target.width())
                image = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            target = image.size().scaled(imageArea.size(), Qt::KeepAspectRatio);
            const QRect where(imageArea.left() + (imageArea.width() - target.width()) / 2,
                              imageArea.top(), target.width(), target.height());
            painter.drawImage(where, image);
            footer();
        }
    }
    painter.end();
    if (!file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QFile::setPermissions(path, kOwnerOnly);
    return {};
}

} // namespace carnet
