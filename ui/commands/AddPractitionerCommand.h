#pragma once

#include "commands/ServiceCommand.h"
#include "model/Practitioner.h"

#include <QCoreApplication>
#include <QStringList>

namespace carnet {

// Adds a psychologist (or another professional); undo removes it.
class AddPractitionerCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPractitionerCommand)

public:
    AddPractitionerCommand(CarnetFile& service, const Practitioner& practitioner);

    qint64 practitionerId() const { return m_practitioner.id; }
    const QStringList& warnings() const { return m_warnings; }

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Practitioner m_practitioner;
    QStringList m_warnings;
};

} // namespace carnet
