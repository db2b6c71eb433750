#include "wizards/AddReferralStep.h"

#include "commands/AddReferralCommand.h"
#include "rules/Validation.h"
#include "service/CareService.h"

namespace carnet {

AddReferralStep::AddReferralStep(CareService& service, const Referral& referral, PersonId personId,
                                 const QString& scanPath)
    : ServiceCommand(service, tr("Add referral letter"))
    , m_referral(referral)
    , m_personId(std::move(personId))
    , m_scanPath(scanPath)
{}

AddReferralStep::~AddReferralStep() = default;

qint64 AddReferralStep::referralId() const
{
    return m_command ? m_command->referralId() : 0;
}

Result<void> AddReferralStep::apply()
{
    Referral referral = m_referral;
    if (m_personId)
        referral.personId = m_personId();
    if (m_command)
        referral.id = m_command->referralId(); // a redo: the same id again
    referral.attachmentId = 0;

    // Check before attaching, so that a refused courrier leaves no stray attachment.
    if (const auto person = service().person(referral.personId)) {
        const auto valid = Validation::referral(referral, *person, service().today());
        if (!valid)
            return valid.error();
    }
    if (!m_scanPath.isEmpty()) {
        const Result<qint64> attached = service().addAttachment(m_scanPath);
        if (!attached)
            return attached.error();
        referral.attachmentId = attached.value();
    }
    auto command = std::make_unique<AddReferralCommand>(service(), referral);
    if (Result<void> added = command->apply(); !added)
        return added;
    m_command = std::move(command);
    return {};
}

Result<void> AddReferralStep::revert()
{
    if (!m_command)
        return {};
    return m_command->revert();
}

} // namespace carnet
