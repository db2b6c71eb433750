#pragma once

#include "commands/ServiceCommand.h"
#include "model/Person.h"

#include <QCoreApplication>

namespace carnet {

// Changes a person's details; undo puts back what they were before.
class EditPersonCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditPersonCommand)

public:
    // `before` defaults to the person as stored now.
    EditPersonCommand(CarnetFile& file, const Person& changed);
    EditPersonCommand(CarnetFile& file, const Person& before, const Person& changed);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Person m_before;
    Person m_after;
    bool m_haveBefore = false;
};

} // namespace carnet
