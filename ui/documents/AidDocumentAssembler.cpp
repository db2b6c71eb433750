#include "AidDocumentAssembler.h"

#include "aid/AidCatalogue.h"
#include "aid/AidService.h"
#include "rules/Departments.h"
#include "service/AttachmentStore.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"

namespace carnet {

Result<AidDocumentData> AidDocumentAssembler::data(const AidService& service, qint64 requestId)
{
    const auto request = service.request(requestId);
    if (!request) {
        return Error::notFound(QStringLiteral("aid_request_id"),
                               tr("This aid request does not exist."));
    }
    auto status = service.status(requestId);
    if (!status)
        return status.error();
    AidDocumentData data;
    data.request = *request;
    data.status = *status;
    data.today = service.today();
    if (const auto person = service.file().people().person(request->personId))
        data.person = *person;
    if (const auto psy = service.file().people().practitioner(request->psychologistId))
        data.psychologist = *psy;
    if (const Department* department =
            DepartmentDirectory::instance().find(request->departmentCode))
        data.departmentName = department->name;
    else
        data.departmentName = request->departmentCode;
    const QList<Session> sessions = service.file().sessions().sessions(request->personId);
    for (const auto& batch : data.status.unclaimed) {
        for (const auto& session : sessions) {
            if (batch.sessionIds.contains(session.id))
                data.invoiceSessions.append(session);
        }
    }
    return data;
}

QList<DossierAttachment> AidDocumentAssembler::attachments(const AidService& service,
                                                           const AidDocumentData& data)
{
    QList<DossierAttachment> list;
    int number = 0;
    for (const auto& line : data.status.checklist) {
        ++number;
        if (line.item.status != ChecklistStatus::Attached || line.item.attachmentId == 0)
            continue;
        const auto attachment = service.file().attachments().attachment(line.item.attachmentId);
        if (!attachment)
            continue;
        QString label = line.item.key;
        if (const AidItemSpec* spec = AidCatalogue::instance().item(line.item.key)) {
            const auto* variant = spec->variant(line.item.variant);
            label = variant ? variant->frenchLabel : spec->frenchLabel;
        }
        list.append({service.file().attachments().attachmentPath(*attachment),
                     QStringLiteral("Pièce %1 : %2").arg(number).arg(label)});
    }
    return list;
}

} // namespace carnet
