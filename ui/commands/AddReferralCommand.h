#pragma once

#include "commands/ServiceCommand.h"
#include "model/Referral.h"

#include <QCoreApplication>

namespace carnet {

// Records a courrier d'accompagnement; undo removes it.
class AddReferralCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddReferralCommand)

public:
    AddReferralCommand(CarnetFile& service, const Referral& referral);

    qint64 referralId() const { return m_referral.id; }

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Referral m_referral;
};

} // namespace carnet
