#pragma once

// Helpers the AidRules functions share across their files (AidRules.cpp,
// AidRulesGrant.cpp, AidRulesValidation.cpp): not part of the API.

#include <QDate>
#include <QString>

namespace carnet::AidRules::detail {

struct ItemText
{
    const char* key;
    const char* label;
    const char* hint;
    const char* ask;
};

const ItemText* itemText(const QString& key);
QString translated(const char* text);
QString shortDate(QDate date);
QString monthName(QDate month);

} // namespace carnet::AidRules::detail
