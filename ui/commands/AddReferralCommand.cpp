#include "commands/AddReferralCommand.h"

#include "service/CarnetFile.h"
#include "service/PeopleService.h"

namespace carnet {

AddReferralCommand::AddReferralCommand(CarnetFile& service, const Referral& referral)
    : ServiceCommand(service, tr("Add referral letter"))
    , m_referral(referral)
{
}

Result<void> AddReferralCommand::apply()
{
    Result<qint64> id = file().people().addReferral(m_referral);
    if (!id)
        return id.error();
    m_referral.id = id.value();
    return {};
}

Result<void> AddReferralCommand::revert()
{
    return file().people().removeReferral(m_referral.id);
}

} // namespace carnet
