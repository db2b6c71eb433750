#include "wizards/CarePathPersonPage.h"

#include "persons/EligibilityNote.h"
#include "read/ReadSide.h"
#include "rules/Validation.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "shell/AppContext.h"
#include "shell/OptionalDateEdit.h"
#include "wizards/CarePathUi.h"
#include "wizards/CarePathWizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace carnet {

using namespace CarePathUi;

CarePathPersonPage::CarePathPersonPage(CarePathWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("carePathPersonPage"));
    setTitle(tr("For whom?"));
    setSubTitle(tr("Mon soutien psy covers sessions with a psychologist for anyone aged 3 or "
                   "more, for a calendar year. Choose who the care is for."));

    auto* layout = new QVBoxLayout(this);

    m_existing = new QRadioButton(tr("A &person already in this file:"), this);
    m_existing->setObjectName(QStringLiteral("carePathExistingPerson"));
    m_existing->setAccessibleName(tr("A person already in this file"));
    m_persons = new QComboBox(this);
    m_persons->setObjectName(QStringLiteral("carePathPersonCombo"));
    m_persons->setAccessibleName(tr("Person"));
    layout->addWidget(m_existing);
    layout->addWidget(m_persons);

    m_new = new QRadioButton(tr("&Someone new:"), this);
    m_new->setObjectName(QStringLiteral("carePathNewPerson"));
    m_new->setAccessibleName(tr("Someone new"));
    layout->addWidget(m_new);
    auto* group = new QButtonGroup(this);
    group->addButton(m_existing);
    group->addButton(m_new);

    m_newBox = new QWidget(this);
    m_newBox->setObjectName(QStringLiteral("carePathNewPersonBox"));
    auto* form = new QFormLayout(m_newBox);
    form->setContentsMargins(24, 0, 0, 0);
    m_name = new QLineEdit(m_newBox);
    m_name->setObjectName(QStringLiteral("carePathPersonName"));
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);

    m_birthDate = new OptionalDateEdit(tr("not given"), m_newBox);
    m_birthDate->setObjectName(QStringLiteral("carePathBirthDate"));
    m_birthDate->setAccessibleName(tr("Birth date"));
    if (wizard.today().isValid())
        m_birthDate->setMaximumDate(wizard.today());
    form->addRow(tr("&Birth date:"), m_birthDate);

    m_relation = new QComboBox(m_newBox);
    m_relation->setObjectName(QStringLiteral("carePathRelation"));
    m_relation->setAccessibleName(tr("Relation"));
    m_relation->addItem(tr("Myself"), int(Relation::Self));
    m_relation->addItem(tr("My child"), int(Relation::Child));
    m_relation->addItem(tr("Someone else"), int(Relation::Other));
    form->addRow(tr("&Who is it:"), m_relation);

    m_mutuelle = new QLineEdit(m_newBox);
    m_mutuelle->setObjectName(QStringLiteral("carePathMutuelle"));
    m_mutuelle->setAccessibleName(tr("Mutuelle (leave empty if none)"));
    m_mutuelle->setPlaceholderText(tr("none"));
    form->addRow(tr("&Mutuelle:"), m_mutuelle);

    m_coverage = new QComboBox(m_newBox);
    m_coverage->setObjectName(QStringLiteral("carePathCoverage"));
    m_coverage->setAccessibleName(tr("Cover situation today"));
    for (CoverageKind kind : kCoverageKinds)
        m_coverage->addItem(coverageName(kind), int(kind));
    form->addRow(tr("&Cover today:"), m_coverage);
    layout->addWidget(m_newBox);

    m_eligibility = errorLabel(QStringLiteral("carePathEligibility"), this);
    layout->addWidget(m_eligibility);
    m_yearNote = noticeLabel(QStringLiteral("carePathYearNote"), this);
    layout->addWidget(m_yearNote);

    m_consentBox = new QGroupBox(tr("Parental consent"), this);
    m_consentBox->setObjectName(QStringLiteral("carePathConsentBox"));
    auto* consentForm = new QFormLayout(m_consentBox);
    consentForm->addRow(paragraph(tr("For a minor, the care needs the consent of those who hold "
                                     "parental authority. Write their names: they are recorded "
                                     "with the path."),
                                  m_consentBox));
    m_holder1 = new QLineEdit(m_consentBox);
    m_holder1->setObjectName(QStringLiteral("carePathConsentHolder1"));
    m_holder1->setAccessibleName(tr("Holder of parental authority who consents"));
    consentForm->addRow(tr("&Holder of parental authority:"), m_holder1);
    m_holder2 = new QLineEdit(m_consentBox);
    m_holder2->setObjectName(QStringLiteral("carePathConsentHolder2"));
    m_holder2->setAccessibleName(tr("Second holder of parental authority (optional)"));
    m_holder2->setPlaceholderText(tr("optional"));
    consentForm->addRow(tr("Second &holder (optional):"), m_holder2);
    m_consentBox->hide();
    layout->addWidget(m_consentBox);

    m_error = errorLabel(QStringLiteral("carePathPersonError"), this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    setTabOrder(m_existing, m_persons);
    setTabOrder(m_persons, m_new);
    setTabOrder(m_new, m_name);
    setTabOrder(m_name, m_birthDate);
    setTabOrder(m_birthDate, m_relation);
    setTabOrder(m_relation, m_mutuelle);
    setTabOrder(m_mutuelle, m_coverage);
    setTabOrder(m_coverage, m_holder1);
    setTabOrder(m_holder1, m_holder2);

    connect(m_existing, &QRadioButton::toggled, this, &CarePathPersonPage::updateState);
    connect(m_persons, &QComboBox::currentIndexChanged, this, &CarePathPersonPage::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &CarePathPersonPage::updateState);
    connect(m_birthDate, &OptionalDateEdit::dateChanged, this, &CarePathPersonPage::updateState);
    connect(m_relation, &QComboBox::currentIndexChanged, this, &CarePathPersonPage::updateState);
    connect(m_holder1, &QLineEdit::textChanged, this, &CarePathPersonPage::completeChanged);
}

