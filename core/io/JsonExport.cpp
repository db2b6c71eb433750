#include "io/JsonExport.h"

#include "model/Version.h"
#include "store/AidRepository.h"
#include "store/AttachmentRepository.h"
#include "store/CareSheetRepository.h"
#include "store/Database.h"
#include "store/PaymentRepository.h"
#include "store/PersonRepository.h"
#include "store/PractitionerRepository.h"
#include "store/ReferralRepository.h"
#include "store/SessionFilter.h"
#include "store/SessionRepository.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace carnet {

namespace {

// tr() under the context lupdate gives these strings, in free functions and members alike.
struct JsonExportText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::JsonExport)
};

QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue ref(qint64 id)
{
    return id != 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Person& p)
{
    QJsonArray coverage;
    for (const CoveragePeriod& c : p.coverage)
        coverage.append(QJsonObject{{QStringLiteral("kind"), coverageKey(c.kind)},
                                    {QStringLiteral("from"), date(c.from)},
                                    {QStringLiteral("to"), date(c.to)}});
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("birth_date"), date(p.birthDate)},
                  {QStringLiteral("relation"), relationKey(p.relation)},
                  {QStringLiteral("nir"), p.nir},
                  {QStringLiteral("mutuelle"), p.mutuelle},
                  {QStringLiteral("coverage"), coverage},
                  {QStringLiteral("notes"), p.notes}};
    // Only for an archived person: a document without one reads in a Carnet older than the
    // archive (docs/json-format.md).
    if (p.archived)
        o.insert(QStringLiteral("archived"), true);
    return o;
}

QJsonObject toJson(const Practitioner& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("role"), roleKey(p.role)},
            {QStringLiteral("rpps"), p.rpps},
            {QStringLiteral("partner"), p.partner},
            {QStringLiteral("contact"), p.contact}};
}

QJsonObject toJson(const Referral& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("person_id"), r.personId},
            {QStringLiteral("referrer_name"), r.referrerName},
            {QStringLiteral("referrer_role"), roleKey(r.referrerRole)},
            {QStringLiteral("date"), date(r.date)},
            {QStringLiteral("consent_holders"), QJsonArray::fromStringList(r.consentHolders)},
            {QStringLiteral("attachment_id"), ref(r.attachmentId)},
            {QStringLiteral("notes"), r.notes}};
}

QJsonObject toJson(const Session& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("person_id"), s.personId},
            {QStringLiteral("practitioner_id"), s.practitionerId},
            {QStringLiteral("date"), date(s.date)},
            {QStringLiteral("kind"), sessionKindKey(s.kind)},
            {QStringLiteral("mode"), sessionModeKey(s.mode)},
            {QStringLiteral("fee_cents"), s.feeCents},
            {QStringLiteral("paid_cents"), s.paidCents},
            {QStringLiteral("referral_id"), ref(s.referralId)},
            {QStringLiteral("notes"), s.notes}};
}

QJsonObject toJson(const CareSheet& c)
{
    QJsonArray sessions;
    for (qint64 id : c.sessionIds)
        sessions.append(id);
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("person_id"), c.personId},
            {QStringLiteral("session_ids"), sessions},
            {QStringLiteral("issued"), date(c.issued)},
            {QStringLiteral("sent"), date(c.sent)},
            {QStringLiteral("electronic"), c.electronic}};
}

QJsonObject toJson(const Payment& p)
{
    QJsonArray shares;
    for (const PaymentShare& s : p.shares)
        shares.append(QJsonObject{{QStringLiteral("session_id"), s.sessionId},
                                  {QStringLiteral("amount_cents"), s.amountCents}});
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("payer"), payerKey(p.payer)},
            {QStringLiteral("date"), date(p.date)},
            {QStringLiteral("amount_cents"), p.amountCents},
            {QStringLiteral("reference"), p.reference},
            {QStringLiteral("shares"), shares}};
}

