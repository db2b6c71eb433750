#pragma once

#include "commands/ServiceCommand.h"
#include "model/Person.h"

#include <QCoreApplication>

namespace carnet {

// Removes a person from the file (the core refuses while they have sessions, courriers or aid
// requests, and says so); undo adds them back with the same id.
class RemovePersonCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePersonCommand)

public:
    RemovePersonCommand(CarnetFile& file, qint64 personId);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_personId = 0;
    Person m_removed;
};

} // namespace carnet
