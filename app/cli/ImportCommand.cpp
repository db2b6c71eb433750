#include "cli/ImportCommand.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "cli/PassphraseReader.h"
#include "io/EncryptedContainer.h"
#include "io/JsonImport.h"
#include "service/CarnetFile.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTextStream>

namespace carnet::cli {

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"),
              QStringLiteral("Read a JSON document written by `export` into the file."),
              QStringLiteral("import --json FILE [--merge] [--passphrase-file FILE]"))
{
    addOption({QStringLiteral("json"), QStringLiteral("The JSON document to read (required)."),
               QStringLiteral("FILE")});
    addOption({QStringLiteral("merge"),
               QStringLiteral("Give what is imported new ids, so that it joins a file that "
                              "already has data (e.g. a person's file handed back). Without it "
                              "the ids of the document are kept, which suits a new file.")});
    addOption({QStringLiteral("passphrase-file"),
               QStringLiteral("For an encrypted export: read the passphrase from the first line "
                              "of FILE instead of the terminal."),
               QStringLiteral("FILE")});
    setDetails(QStringLiteral(
        "All or nothing: the whole document is checked first, then written in one transaction. "
        "Every fact is judged by the same rules as the other commands (a fee above the tariff "
        "is refused as by `session add`). A refusal (exit 2) names the place in the document "
        "and leaves the file as it was. Prints what was imported; on stderr, a warning for each "
        "session that will not be covered (a second evaluation in a year, over the yearly cap), "
        "as `session add` warns (exit 0). Documents of every format version are read.\n"
        "An encrypted export (`export --encrypt`) is recognized by its first bytes; the "
        "passphrase is asked once on the terminal (or read from --passphrase-file). A wrong "
        "passphrase, or a file changed by a single byte, is refused (exit 2) before the Carnet "
        "file is opened.\n"
        "Example: carnet-cli --db copy.sqlite import --json carnet.json"));
}

int ImportCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const QString path = in.text(QStringLiteral("json"), true);
    if (in.failed())
        return in.fail(context);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.refuse(QStringLiteral("--json"),
                              QStringLiteral("cannot read %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > JsonImport::maxDocumentBytes) {
        return context.refuse(QStringLiteral("--json"),
                              QStringLiteral("%1 is too large for a Carnet document")
                                  .arg(QDir::toNativeSeparators(path)));
    }
    QByteArray json = file.readAll();
    file.close();
    // The decrypted document is health data in memory: zeroed once imported.
    const auto wipeDocument = qScopeGuard([&json] { EncryptedContainer::wipe(json); });
    if (EncryptedContainer::isEncrypted(json)) {
        Result<QString> passphrase =
            PassphraseReader::read(in.text(QStringLiteral("passphrase-file"), false),
                                   PassphraseReader::Ask::Once, context.err());
        if (!passphrase)
            return context.refuse(passphrase.error().field, passphrase.error().message);
        Result<QByteArray> opened = EncryptedContainer::decrypt(json, passphrase.value());
        EncryptedContainer::wipe(passphrase.value());
        if (!opened)
            return context.refuse(QStringLiteral("--json"), opened.error().message);
        json = std::move(opened.value());
    }

    if (!context.open(CliContext::Access::Write))
        return CliContext::RefusedExit;
    JsonImport::Options options;
    options.ids =
        in.isSet(QStringLiteral("merge")) ? JsonImport::Ids::Renumber : JsonImport::Ids::Keep;
    const Result<JsonImport::Summary> imported =
        JsonImport::importInto(context.file(), json, options);
    if (!imported) // the message names the place in the document
        return context.refuse(QStringLiteral("--json"), imported.error().message);
    const JsonImport::Summary& summary = imported.value();
    for (const JsonImport::Warning& warning : summary.warnings)
        context.warn(warning.path + QStringLiteral(": ") + warning.message);
    if (summary.missingAttachmentFiles > 0) {
        context.warn(QStringLiteral("%1 attached files were not in the document: only their "
                                    "description was imported")
                         .arg(summary.missingAttachmentFiles));
    }
    context.out() << "Imported " << summary.persons << " persons, " << summary.practitioners
                  << " practitioners, " << summary.referrals << " referrals, " << summary.sessions
                  << " sessions, " << summary.careSheets << " care sheets, " << summary.payments
                  << " payments, " << summary.attachments << " attachments, " << summary.aidRequests
                  << " aid requests." << Qt::endl;
    return 0;
}

} // namespace carnet::cli
