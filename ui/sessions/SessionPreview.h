#pragma once

#include "model/Practitioner.h"
#include "model/Session.h"
#include "rules/CarePathRules.h"

#include <optional>

namespace carnet {

class CarnetFile;

// Asks the rules how a session would be judged before it is saved: the draft (new, or an
// edited copy of a stored session) is put among the person's stored facts of its year and
// the core's CarePathRules::yearStatus judges it. The UI shows the verdict; it decides nothing.
class SessionPreview final
{
public:
    // The id a draft without one takes while it is judged.
    static constexpr qint64 kDraftId = -1;

    // The verdict on `draft`, or nullopt when its person is unknown or its date invalid.
    // `extraPractitioner` lets a psychologist not stored yet (the wizard's) be judged.
    static std::optional<SessionAssessment>
    assess(const CarnetFile& service, Session draft,
           const std::optional<Practitioner>& extraPractitioner = std::nullopt);
};

} // namespace carnet
