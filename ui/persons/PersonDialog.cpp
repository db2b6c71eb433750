#include "persons/PersonDialog.h"

#include "persons/EligibilityNote.h"
#include "shell/MessageBox.h"
#include "shell/OptionalDateEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace carnet {

namespace {

const CoverageKind kCoverageKinds[] = {
    CoverageKind::Standard, CoverageKind::C2S,       CoverageKind::AME,
    CoverageKind::ALD,      CoverageKind::Maternity, CoverageKind::ATMP,
};

enum CoverageColumn
{
    KindColumn,
    FromColumn,
    ToColumn,
};

} // namespace

PersonDialog::PersonDialog(const Person& person, QDate today, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_original(person)
    , m_today(today)
    , m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id == 0 ? tr("Add a person") : tr("Edit a person"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(person.name, this);
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);

    m_birthDate = new OptionalDateEdit(tr("not given"), this);
    m_birthDate->setObjectName(QStringLiteral("personBirthDate"));
    m_birthDate->setAccessibleName(tr("Birth date"));
    m_birthDate->setMaximumDate(today.isValid() ? today : QDate::currentDate());
    m_birthDate->setDate(person.birthDate);
    form->addRow(tr("&Birth date:"), m_birthDate);

    m_relation = new QComboBox(this);
    m_relation->setObjectName(QStringLiteral("personRelation"));
    m_relation->setAccessibleName(tr("Relation"));
    m_relation->addItem(tr("Myself"), int(Relation::Self));
    m_relation->addItem(tr("My child"), int(Relation::Child));
    m_relation->addItem(tr("Someone else"), int(Relation::Other));
    m_relation->setCurrentIndex(m_relation->findData(int(person.relation)));
    form->addRow(tr("&Who is it:"), m_relation);

    m_nir = new QLineEdit(person.nir, this);
    m_nir->setObjectName(QStringLiteral("personNir"));
    m_nir->setAccessibleName(tr("Social security number (optional)"));
    m_nir->setPlaceholderText(tr("optional, 15 characters"));
    form->addRow(tr("Social &security number:"), m_nir);

    m_mutuelle = new QLineEdit(person.mutuelle, this);
    m_mutuelle->setObjectName(QStringLiteral("personMutuelle"));
    m_mutuelle->setAccessibleName(tr("Mutuelle (leave empty if none)"));
    m_mutuelle->setPlaceholderText(tr("none"));
    m_mutuelle->setToolTip(tr("The name of the complementary health insurer. Leave empty if "
                              "there is none."));
    form->addRow(tr("&Mutuelle:"), m_mutuelle);

    // Coverage situations
    auto* coverageLabel = new QLabel(
        tr("&Cover situations (C2S, AME, ALD, maternity, work accident): leave empty for the "
           "standard cover (60 % CPAM, 40 % mutuelle)."),
        this);
    coverageLabel->setWordWrap(true);
    layout->addWidget(coverageLabel);
    m_coverage = new QTableWidget(0, 3, this);
    m_coverage->setObjectName(QStringLiteral("coverageTable"));
    m_coverage->setAccessibleName(tr("Cover situations"));
    m_coverage->setHorizontalHeaderLabels({tr("Situation"), tr("From"), tr("Until")});
    m_coverage->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_coverage->verticalHeader()->hide();
    m_coverage->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_coverage->setSelectionMode(QAbstractItemView::SingleSelection);
    m_coverage->setTabKeyNavigation(false);
    m_coverage->setMinimumHeight(110);
    coverageLabel->setBuddy(m_coverage);
    layout->addWidget(m_coverage);

    auto* coverageButtons = new QHBoxLayout;
    m_addCoverage = new QPushButton(tr("&Add a situation"), this);
    m_addCoverage->setObjectName(QStringLiteral("coverageAdd"));
    m_removeCoverage = new QPushButton(tr("Remove the situation"), this);
    m_removeCoverage->setObjectName(QStringLiteral("coverageRemove"));
    m_removeCoverage->setEnabled(false);
    coverageButtons->addWidget(m_addCoverage);
    coverageButtons->addWidget(m_removeCoverage);
    coverageButtons->addStretch(1);
    layout->addLayout(coverageButtons);

    auto* notesLabel = new QLabel(tr("N&otes:"), this);
    layout->addWidget(notesLabel);
    m_notes = new QPlainTextEdit(person.notes, this);
    m_notes->setObjectName(QStringLiteral("personNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(m_notes);

    m_eligibility = new QLabel(this);
    m_eligibility->setObjectName(QStringLiteral("eligibilityNote"));
    m_eligibility->setWordWrap(true);
    m_eligibility->setFrameShape(QFrame::StyledPanel);
    m_eligibility->setMargin(6);
    m_eligibility->hide();
    layout->addWidget(m_eligibility);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("personButtons"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    connect(m_addCoverage, &QPushButton::clicked, this, qOverload<>(&PersonDialog::addCoverageRow));
    connect(m_removeCoverage, &QPushButton::clicked, this, &PersonDialog::removeCoverageRow);
    connect(m_coverage, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeCoverage->setEnabled(!m_coverage->selectionModel()->selectedRows().isEmpty());
    });
    connect(m_coverage, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeCoverage->setEnabled(row >= 0); });
    // The focus in a row's widget makes it the current row, so "Remove" knows which one.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        for (int r = 0; now && r < m_coverage->rowCount(); ++r) {
            for (int c = 0; c < m_coverage->columnCount(); ++c) {
                QWidget* w = m_coverage->cellWidget(r, c);
                if (w && (w == now || w->isAncestorOf(now))) {
                    m_coverage->setCurrentCell(r, c);
                    return;
                }
            }
        }
    });
    connect(m_birthDate, &OptionalDateEdit::dateChanged, this,
            &PersonDialog::updateEligibilityNote);
    connect(m_relation, &QComboBox::currentIndexChanged, this,
            &PersonDialog::updateCalendarReference);
    connect(m_name, &QLineEdit::textChanged, this, &PersonDialog::updateEligibilityNote);

    setTabOrder(m_name, m_birthDate);
    setTabOrder(m_birthDate, m_relation);
    setTabOrder(m_relation, m_nir);
    setTabOrder(m_nir, m_mutuelle);
    setTabOrder(m_mutuelle, m_coverage);
    setTabOrder(m_coverage, m_addCoverage);
    setTabOrder(m_addCoverage, m_removeCoverage);
    setTabOrder(m_removeCoverage, m_notes);
    // Rows last: addCoverageRow() puts each row's fields after the table or the row above.
    for (const CoveragePeriod& period : person.coverage)
        addCoverageRow(period);

    updateEligibilityNote();
    updateCalendarReference();
    m_name->setFocus();
    resize(560, 560);
}

