#pragma once

#include "io/ImportDocument.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace carnet {

class JsonReader;

// JsonImport's readers of one element of a document per record kind: each checks the keys and
// values of `o` at `path` and reports the first fault to the reader.
namespace JsonImportReaders {

Person readPerson(JsonReader& r, const QJsonObject& o, const QString& path);
Practitioner readPractitioner(JsonReader& r, const QJsonObject& o, const QString& path);
// Also keeps the attached bytes, when carried and sound, in `contents` by the element's id.
Attachment readAttachment(JsonReader& r, const QJsonObject& o, const QString& path,
                          QHash<qint64, QByteArray>& contents);
Referral readReferral(JsonReader& r, const QJsonObject& o, const QString& path);
Session readSession(JsonReader& r, const QJsonObject& o, const QString& path);
CareSheet readSheet(JsonReader& r, const QJsonObject& o, const QString& path);
Payment readPayment(JsonReader& r, const QJsonObject& o, const QString& path);
AidRequest readAidRequest(JsonReader& r, const QJsonObject& o, const QString& path);

} // namespace JsonImportReaders
} // namespace carnet
