#pragma once

#include "commands/ServiceCommand.h"
#include "model/CareSheet.h"

#include <QCoreApplication>
#include <QDate>

namespace carnet {

// Marks a feuille de soins as sent on a date. CarnetFile has no "unsend" call, so undo
// removes the sheet and records it again, with the same id, as it was before.
class MarkSheetSentCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(MarkSheetSentCommand)

public:
    MarkSheetSentCommand(CarnetFile& service, qint64 sheetId, QDate sent);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_sheetId = 0;
    QDate m_sent;
    CareSheet m_before;
};

} // namespace carnet
