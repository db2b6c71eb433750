#include "AidDocuments.h"

#include "AidLetters.h"
#include "LetterTemplates.h"
#include "PdfMerger.h"
#include "PdfRenderer.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <array>
#include <utility>

namespace carnet {

namespace {

constexpr std::array<std::pair<AidDocuments::Kind, const char*>, 7> kKeys{{
    {AidDocuments::Kind::QuoteRequest, "quote-request"},
    {AidDocuments::Kind::Quote, "quote"},
    {AidDocuments::Kind::CoverLetter, "cover-letter"},
    {AidDocuments::Kind::Summary, "summary"},
    {AidDocuments::Kind::FollowUp, "follow-up"},
    {AidDocuments::Kind::Appeal, "appeal"},
    {AidDocuments::Kind::InvoiceClaim, "invoice-claim"},
}};

bool isPdf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace

QList<AidDocuments::Kind> AidDocuments::kinds()
{
    QList<Kind> list;
    for (const auto& [kind, key] : kKeys)
        list << kind;
    return list;
}

QString AidDocuments::key(Kind kind)
{
    for (const auto& [k, key] : kKeys) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<AidDocuments::Kind> AidDocuments::fromKey(const QString& key)
{
    for (const auto& [kind, k] : kKeys) {
        if (key.trimmed().toLower() == QLatin1String(k))
            return kind;
    }
    return std::nullopt;
}

QString AidDocuments::displayName(Kind kind)
{
    switch (kind) {
    case Kind::QuoteRequest:
        return tr("Letter asking the psychologist for a quote");
    case Kind::Quote:
        return tr("Pre-filled quote for the psychologist to sign");
    case Kind::CoverLetter:
        return tr("Cover letter of the request");
    case Kind::Summary:
        return tr("Summary page (costs and documents)");
    case Kind::FollowUp:
        return tr("Follow-up letter (no answer)");
    case Kind::Appeal:
        return tr("Letter asking the commission to reconsider");
    case Kind::InvoiceClaim:
        return tr("Grouped invoices against the grant");
    }
    return {};
}

QString AidDocuments::frenchTitle(Kind kind)
{
    return LetterTemplates::phrase(QStringLiteral("title-") + key(kind));
}

QString AidDocuments::fileName(const QString& key, const AidDocumentData& data)
{
    // What a file name cannot hold somewhere (Windows, macOS, Linux) becomes a space.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f\\x7f]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString person = data.person.name;
    person.replace(unsafe, QStringLiteral(" "));
    person = person.replace(spaces, QStringLiteral(" ")).trimmed();
    while (person.startsWith(QLatin1Char('.')))
        person.remove(0, 1);
    QStringList parts{LetterTemplates::phrase(QStringLiteral("file-") + key.trimmed().toLower())};
    if (!person.trimmed().isEmpty())
        parts << person.trimmed();
    if (data.today.isValid())
        parts << data.today.toString(Qt::ISODate);
    return parts.join(QStringLiteral(" - ")) + QStringLiteral(".pdf");
}

QString AidDocuments::html(Kind kind, const AidDocumentData& data)
{
    switch (kind) {
    case Kind::QuoteRequest:
        return AidLetters::quoteRequest(data);
    case Kind::Quote:
        return AidLetters::quote(data);
    case Kind::CoverLetter:
        return AidLetters::coverLetter(data);
    case Kind::Summary:
        return AidLetters::summary(data);
    case Kind::FollowUp:
        return AidLetters::followUp(data);
    case Kind::Appeal:
        return AidLetters::appeal(data);
    case Kind::InvoiceClaim:
        return AidLetters::invoiceClaim(data);
    }
    return {};
}

Result<void> AidDocuments::writePdf(Kind kind, const AidDocumentData& data, const QString& path)
{
    PdfRenderer renderer(frenchTitle(kind));
    renderer.setStyleSheet(LetterTemplates::styleSheet());
    renderer.addHtml(html(kind, data));
    return renderer.write(path);
}

Result<void> AidDocuments::writeDossier(const AidDocumentData& data,
                                        const QList<DossierAttachment>& attachments,
                                        const QString& path, const QString& qpdfProgram)
{
    const QString title = LetterTemplates::phrase(QStringLiteral("title-dossier"));
    struct Piece
    {
        DossierAttachment attachment;
        bool pdf = false;
    };
    QList<Piece> pieces;
    bool anyPdf = false;
    for (const auto& attachment : attachments) {
        if (!QFileInfo(attachment.path).isReadable()) {
            return Error::invalid(QStringLiteral("file"),
                                  tr("The attached file %1 cannot be read.").arg(attachment.path));
        }
        const bool pdf = isPdf(attachment.path);
        if (!pdf && QImageReader::imageFormat(attachment.path).isEmpty()) {
            return Error::invalid(QStringLiteral("file"),
                                  tr("The attached file %1 is neither a PDF nor an image.")
                                      .arg(QFileInfo(attachment.path).fileName()));
        }
        anyPdf = anyPdf || pdf;
        pieces.append(Piece{attachment, pdf});
    }

    // The cover letter, then the summary with the checklist, then the documents in order.
    const QString cover = html(Kind::CoverLetter, data);
    const QString summary = html(Kind::Summary, data);
    if (!anyPdf) {
        PdfRenderer renderer(title);
        renderer.setStyleSheet(LetterTemplates::styleSheet());
        renderer.addHtml(cover);
        renderer.addHtml(summary);
        for (const auto& piece : std::as_const(pieces))
            renderer.addImage(piece.attachment.path, piece.attachment.title);
        return renderer.write(path);
    }

    // With PDFs: render the summary and each run of images to temporary PDFs, then merge the
    // parts in order with qpdf (attached PDFs are copied page by page, not rasterised).
    if (PdfMerger::locate(qpdfProgram).isEmpty()) {
        return Error::io(tr("The attached PDF files cannot be merged: the qpdf program is missing. "
                            "Install it (on Debian or Ubuntu: sudo apt install qpdf) and try "
                            "again."));
    }
    QTemporaryDir temp;
    if (!temp.isValid())
        return Error::io(tr("Cannot create a temporary folder: %1").arg(temp.errorString()));
    QStringList parts;
    int partNumber = 0;
    auto nextPartPath = [&temp, &partNumber] {
        return temp.filePath(QStringLiteral("part-%1.pdf").arg(++partNumber));
    };
    std::optional<PdfRenderer> current;
    const auto startPart = [&current, &title] {
        current.emplace(title);
        current->setStyleSheet(LetterTemplates::styleSheet());
        current->setPageNumbers(false); // numbers would restart in each merged part
    };
    startPart();
    current->addHtml(cover);
    current->addHtml(summary);
    const auto flush = [&]() -> Result<void> {
        if (!current)
            return {};
        const QString partPath = nextPartPath();
        if (auto written = current->write(partPath); !written.ok())
            return written;
        parts << partPath;
        current.reset();
        return {};
    };
    for (const auto& piece : std::as_const(pieces)) {
        if (piece.pdf) {
            if (auto flushed = flush(); !flushed.ok())
                return flushed;
            parts << piece.attachment.path;
        } else {
            if (!current)
                startPart();
            current->addImage(piece.attachment.path, piece.attachment.title);
        }
    }
    if (auto flushed = flush(); !flushed.ok())
        return flushed;

    const QString merged = temp.filePath(QStringLiteral("dossier.pdf"));
    if (auto result = PdfMerger::merge(parts, merged, qpdfProgram); !result.ok())
        return result;
    QFile file(merged);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read %1: %2").arg(merged, file.errorString()));
    return PdfRenderer::saveFile(path, file.readAll());
}

} // namespace carnet
