#pragma once

#include "commands/ServiceCommand.h"
#include "model/Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace carnet {

// Records a session; undo removes it (redo re-inserts it with the same id).
class AddSessionCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSessionCommand)

public:
    AddSessionCommand(CarnetFile& service, const Session& session);

    // The id the store gave the session (0 before the first apply).
    qint64 sessionId() const { return m_session.id; }
    // The core's warnings from the last apply (stored anyway).
    const QStringList& warnings() const { return m_warnings; }

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Session m_session;
    QStringList m_warnings;
};

} // namespace carnet
