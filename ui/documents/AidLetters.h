#pragma once

#include "AidDocumentData.h"

#include <QString>

namespace carnet {

// The HTML of each AFI document: its template (resources/letters/<key>.html, through
// LetterTemplates) filled with the request's facts, written the French way (FrenchFormat).
namespace AidLetters {

QString quoteRequest(const AidDocumentData& data);
QString quote(const AidDocumentData& data);
QString coverLetter(const AidDocumentData& data);
QString summary(const AidDocumentData& data);
QString followUp(const AidDocumentData& data);
QString appeal(const AidDocumentData& data);
QString invoiceClaim(const AidDocumentData& data);

} // namespace AidLetters
} // namespace carnet
