#include "commands/CommandSequence.h"

namespace carnet {

CommandSequence::CommandSequence(CarnetFile& service, const QString& text)
    : ServiceCommand(service, text)
{}

CommandSequence::~CommandSequence() = default;

Result<void> CommandSequence::apply()
{
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        Result<void> result = m_steps[i]->apply();
        if (!result) {
            for (std::size_t j = i; j > 0; --j)
                (void)m_steps[j - 1]->revert();
            return result;
        }
    }
    return {};
}

Result<void> CommandSequence::revert()
{
    for (std::size_t i = m_steps.size(); i > 0; --i) {
        Result<void> result = m_steps[i - 1]->revert();
        if (!result) {
            for (std::size_t j = i; j < m_steps.size(); ++j)
                (void)m_steps[j]->apply();
            return result;
        }
    }
    return {};
}

} // namespace carnet
