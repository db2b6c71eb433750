#pragma once

#include "commands/ServiceCommand.h"
#include "model/Person.h"

#include <QCoreApplication>

namespace carnet {

// Changes a stored person as one step of a CommandSequence (the care-path wizard records a
// minor's parental consent in the person's notes on the direct-access path); undo puts the
// previous details back.
class UpdatePersonStep final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(UpdatePersonStep)

public:
    UpdatePersonStep(CarnetFile& service, const Person& before, const Person& after);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Person m_before;
    Person m_after;
};

} // namespace carnet