QJsonObject toJson(const AidRequest& a)
{
    QJsonArray checklist;
    for (const ChecklistItem& item : a.checklist)
        checklist.append(QJsonObject{{QStringLiteral("key"), item.key},
                                     {QStringLiteral("status"), checklistStatusKey(item.status)},
                                     {QStringLiteral("document_date"), date(item.documentDate)},
                                     {QStringLiteral("attachment_id"), ref(item.attachmentId)},
                                     {QStringLiteral("variant"), item.variant},
                                     {QStringLiteral("note"), item.note}});
    QJsonArray claims;
    for (const AidClaim& claim : a.claims)
        claims.append(QJsonObject{{QStringLiteral("date"), date(claim.date)},
                                  {QStringLiteral("amount_cents"), claim.amountCents},
                                  {QStringLiteral("covered_from"), date(claim.coveredFrom)},
                                  {QStringLiteral("covered_to"), date(claim.coveredTo)},
                                  {QStringLiteral("note"), claim.note}});
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("person_id"), a.personId},
            {QStringLiteral("department_code"), a.departmentCode},
            {QStringLiteral("psychologist_id"), ref(a.psychologistId)},
            {QStringLiteral("sessions"), a.sessions},
            {QStringLiteral("session_price_cents"), a.sessionPriceCents},
            {QStringLiteral("period_from"), date(a.periodFrom)},
            {QStringLiteral("period_to"), date(a.periodTo)},
            {QStringLiteral("scheme_sessions"), a.schemeSessions},
            {QStringLiteral("mutuelle_forfait_cents"), a.mutuelleForfaitCents},
            {QStringLiteral("prepared"), date(a.prepared)},
            {QStringLiteral("submitted"), date(a.submitted)},
            {QStringLiteral("decision_date"), date(a.decisionDate)},
            {QStringLiteral("decision"), aidDecisionKey(a.decision)},
            {QStringLiteral("granted_cents"), a.grantedCents},
            {QStringLiteral("payee"), aidPayeeKey(a.payee)},
            {QStringLiteral("validity_months"), a.validityMonths},
            {QStringLiteral("reference"), a.reference},
            {QStringLiteral("checklist"), checklist},
            {QStringLiteral("claims"), claims},
            {QStringLiteral("appeal_date"), date(a.appealDate)},
            {QStringLiteral("appeal_text"), a.appealText},
            {QStringLiteral("applicant_address"), a.applicantAddress},
            {QStringLiteral("cpam_address"), a.cpamAddress},
            {QStringLiteral("notes"), a.notes}};
}

Result<QJsonObject> toJson(const Attachment& a, const Database& db, bool withContent)
{
    QJsonObject object{{QStringLiteral("id"), a.id},
                       {QStringLiteral("sha256"), a.sha256},
                       {QStringLiteral("original_name"), a.originalName},
                       {QStringLiteral("mime_type"), a.mimeType},
                       {QStringLiteral("size"), a.size},
                       {QStringLiteral("added"), a.added.toUTC().toString(Qt::ISODateWithMs)}};
    if (withContent) {
        QFile file(QDir(db.attachmentDirectory()).filePath(a.sha256));
        if (file.open(QIODevice::ReadOnly)) {
            object.insert(QStringLiteral("content"),
                          QString::fromLatin1(file.readAll().toBase64()));
        }
        // A missing file exports as metadata only: the document says what was attached.
    }
    return object;
}

template <typename T>
QJsonArray arrayOf(const QList<T>& list)
{
    QJsonArray array;
    for (const T& item : list)
        array.append(toJson(item));
    return array;
}

template <typename T>
void sortById(QList<T>& list)
{
    std::sort(list.begin(), list.end(), [](const T& a, const T& b) { return a.id < b.id; });
}

struct Content
{
    QList<Person> persons;
    QList<Practitioner> practitioners;
    QList<Attachment> attachments;
    QList<Referral> referrals;
    QList<Session> sessions;
    QList<CareSheet> sheets;
    QList<Payment> payments;
    QList<AidRequest> aidRequests;
    QMap<QString, QString> settings;
};

Result<QByteArray> document(const Database& db, Content content, const QString& scope,
                            bool withSettings, bool withAttachmentContent)
{
    sortById(content.persons);
    sortById(content.practitioners);
    sortById(content.attachments);
    sortById(content.referrals);
    sortById(content.sessions);
    sortById(content.sheets);
    sortById(content.payments);
    sortById(content.aidRequests);
    QJsonArray attachments;
    for (const Attachment& a : content.attachments) {
        auto object = toJson(a, db, withAttachmentContent);
        if (!object)
            return object.error();
        attachments.append(object.value());
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("carnet")},
                     {QStringLiteral("version"), JsonExport::formatVersion},
                     {QStringLiteral("scope"), scope},
                     {QStringLiteral("generator"), QStringLiteral("Carnet ") + version()},
                     {QStringLiteral("persons"), arrayOf(content.persons)},
                     {QStringLiteral("practitioners"), arrayOf(content.practitioners)},
                     {QStringLiteral("attachments"), attachments},
                     {QStringLiteral("referrals"), arrayOf(content.referrals)},
                     {QStringLiteral("sessions"), arrayOf(content.sessions)},
                     {QStringLiteral("care_sheets"), arrayOf(content.sheets)},
                     {QStringLiteral("payments"), arrayOf(content.payments)}};
    // Left out when empty, so that documents without aid requests stay as they were.
    if (!content.aidRequests.isEmpty())
        root.insert(QStringLiteral("aid_requests"), arrayOf(content.aidRequests));
    if (withSettings) {
        QJsonObject settings;
        for (auto it = content.settings.cbegin(); it != content.settings.cend(); ++it)
            settings.insert(it.key(), it.value());
        root.insert(QStringLiteral("settings"), settings);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

template <typename T>
bool take(Result<T>&& result, T& into, Error& error)
{
    if (!result) {
        error = result.error();
        return false;
    }
    into = std::move(result.value());
    return true;
}

} // namespace

