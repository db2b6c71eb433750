#pragma once

#include "io/JsonImport.h"

#include <QDate>
#include <QList>

namespace carnet {

class JsonReader;
struct ImportDocument;

// Judges the facts of a document read by JsonImport with the rules every other write goes
// through: the pure validators of core/rules/Validation.h, as the services call them, then the
// year's verdict (CarePathRules::yearStatus) on the imported sessions, once per person-year.
namespace JsonImportRules {

// Replaces each fact by what its validator returns (trimmed names, normalised NIR...), as the
// service stores it. A refusal goes to `reader` (the element's path, its field as the
// document spells it, and the validator's sentence), and judging stops there. Otherwise
// returns the warnings, in document order.
QList<JsonImport::Warning> judge(ImportDocument& document, JsonReader& reader, QDate today);

} // namespace JsonImportRules
} // namespace carnet
