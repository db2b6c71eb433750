#include "sessions/SessionsPage.h"

#include "commands/RemoveSessionCommand.h"
#include "persons/PersonsDialog.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "sessions/CareLabels.h"
#include "sessions/QuickEntryDialog.h"
#include "sessions/SessionFilterProxyModel.h"
#include "sessions/SessionTableModel.h"
#include "shell/AppContext.h"
#include "shell/MessageBox.h"
#include "shell/PageHeading.h"
#include "store/Database.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace carnet {

SessionsPage::SessionsPage(AppContext& context, QWidget* parent)
    : LazyPage(context, parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("sessionsPage"));
    auto* layout = new QVBoxLayout(this);

    layout->addWidget(makePageHeading(tr("Sessions"), this));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sessionsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* bar = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New session…"), this);
    m_newButton->setObjectName(QStringLiteral("newSessionButton"));
    m_newButton->setToolTip(tr("Record a session (Ctrl+E)"));
    // Alt+I: Alt+E opens the Edit menu (a shared mnemonic fires neither).
    m_editButton = new QPushButton(tr("Ed&it…"), this);
    m_editButton->setObjectName(QStringLiteral("editSessionButton"));
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteSessionButton"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("sessionFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setAccessibleName(tr("Filter the sessions"));
    m_filter->setClearButtonEnabled(true);
    m_coverage = new QComboBox(this);
    m_coverage->setObjectName(QStringLiteral("coverageFilterCombo"));
    m_coverage->setAccessibleName(tr("Show covered or not covered sessions"));
    m_coverage->addItem(tr("All sessions"), int(SessionFilterProxyModel::Coverage::All));
    m_coverage->addItem(tr("Covered"), int(SessionFilterProxyModel::Coverage::Covered));
    m_coverage->addItem(tr("Not covered"), int(SessionFilterProxyModel::Coverage::NotCovered));
    bar->addWidget(m_newButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_deleteButton);
    bar->addStretch(1);
    bar->addWidget(m_filter);
    bar->addWidget(m_coverage);
    layout->addLayout(bar);

    m_model = new SessionTableModel(this);
    m_proxy = new SessionFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setAccessibleName(tr("Sessions of the year"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionTableModel::DateColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    // The reasons and warnings take the room the other columns leave (their full text is in
    // the tooltip; see reload()).
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    // No shortcut of its own: the window's "I just had a session" (Ctrl+E) reaches this page
    // from anywhere, and Ctrl+N stays "New file" (two actions on one key fire neither).
    m_quickEntryAction = new QAction(tr("Record a session"), this);
    m_quickEntryAction->setObjectName(QStringLiteral("sessionsQuickEntryAction"));
    addAction(m_quickEntryAction);
    m_deleteAction = new QAction(tr("Delete session"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_deleteAction);

    setTabOrder(m_newButton, m_editButton);
    setTabOrder(m_editButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_filter);
    setTabOrder(m_filter, m_coverage);
    setTabOrder(m_coverage, m_table);

    connect(m_newButton, &QPushButton::clicked, this, &SessionsPage::quickEntry);
    connect(m_quickEntryAction, &QAction::triggered, this, &SessionsPage::quickEntry);
    connect(m_editButton, &QPushButton::clicked, this, &SessionsPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &SessionsPage::deleteSelected);
    connect(m_deleteAction, &QAction::triggered, this, &SessionsPage::deleteSelected);
    connect(m_table, &QTableView::activated, this, &SessionsPage::editSelected);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SessionFilterProxyModel::setText);
    connect(m_coverage, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCoverage(SessionFilterProxyModel::Coverage(m_coverage->currentData().toInt()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPage::updateActions);

    connect(&m_context, &AppContext::fileChanged, this, [this] {
        // The model must not keep the closed file's service while the page waits to be shown.
        if (!isVisible())
            m_model->setSource(nullptr, 0, m_context.currentYear());
        invalidate();
    });
    connect(&m_context, &AppContext::currentPersonChanged, this, &SessionsPage::invalidate);
    connect(&m_context, &AppContext::currentYearChanged, this, &SessionsPage::invalidate);
    connect(&m_context, &AppContext::dataChanged, this, &SessionsPage::invalidate);

    invalidate();
}

SessionTableModel* SessionsPage::model()
{
    ensureLoaded();
    return m_model;
}

void SessionsPage::load()
{
    reload();
}

void SessionsPage::updateStaleActions()
{
    updateActions();
}

void SessionsPage::reload()
{
    markLoaded();
    const qint64 selected = selectedSessionId();
    m_model->setSource(m_context.file(), m_context.currentPerson(), m_context.currentYear());
    m_table->resizeColumnsToContents(); // (which leaves no section stretched: set it again)
    m_table->horizontalHeader()->setSectionResizeMode(SessionTableModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    if (selected != 0)
        selectSession(selected);
    updateSummary();
    updateActions();
}

void SessionsPage::updateSummary()
{
    CarnetFile* service = m_context.file();
    if (!service) {
        m_summary->setText(tr("Open or create a Carnet file to record sessions."));
        return;
    }
    const auto person = service->people().person(m_context.currentPerson());
    if (!person) {
        m_summary->setText(tr("Choose or add a person first."));
        return;
    }
    const YearStatus& status = m_model->yearStatus();
    if (status.coveredCap > 0) {
        m_summary->setText(tr("%1, %2: %3 covered sessions used of %4, %5 left.")
                               .arg(person->name)
                               .arg(m_context.currentYear())
                               .arg(status.coveredUsed)
                               .arg(status.coveredCap)
                               .arg(status.coveredLeft));
    } else {
        m_summary->setText(tr("%1, %2.").arg(person->name).arg(m_context.currentYear()));
    }
}

void SessionsPage::updateActions()
{
    // With nobody in the file, "New session" offers to add the person first.
    const bool canAdd = m_context.file() && !m_context.database()->isReadOnly();
    const bool haveSelection = canAdd && selectedSessionId() != 0;
    m_newButton->setEnabled(canAdd);
    m_quickEntryAction->setEnabled(canAdd);
    m_editButton->setEnabled(haveSelection);
    m_deleteButton->setEnabled(haveSelection);
    m_deleteAction->setEnabled(haveSelection);
}

qint64 SessionsPage::selectedSessionId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return 0;
    return current.data(SessionTableModel::SessionIdRole).toLongLong();
}

void SessionsPage::selectSession(qint64 sessionId)
{
    ensureLoaded();
    const int row = m_model->rowOf(sessionId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void SessionsPage::quickEntry()
{
    if (!m_context.file() || m_context.isReadOnly())
        return;
    if (m_context.currentPerson() == 0 && !addAPersonFirst())
        return;
    auto* dialog = new QuickEntryDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Recorded in another year than the one shown: show that year, so it can be seen.
        const int year = dialog->draft().date.year();
        if (year != m_context.currentYear())
            m_context.setCurrentYear(year);
        selectSession(dialog->savedSessionId());
        m_table->setFocus();
    });
    dialog->open();
}

bool SessionsPage::addAPersonFirst()
{
    // An empty file: a session is someone's. Say so, and offer the way there.
    const auto answer = MessageBox::ask(
        this, QMessageBox::Information, tr("Record a session"),
        tr("Nobody is in this file yet, and a session is recorded for someone. Add the person "
           "first (yourself, a child, someone you help); the session comes next."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes,
        {{QMessageBox::Yes, tr("Add a person…")}}, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    return PersonsDialog::addPerson(m_context, this) != 0 && m_context.currentPerson() != 0;
}

void SessionsPage::editSelected()
{
    ensureLoaded();
    CarnetFile* service = m_context.file();
    const qint64 id = selectedSessionId();
    // Enter or a double-click on a row of a read-only file: nothing to edit.
    if (!service || id == 0 || m_context.isReadOnly())
        return;
    const auto session = service->sessions().session(id);
    if (!session)
        return;
    auto* dialog = new QuickEntryDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSession(*session);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        selectSession(id);
        m_table->setFocus();
    });
    dialog->open();
}

void SessionsPage::deleteSelected()
{
    ensureLoaded();
    CarnetFile* service = m_context.file();
    const qint64 id = selectedSessionId();
    if (!service || id == 0 || m_context.isReadOnly())
        return;
    // Undoable (Ctrl+Z): no confirmation needed.
    ServiceCommand::push(m_context, std::make_unique<RemoveSessionCommand>(*service, id));
}

} // namespace carnet
