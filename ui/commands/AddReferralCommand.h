#pragma once

#include "commands/ServiceCommand.h"
#include "model/Referral.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace carnet {

// Records a courrier d'accompagnement, with its scan when one was chosen; undo removes it
// (and the core drops the attachment nothing uses any more). The scan is attached only when
// the command applies, after the courrier was checked, so that a refused courrier leaves no
// stray attachment; a redo attaches it again from where the user chose it and adds the
// courrier back with the same id.
class AddReferralCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddReferralCommand)

public:
    // The person's id asked for when the command applies: in a CommandSequence whose earlier
    // step adds the person (the care-path wizard), it is not known before.
    using PersonId = std::function<qint64()>;

    // An empty `scanPath` attaches nothing; an empty `personId` keeps referral.personId.
    AddReferralCommand(CarnetFile& file, const Referral& referral, const QString& scanPath = {},
                       PersonId personId = {});

    qint64 referralId() const { return m_referral.id; }

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Referral m_referral;
    QString m_scanPath;
    PersonId m_personId;
};

} // namespace carnet
