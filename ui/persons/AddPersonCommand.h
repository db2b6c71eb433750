#pragma once

#include "model/Person.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace carnet {

class AppContext;

// "Add a person" on the undo stack. run() adds through CarnetFile and, when the core
// accepts, pushes the command (already done); undo removes the person, redo adds them back
// with the same id.
class AddPersonCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPersonCommand)

public:
    static Result<qint64> run(AppContext& context, const Person& person);

    void undo() override;
    void redo() override;

private:
    AddPersonCommand(AppContext& context, Person stored);

    AppContext& m_context;
    Person m_person;
    bool m_skipRedo = true;
};

} // namespace carnet
