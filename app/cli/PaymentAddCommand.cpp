#include "cli/PaymentAddCommand.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "read/ReadSide.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/SessionService.h"

#include <QTextStream>

namespace carnet::cli {

PaymentAddCommand::PaymentAddCommand()
    : Command(QStringLiteral("payment add"),
              QStringLiteral("Record money received from the CPAM, the mutuelle or another payer; "
                             "prints the new id."),
              QStringLiteral("payment add --from cpam|mutuelle|other --date YYYY-MM-DD --amount "
                             "EUROS [--ref TEXT] [--sessions ID[,ID...]]"))
{
    addOption({QStringLiteral("from"),
               QStringLiteral("Who paid: cpam, mutuelle or other (required)."),
               QStringLiteral("PAYER")});
    addOption({QStringLiteral("date"), QStringLiteral("The day it was paid (required)."),
               QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("amount"),
               QStringLiteral("The amount in euros: 60, 60.00 or 60,5 (required)."),
               QStringLiteral("EUROS")});
    addOption({QStringLiteral("ref"),
               QStringLiteral("The payer's reference (e.g. from the bank "
                              "statement or the décompte)."),
               QStringLiteral("TEXT")});
    addOption({QStringLiteral("sessions"),
               QStringLiteral("The sessions it pays, ids separated by commas. The amount is split "
                              "over them by what each is still owed by that payer, oldest "
                              "first."),
               QStringLiteral("IDS")});
    setDetails(QStringLiteral("Without --sessions, or when the amount is more than the sessions "
                              "are owed, the rest stays unassigned (a warning says how much).\n"
                              "Example: carnet-cli payment add --from cpam --date 2025-02-20 "
                              "--amount 60 --sessions 1,2"));
    mapField(QStringLiteral("payer"), QStringLiteral("--from"));
    mapField(QStringLiteral("amount_cents"), QStringLiteral("--amount"));
    mapField(QStringLiteral("reference"), QStringLiteral("--ref"));
    mapField(QStringLiteral("shares"), QStringLiteral("--sessions"));
    mapField(QStringLiteral("session_ids"), QStringLiteral("--sessions"));
    mapField(QStringLiteral("sessions"), QStringLiteral("--sessions"));
}

int PaymentAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    Payment payment;
    payment.payer =
        in.key<Payer>(QStringLiteral("from"), true,
                      {QStringLiteral("cpam"), QStringLiteral("mutuelle"), QStringLiteral("other")},
                      &payerFromKey)
            .value_or(Payer::Cpam);
    payment.date = in.date(QStringLiteral("date"), true);
    payment.amountCents = in.euros(QStringLiteral("amount"), true).value_or(0);
    payment.reference = in.text(QStringLiteral("ref"), false);
    const QList<qint64> sessionIds = in.ids(QStringLiteral("sessions"), false);
    if (in.failed())
        return in.fail(context);

    if (!context.open(CliContext::Access::Update))
        return CliContext::RefusedExit;
    CarnetFile& service = context.file();
    if (!sessionIds.isEmpty()) {
        const Result<QList<PaymentShare>> split =
            service.read().proposeSplit(payment.payer, payment.amountCents, sessionIds);
        if (!split)
            return fail(context, split.error());
        payment.shares = split.value();
    }

    const Result<qint64> added = service.careSheets().addPayment(payment);
    if (!added)
        return fail(context, added.error());
    Cents assigned = 0;
    for (const PaymentShare& share : std::as_const(payment.shares))
        assigned += share.amountCents;
    if (assigned < payment.amountCents) {
        context.warn(QStringLiteral("%1 euros of this payment are not assigned to any session")
                         .arg(formatCentsPlain(payment.amountCents - assigned)));
    }
    context.out() << added.value() << Qt::endl;
    return 0;
}

} // namespace carnet::cli
