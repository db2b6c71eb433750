#include "cli/PendingCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonView.h"
#include "cli/OptionReader.h"
#include "read/ReadSide.h"
#include "service/CarnetFile.h"

#include <QTextStream>

namespace carnet::cli {

namespace {

QStringList kindKeys()
{
    QStringList keys;
    for (const AgendaItem::Kind kind : Agenda::allKinds())
        keys << JsonView::agendaKindKey(kind);
    return keys;
}

} // namespace

PendingCommand::PendingCommand()
    : Command(QStringLiteral("pending"),
              QStringLiteral("What to do now, for every person and every year (the agenda): "
                             "sheets to create or send, late payments, claim deadlines, AFI "
                             "requests to complete, answers overdue, grants expiring."),
              QStringLiteral("pending [--person ID] [--kind KIND[,KIND...]] "
                             "[--today YYYY-MM-DD] [--json]"))
{
    addOption({QStringLiteral("person"), QStringLiteral("Only this person (all their years)."),
               QStringLiteral("ID")});
    addOption({QStringLiteral("kind"),
               QStringLiteral("Only these kinds of items (comma-separated, see below)."),
               QStringLiteral("KIND[,KIND...]")});
    addOption(
        {QStringLiteral("json"),
         QStringLiteral("Print a JSON array of items (kind, person_id, person_name, year, "
                        "urgency, sheet_id, session_ids, aid_request_id, payer, date, due_date, "
                        "days_late, amount_cents, text).")});
    setDetails(QStringLiteral(
        "Kinds: create_sheet (sessions with no feuille de soins), send_sheet (a sheet not sent), "
        "late_payment (a payment overdue; payer is cpam or mutuelle), claim_deadline (close to "
        "or past the 2-year limit), aid_documents_missing (an AFI request not sent: documents to "
        "get or renew), aid_answer_overdue (an AFI request sent, no answer after the expected "
        "delay), aid_grant_expiring (an AFI grant with money left, expiring soon), "
        "aid_grant_expired (an AFI grant expired with money left).\n"
        "Order: overdue items first, the most days late first, then by due date, then by "
        "person. urgency is overdue, soon (a deadline close) or to_do; year is the calendar "
        "year of the care the item is about; days_late is 0 unless overdue; payer is given for "
        "late_payment only.\n"
        "Without --json: one tab-separated line per item: kind, person id, person name, then "
        "the item in plain words."));
}

int PendingCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    AgendaFilter filter;
    filter.personId = in.id(QStringLiteral("person"), false);
    for (const QString& key : in.keys(QStringLiteral("kind"), kindKeys()))
        filter.kinds.append(*JsonView::agendaKindFromKey(key));
    if (in.failed())
        return in.fail(context);
    if (!context.open(CliContext::Access::Read))
        return CliContext::RefusedExit;
    const auto items = context.file().read().agenda(filter);
    if (!items) {
        if (items.error().kind == Error::Kind::NotFound && filter.personId != 0) {
            return context.refuse(
                QStringLiteral("--person"),
                QStringLiteral("there is no person with id %1").arg(filter.personId));
        }
        return fail(context, items.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AgendaItem& item : items.value())
            array.append(JsonView::agendaItem(item));
        JsonView::print(context.out(), array);
        return 0;
    }
    for (const AgendaItem& item : items.value()) {
        context.out() << JsonView::agendaKindKey(item.kind) << '\t' << item.personId << '\t'
                      << item.personName << '\t' << item.text << '\n';
    }
    context.out().flush();
    return 0;
}

} // namespace carnet::cli
