#pragma once

#include "commands/ServiceCommand.h"

#include <memory>
#include <vector>

namespace carnet {

// Several commands applied as one user action, one undo step (the care-path wizard's Finish:
// a person, a psychologist and a courrier). Applies them in order; when one fails, reverts
// those already applied, so the file is left as it was. Undo reverts them in reverse order.
// Its steps are never pushed themselves: their refusals come back through the sequence's.
class CommandSequence final : public ServiceCommand
{
public:
    CommandSequence(CarnetFile& service, const QString& text);
    ~CommandSequence() override;

    // Takes ownership; returns the command for reading its results after apply().
    template <typename Command>
    Command* append(std::unique_ptr<Command> command)
    {
        Command* raw = command.get();
        m_steps.push_back(std::move(command));
        return raw;
    }
    bool isEmpty() const { return m_steps.empty(); }

    Result<void> apply() override;
    Result<void> revert() override;

private:
    std::vector<std::unique_ptr<ServiceCommand>> m_steps;
};

} // namespace carnet
