#include "cli/SessionAddCommand.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "read/ReadSide.h"
#include "read/SessionDraft.h"
#include "service/CarnetFile.h"
#include "service/SessionService.h"

#include <QTextStream>

namespace carnet::cli {

SessionAddCommand::SessionAddCommand()
    : Command(QStringLiteral("session add"),
              QStringLiteral("Record a session with a psychologist; prints the new id."),
              QStringLiteral("session add --person ID --psy ID --date YYYY-MM-DD --kind KIND "
                             "--mode office|remote --fee EUROS [options]"))
{
    addOption({QStringLiteral("person"),
               QStringLiteral("The person who had the session (required)."), QStringLiteral("ID")});
    addOption({QStringLiteral("psy"),
               QStringLiteral("The psychologist, an id from `psy add` (required)."),
               QStringLiteral("ID")});
    addOption({QStringLiteral("date"), QStringLiteral("The day of the session (required)."),
               QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("kind"),
               QStringLiteral("evaluation (entretien d'évaluation), followup (séance de suivi) or "
                              "private (outside Mon soutien psy) (required)."),
               QStringLiteral("KIND")});
    addOption({QStringLiteral("mode"),
               QStringLiteral("office (au cabinet) or remote (vidéo) (default: office)."),
               QStringLiteral("office|remote")});
    addOption({QStringLiteral("fee"),
               QStringLiteral("What the psychologist charged, in euros: 50, 50.00 or 50,5 "
                              "(required). Inside the scheme it may not exceed the tariff."),
               QStringLiteral("EUROS")});
    addOption({QStringLiteral("paid"),
               QStringLiteral("What the patient advanced, in euros (default: the fee, or 0 for a "
                              "session covered by the scheme under tiers payant: C2S, AME, ALD, "
                              "maternity, AT/MP; a session that is not covered is paid in "
                              "full)."),
               QStringLiteral("EUROS")});
    addOption(
        {QStringLiteral("referral"),
         QStringLiteral("The courrier d'accompagnement it relies on, an id from `referral add`."),
         QStringLiteral("ID")});
    addOption({QStringLiteral("notes"), QStringLiteral("Free notes."), QStringLiteral("TEXT")});
    setDetails(QStringLiteral(
        "Refused (exit 2): an unknown person, psychologist or referral, a date or amount that "
        "does not parse, an evaluation or follow-up whose fee is above the scheme's tariff "
        "(no dépassement: record it as private).\n"
        "Recorded with a warning on stderr (exit 0): a session that will not be covered (a "
        "13th session, a remote evaluation, a psychologist who is not a partner...).\n"
        "Example: carnet-cli session add --person 1 --psy 1 --date 2025-01-08 --kind "
        "evaluation --mode office --fee 50"));
    mapField(QStringLiteral("person_id"), QStringLiteral("--person"));
    mapField(QStringLiteral("person"), QStringLiteral("--person"));
    mapField(QStringLiteral("practitioner_id"), QStringLiteral("--psy"));
    mapField(QStringLiteral("practitioner"), QStringLiteral("--psy"));
    mapField(QStringLiteral("psychologist"), QStringLiteral("--psy"));
    mapField(QStringLiteral("fee_cents"), QStringLiteral("--fee"));
    mapField(QStringLiteral("paid_cents"), QStringLiteral("--paid"));
    mapField(QStringLiteral("referral_id"), QStringLiteral("--referral"));
}

int SessionAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    Session session;
    session.personId = in.id(QStringLiteral("person"), true);
    session.practitionerId = in.id(QStringLiteral("psy"), true);
    session.date = in.date(QStringLiteral("date"), true);
    session.kind = in.key<SessionKind>(QStringLiteral("kind"), true,
                                       {QStringLiteral("evaluation"), QStringLiteral("followup"),
                                        QStringLiteral("private")},
                                       &sessionKindFromKey)
                       .value_or(SessionKind::FollowUp);
    session.mode = in.key<SessionMode>(QStringLiteral("mode"), false,
                                       {QStringLiteral("office"), QStringLiteral("remote")},
                                       &sessionModeFromKey)
                       .value_or(SessionMode::Office);
    session.feeCents = in.euros(QStringLiteral("fee"), true).value_or(0);
    const std::optional<Cents> paid = in.euros(QStringLiteral("paid"), false);
    session.referralId = in.id(QStringLiteral("referral"), false);
    session.notes = in.text(QStringLiteral("notes"), false);
    if (in.failed())
        return in.fail(context);

    if (!context.open(CliContext::Access::Update))
        return CliContext::RefusedExit;
    CarnetFile& file = context.file();
    // The read side fills what was paid by default and judges the session in its year; the
    // service refuses what cannot be stored (an unknown person, psychologist or referral...).
    SessionDraft draft;
    draft.session = session;
    draft.session.paidCents = paid.value_or(0);
    draft.paidByDefault = !paid;
    const Result<SessionDraftAnswer> answer = file.read().sessionDraft(draft);
    if (!answer)
        return fail(context, answer.error());
    const Result<qint64> added = file.sessions().addSession(answer->session);
    if (!added)
        return fail(context, added.error());
    if (answer->judged && !answer->covered && answer->reason != NotCoveredReason::PrivateSession)
        context.warn(
            QStringLiteral("This session will not be covered: %1").arg(answer->reasonText));
    for (const QString& warning : answer->warnings)
        context.warn(warning);
    context.out() << added.value() << Qt::endl;
    return 0;
}

} // namespace carnet::cli
