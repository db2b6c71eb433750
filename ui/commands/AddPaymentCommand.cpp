#include "commands/AddPaymentCommand.h"

#include "model/Money.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"

namespace carnet {

AddPaymentCommand::AddPaymentCommand(CarnetFile& service, const Payment& payment)
    : ServiceCommand(service, tr("record the payment of %1").arg(formatCents(payment.amountCents)))
    , m_payment(payment)
{}

Result<void> AddPaymentCommand::apply()
{
    Result<qint64> id = file().careSheets().addPayment(m_payment);
    if (!id)
        return id.error();
    m_payment.id = id.value();
    return {};
}

Result<void> AddPaymentCommand::revert()
{
    return file().careSheets().removePayment(m_payment.id);
}

} // namespace carnet
