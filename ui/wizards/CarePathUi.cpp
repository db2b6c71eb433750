#include "wizards/CarePathUi.h"

#include <QCoreApplication>

namespace carnet::CarePathUi {

QString roleName(PractitionerRole role)
{
    switch (role) {
    case PractitionerRole::Psychologist:
        return QCoreApplication::translate("CarePathWizard", "psychologist");
    case PractitionerRole::GeneralPractitioner:
        return QCoreApplication::translate("CarePathWizard", "médecin traitant (GP)");
    case PractitionerRole::Pediatrician:
        return QCoreApplication::translate("CarePathWizard", "pediatrician");
    case PractitionerRole::Midwife:
        return QCoreApplication::translate("CarePathWizard", "midwife (sage-femme)");
    case PractitionerRole::SchoolDoctor:
        return QCoreApplication::translate("CarePathWizard", "school doctor");
    case PractitionerRole::Pmi:
        return QCoreApplication::translate("CarePathWizard", "PMI doctor");
    case PractitionerRole::University:
        return QCoreApplication::translate("CarePathWizard", "university health service (SSU)");
    case PractitionerRole::Hospital:
        return QCoreApplication::translate("CarePathWizard", "hospital doctor");
    }
    return {};
}

QString coverageName(CoverageKind kind)
{
    switch (kind) {
    case CoverageKind::Standard:
        return QCoreApplication::translate("CarePathWizard", "Standard cover");
    case CoverageKind::C2S:
        return QCoreApplication::translate("CarePathWizard",
                                           "C2S (complémentaire santé solidaire)");
    case CoverageKind::AME:
        return QCoreApplication::translate("CarePathWizard", "AME (aide médicale de l'État)");
    case CoverageKind::ALD:
        return QCoreApplication::translate("CarePathWizard",
                                           "ALD (long-term illness, care linked to it)");
    case CoverageKind::Maternity:
        return QCoreApplication::translate("CarePathWizard", "Maternity (from the 6th month)");
    case CoverageKind::ATMP:
        return QCoreApplication::translate("CarePathWizard",
                                           "Work accident or occupational disease (AT/MP)");
    }
    return {};
}

} // namespace carnet::CarePathUi
