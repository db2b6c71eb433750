#pragma once

#include "AidDocumentData.h"
#include "DossierAttachment.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace carnet {

// The documents of an AFI dossier, in French (they go to French administrations): templates
// in resources/letters (LetterTemplates), filled by AidLetters, not through tr(). Each is an
// HTML page laid out on A4 by PdfRenderer; the ordered dossier joins the summary, the
// checklist and the scanned documents into one PDF.
class AidDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(AidDocuments)

public:
    enum class Kind
    {
        QuoteRequest, // letter asking the psychologist for a quote
        Quote,        // a pre-filled quote the psychologist checks and signs
        CoverLetter,  // the letter of the request, to the CPAM
        Summary,      // total, CPAM share, mutuelle share, remaining cost, checklist
        FollowUp,     // no answer after the expected delay
        Appeal,       // a reasoned request to reconsider a refusal, then the usual routes
        InvoiceClaim, // grouped invoices against a grant
    };

    static QList<Kind> kinds();
    // Stable keys for the CLI and file names: "quote-request", "quote", "cover-letter",
    // "summary", "follow-up", "appeal", "invoice-claim".
    static QString key(Kind kind);
    static std::optional<Kind> fromKey(const QString& key);
    // A translated name for menus.
    static QString displayName(Kind kind);
    // The French title printed in the footer and used as a file name.
    static QString frenchTitle(Kind kind);

    // The PDF's file name, in French, with the person's name and the day of the letter:
    // "Demande AFI - Camille Durand - 2026-12-07.pdf". `key` is a kind's key or "dossier".
    // Safe on every file system (no / \\ : * ? " < > |, no control character, no leading dot);
    // accents are kept.
    static QString fileName(const QString& key, const AidDocumentData& data);

    // The document's HTML (one or more pages separated by page breaks).
    static QString html(Kind kind, const AidDocumentData& data);
    // Writes one document as a PDF through QSaveFile, owner-only permissions.
    static Result<void> writePdf(Kind kind, const AidDocumentData& data, const QString& path);

    // Writes the ordered dossier: the cover letter, the summary and checklist, then each
    // attachment in order
    // (images drawn on their own page; PDFs merged as is with qpdf). Refuses with a clear
    // message when an attachment is unreadable or when qpdf is needed and missing.
    static Result<void> writeDossier(const AidDocumentData& data,
                                     const QList<DossierAttachment>& attachments,
                                     const QString& path,
                                     const QString& qpdfProgram = QStringLiteral("qpdf"));
};

} // namespace carnet
