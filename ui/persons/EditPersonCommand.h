#pragma once

#include "model/Person.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace carnet {

class AppContext;

// "Edit a person" on the undo stack. run() updates through CarnetFile and, when the core
// accepts, pushes the command (already done); undo puts the previous details back.
class EditPersonCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditPersonCommand)

public:
    static Result<void> run(AppContext& context, const Person& person);

    void undo() override;
    void redo() override;

private:
    EditPersonCommand(AppContext& context, Person before, Person after);

    AppContext& m_context;
    Person m_before;
    Person m_after;
    bool m_skipRedo = true;
};

} // namespace carnet
