#pragma once

#include "commands/ServiceCommand.h"
#include "model/Payment.h"

#include <QCoreApplication>

namespace carnet {

// Records a payment and its split over sessions; undo removes it.
class AddPaymentCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPaymentCommand)

public:
    AddPaymentCommand(CarnetFile& service, const Payment& payment);

    qint64 paymentId() const { return m_payment.id; }

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Payment m_payment;
};

} // namespace carnet
