#pragma once

#include "commands/ServiceCommand.h"
#include "model/Person.h"

#include <QCoreApplication>

namespace carnet {

// Adds a person to the file; undo removes them, redo adds them back with the same id.
class AddPersonCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPersonCommand)

public:
    AddPersonCommand(CarnetFile& file, const Person& person);

    // The id the store gave the person (0 before the first apply).
    qint64 personId() const { return m_person.id; }

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Person m_person;
};

} // namespace carnet
