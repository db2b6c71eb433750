#pragma once

#include "model/Result.h"

#include <QString>

namespace carnet {

// French identifiers (DOMAIN.md part A and B §1.5, §2).
namespace Identifiers {

// Checks a NIR (numéro de sécurité sociale): 13 characters + 2-digit key,
// key = 97 − (number mod 97), with 2A → 19 and 2B → 18 for Corsica. Spaces are ignored.
// Returns the normalised 15 characters (upper case, no spaces) or a clear error.
Result<QString> normalizeNir(const QString& text);

// Checks the format of an RPPS (11 digits) or ADELI (9 digits) number. Spaces are ignored.
Result<QString> normalizeRpps(const QString& text);

// True when an 11-digit RPPS passes the Luhn check. A failure only warns, never blocks.
bool rppsChecksumOk(const QString& rpps);

} // namespace Identifiers
} // namespace carnet
