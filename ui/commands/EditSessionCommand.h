#pragma once

#include "commands/ServiceCommand.h"
#include "model/Session.h"

#include <QCoreApplication>

namespace carnet {

// Changes a session; undo puts back what it was before.
class EditSessionCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditSessionCommand)

public:
    EditSessionCommand(CarnetFile& service, const Session& changed);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Session m_before;
    Session m_after;
    bool m_haveBefore = false;
};

} // namespace carnet
