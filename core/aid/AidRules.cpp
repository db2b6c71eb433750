#include "aid/AidRules.h"

#include "aid/AidRulesSupport.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace carnet::AidRules {

using detail::ItemText;

namespace {

constexpr std::array<ItemText, 8> kItemTexts{{
    {"quote", QT_TRANSLATE_NOOP("carnet::AidRules", "Psychologist's quote (devis)"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Number of sessions, price per session and period, signed by the "
                       "psychologist. Quotes are unusual for them: Carnet prints a letter that "
                       "explains why, and a quote they only need to check and sign."),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Ask your psychologist for a quote: print the letter and the pre-filled "
                       "quote.")},
    {"prescription",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Doctor's prescription for sessions with a psychologist"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "From your doctor. It may be dated after the therapy started: caisses "
                       "have accepted that."),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Ask your doctor for a prescription for sessions with a psychologist.")},
    {"form", QT_TRANSLATE_NOOP("carnet::AidRules", "The caisse's request form"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "The aid request form of your CPAM, filled in and signed. Psychology "
                       "need not be listed on it to be asked for."),
     QT_TRANSLATE_NOOP("carnet::AidRules", "Fill in and sign your CPAM's request form.")},
    {"income", QT_TRANSLATE_NOOP("carnet::AidRules", "Proof of income"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "One of: your latest avis d'imposition, your RSA statements of the last "
                       "3 months, or your C2S attestation."),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Get a proof of income: your latest avis d'imposition, your RSA "
                       "statements of the last 3 months, or your C2S attestation.")},
    {"lodging",
     QT_TRANSLATE_NOOP("carnet::AidRules", "Proof of lodging (attestation d'hébergement)"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "An attestation d'hébergement signed by whoever lodges you, or a recent "
                       "proof of address."),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Get an attestation d'hébergement or a recent proof of address.")},
    {"rib", QT_TRANSLATE_NOOP("carnet::AidRules", "Bank details (RIB)"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "The RIB of whoever is paid: yours, or the psychologist's when the CPAM "
                       "pays them directly."),
     QT_TRANSLATE_NOOP("carnet::AidRules", "Add the RIB of whoever will be paid.")},
    {"cmp-refusal", QT_TRANSLATE_NOOP("carnet::AidRules", "A CMP's written refusal"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "A letter from a centre médico-psychologique (CMP) saying it cannot take "
                       "you in."),
     QT_TRANSLATE_NOOP("carnet::AidRules", "Ask a CMP for a written refusal to take you in.")},
    {"household", QT_TRANSLATE_NOOP("carnet::AidRules", "Household composition and income"),
     QT_TRANSLATE_NOOP("carnet::AidRules", "Who lives with you, and each person's income."),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Write down your household's composition and each person's income.")},
}};

struct Text
{
    const char* key;
    const char* text;
};

constexpr std::array<Text, 3> kVariants{{
    {"tax-notice", QT_TRANSLATE_NOOP("carnet::AidRules", "latest avis d'imposition")},
    {"rsa", QT_TRANSLATE_NOOP("carnet::AidRules", "RSA statements of the last 3 months")},
    {"c2s", QT_TRANSLATE_NOOP("carnet::AidRules", "C2S attestation")},
}};

constexpr std::array<Text, 9> kAdvice{{
    {"not-listed",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Psychological care need not be listed on the caisse's form to be asked "
                       "for: it was granted in Meuse although the form does not name it.")},
    {"quote-before",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "The answer can take months. Either wait for it before the first sessions, "
                       "or advance the fees knowing the aid may be refused. Some caisses want the "
                       "quote before any expense.")},
    {"invoices",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Once granted, the aid is paid on invoices: either you send them (grouped) "
                       "to your caisse, or the caisse pays the psychologist directly.")},
    {"meuse-form",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Meuse: the caisse has its own form (version of 19 June 2020).")},
    {"paris-form",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Paris: the link to the form on ameli has been broken; Carnet knows the "
                       "direct address of the form.")},
    {"isere-cmp",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Isère: the caisse may fund psychology when a centre médico-psychologique "
                       "(CMP) refused to take you in, on a prescription: ask the CMP for a written "
                       "refusal.")},
    {"aisne-ceilings",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Aisne: the caisse publishes its income ceilings: check them on its page.")},
    {"bas-rhin-exclusions",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Bas-Rhin: the caisse refuses above its income ceiling, when less than "
                       "30 € is left to pay, and to AME beneficiaries; it asks for the household's "
                       "composition and for the total cost with the CPAM and mutuelle shares.")},
    {"rhone-exclusion",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Rhône: the caisse writes that psychology sessions cannot be funded by "
                       "this aid.")},
}};

} // namespace

