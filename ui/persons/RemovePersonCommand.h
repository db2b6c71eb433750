#pragma once

#include "model/Person.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace carnet {

class AppContext;

// "Remove a person" on the undo stack. run() removes through CarnetFile (which refuses
// while the person has sessions, courriers or aid requests, and says so) and, when it is
// done, pushes the command; undo adds the person back with the same id.
class RemovePersonCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePersonCommand)

public:
    static Result<void> run(AppContext& context, qint64 personId);

    void undo() override;
    void redo() override;

private:
    RemovePersonCommand(AppContext& context, Person removed);

    AppContext& m_context;
    Person m_person;
    bool m_skipRedo = true;
};

} // namespace carnet
