#pragma once

#include "AidDocumentData.h"
#include "DossierAttachment.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>

namespace carnet {

class AidService;

// Gathers what the AFI documents print from the open file: the request, its person and
// psychologist, the derived status, the sessions still to invoice, and the dossier's attached
// files in checklist order. Shared by the GUI and carnet-cli.
class AidDocumentAssembler final
{
    Q_DECLARE_TR_FUNCTIONS(AidDocumentAssembler)

public:
    static Result<AidDocumentData> data(const AidService& service, qint64 requestId);
    // The attached scans, in checklist order, titled "Pièce N : label" as on the summary.
    static QList<DossierAttachment> attachments(const AidService& service,
                                                const AidDocumentData& data);
};

} // namespace carnet
