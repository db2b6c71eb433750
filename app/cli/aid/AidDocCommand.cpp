#include "cli/aid/AidDocCommand.h"

#include "aid/AidCatalogue.h"
#include "aid/AidService.h"
#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "cli/aid/AidCli.h"
#include "service/CarnetFile.h"

#include <QFileInfo>
#include <QTextStream>

namespace carnet::cli {

AidDocCommand::AidDocCommand()
    : Command(QStringLiteral("aid doc"),
              QStringLiteral("Record where one document of an AFI dossier stands (and attach "
                             "its scan)."),
              QStringLiteral("aid doc ID --item KEY --status missing|requested|received|attached "
                             "[--date YYYY-MM-DD] [--file PATH] [--variant V] [--note TEXT]"))
{
    addArgument(QStringLiteral("ID"), QStringLiteral("The aid request."), QStringLiteral("ID"));
    addOption({QStringLiteral("item"),
               QStringLiteral("The document (required): quote, prescription, form, income, "
                              "lodging, rib, and cmp-refusal or household where the caisse asks."),
               QStringLiteral("KEY")});
    addOption({QStringLiteral("status"),
               QStringLiteral("missing, requested, received or attached (default attached with "
                              "--file)."),
               QStringLiteral("STATUS")});
    addOption({QStringLiteral("date"), QStringLiteral("The date printed on the document."),
               QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("file"),
               QStringLiteral("A scan (PDF or image) copied into the file's private folder."),
               QStringLiteral("PATH")});
    addOption({QStringLiteral("variant"), QStringLiteral("For income: tax-notice, rsa or c2s."),
               QStringLiteral("V")});
    addOption({QStringLiteral("note"), QStringLiteral("Free note."), QStringLiteral("TEXT")});
    mapField(QStringLiteral("aid_request_id"), QStringLiteral("ID"));
    mapField(QStringLiteral("item"), QStringLiteral("--item"));
    mapField(QStringLiteral("file"), QStringLiteral("--file"));
    mapField(QStringLiteral("path"), QStringLiteral("--file"));
    mapField(QStringLiteral("date"), QStringLiteral("--date"));
}

int AidDocCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const qint64 id = AidCli::requestId(parser, in);
    const QString key = in.text(QStringLiteral("item"), true);
    const QString file = in.text(QStringLiteral("file"), false);
    const auto status =
        in.key<ChecklistStatus>(QStringLiteral("status"), file.isEmpty(),
                                {QStringLiteral("missing"), QStringLiteral("requested"),
                                 QStringLiteral("received"), QStringLiteral("attached")},
                                &checklistStatusFromKey);
    const QDate date = in.date(QStringLiteral("date"), false);
    const QString variant = in.text(QStringLiteral("variant"), false);
    if (!variant.isEmpty() && key != QLatin1String("income"))
        in.refuse(QStringLiteral("--variant"),
                  QStringLiteral("only the income proof has variants"));
    if (!variant.isEmpty() && key == QLatin1String("income") &&
        !AidCatalogue::instance().item(key)->variant(variant)) {
        in.refuse(QStringLiteral("--variant"),
                  QStringLiteral("'%1' is not one of tax-notice, rsa, c2s").arg(variant));
    }
    if (!file.isEmpty() && status && *status != ChecklistStatus::Attached)
        in.refuse(QStringLiteral("--status"),
                  QStringLiteral("a document given with --file is attached"));
    if (in.failed())
        return in.fail(context);

    if (!context.open(CliContext::Access::Update))
        return CliContext::RefusedExit;
    AidService& aid = context.file().aid();
    const auto request = aid.request(id);
    if (!request)
        return context.refuse(QStringLiteral("ID"),
                              QStringLiteral("there is no aid request with id %1").arg(id));
    if (!AidCatalogue::instance().item(key) && !request->item(key)) {
        return context.refuse(QStringLiteral("--item"),
                              QStringLiteral("'%1' is not a document of this dossier (see aid "
                                             "checklist %2)")
                                  .arg(key)
                                  .arg(id));
    }
    ChecklistItem item;
    if (const ChecklistItem* existing = request->item(key))
        item = *existing;
    item.key = key;
    if (date.isValid())
        item.documentDate = date;
    if (!variant.isEmpty())
        item.variant = variant;
    if (parser.isSet(QStringLiteral("note")))
        item.note = in.text(QStringLiteral("note"), false);
    if (!file.isEmpty()) {
        if (!QFileInfo(file).isFile())
            return context.refuse(QStringLiteral("--file"),
                                  QStringLiteral("%1 does not exist").arg(file));
        const auto attached = aid.attachDocument(id, item, file);
        if (!attached)
            return fail(context, attached.error());
        return 0;
    }
    item.status = *status;
    if (item.status != ChecklistStatus::Attached)
        item.attachmentId = 0;
    if (auto set = aid.setItem(id, item); !set)
        return fail(context, set.error());
    return 0;
}

} // namespace carnet::cli
