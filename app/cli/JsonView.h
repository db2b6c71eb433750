#pragma once

#include "model/Person.h"
#include "model/Session.h"
#include "read/Agenda.h"
#include "rules/CarePathRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

class QTextStream;

namespace carnet {
struct BackupInfo;
struct Department;
} // namespace carnet

namespace carnet::cli {

// How carnet-cli shows the core's values as JSON: snake_case keys, amounts as integer
// cents ("..._cents"), dates as ISO strings (null when absent), enums by their file keys.
// Only presentation: every figure comes from the core as it is.
namespace JsonView {

QJsonValue date(QDate date);
QJsonArray ids(const QList<qint64>& ids);

QJsonObject person(const Person& person);
QJsonObject session(const Session& session);
QJsonObject practitioner(const Practitioner& practitioner);
QJsonObject referral(const Referral& referral);
QJsonObject yearStatus(qint64 personId, const YearStatus& status);
QJsonObject agendaItem(const AgendaItem& item);
QJsonObject department(const Department& department);
QJsonObject backup(const BackupInfo& backup);

// "over_yearly_cap", "remote_evaluation"... ("" for None).
QString reasonKey(NotCoveredReason reason);
// "create_sheet", "send_sheet", "late_payment", "claim_deadline", "aid_documents_missing",
// "aid_answer_overdue", "aid_grant_expiring", "aid_grant_expired"; and back.
QString agendaKindKey(AgendaItem::Kind kind);
std::optional<AgendaItem::Kind> agendaKindFromKey(const QString& key);
// "overdue", "soon", "to_do".
QString urgencyKey(AgendaItem::Urgency urgency);

// Prints an indented document followed by a new line.
void print(QTextStream& out, const QJsonObject& object);
void print(QTextStream& out, const QJsonArray& array);

} // namespace JsonView
} // namespace carnet::cli
