#include "persons/PersonsDialog.h"

#include "commands/AddPersonCommand.h"
#include "commands/ArchivePersonCommand.h"
#include "commands/EditPersonCommand.h"
#include "commands/RemovePersonCommand.h"
#include "persons/EligibilityNote.h"
#include "persons/PersonDialog.h"
#include "persons/PersonMatchProxyModel.h"
#include "read/ReadSide.h"
#include "rules/TextMatch.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "shell/AppContext.h"
#include "shell/MessageBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace carnet {

namespace {
enum Column
{
    NameColumn,
    RelationColumn,
    BirthColumn,
    MutuelleColumn,
    DueColumn,
    ColumnCount,
};
} // namespace

PersonsDialog::PersonsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("personsDialog"));
    setWindowTitle(tr("Persons"));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The persons whose care this file follows: you, a child (3 or "
                                "older for Mon soutien psy), someone you help."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setAccessibleName(tr("Find a person"));
    m_search->setPlaceholderText(tr("Any part of a name"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    m_showArchived = new QCheckBox(tr("S&how archived"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showArchived);
    layout->addLayout(searchRow);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("personsTable"));
    m_table->setAccessibleName(tr("Persons"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Who"), tr("Birth date"), tr("Mutuelle"), tr("To do")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editPersonButton"));
    m_archive = new QPushButton(tr("Ar&chive"), this);
    m_archive->setObjectName(QStringLiteral("archivePersonButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removePersonButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, &PersonsDialog::addClicked);
    connect(m_edit, &QPushButton::clicked, this, &PersonsDialog::editClicked);
    connect(m_archive, &QPushButton::clicked, this, &PersonsDialog::archiveClicked);
    connect(m_remove, &QPushButton::clicked, this, &PersonsDialog::removeClicked);
    connect(m_table, &QTableWidget::itemActivated, this, &PersonsDialog::editClicked);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PersonsDialog::updateButtons);
    connect(m_search, &QLineEdit::textChanged, this, &PersonsDialog::search);
    connect(m_showArchived, &QCheckBox::toggled, this, &PersonsDialog::refresh);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_context, &AppContext::dataChanged, this, &PersonsDialog::refresh);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    refresh();
    m_search->setFocus();
    resize(680, 420);
}

void PersonsDialog::refresh()
{
    const qint64 keep = selectedPerson() ? selectedPerson() : m_context.currentPerson();
    m_table->setRowCount(0);
    CarnetFile* service = m_context.file();
    QList<PersonChoice> persons;
    if (service) {
        PersonChoiceFilter filter;
        filter.includeArchived = m_showArchived->isChecked();
        if (auto found = service->read().personChoices(filter))
            persons = std::move(found.value());
    }
    const QLocale locale;
    for (const PersonChoice& choice : std::as_const(persons)) {
        const Person& person = choice.person;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(person.archived ? tr("%1 (archived)").arg(choice.label)
                                                          : choice.label);
        name->setData(PersonMatchProxyModel::PersonIdRole, person.id);
        name->setData(PersonMatchProxyModel::SearchTextRole, choice.searchText);
        name->setData(PersonMatchProxyModel::ArchivedRole, person.archived);
        m_table->setItem(row, NameColumn, name);
        QString relation;
        switch (person.relation) {
        case Relation::Self:
            relation = tr("Myself");
            break;
        case Relation::Child:
            relation = tr("My child");
            break;
        case Relation::Other:
            relation = tr("Someone else");
            break;
        }
        m_table->setItem(row, RelationColumn, new QTableWidgetItem(relation));
        m_table->setItem(
            row, BirthColumn,
            new QTableWidgetItem(locale.toString(person.birthDate, QLocale::ShortFormat)));
        m_table->setItem(row, MutuelleColumn,
                         new QTableWidgetItem(person.hasMutuelle() ? person.mutuelle : tr("none")));
        auto* due = new QTableWidgetItem(choice.dueCount > 0 ? locale.toString(choice.dueCount)
                                                             : QString());
        due->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (choice.dueCount > 0)
            due->setToolTip(tr("%n thing(s) to do", nullptr, choice.dueCount));
        m_table->setItem(row, DueColumn, due);
        if (person.archived) {
            for (int column = 0; column < ColumnCount; ++column) {
                QTableWidgetItem* item = m_table->item(row, column);
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            }
        }
        if (person.id == keep)
            m_table->selectRow(row);
    }
    search();
}

void PersonsDialog::search()
{
    const QStringList words = TextMatch::words(m_search->text());
    int firstShown = -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text =
            m_table->item(row, NameColumn)->data(PersonMatchProxyModel::SearchTextRole).toString();
        const bool shown = TextMatch::matchesFolded(text, words);
        m_table->setRowHidden(row, !shown);
        if (shown && firstShown < 0)
            firstShown = row;
    }
    // The selection follows the search: the first person shown when the selected one is not.
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_table->isRowHidden(rows.constFirst().row())) {
        m_table->clearSelection();
        if (firstShown >= 0 && !words.isEmpty())
            m_table->selectRow(firstShown);
    }
    updateButtons();
}

