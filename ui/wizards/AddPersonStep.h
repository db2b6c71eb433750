#pragma once

#include "commands/ServiceCommand.h"
#include "model/Person.h"

#include <QCoreApplication>

namespace carnet {

// Adds a person as one step of a CommandSequence (the care-path wizard's save), so that
// the person, the psychologist and the courrier go in and out of the file as one undo step.
// (AddPersonCommand pushes itself onto the stack, so it cannot be chained.) The first apply
// gets an id from the store; a redo after undo adds the person back with the same id.
class AddPersonStep final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPersonStep)

public:
    AddPersonStep(CarnetFile& service, const Person& person);

    qint64 personId() const { return m_person.id; }

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Person m_person;
};

} // namespace carnet
