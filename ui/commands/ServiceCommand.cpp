#include "commands/ServiceCommand.h"

#include "commands/ErrorReporter.h"

#include <QUndoStack>

namespace carnet {

ServiceCommand::ServiceCommand(CarnetFile& service, const QString& text)
    : QUndoCommand(text)
    , m_file(service)
{
}

bool ServiceCommand::execute(QUndoStack& stack, std::unique_ptr<ServiceCommand> command,
                             QWidget* parent)
{
    const Result<void> result = command->apply();
    if (!result) {
        ErrorReporter::report(parent, command->text(), result.error());
        return false;
    }
    command->m_skipNextRedo = true;
    stack.push(command.release()); // push() calls redo(), which skips this once
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
        ErrorReporter::report(nullptr, text(), result.error());
    }
}

void ServiceCommand::undo()
{
    const Result<void> result = revert();
    if (!result) {
        setObsolete(true);
        ErrorReporter::report(nullptr, QCoreApplication::translate("ServiceCommand", "Undo %1")
                                           .arg(text()),
                              result.error());
    }
}

} // namespace carnet