Result<QByteArray> JsonExport::exportFile(const Database& db, Options options)
{
    const QSqlDatabase sql = db.connection();
    Content c;
    Error e;
    if (!take(PersonRepository(sql).all(), c.persons, e) ||
        !take(PractitionerRepository(sql).all(), c.practitioners, e) ||
        !take(AttachmentRepository(sql).all(), c.attachments, e) ||
        !take(ReferralRepository(sql).all(), c.referrals, e) ||
        !take(SessionRepository(sql).find(SessionFilter::all()), c.sessions, e) ||
        !take(CareSheetRepository(sql).all(), c.sheets, e) ||
        !take(PaymentRepository(sql).all(), c.payments, e) ||
        !take(AidRepository(sql).all(), c.aidRequests, e) ||
        !take(SettingsRepository(sql).all(), c.settings, e))
        return e;
    return document(db, std::move(c), QStringLiteral("file"), true,
                    options.includeAttachmentContent);
}

Result<QByteArray> JsonExport::exportPerson(const Database& db, qint64 personId, Options options)
{
    const QSqlDatabase sql = db.connection();
    auto person = PersonRepository(sql).find(personId);
    if (!person)
        return person.error();
    if (!person->has_value()) {
        return Error::notFound(QStringLiteral("person_id"),
                               JsonExportText::tr("This person does not exist."));
    }
    Content c;
    Error e;
    c.persons = {**person};
    // A person's document goes to the person or to another volunteer: this file's archive
    // is not theirs, the person arrives shown.
    c.persons.first().archived = false;
    const SessionFilter filter = SessionFilter::person(personId);
    QList<Practitioner> practitioners;
    QList<Attachment> attachments;
    if (!take(ReferralRepository(sql).forPerson(personId), c.referrals, e) ||
        !take(SessionRepository(sql).find(filter), c.sessions, e) ||
        !take(CareSheetRepository(sql).forPerson(personId), c.sheets, e) ||
        !take(PaymentRepository(sql).touching(filter), c.payments, e) ||
        !take(AidRepository(sql).forPerson(personId), c.aidRequests, e) ||
        !take(PractitionerRepository(sql).all(), practitioners, e) ||
        !take(AttachmentRepository(sql).all(), attachments, e))
        return e;
    QSet<qint64> sessionIds;
    QSet<qint64> practitionerIds;
    for (const Session& s : c.sessions) {
        sessionIds.insert(s.id);
        practitionerIds.insert(s.practitionerId);
    }
    for (const AidRequest& a : c.aidRequests)
        practitionerIds.insert(a.psychologistId);
    for (const Practitioner& p : practitioners) {
        if (practitionerIds.contains(p.id))
            c.practitioners.append(p);
    }
    QSet<qint64> attachmentIds;
    for (const Referral& r : c.referrals)
        attachmentIds.insert(r.attachmentId);
    for (const AidRequest& a : c.aidRequests) {
        for (const ChecklistItem& item : a.checklist)
            attachmentIds.insert(item.attachmentId);
    }
    for (const Attachment& a : attachments) {
        if (attachmentIds.contains(a.id))
            c.attachments.append(a);
    }
    // A payment may also pay another person's sessions: keep only this person's shares.
    for (Payment& p : c.payments) {
        p.shares.erase(std::remove_if(p.shares.begin(), p.shares.end(),
                                      [&](const PaymentShare& s) {
                                          return !sessionIds.contains(s.sessionId);
                                      }),
                       p.shares.end());
    }
    return document(db, std::move(c), QStringLiteral("person"), false,
                    options.includeAttachmentContent);
}

Result<void> JsonExport::writeFile(const QString& path, const QByteArray& json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::io(JsonExportText::tr("Carnet cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(json) != json.size() || !file.commit()) {
        return Error::io(
            JsonExportText::tr("The export to %1 failed (is the disk full?); nothing was written.")
                .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace carnet
