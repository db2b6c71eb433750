#include "cli/ExportCommand.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "cli/PassphraseReader.h"
#include "io/CsvExport.h"
#include "io/EncryptedContainer.h"
#include "io/JsonExport.h"
#include "io/PassphrasePolicy.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "store/Database.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTextStream>

namespace carnet::cli {

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"),
              QStringLiteral("Write the whole file, or one person, to a JSON document (or the "
                             "sessions or payments to CSV)."),
              QStringLiteral("export --json FILE [--person ID] [--encrypt [--passphrase-file "
                             "FILE]]  |  export --csv FILE [--payments] [--person ID]"))
{
    addOption({QStringLiteral("json"),
               QStringLiteral("The JSON document to write; - writes to stdout."),
               QStringLiteral("FILE")});
    addOption({QStringLiteral("csv"),
               QStringLiteral("Instead: a CSV table of the sessions for a spreadsheet; - "
                              "writes to stdout."),
               QStringLiteral("FILE")});
    addOption({QStringLiteral("payments"),
               QStringLiteral("With --csv: the payments (one line per share) instead of the "
                              "sessions.")});
    addOption({QStringLiteral("person"),
               QStringLiteral("Only this person: their referrals, sessions, sheets, the payments "
                              "touching their sessions and the psychologists these use."),
               QStringLiteral("ID")});
    addOption({QStringLiteral("encrypt"),
               QStringLiteral("With --json: seal the document with a passphrase, asked twice on "
                              "the terminal (to hand a person's file back to them); `import` "
                              "asks for it.")});
    addOption({QStringLiteral("passphrase-file"),
               QStringLiteral("With --encrypt: read the passphrase from the first line of FILE "
                              "instead of the terminal (never give it on the command line)."),
               QStringLiteral("FILE")});
    setDetails(
        QStringLiteral(
            "The JSON document is versioned ({\"format\": \"carnet\", \"version\": 1, ...}) and "
            "deterministic: the same file always exports to the same bytes. It carries the "
            "attached files, so it stands alone; `import` reads it back.\n"
            "The CSV follows the locale: with a French locale (LANG=fr_FR.UTF-8) fields are "
            "separated by ; with a decimal comma, as French spreadsheets expect.\n"
            "Files are written whole, readable by their owner only.\n"
            "--encrypt seals the document (Argon2id, XChaCha20-Poly1305; docs/encrypted-format.md) "
            "with a passphrase of at least %1 characters: nothing unencrypted is written. Without "
            "a "
            "terminal, give --passphrase-file.\n"
            "Example: carnet-cli export --json leo.json --person 2\n"
            "Example: carnet-cli export --json 'Léo Martin.carnet-export' --person 2 --encrypt")
            .arg(PassphrasePolicy::minimumLength));
    mapField(QStringLiteral("person_id"), QStringLiteral("--person"));
}

int ExportCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const QString jsonPath = in.text(QStringLiteral("json"), false);
    const QString csvPath = in.text(QStringLiteral("csv"), false);
    const qint64 personId = in.id(QStringLiteral("person"), false);
    const bool payments = in.isSet(QStringLiteral("payments"));
    const bool encrypt = in.isSet(QStringLiteral("encrypt"));
    const QString passphraseFile = in.text(QStringLiteral("passphrase-file"), false);
    if (jsonPath.isEmpty() && csvPath.isEmpty())
        in.refuse(QStringLiteral("--json"), QStringLiteral("is required (or --csv)"));
    else if (!jsonPath.isEmpty() && !csvPath.isEmpty())
        in.refuse(QStringLiteral("--csv"), QStringLiteral("give either --json or --csv, not both"));
    else if (payments && csvPath.isEmpty())
        in.refuse(QStringLiteral("--payments"), QStringLiteral("goes with --csv"));
    else if (encrypt && jsonPath.isEmpty())
        in.refuse(QStringLiteral("--encrypt"), QStringLiteral("goes with --json"));
    else if (encrypt && jsonPath == QLatin1String("-"))
        in.refuse(QStringLiteral("--json"), QStringLiteral("--encrypt writes to a file, not to "
                                                           "stdout"));
    else if (!passphraseFile.isEmpty() && !encrypt)
        in.refuse(QStringLiteral("--passphrase-file"), QStringLiteral("goes with --encrypt"));
    if (in.failed())
        return in.fail(context);
    // Asked first: a refusal here comes before any work.
    QString passphrase;
    const auto wipePassphrase =
        qScopeGuard([&passphrase] { EncryptedContainer::wipe(passphrase); });
    if (encrypt) {
        Result<QString> read =
            PassphraseReader::read(passphraseFile, PassphraseReader::Ask::Twice, context.err());
        if (!read)
            return context.refuse(read.error().field, read.error().message);
        if (const Result<void> strong = PassphrasePolicy::check(*read); !strong) {
            EncryptedContainer::wipe(read.value());
            return context.refuse(passphraseFile.isEmpty() ? QStringLiteral("--encrypt")
                                                           : QStringLiteral("--passphrase-file"),
                                  strong.error().message);
        }
        passphrase = std::move(read.value());
    }
    if (!context.open(CliContext::Access::Read))
        return CliContext::RefusedExit;
    if (personId != 0) {
        if (const Result<Person> person = context.file().people().findPerson(personId); !person)
            return fail(context, person.error());
    }

    const Database& db = context.database();
    const QLocale locale;
    Result<QByteArray> document = QByteArray();
    if (!jsonPath.isEmpty()) {
        document =
            personId != 0 ? JsonExport::exportPerson(db, personId) : JsonExport::exportFile(db);
    } else {
        document = payments ? CsvExport::payments(db, locale, personId)
                            : CsvExport::sessions(db, locale, personId);
    }
    if (encrypt && document) {
        QByteArray plaintext = std::move(document.value());
        document = EncryptedContainer::encrypt(plaintext, passphrase);
        EncryptedContainer::wipe(plaintext);
    }
    if (!document)
        return fail(context, document.error());

    const QString path = jsonPath.isEmpty() ? csvPath : jsonPath;
    const QString option = jsonPath.isEmpty() ? QStringLiteral("--csv") : QStringLiteral("--json");
    if (path == QLatin1String("-")) {
        context.writeRaw(document.value());
        return 0;
    }
    // JsonExport::writeFile writes any bytes whole (QSaveFile), owner-only.
    const Result<void> written = JsonExport::writeFile(path, document.value());
    if (!written)
        return context.refuse(option, written.error().message);
    return 0;
}

} // namespace carnet::cli