void PersonDialog::addCoverageRow()
{
    CoveragePeriod period;
    period.kind = CoverageKind::C2S;
    period.from = m_today;
    addCoverageRow(period);
    m_coverage->setCurrentCell(m_coverage->rowCount() - 1, KindColumn);
    if (QWidget* kind = m_coverage->cellWidget(m_coverage->rowCount() - 1, KindColumn))
        kind->setFocus();
}

void PersonDialog::addCoverageRow(const CoveragePeriod& period)
{
    const int row = m_coverage->rowCount();
    m_coverage->insertRow(row);

    auto* kind = new QComboBox(m_coverage);
    kind->setAccessibleName(tr("Situation"));
    for (CoverageKind k : kCoverageKinds) {
        QString label;
        switch (k) {
        case CoverageKind::Standard:
            label = tr("Standard (60 % CPAM)");
            break;
        case CoverageKind::C2S:
            label = tr("C2S (complémentaire santé solidaire)");
            break;
        case CoverageKind::AME:
            label = tr("AME (aide médicale de l'État)");
            break;
        case CoverageKind::ALD:
            label = tr("ALD (long-term illness, care linked to it)");
            break;
        case CoverageKind::Maternity:
            label = tr("Maternity (from the 6th month)");
            break;
        case CoverageKind::ATMP:
            label = tr("Work accident or occupational disease");
            break;
        }
        kind->addItem(label, int(k));
    }
    kind->setCurrentIndex(kind->findData(int(period.kind)));
    m_coverage->setCellWidget(row, KindColumn, kind);

    auto* from = new OptionalDateEdit(tr("always"), m_coverage);
    from->setAccessibleName(tr("From"));
    from->setDate(period.from);
    m_coverage->setCellWidget(row, FromColumn, from);

    auto* to = new OptionalDateEdit(tr("still running"), m_coverage);
    to->setAccessibleName(tr("Until"));
    to->setDate(period.to);
    m_coverage->setCellWidget(row, ToColumn, to);

    // Tab goes through the row's fields right after the rows above it (a widget made now
    // would otherwise come last, after OK and Cancel).
    kind->setObjectName(QStringLiteral("coverageKind%1").arg(row));
    from->setObjectName(QStringLiteral("coverageFrom%1").arg(row));
    to->setObjectName(QStringLiteral("coverageUntil%1").arg(row));
    QWidget* previous = row > 0 ? m_coverage->cellWidget(row - 1, ToColumn) : nullptr;
    setTabOrder(previous ? previous : m_coverage, kind);
    setTabOrder(kind, from);
    setTabOrder(from, to);
}

