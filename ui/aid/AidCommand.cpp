#include "aid/AidCommand.h"

#include "aid/AidService.h"

namespace carnet {

AidCommand::AidCommand(AidService& aid, qint64 requestId, const QString& text, Change change)
    : ServiceCommand(aid.file(), text)
    , m_aid(aid)
    , m_requestId(requestId)
    , m_change(std::move(change))
{}

std::unique_ptr<AidCommand> AidCommand::create(AidService& aid, const AidRequest& request,
                                               const QString& text)
{
    auto command = std::make_unique<AidCommand>(aid, 0, text, nullptr);
    AidCommand* self = command.get();
    command->m_captured = true; // nothing before
    command->m_change = [self, request](AidService& service) -> Result<void> {
        AidRequest r = request;
        r.id = self->m_requestId; // 0 the first time, the same id on redo
        auto id = service.addRequest(r);
        if (!id)
            return id.error();
        self->m_requestId = *id;
        return {};
    };
    return command;
}

std::unique_ptr<AidCommand> AidCommand::remove(AidService& aid, qint64 requestId,
                                               const QString& text)
{
    return std::make_unique<AidCommand>(aid, requestId, text, [requestId](AidService& service) {
        return service.removeRequest(requestId);
    });
}

Result<void> AidCommand::apply()
{
    if (!m_captured) {
        m_before = m_aid.request(m_requestId);
        m_captured = true;
    }
    return m_change(m_aid);
}

Result<void> AidCommand::revert()
{
    if (!m_before)
        return m_aid.removeRequest(m_requestId);
    if (m_aid.request(m_before->id))
        return m_aid.updateRequest(*m_before);
    auto id = m_aid.addRequest(*m_before);
    if (!id)
        return id.error();
    return {};
}

} // namespace carnet
