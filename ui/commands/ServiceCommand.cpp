#include "commands/ServiceCommand.h"

#include "shell/AppContext.h"

#include <QUndoStack>

namespace carnet {

ServiceCommand::ServiceCommand(CarnetFile& file, const QString& text)
    : QUndoCommand(text)
    , m_file(file)
{}

bool ServiceCommand::push(AppContext& context, std::unique_ptr<ServiceCommand> command,
                          Error* refusal)
{
    command->m_context = &context;
    const Result<void> result = command->apply();
    if (!result) {
        command->report(command->text(), result.error());
        if (refusal)
            *refusal = result.error();
        return false;
    }
    command->m_skipNextRedo = true;
    context.undoStack()->push(command.release()); // push() calls redo(), which skips this once
    return true;
}

void ServiceCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    const Result<void> result = apply();
    if (!result) {
        setObsolete(true);
        report(text(), result.error());
    }
}

void ServiceCommand::undo()
{
    const Result<void> result = revert();
    if (!result) {
        setObsolete(true);
        report(tr("Undo %1").arg(text()), result.error());
    }
}

void ServiceCommand::report(const QString& action, const Error& error) const
{
    if (m_context)
        m_context->reportError(action, error.message);
}

} // namespace carnet