void PersonDialog::removeCoverageRow()
{
    const int row = m_coverage->currentRow();
    if (row < 0)
        return;
    m_coverage->removeRow(row);
    m_removeCoverage->setEnabled(m_coverage->rowCount() > 0 && m_coverage->currentRow() >= 0);
}

void PersonDialog::updateCalendarReference()
{
    // The birth date's calendar opens near a likely year rather than on today's month.
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const bool child = Relation(m_relation->currentData().toInt()) == Relation::Child;
    m_birthDate->setCalendarReference(today.addYears(child ? -8 : -30));
}

void PersonDialog::updateEligibilityNote()
{
    const QString note = EligibilityNote::forPerson(person(), m_today);
    m_eligibility->setText(note);
    m_eligibility->setVisible(!note.isEmpty());
}

Person PersonDialog::person() const
{
    Person p = m_original;
    p.name = m_name->text();
    p.birthDate = m_birthDate->date();
    p.relation = Relation(m_relation->currentData().toInt());
    p.nir = m_nir->text();
    p.mutuelle = m_mutuelle->text();
    p.notes = m_notes->toPlainText();
    p.coverage.clear();
    for (int row = 0; row < m_coverage->rowCount(); ++row) {
        CoveragePeriod period;
        const auto* kind = qobject_cast<QComboBox*>(m_coverage->cellWidget(row, KindColumn));
        const auto* from = qobject_cast<OptionalDateEdit*>(m_coverage->cellWidget(row, FromColumn));
        const auto* to = qobject_cast<OptionalDateEdit*>(m_coverage->cellWidget(row, ToColumn));
        period.kind = CoverageKind(kind->currentData().toInt());
        period.from = from->date();
        period.to = to->date();
        p.coverage.append(period);
    }
    return p;
}

QWidget* PersonDialog::fieldFor(const QString& field) const
{
    if (field == QLatin1String("name"))
        return m_name;
    if (field == QLatin1String("birth_date"))
        return m_birthDate;
    if (field == QLatin1String("relation"))
        return m_relation;
    if (field == QLatin1String("nir"))
        return m_nir;
    if (field == QLatin1String("mutuelle"))
        return m_mutuelle;
    if (field.startsWith(QLatin1String("coverage")))
        return m_coverage;
    if (field == QLatin1String("notes"))
        return m_notes;
    return nullptr;
}

void PersonDialog::accept()
{
    // A date typed wrong is not taken for "no date".
    for (auto* date : findChildren<OptionalDateEdit*>()) {
        if (!date->hasAcceptableInput()) {
            MessageBox::warning(this, windowTitle(),
                                tr("“%1” is not a date. Type it like %2, or leave the field "
                                   "empty.")
                                    .arg(date->lineEdit()->text(), OptionalDateEdit::example()));
            date->setFocus();
            return;
        }
    }
    const Result<void> applied = m_apply ? m_apply(person()) : Result<void>();
    if (!applied) {
        // Already shown (AppContext::reportError): stay open on the faulty field.
        if (QWidget* field = fieldFor(applied.error().field))
            field->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace carnet
