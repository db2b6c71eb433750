#include "settings/SettingsDialog.h"

#include "commands/ChangeSettingsCommand.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SettingsService.h"
#include "shell/AppContext.h"
#include "shell/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace carnet {

namespace {
QSpinBox* daysBox(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(0, 730);
    return box;
}

// The label of each AFI delay (AidSettings::names()).
QString aidDelayLabel(const QString& name)
{
    if (name == QLatin1String("answerExpectedMonths"))
        return SettingsDialog::tr("Answer to a request expected after (months)");
    if (name == QLatin1String("validityMonths"))
        return SettingsDialog::tr("A grant is valid for (months)");
    if (name == QLatin1String("incomeProofMaxAgeMonths"))
        return SettingsDialog::tr("Income proofs no older than (months)");
    if (name == QLatin1String("taxNoticeMaxAgeMonths"))
        return SettingsDialog::tr("Tax notice no older than (months)");
    if (name == QLatin1String("lodgingProofMaxAgeMonths"))
        return SettingsDialog::tr("Lodging certificate no older than (months)");
    if (name == QLatin1String("quoteMaxAgeMonths"))
        return SettingsDialog::tr("Quote no older than (months)");
    if (name == QLatin1String("expiryWarningDays"))
        return SettingsDialog::tr("Warn before a grant expires (days)");
    if (name == QLatin1String("appealAnswerExpectedMonths"))
        return SettingsDialog::tr("Answer to an appeal expected after (months)");
    return name;
}
} // namespace

SettingsDialog::SettingsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    CarnetFile* service = m_context.file();
    const bool writable = service && !m_context.isReadOnly();

    // Late payments (per file)
    auto* lateBox = new QGroupBox(tr("When is a payment late? (this file)"), this);
    auto* lateForm = new QFormLayout(lateBox);
    m_paperDays = daysBox(QStringLiteral("paperLateDays"),
                          tr("Days after sending a paper care sheet"), lateBox);
    m_electronicDays = daysBox(QStringLiteral("electronicLateDays"),
                               tr("Days after an electronic care sheet"), lateBox);
    m_mutuelleDays = daysBox(QStringLiteral("mutuelleLateDays"),
                             tr("Days for the mutuelle after the CPAM paid"), lateBox);
    m_deadlineDays = daysBox(QStringLiteral("sendingDeadlineWarnDays"),
                             tr("Days before the 2-year claim limit to warn"), lateBox);
    lateForm->addRow(tr("&Paper care sheet: late after (days)"), m_paperDays);
    lateForm->addRow(tr("&Electronic care sheet: late after (days)"), m_electronicDays);
    lateForm->addRow(tr("&Mutuelle, after the CPAM paid: late after (days)"), m_mutuelleDays);
    lateForm->addRow(tr("&Warn before the 2-year claim limit (days)"), m_deadlineDays);
    if (service) {
        const StatusSettings settings = service->settings().statusSettings();
        m_paperDays->setValue(settings.paperLateDays);
        m_electronicDays->setValue(settings.electronicLateDays);
        m_mutuelleDays->setValue(settings.mutuelleLateDays);
        m_deadlineDays->setValue(settings.sendingDeadlineWarnDays);
    }
    lateBox->setEnabled(writable);
    layout->addWidget(lateBox);

    // The AFI's delays (per file)
    auto* aidBox = new QGroupBox(tr("Individual financial aid (AFI) delays (this file)"), this);
    auto* aidForm = new QFormLayout(aidBox);
    const AidSettings aid = service ? service->settings().aidSettings() : AidSettings();
    for (const QString& name : AidSettings::names()) {
        auto* box = new QSpinBox(aidBox);
        box->setObjectName(QStringLiteral("aid_") + name);
        box->setAccessibleName(aidDelayLabel(name));
        box->setRange(0, 120);
        box->setValue(aid.value(name).value_or(0));
        aidForm->addRow(aidDelayLabel(name), box);
        m_aidDelays.insert(name, box);
    }
    aidBox->setEnabled(writable);
    layout->addWidget(aidBox);

    // Default psychologist (per file)
    auto* psyBox = new QGroupBox(tr("New sessions (this file)"), this);
    auto* psyForm = new QFormLayout(psyBox);
    m_psychologist = new QComboBox(psyBox);
    m_psychologist->setObjectName(QStringLiteral("defaultPsychologist"));
    m_psychologist->setAccessibleName(tr("Default psychologist"));
    m_psychologist->addItem(tr("The person's usual psychologist"), qint64(0));
    if (service) {
        for (const Practitioner& p : service->people().practitioners()) {
            if (p.role == PractitionerRole::Psychologist)
                m_psychologist->addItem(p.name, p.id);
        }
        const int index = m_psychologist->findData(m_context.defaultPsychologist());
        m_psychologist->setCurrentIndex(index < 0 ? 0 : index);
    }
    psyForm->addRow(tr("Default ps&ychologist:"), m_psychologist); // Alt+P is the paper delay
    psyBox->setEnabled(service != nullptr);
    layout->addWidget(psyBox);

    // Language (this computer)
    auto* languageBox = new QGroupBox(tr("Language"), this);
    auto* languageForm = new QFormLayout(languageBox);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageSetting"));
    m_language->setAccessibleName(tr("Language of the interface"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int languageIndex = m_language->findData(languageSetting());
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    languageForm->addRow(tr("&Language:"), m_language);
    auto* restart = new QLabel(tr("A change of language takes effect the next time Carnet starts."),
                               languageBox);
    restart->setWordWrap(true);
    languageForm->addRow(restart);
    layout->addWidget(languageBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::accept()
{
    CarnetFile* service = m_context.file();
    if (service && !m_context.isReadOnly()) {
        StatusSettings status = service->settings().statusSettings();
        status.paperLateDays = m_paperDays->value();
        status.electronicLateDays = m_electronicDays->value();
        status.mutuelleLateDays = m_mutuelleDays->value();
        status.sendingDeadlineWarnDays = m_deadlineDays->value();
        AidSettings aid = service->settings().aidSettings();
        for (auto it = m_aidDelays.cbegin(); it != m_aidDelays.cend(); ++it)
            aid.setValue(it.key(), it.value()->value());
        auto command = std::make_unique<ChangeSettingsCommand>(*service, status, aid);
        // A refusal is shown (AppContext::reportError) and the dialog stays open.
        if (command->changesSomething() && !ServiceCommand::push(m_context, std::move(command)))
            return;
    }
    // Preferences of this computer (QSettings), not data of the file: outside the undo stack.
    if (service)
        m_context.setDefaultPsychologist(m_psychologist->currentData().toLongLong());
    setLanguageSetting(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace carnet
