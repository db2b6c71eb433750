#pragma once

#include "commands/ServiceCommand.h"
#include "model/Session.h"

#include <QCoreApplication>

namespace carnet {

// Deletes a session; undo records it again with the same id.
class RemoveSessionCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSessionCommand)

public:
    RemoveSessionCommand(CarnetFile& service, qint64 sessionId);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_sessionId = 0;
    Session m_removed;
};

} // namespace carnet
