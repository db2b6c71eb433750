#include "cli/ExportCommand.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "io/CsvExport.h"
#include "io/JsonExport.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "store/Database.h"

#include <QLocale>
#include <QTextStream>

namespace carnet::cli {

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"),
              QStringLiteral("Write the whole file, or one person, to a JSON document (or the "
                             "sessions or payments to CSV)."),
              QStringLiteral("export --json FILE [--person ID]  |  export --csv FILE "
                             "[--payments] [--person ID]"))
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
    setDetails(QStringLiteral(
        "The JSON document is versioned ({\"format\": \"carnet\", \"version\": 1, ...}) and "
        "deterministic: the same file always exports to the same bytes. It carries the "
        "attached files, so it stands alone; `import` reads it back.\n"
        "The CSV follows the locale: with a French locale (LANG=fr_FR.UTF-8) fields are "
        "separated by ; with a decimal comma, as French spreadsheets expect.\n"
        "Files are written whole, readable by their owner only.\n"
        "Example: carnet-cli export --json leo.json --person 2"));
    mapField(QStringLiteral("person_id"), QStringLiteral("--person"));
}

int ExportCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const QString jsonPath = in.text(QStringLiteral("json"), false);
    const QString csvPath = in.text(QStringLiteral("csv"), false);
    const qint64 personId = in.id(QStringLiteral("person"), false);
    const bool payments = in.isSet(QStringLiteral("payments"));
    if (jsonPath.isEmpty() && csvPath.isEmpty())
        in.refuse(QStringLiteral("--json"), QStringLiteral("is required (or --csv)"));
    else if (!jsonPath.isEmpty() && !csvPath.isEmpty())
        in.refuse(QStringLiteral("--csv"), QStringLiteral("give either --json or --csv, not both"));
    else if (payments && csvPath.isEmpty())
        in.refuse(QStringLiteral("--payments"), QStringLiteral("goes with --csv"));
    if (in.failed())
        return in.fail(context);
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
