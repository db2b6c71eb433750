#include "commands/AddReferralCommand.h"

#include "service/CareService.h"

namespace carnet {

AddReferralCommand::AddReferralCommand(CareService& service, const Referral& referral)
    : ServiceCommand(service, tr("Add referral letter"))
    , m_referral(referral)
{
}

Result<void> AddReferralCommand::apply()
{
    Result<qint64> id = service().addReferral(m_referral);
    if (!id)
        return id.error();
    m_referral.id = id.value();
    return {};
}

Result<void> AddReferralCommand::revert()
{
    return service().removeReferral(m_referral.id);
}

} // namespace carnet
