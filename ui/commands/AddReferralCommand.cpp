#include "commands/AddReferralCommand.h"

#include "rules/Validation.h"
#include "service/AttachmentStore.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "sessions/CareLabels.h"

namespace carnet {

AddReferralCommand::AddReferralCommand(CarnetFile& file, const Referral& referral,
                                       const QString& scanPath, PersonId personId)
    : ServiceCommand(file, tr("add the referral letter of %1").arg(CareLabels::date(referral.date)))
    , m_referral(referral)
    , m_scanPath(scanPath)
    , m_personId(std::move(personId))
{}

Result<void> AddReferralCommand::apply()
{
    Referral referral = m_referral; // id 0 the first time, the same id on redo
    if (m_personId)
        referral.personId = m_personId();
    if (!m_scanPath.isEmpty()) {
        // Check before attaching, so that a refused courrier leaves no stray attachment.
        if (const auto person = file().people().person(referral.personId)) {
            const auto valid = Validation::referral(referral, *person, file().today());
            if (!valid)
                return valid.error();
        }
        const Result<qint64> attached = file().attachments().addAttachment(m_scanPath);
        if (!attached)
            return attached.error();
        referral.attachmentId = attached.value();
    }
    Result<qint64> id = file().people().addReferral(referral);
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
