#pragma once

#include "model/Result.h"

#include <QUndoCommand>

#include <memory>

class QUndoStack;
class QWidget;

namespace carnet {

class CarnetFile;

// The base of Carnet's undo commands (Tiled's way: every data change is a command). One
// user action = one command that calls CarnetFile; redo() applies it, undo() its inverse.
// A command enters the undo stack only after its first application succeeded: use
// execute(), never QUndoStack::push() directly. A later failure (redo after undo, or undo)
// is reported to the user and drops the command from the stack.
class ServiceCommand : public QUndoCommand
{
public:
    ServiceCommand(CarnetFile& service, const QString& text);

    // Applies `command` once. On success pushes it onto `stack` (without applying it again)
    // and returns true; otherwise reports the core's Error (ErrorReporter) and deletes it.
    static bool execute(QUndoStack& stack, std::unique_ptr<ServiceCommand> command,
                        QWidget* parent = nullptr);

    void redo() final;
    void undo() final;

    // The change and its inverse. Public so that a CommandSequence can chain commands.
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;

protected:
    CarnetFile& file() const { return m_file; }

private:
    CarnetFile& m_file;
    bool m_skipNextRedo = false;
};

} // namespace carnet
