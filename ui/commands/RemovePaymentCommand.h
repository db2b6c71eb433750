#pragma once

#include "commands/ServiceCommand.h"
#include "model/Payment.h"

#include <QCoreApplication>

namespace carnet {

// Deletes a payment; undo records it again with the same id and split.
class RemovePaymentCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePaymentCommand)

public:
    RemovePaymentCommand(CarnetFile& service, qint64 paymentId);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_paymentId = 0;
    Payment m_removed;
};

} // namespace carnet
