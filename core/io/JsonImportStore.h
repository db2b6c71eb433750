#pragma once

#include "io/JsonImport.h"

namespace carnet {

class Database;
struct ImportDocument;

// JsonImport's writing of a checked document into the store, in one transaction.
namespace JsonImportStore {

// Writes `d` into `db` (its attached bytes into the attachments folder), keeping the
// document's ids or giving new ones by `mode`; all or nothing.
Result<JsonImport::Summary> store(Database& db, const ImportDocument& d, JsonImport::Ids mode);

} // namespace JsonImportStore
} // namespace carnet
