#pragma once

#include <QString>

#include <optional>

namespace carnet {

// What a health professional is to the file: the psychologist who gives the sessions, or
// a professional who may write a courrier d'accompagnement.
enum class PractitionerRole
{
    Psychologist,
    GeneralPractitioner, // médecin traitant
    Pediatrician,        // pédiatre
    Midwife,             // sage-femme
    SchoolDoctor,        // médecin scolaire
    Pmi,                 // médecin de PMI
    University,          // service de santé universitaire (SSU)
    Hospital,            // médecin hospitalier
};

// A psychologist (RPPS, partner of the scheme or not) or a referring professional.
struct Practitioner
{
    qint64 id = 0;
    QString name;
    PractitionerRole role = PractitionerRole::Psychologist;
    QString rpps;        // 11 digits (RPPS) or 9 (ADELI); may be empty
    bool partner = true; // psychologist conventionné Mon soutien psy
    QString contact;     // address, phone, e-mail: free text

    friend bool operator==(const Practitioner&, const Practitioner&) = default;
};

// "psychologist", "gp", "pediatrician", "midwife", "school", "pmi", "university", "hospital"
QString roleKey(PractitionerRole role);
std::optional<PractitionerRole> roleFromKey(const QString& key);

} // namespace carnet
