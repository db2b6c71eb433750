#pragma once

#include "aid/AidRequest.h"
#include "commands/ServiceCommand.h"

#include <functional>
#include <optional>

namespace carnet {

class AidService;

// One undoable change to an AFI request. The change is a call to the file's AidService (so
// that its rules run: a partial grant derived from the amount, a claim checked against what
// is left); undo stores back the request as it was before (or removes a new one, or
// re-inserts a removed one with its id). The caller gives the undo text, written like every
// other ("Record the decision on the aid request").
class AidCommand final : public ServiceCommand
{
public:
    using Change = std::function<Result<void>(AidService&)>;

    // A change to an existing request.
    AidCommand(CarnetFile& file, qint64 requestId, const QString& text, Change change);
    // A new request; requestId() gives its id once applied.
    static std::unique_ptr<AidCommand> create(CarnetFile& file, const AidRequest& request,
                                              const QString& text);
    // Removes a request.
    static std::unique_ptr<AidCommand> remove(CarnetFile& file, qint64 requestId,
                                              const QString& text);

    qint64 requestId() const { return m_requestId; }

    Result<void> apply() override;
    Result<void> revert() override;

private:
    AidService& aid() const;

    qint64 m_requestId = 0;
    Change m_change;
    bool m_captured = false;
    std::optional<AidRequest> m_before; // nullopt: the request did not exist before
};

} // namespace carnet
