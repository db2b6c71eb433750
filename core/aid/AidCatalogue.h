#pragma once

#include "aid/AidSettings.h"
#include "model/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace carnet {

// One kind of document of an AFI dossier, as resources/aid/afi-rules.json describes it.
struct AidItemSpec
{
    struct Variant
    {
        QString key;
        QString maxAgeSetting;
        QString frenchLabel;
    };
    QString key;
    bool required = true;
    QString maxAgeSetting; // an AidSettings name; empty = never stale
    QList<Variant> variants;
    QString frenchLabel; // for the documents sent to the CPAM
    QString source;

    const Variant* variant(const QString& variantKey) const
    {
        for (const auto& v : variants) {
            if (v.key == variantKey)
                return &v;
        }
        return nullptr;
    }
};

// What differs for one département's caisse: its form, extra documents, advice ids.
struct AidDepartmentSpec
{
    QString code;
    QString formUrl;
    QStringList extraItems;
    QStringList advice;
    QString since;
    QString source;
};

// The AFI data table (checklist items, department differences, default settings), loaded
// from :/carnet/aid/afi-rules.json. Data, not code: a caisse's new form is a new line there.
class AidCatalogue
{
public:
    static const AidCatalogue& instance();
    static Result<AidCatalogue> fromJson(const QByteArray& json);

    const QList<AidItemSpec>& items() const { return m_items; }
    const AidItemSpec* item(const QString& key) const;
    const AidDepartmentSpec* department(const QString& code) const; // nullptr = defaults only
    // The checklist keys for a département, in dossier order: defaults then extras.
    QStringList itemKeys(const QString& departmentCode) const;
    // Advice ids for a département: its own first, then the general ones.
    QStringList adviceIds(const QString& departmentCode) const;
    // Defaults of the settings, and which of them are confirmed by an official source (none).
    const AidSettings& defaultSettings() const { return m_settings; }
    bool isConfirmed(const QString& settingName) const { return m_confirmed.value(settingName); }
    QString settingSource(const QString& settingName) const { return m_sources.value(settingName); }
    QString updated() const { return m_updated; }

private:
    QList<AidItemSpec> m_items;
    QStringList m_defaultItems;
    QStringList m_defaultAdvice;
    QList<AidDepartmentSpec> m_departments;
    AidSettings m_settings;
    QHash<QString, bool> m_confirmed;
    QHash<QString, QString> m_sources;
    QString m_updated;
};

} // namespace carnet
