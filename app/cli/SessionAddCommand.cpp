#include "cli/SessionAddCommand.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "rules/CarePathRules.h"
#include "service/CarnetFile.h"
#include "service/SessionService.h"
#include "service/PeopleService.h"
#include "read/ReadSide.h"

#include <QTextStream>

#include <algorithm>

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
                              "session of the scheme under tiers payant: C2S, AME, ALD, "
                              "maternity, AT/MP)."),
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
    CarnetFile& service = context.file();
    const std::optional<Person> person = service.people().person(session.personId);
    if (!person) {
        return context.refuse(
            QStringLiteral("--person"),
            QStringLiteral("there is no person with id %1").arg(session.personId));
    }
    const std::optional<Practitioner> psy = service.people().practitioner(session.practitionerId);
    if (!psy || psy->role != PractitionerRole::Psychologist) {
        return context.refuse(
            QStringLiteral("--psy"),
            QStringLiteral("there is no psychologist with id %1").arg(session.practitionerId));
    }
    if (session.referralId != 0) {
        const std::optional<Referral> referral = service.people().referral(session.referralId);
        if (!referral || referral->personId != session.personId) {
            return context.refuse(QStringLiteral("--referral"),
                                  QStringLiteral("there is no referral with id %1 for this person")
                                      .arg(session.referralId));
        }
    }
    // Under tiers payant the patient advances nothing for a session of the scheme.
    const bool thirdParty = session.kind != SessionKind::Private &&
                            CarePathRules::thirdPartyPaymentOn(*person, session.date);
    session.paidCents = paid.value_or(thirdParty ? 0 : session.feeCents);

    QStringList warnings;
    const Result<qint64> added = service.sessions().addSession(session, &warnings);
    if (!added)
        return fail(context, added.error());
    // The year's verdict on the new session (over the cap, no referral before June 2024...):
    // what validation of the session alone cannot tell.
    const Result<YearStatus> year = service.read().yearStatus(session.personId, session.date.year());
    if (year) {
        for (const SessionAssessment& assessment : year->sessions) {
            if (assessment.sessionId != added.value() || assessment.covered ||
                assessment.reason == NotCoveredReason::PrivateSession)
                continue;
            const bool alreadySaid =
                std::any_of(warnings.cbegin(), warnings.cend(),
                            [&](const QString& w) { return w.contains(assessment.reasonText); });
            if (!alreadySaid) {
                warnings.append(QStringLiteral("This session will not be covered: %1")
                                    .arg(assessment.reasonText));
            }
        }
    }
    for (const QString& warning : std::as_const(warnings))
        context.warn(warning);
    context.out() << added.value() << Qt::endl;
    return 0;
}

} // namespace carnet::cli
