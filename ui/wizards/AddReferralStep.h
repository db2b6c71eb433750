#pragma once

#include "commands/ServiceCommand.h"
#include "model/Referral.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace carnet {

class AddReferralCommand;

// Records a courrier d'accompagnement, with its scan when one was chosen, as one step of a
// CommandSequence whose earlier step may add the person (hence the person id asked for when
// the step applies). The scan is attached (CarnetFile::addAttachment) only when the step
// applies, then the courrier is added through AddReferralCommand. Undo removes the courrier,
// and the core drops the attachment nothing uses any more; a redo attaches the file again
// from where the user chose it and adds the courrier back with the same id.
class AddReferralStep final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddReferralStep)

public:
    using PersonId = std::function<qint64()>;

    // An empty `personId` keeps referral.personId; an empty `scanPath` attaches nothing.
    AddReferralStep(CarnetFile& service, const Referral& referral, PersonId personId,
                    const QString& scanPath);
    ~AddReferralStep() override;

    qint64 referralId() const;

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Referral m_referral;
    PersonId m_personId;
    QString m_scanPath;
    std::unique_ptr<AddReferralCommand> m_command;
};

} // namespace carnet