void PersonsDialog::updateButtons()
{
    const bool writable = m_context.file() && !m_context.isReadOnly();
    m_add->setEnabled(writable);
    const bool selected = selectedPerson() != 0;
    m_edit->setEnabled(selected && writable);
    m_remove->setEnabled(selected && writable);
    m_archive->setEnabled(selected && writable);
    m_archive->setText(selected && selectedIsArchived() ? tr("Un&archive") : tr("Ar&chive"));
}

qint64 PersonsDialog::selectedPerson() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QTableWidgetItem* item = m_table->item(rows.constFirst().row(), NameColumn);
    return item ? item->data(PersonMatchProxyModel::PersonIdRole).toLongLong() : 0;
}

bool PersonsDialog::selectedIsArchived() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const QTableWidgetItem* item = m_table->item(rows.constFirst().row(), NameColumn);
    return item && item->data(PersonMatchProxyModel::ArchivedRole).toBool();
}

void PersonsDialog::addClicked()
{
    addPerson(m_context, this);
}

void PersonsDialog::editClicked()
{
    if (const qint64 id = selectedPerson())
        editPerson(m_context, id, this);
}

void PersonsDialog::removeClicked()
{
    if (const qint64 id = selectedPerson())
        removePerson(m_context, id, this);
}

void PersonsDialog::archiveClicked()
{
    if (const qint64 id = selectedPerson())
        setArchived(m_context, id, !selectedIsArchived());
}

qint64 PersonsDialog::addPerson(AppContext& context, QWidget* parent)
{
    CarnetFile* service = context.file();
    if (!service || context.isReadOnly())
        return 0;
    qint64 added = 0;
    Person blank;
    blank.relation = service->people().persons().isEmpty() ? Relation::Self : Relation::Child;
    PersonDialog dialog(
        blank, service->today(),
        [&context, service, &added](const Person& person) -> Result<void> {
            auto command = std::make_unique<AddPersonCommand>(*service, person);
            const AddPersonCommand* adding = command.get();
            Error refusal;
            if (!ServiceCommand::push(context, std::move(command), &refusal))
                return refusal;
            added = adding->personId();
            return {};
        },
        parent);
    if (dialog.exec() != QDialog::Accepted || added == 0)
        return 0;
    context.setCurrentPerson(added);
    if (const auto person = service->people().person(added)) {
        const QString note = EligibilityNote::forPerson(*person, service->today());
        if (!note.isEmpty())
            MessageBox::information(parent, tr("Not old enough for Mon soutien psy yet"), note);
    }
    return added;
}

bool PersonsDialog::editPerson(AppContext& context, qint64 personId, QWidget* parent)
{
    CarnetFile* service = context.file();
    if (!service || context.isReadOnly())
        return false;
    const auto person = service->people().person(personId);
    if (!person)
        return false;
    PersonDialog dialog(
        *person, service->today(),
        [&context, service, before = *person](const Person& edited) -> Result<void> {
            if (edited == before)
                return {}; // nothing changed: nothing to undo
            Error refusal;
            if (!ServiceCommand::push(context,
                                      std::make_unique<EditPersonCommand>(*service, before, edited),
                                      &refusal))
                return refusal;
            return {};
        },
        parent);
    return dialog.exec() == QDialog::Accepted;
}

bool PersonsDialog::removePerson(AppContext& context, qint64 personId, QWidget* parent)
{
    CarnetFile* service = context.file();
    if (!service || context.isReadOnly())
        return false;
    const auto person = service->people().person(personId);
    if (!person)
        return false;
    const auto answer = MessageBox::ask(
        parent, QMessageBox::Question, tr("Remove a person"),
        tr("Remove %1 from this file? You can undo it (Edit menu).").arg(person->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, tr("Remove")}});
    if (answer != QMessageBox::Yes)
        return false;
    return ServiceCommand::push(context, std::make_unique<RemovePersonCommand>(*service, personId));
}

bool PersonsDialog::setArchived(AppContext& context, qint64 personId, bool archived)
{
    CarnetFile* service = context.file();
    if (!service || context.isReadOnly())
        return false;
    return ServiceCommand::push(
        context, std::make_unique<ArchivePersonCommand>(*service, personId, archived));
}

} // namespace carnet
