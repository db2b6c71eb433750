#include "sessions/CareLabels.h"

#include <QLocale>

namespace carnet {

QString CareLabels::sessionKind(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Evaluation:
        return tr("Evaluation");
    case SessionKind::FollowUp:
        return tr("Follow-up");
    case SessionKind::Private:
        return tr("Outside the scheme");
    }
    return {};
}

QString CareLabels::sessionMode(SessionMode mode)
{
    switch (mode) {
    case SessionMode::Office:
        return tr("In person");
    case SessionMode::Remote:
        return tr("Remote (video)");
    }
    return {};
}

QString CareLabels::payer(Payer payer)
{
    switch (payer) {
    case Payer::Cpam:
        return tr("CPAM");
    case Payer::Mutuelle:
        return tr("Mutuelle");
    case Payer::Other:
        return tr("Other");
    }
    return {};
}

QString CareLabels::role(PractitionerRole role)
{
    switch (role) {
    case PractitionerRole::Psychologist:
        return tr("Psychologist");
    case PractitionerRole::GeneralPractitioner:
        return tr("General practitioner (médecin traitant)");
    case PractitionerRole::Pediatrician:
        return tr("Paediatrician");
    case PractitionerRole::Midwife:
        return tr("Midwife (sage-femme)");
    case PractitionerRole::SchoolDoctor:
        return tr("School doctor");
    case PractitionerRole::Pmi:
        return tr("PMI doctor");
    case PractitionerRole::University:
        return tr("University health service (SSU)");
    case PractitionerRole::Hospital:
        return tr("Hospital doctor");
    }
    return {};
}

QString CareLabels::date(QDate date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace carnet