namespace detail {

QString translated(const char* text)
{
    return QCoreApplication::translate("carnet::AidRules", text);
}

const ItemText* itemText(const QString& key)
{
    for (const auto& t : kItemTexts) {
        if (key == QLatin1String(t.key))
            return &t;
    }
    return nullptr;
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString monthName(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

} // namespace detail

using detail::itemText;
using detail::translated;

QList<ChecklistItem> defaultChecklist(const QString& departmentCode, const AidCatalogue& catalogue)
{
    QList<ChecklistItem> items;
    const QStringList keys = catalogue.itemKeys(departmentCode);
    for (const auto& key : keys) {
        ChecklistItem item;
        item.key = key;
        items.append(item);
    }
    return items;
}

int maxAgeMonths(const ChecklistItem& item, const AidSettings& settings,
                 const AidCatalogue& catalogue)
{
    const AidItemSpec* spec = catalogue.item(item.key);
    if (!spec)
        return 0;
    QString setting = spec->maxAgeSetting;
    if (const auto* variant = spec->variant(item.variant))
        setting = variant->maxAgeSetting;
    if (setting.isEmpty())
        return 0;
    return settings.value(setting).value_or(0);
}

QDate staleOn(const ChecklistItem& item, const AidSettings& settings, const AidCatalogue& catalogue)
{
    const int months = maxAgeMonths(item, settings, catalogue);
    if (months <= 0 || !item.documentDate.isValid())
        return {};
    return item.documentDate.addMonths(months).addDays(1);
}

QList<AidChecklistLine> checklist(const AidRequest& request, QDate today,
                                  const AidSettings& settings, const AidCatalogue& catalogue)
{
    QStringList keys = catalogue.itemKeys(request.departmentCode);
    for (const auto& item : request.checklist) {
        if (!keys.contains(item.key))
            keys << item.key;
    }
    QList<AidChecklistLine> lines;
    for (const auto& key : std::as_const(keys)) {
        AidChecklistLine line;
        if (const ChecklistItem* stored = request.item(key))
            line.item = *stored;
        else
            line.item.key = key;
        line.label = itemLabel(key);
        if (!line.item.variant.isEmpty()) {
            //: A document and which kind of it ("Proof of income: latest avis d'imposition")
            line.label = QCoreApplication::translate("carnet::AidRules", "%1: %2")
                             .arg(line.label, variantLabel(line.item.variant));
        }
        line.hint = itemHint(key);
        const AidItemSpec* spec = catalogue.item(key);
        line.required = spec ? spec->required : false;
        line.maxAgeMonths = maxAgeMonths(line.item, settings, catalogue);
        if (line.item.isInHand()) {
            line.staleOn = staleOn(line.item, settings, catalogue);
            line.stale = line.staleOn.isValid() && today >= line.staleOn;
        }
        lines.append(line);
    }
    return lines;
}

QString itemLabel(const QString& key)
{
    if (const ItemText* text = itemText(key))
        return translated(text->label);
    return key;
}

QString itemHint(const QString& key)
{
    if (const ItemText* text = itemText(key))
        return translated(text->hint);
    return {};
}

QString variantLabel(const QString& variant)
{
    for (const auto& t : kVariants) {
        if (variant == QLatin1String(t.key))
            return translated(t.text);
    }
    return variant;
}

QString adviceText(const QString& adviceId)
{
    for (const auto& t : kAdvice) {
        if (adviceId == QLatin1String(t.key))
            return translated(t.text);
    }
    return {};
}

QString decisionText(AidDecision decision)
{
    switch (decision) {
    case AidDecision::Pending:
        return QCoreApplication::translate("carnet::AidRules", "No answer yet");
    case AidDecision::Granted:
        return QCoreApplication::translate("carnet::AidRules", "Granted");
    case AidDecision::Partial:
        return QCoreApplication::translate("carnet::AidRules", "Partly granted");
    case AidDecision::Refused:
        return QCoreApplication::translate("carnet::AidRules", "Refused");
    }
    return {};
}

QString checklistStatusText(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Missing:
        return QCoreApplication::translate("carnet::AidRules", "Missing");
    case ChecklistStatus::Requested:
        return QCoreApplication::translate("carnet::AidRules", "Asked for");
    case ChecklistStatus::Received:
        return QCoreApplication::translate("carnet::AidRules", "Received");
    case ChecklistStatus::Attached:
        return QCoreApplication::translate("carnet::AidRules", "Attached");
    }
    return {};
}

QString uncertaintyText()
{
    return QCoreApplication::translate(
        "carnet::AidRules",
        "Each CPAM sets its own rules for this aid and publishes little about them. The documents, "
        "delays and validity Carnet shows come from people's accounts, not from an official "
        "text: check your CPAM's page, and change the delays in the settings if your letter "
        "says otherwise.");
}

} // namespace carnet::AidRules
