#include "commands/AddPaymentCommand.h"

#include "service/CareService.h"

namespace carnet {

AddPaymentCommand::AddPaymentCommand(CareService& service, const Payment& payment)
    : ServiceCommand(service, tr("Record payment"))
    , m_payment(payment)
{
}

Result<void> AddPaymentCommand::apply()
{
    Result<qint64> id = service().addPayment(m_payment);
    if (!id)
        return id.error();
    m_payment.id = id.value();
    return {};
}

Result<void> AddPaymentCommand::revert()
{
    return service().removePayment(m_payment.id);
}

} // namespace carnet