void CarePathPersonPage::initializePage()
{
    CarnetFile& service = m_wizard.file();
    const QList<Person> persons = service.people().persons();
    m_persons->clear();
    for (const Person& p : persons)
        m_persons->addItem(p.name, p.id);
    const int current = m_persons->findData(m_wizard.context().currentPerson());
    if (current >= 0)
        m_persons->setCurrentIndex(current);
    m_existing->setEnabled(!persons.isEmpty());
    m_persons->setEnabled(!persons.isEmpty());
    if (persons.isEmpty()) {
        m_new->setChecked(true);
        m_relation->setCurrentIndex(m_relation->findData(int(Relation::Self)));
    } else {
        m_existing->setChecked(true);
        m_relation->setCurrentIndex(m_relation->findData(int(Relation::Child)));
    }
    updateState();
}

bool CarePathPersonPage::isNewPerson() const
{
    return m_new->isChecked();
}

Person CarePathPersonPage::person() const
{
    if (!isNewPerson()) {
        const qint64 id = m_persons->currentData().toLongLong();
        return m_wizard.file().people().person(id).value_or(Person{});
    }
    Person p;
    p.name = m_name->text().trimmed();
    p.birthDate = m_birthDate->date();
    p.relation = Relation(m_relation->currentData().toInt());
    p.mutuelle = m_mutuelle->text().trimmed();
    const auto kind = CoverageKind(m_coverage->currentData().toInt());
    if (kind != CoverageKind::Standard)
        p.coverage = {{kind, m_wizard.today(), QDate()}};
    return p;
}

bool CarePathPersonPage::consentRequired() const
{
    return m_wizard.file()
        .read()
        .carePathPreview(person(), std::nullopt, std::nullopt, m_wizard.today())
        .consentRequired;
}

QStringList CarePathPersonPage::consentHolders() const
{
    if (!consentRequired())
        return {};
    QStringList holders;
    for (const QLineEdit* edit : {m_holder1, m_holder2}) {
        if (!edit->text().trimmed().isEmpty())
            holders.append(edit->text().trimmed());
    }
    return holders;
}

