#include "commands/RemovePaymentCommand.h"

#include "model/Money.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"

namespace carnet {

RemovePaymentCommand::RemovePaymentCommand(CarnetFile& file, qint64 paymentId)
    : ServiceCommand(file,
                     tr("remove the payment of %1")
                         .arg(formatCents(
                             file.careSheets().payment(paymentId).value_or(Payment()).amountCents)))
    , m_paymentId(paymentId)
{}

Result<void> RemovePaymentCommand::apply()
{
    const auto payment = file().careSheets().payment(m_paymentId);
    if (!payment)
        return Error::notFound(QStringLiteral("payment"), tr("This payment no longer exists."));
    m_removed = *payment;
    return file().careSheets().removePayment(m_paymentId);
}

Result<void> RemovePaymentCommand::revert()
{
    Result<qint64> id = file().careSheets().addPayment(m_removed);
    if (!id)
        return id.error();
    return {};
}

} // namespace carnet
