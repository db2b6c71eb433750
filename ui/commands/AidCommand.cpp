#include "commands/AidCommand.h"

#include "aid/AidService.h"
#include "service/CarnetFile.h"

namespace carnet {

AidCommand::AidCommand(CarnetFile& file, qint64 requestId, const QString& text, Change change)
    : ServiceCommand(file, text)
    , m_requestId(requestId)
    , m_change(std::move(change))
{}

std::unique_ptr<AidCommand> AidCommand::create(CarnetFile& file, const AidRequest& request,
                                               const QString& text)
{
    auto command = std::make_unique<AidCommand>(file, 0, text, nullptr);
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

std::unique_ptr<AidCommand> AidCommand::remove(CarnetFile& file, qint64 requestId,
                                               const QString& text)
{
    return std::make_unique<AidCommand>(file, requestId, text, [requestId](AidService& service) {
        return service.removeRequest(requestId);
    });
}

AidService& AidCommand::aid() const
{
    return file().aid();
}

Result<void> AidCommand::apply()
{
    if (!m_captured) {
        m_before = aid().request(m_requestId);
        m_captured = true;
    }
    return m_change(aid());
}

Result<void> AidCommand::revert()
{
    if (!m_before)
        return aid().removeRequest(m_requestId);
    if (aid().request(m_before->id))
        return aid().updateRequest(*m_before);
    auto id = aid().addRequest(*m_before);
    if (!id)
        return id.error();
    return {};
}

} // namespace carnet