QString CarePathPersonPage::yearNote(const Person& person) const
{
    if (person.id == 0)
        return {};
    CarnetFile& service = m_wizard.file();
    const int year = m_wizard.year();
    const std::optional<Regime> regime = m_wizard.regime();
    const auto status = service.read().yearStatus(person.id, year);
    if (status && status->coveredUsed > 0) {
        return tr("%1 already has %n covered session(s) recorded in %2 (%3 left): this completes "
                  "the year under way, whose counter goes on.",
                  nullptr, status->coveredUsed)
            .arg(person.name)
            .arg(year)
            .arg(status->coveredLeft);
    }
    bool earlier = false;
    for (const Session& s : service.sessions().sessions(person.id))
        earlier = earlier || s.date.year() < year;
    if (!earlier || !regime)
        return {};
    return tr("%1 had sessions in an earlier year: this is the renewal for %2. The counter "
              "starts again with the calendar year: %3 covered sessions (1 evaluation and up to "
              "%4 follow-ups). A renewal is best talked over first with the médecin traitant "
              "(or a psychiatrist).")
        .arg(person.name)
        .arg(year)
        .arg(regime->coveredSessionsPerYear)
        .arg(regime->followUpsPerYear);
}

void CarePathPersonPage::updateState()
{
    const bool isNew = isNewPerson();
    m_newBox->setEnabled(isNew);
    m_persons->setEnabled(!isNew && m_persons->count() > 0);
    const Person p = person();
    // The calendar opens near a likely birth year rather than on today's month.
    const QDate today = m_wizard.today().isValid() ? m_wizard.today() : QDate::currentDate();
    m_birthDate->setCalendarReference(today.addYears(p.relation == Relation::Child ? -8 : -30));
    showText(m_eligibility, EligibilityNote::forPerson(p, m_wizard.today()));
    showText(m_yearNote, isNew ? QString() : yearNote(p));
    const bool consent = consentRequired();
    m_consentBox->setVisible(consent);
    if (consent && m_holder1->text().isEmpty()) {
        // The file's own person is often the parent: a suggestion, editable.
        for (const Person& other : m_wizard.file().people().persons()) {
            if (other.relation == Relation::Self && other.id != p.id) {
                m_holder1->setText(other.name);
                break;
            }
        }
    }
    m_error->hide();
    emit completeChanged();
}

bool CarePathPersonPage::isComplete() const
{
    const Person p = person();
    if (p.name.trimmed().isEmpty() || !p.birthDate.isValid())
        return false;
    if (!EligibilityNote::forPerson(p, m_wizard.today()).isEmpty())
        return false;
    return !consentRequired() || !m_holder1->text().trimmed().isEmpty();
}

QWidget* CarePathPersonPage::fieldFor(const QString& field) const
{
    if (field == QLatin1String("name"))
        return m_name;
    if (field == QLatin1String("birth_date"))
        return m_birthDate;
    if (field == QLatin1String("coverage"))
        return m_coverage;
    if (field == QLatin1String("consent_holders"))
        return m_holder1;
    return nullptr;
}

bool CarePathPersonPage::validatePage()
{
    const Person p = person();
    auto refuse = [this](const QString& field, const QString& message) {
        showText(m_error, message);
        if (QWidget* widget = fieldFor(field))
            widget->setFocus();
        return false;
    };
    if (isNewPerson()) {
        const auto valid = Validation::person(p, m_wizard.today());
        if (!valid)
            return refuse(valid.error().field, valid.error().message);
    } else if (p.id == 0) {
        return refuse(QString(), tr("Choose a person."));
    }
    const QString eligibility = EligibilityNote::forPerson(p, m_wizard.today());
    if (!eligibility.isEmpty())
        return refuse(QStringLiteral("birth_date"), eligibility);
    if (consentRequired() && consentHolders().isEmpty()) {
        return refuse(QStringLiteral("consent_holders"),
                      tr("For a minor, write the name of at least one holder of parental "
                         "authority who consents to the care."));
    }
    m_error->hide();
    return true;
}

} // namespace carnet
