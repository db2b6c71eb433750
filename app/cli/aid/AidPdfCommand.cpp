#include "cli/aid/AidPdfCommand.h"

#include "AidDocumentAssembler.h"
#include "AidDocuments.h"
#include "aid/AidService.h"
#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "cli/aid/AidCli.h"
#include "service/CarnetFile.h"

#include <QGuiApplication>

namespace carnet::cli {

AidPdfCommand::AidPdfCommand()
    : Command(QStringLiteral("aid pdf"),
              QStringLiteral("Write an AFI dossier, or one of its letters, as a PDF (in French)."),
              QStringLiteral("aid pdf ID --out FILE [--doc KIND] [--today YYYY-MM-DD]"))
{
    addArgument(QStringLiteral("ID"), QStringLiteral("The aid request."), QStringLiteral("ID"));
    addOption({QStringLiteral("out"), QStringLiteral("The PDF to write (required)."),
               QStringLiteral("FILE")});
    addOption({QStringLiteral("doc"),
               QStringLiteral("dossier (default: the cover letter, the summary and the attached "
                              "documents in order), quote-request, quote, cover-letter, summary, "
                              "follow-up, appeal or invoice-claim."),
               QStringLiteral("KIND")});
    setDetails(QStringLiteral("Attached PDF files are merged with the qpdf program (package "
                              "qpdf); images are drawn on their own page. The file is written "
                              "readable by you only."));
    mapField(QStringLiteral("aid_request_id"), QStringLiteral("ID"));
    mapField(QStringLiteral("file"), QStringLiteral("--out"));
}

int AidPdfCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const qint64 id = AidCli::requestId(parser, in);
    const QString out = in.text(QStringLiteral("out"), true);
    const QString doc = in.text(QStringLiteral("doc"), false).toLower();
    const auto kind = AidDocuments::fromKey(doc);
    if (!doc.isEmpty() && doc != QLatin1String("dossier") && !kind) {
        in.refuse(QStringLiteral("--doc"),
                  QStringLiteral("'%1' is not one of dossier, quote-request, quote, cover-letter, "
                                 "summary, follow-up, appeal, invoice-claim")
                      .arg(doc));
    }
    if (in.failed())
        return in.fail(context);
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return context.refuse(QStringLiteral("aid pdf"), QStringLiteral("needs a QGuiApplication"));
    if (!context.open(CliContext::Access::Read))
        return CliContext::RefusedExit;
    AidService& aid = context.file().aid();
    const auto data = AidDocumentAssembler::data(aid, id);
    if (!data)
        return fail(context, data.error());
    const Result<void> written =
        kind
            ? AidDocuments::writePdf(*kind, *data, out)
            : AidDocuments::writeDossier(*data, AidDocumentAssembler::attachments(aid, *data), out);
    if (!written)
        return fail(context, written.error());
    return 0;
}

} // namespace carnet::cli
