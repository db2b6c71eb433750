#include "commands/RemovePaymentCommand.h"

#include "service/CareService.h"

namespace carnet {

RemovePaymentCommand::RemovePaymentCommand(CareService& service, qint64 paymentId)
    : ServiceCommand(service, tr("Delete payment"))
    , m_paymentId(paymentId)
{
}

Result<void> RemovePaymentCommand::apply()
{
    const auto payment = service().payment(m_paymentId);
    if (!payment)
        return Error::notFound(QStringLiteral("payment"), tr("This payment no longer exists."));
    m_removed = *payment;
    return service().removePayment(m_paymentId);
}

Result<void> RemovePaymentCommand::revert()
{
    Result<qint64> id = service().addPayment(m_removed);
    if (!id)
        return id.error();
    return {};
}

} // namespace carnet
