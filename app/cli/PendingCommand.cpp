#include "cli/PendingCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonView.h"
#include "service/CarnetFile.h"
#include "read/ReadSide.h"

#include <QTextStream>

namespace carnet::cli {

PendingCommand::PendingCommand()
    : Command(QStringLiteral("pending"),
              QStringLiteral("What to do for every person: sheets to create or send, late "
                             "payments, claim deadlines."),
              QStringLiteral("pending [--today YYYY-MM-DD] [--json]"))
{
    addOption(
        {QStringLiteral("json"),
         QStringLiteral("Print a JSON array of items (kind, person_id, person_name, "
                        "sheet_id, session_ids, payer, date, days_late, amount_cents, text).")});
    setDetails(QStringLiteral("Kinds: create_sheet (sessions with no feuille de soins), send_sheet "
                              "(a sheet not sent), late_payment (a payment overdue; payer is cpam "
                              "or mutuelle), claim_deadline (close to the 2-year limit).\n"
                              "Without --json: one tab-separated line per item: kind, person id, "
                              "person name, then the item in plain words."));
}

int PendingCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (!context.open(CliContext::Access::Read))
        return CliContext::RefusedExit;
    const QList<PendingItem> items = context.file().read().pending();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PendingItem& item : items)
            array.append(JsonView::pendingItem(item));
        JsonView::print(context.out(), array);
        return 0;
    }
    for (const PendingItem& item : items) {
        context.out() << JsonView::pendingKindKey(item.kind) << '\t' << item.personId << '\t'
                      << item.personName << '\t' << item.text << '\n';
    }
    context.out().flush();
    return 0;
}

} // namespace carnet::cli
