#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace carnet {

class AppContext;
class CarnetFile;

// The base of every undo command of Carnet (Tiled's way: every data change is a command).
// One user action = one command that calls the file's services; apply() makes the change,
// revert() its inverse. Several changes that make one user action are a CommandSequence.
//
// A command enters the undo stack only after its first application succeeded: hand it to
// push(), never to QUndoStack::push(). Every refusal, first or later (a redo after undo, an
// undo), is told to the user one way, AppContext::reportError with the command's text; a
// later one also drops the command from the stack.
//
// Undo texts are written alike: an English infinitive phrase naming the object, with what
// tells it apart when there is one ("Add the session of 3 Feb 2025", "Record the payment of
// €30.00", "Change the settings"); the Edit menu shows "Undo Add the session of 3 Feb 2025".
class ServiceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCommand)

public:
    ServiceCommand(CarnetFile& file, const QString& text);

    // Applies `command` once. When the core accepts, pushes it onto the context's undo stack
    // (without applying it again) and returns true. Otherwise reports the core's sentence
    // (AppContext::reportError), deletes the command and returns false; `refusal`, when given,
    // receives the Error (to put the focus on its field, not to show it again).
    static bool push(AppContext& context, std::unique_ptr<ServiceCommand> command,
                     Error* refusal = nullptr);

    void redo() final;
    void undo() final;

    // The change and its inverse. Public so that a CommandSequence can chain commands.
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;

protected:
    CarnetFile& file() const { return m_file; }

private:
    void report(const QString& action, const Error& error) const;

    CarnetFile& m_file;
    AppContext* m_context = nullptr; // set by push(): where later refusals are told
    bool m_skipNextRedo = false;
};

} // namespace carnet
