#pragma once

#include "commands/ServiceCommand.h"

#include <QCoreApplication>

namespace carnet {

// Archives a person (kept in the file, hidden from the switcher, the agenda and the persons
// list) or brings them back; undo puts the flag back as it was.
class ArchivePersonCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePersonCommand)

public:
    ArchivePersonCommand(CarnetFile& file, qint64 personId, bool archive);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_personId = 0;
    bool m_archive = true;
    bool m_before = false;
};

} // namespace carnet
