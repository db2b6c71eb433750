#include "caseload/CaseloadPage.h"

#include "caseload/CaseloadExport.h"
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "model/Money.h"
#include "read/AgendaReader.h"
#include "read/AgendaTotals.h"
#include "read/ReadSide.h"
#include "service/CarnetFile.h"
#include "shell/AppContext.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/PageHeading.h"

#include <QCollator>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace carnet {

namespace {

QList<AgendaItem::Kind> careKinds()
{
    return {AgendaItem::Kind::CreateSheet, AgendaItem::Kind::SendSheet,
            AgendaItem::Kind::LatePayment, AgendaItem::Kind::SendingDeadline};
}

QList<AgendaItem::Kind> aidKinds()
{
    return {AgendaItem::Kind::AidDocumentsMissing, AgendaItem::Kind::AidAnswerOverdue,
            AgendaItem::Kind::AidGrantExpiring, AgendaItem::Kind::AidGrantExpired};
}

QVariant kindsData(const QList<AgendaItem::Kind>& kinds)
{
    QVariantList list;
    for (const AgendaItem::Kind kind : kinds)
        list << int(kind);
    return list;
}

} // namespace

CaseloadPage::CaseloadPage(AppContext& context, QWidget* parent)
    : LazyPage(context, parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("caseloadPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePageHeading(tr("To do"), this));

    auto* statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("caseloadStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("caseloadBusy"));
    m_busy->setAccessibleName(tr("Computing the list"));
    m_busy->setRange(0, 0); // busy: no progress to show
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    layout->addLayout(statusRow);

    // Mnemonics clear of the menus' (F, E, G, S, H) and the toolbar's (P, Y).
    auto* filters = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("Fi&nd:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseloadSearch"));
    m_search->setAccessibleName(tr("Find a person or a task"));
    m_search->setPlaceholderText(tr("Name or words (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    m_kinds = new QComboBox(this);
    m_kinds->setObjectName(QStringLiteral("caseloadKindFilter"));
    m_kinds->setAccessibleName(tr("Kind of task"));
    m_kinds->addItem(tr("Everything"), kindsData({}));
    m_kinds->addItem(tr("Care sheets and payments"), kindsData(careKinds()));
    m_kinds->addItem(tr("AFI requests"), kindsData(aidKinds()));
    for (const AgendaItem::Kind kind : Agenda::allKinds())
        m_kinds->addItem(QStringLiteral("    ") + CaseloadModel::kindName(kind), kindsData({kind}));
    kindLabel->setBuddy(m_kinds);
    auto* personLabel = new QLabel(tr("&Who:"), this);
    m_persons = new QComboBox(this);
    m_persons->setObjectName(QStringLiteral("caseloadPersonFilter"));
    m_persons->setAccessibleName(tr("Whose tasks"));
    m_persons->setMinimumContentsLength(16);
    m_persons->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    personLabel->setBuddy(m_persons);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kinds, 1);
    filters->addWidget(personLabel);
    filters->addWidget(m_persons, 1);
    layout->addLayout(filters);

    m_model = new CaseloadModel(this);
    m_filter = new CaseloadFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setAccessibleName(tr("Everything to do, most urgent first"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Widths set once from the longest words the columns show, in bold (the late rows):
    // sizing to the contents would read every row.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const auto widest = [&metrics](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + metrics.horizontalAdvance(u'M');
    };
    QStringList tasks;
    for (const AgendaItem::Kind kind : Agenda::allKinds()) {
        AgendaItem item;
        item.kind = kind;
        item.payer = Payer::Mutuelle;
        tasks << CaseloadModel::taskText(item);
    }
    AgendaItem late;
    late.daysLate = 9999;
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(CaseloadModel::PersonColumn,
                          metrics.horizontalAdvance(QStringLiteral("Marie-Christine Martin")));
    header->resizeSection(CaseloadModel::TaskColumn, widest(tasks));
    header->resizeSection(CaseloadModel::WhenColumn,
                          widest({CaseloadModel::whenText(late, {}), tr("When")}));
    header->resizeSection(CaseloadModel::DueColumn,
                          widest({QLocale().toString(QDate(2024, 12, 31), QLocale::ShortFormat)}));
    header->resizeSection(CaseloadModel::AmountColumn, widest({formatCents(999999)}));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
    header->setSectionResizeMode(CaseloadModel::DetailsColumn, QHeaderView::Stretch);
    // The agenda's order first (by "When", ascending); any column sorts on a click.
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseloadModel::WhenColumn, Qt::AscendingOrder);
    layout->addWidget(m_table, 1);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("caseloadTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setAccessibleName(tr("What is owed over the tasks shown"));
    layout->addWidget(m_totals);

    auto* buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("caseloadOpenButton"));
    m_open->setToolTip(tr("Go to the page where this is done (Enter)"));
    m_csv = new QPushButton(tr("E&xport as CSV…"), this);
    m_csv->setObjectName(QStringLiteral("caseloadCsvButton"));
    m_pdf = new QPushButton(tr("Save as P&DF to print…"), this);
    m_pdf->setObjectName(QStringLiteral("caseloadPdfButton"));
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    layout->addLayout(buttons);

    setTabOrder(m_search, m_kinds);
    setTabOrder(m_kinds, m_persons);
    setTabOrder(m_persons, m_table);
    setTabOrder(m_table, m_open);
    setTabOrder(m_open, m_csv);
    setTabOrder(m_csv, m_pdf);

    // Ctrl+F anywhere in the window while the page is shown (a hidden page's shortcut does
    // not fire).
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updateSummary();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter in the field: on to the first row found.
        if (m_filter->rowCount() == 0)
            return;
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_filter->index(0, 0));
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_kinds, &QComboBox::currentIndexChanged, this, &CaseloadPage::applyKindFilter);
    connect(m_persons, &QComboBox::currentIndexChanged, this, &CaseloadPage::applyPersonFilter);
    connect(m_table, &QTableView::activated, this, &CaseloadPage::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &CaseloadPage::openCurrent);
    connect(m_csv, &QPushButton::clicked, this, &CaseloadPage::askCsv);
    connect(m_pdf, &QPushButton::clicked, this, &CaseloadPage::askPdf);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseloadPage::updateActions);
    // The rows change in steps (removed, inserted, moved, changed): summed up once after.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &CaseloadPage::scheduleSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CaseloadPage::scheduleSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CaseloadPage::scheduleSummary);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &CaseloadPage::scheduleSummary);

    connect(&m_context, &AppContext::fileChanged, this, [this] {
        stopComputing();
        m_computed = false;
        m_error.clear();
        m_summary.clear();
        m_model->clear();
        fillPersons();
        invalidate();
    });
    // Acting on an item anywhere (a sheet sent, a payment recorded) changes the list.
    connect(&m_context, &AppContext::dataChanged, this, &CaseloadPage::invalidate);

    invalidate();
}

CaseloadPage::~CaseloadPage()
{
    stopComputing();
}

void CaseloadPage::load()
{
    markLoaded();
    compute();
}

void CaseloadPage::updateStaleActions()
{
    updateActions();
}

void CaseloadPage::compute()
{
    CarnetFile* file = m_context.file();
    if (!file) {
        updateSummary();
        updateActions();
        return;
    }
    if (m_thread) {
        m_again = true; // once the running one ends
        return;
    }
    // The settings are read here; the facts on the thread, through a connection of its own.
    const AgendaReader reader = file->read().agendaReader();
    m_today = reader.today();
    auto result = std::make_shared<Result<QList<AgendaItem>>>(QList<AgendaItem>{});
    m_thread = QThread::create([reader, result] { *result = reader.run(); });
    m_thread->setObjectName(QStringLiteral("carnet-caseload"));
    const int generation = ++m_generation;
    connect(m_thread, &QThread::finished, this,
            [this, generation, result] { finishComputing(generation, *result); });
    m_thread->start();
    if (m_summary.isEmpty())
        updateSummary();
    else
        showStatus(); // the rows stay, said to be updating
}

void CaseloadPage::finishComputing(int generation, const Result<QList<AgendaItem>>& result)
{
    if (generation != m_generation || !m_thread)
        return; // stopped: its file was closed
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_again) {
        m_again = false;
        compute();
        return;
    }
    m_computed = true;
    if (result) {
        m_error.clear();
        m_model->setItems(result.value(), m_today);
    } else {
        m_error = result.error().message;
        m_model->clear();
    }
    fillPersons();
    // The most urgent row current, so that Enter opens it (the focus stays where it is).
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_filter->index(0, 0),
                                                   QItemSelectionModel::NoUpdate);
    updateSummary();
    emit loaded();
}

void CaseloadPage::stopComputing()
{
    if (!m_thread)
        return;
    // The thread reads through a connection of its own: it is let finish (a fraction of a
    // second), its result dropped.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_again = false;
    ++m_generation;
}

void CaseloadPage::fillPersons()
{
    // The persons with something to do, by name; the one chosen stays chosen.
    QMap<qint64, QString> names;
    for (const AgendaItem& item : m_model->items())
        names.insert(item.personId, item.personName);
    const qint64 chosen = m_filter->personId();
    if (chosen != 0 && !names.contains(chosen))
        names.insert(chosen, m_persons->currentText());
    if (names == m_personNames && m_persons->count() == names.size() + 1)
        return;
    m_personNames = names;
    QList<qint64> ids = names.keys();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const int order = collator.compare(names.value(a), names.value(b));
        return order != 0 ? order < 0 : a < b;
    });
    const QSignalBlocker blocker(m_persons);
    m_persons->clear();
    m_persons->addItem(tr("Everyone"), qint64(0));
    for (qint64 id : std::as_const(ids))
        m_persons->addItem(names.value(id), id);
    m_persons->setCurrentIndex(std::max(0, m_persons->findData(chosen)));
}

void CaseloadPage::applyKindFilter()
{
    QList<AgendaItem::Kind> kinds;
    for (const QVariant& kind : m_kinds->currentData().toList())
        kinds << AgendaItem::Kind(kind.toInt());
    m_filter->setKinds(kinds);
    updateSummary();
}

void CaseloadPage::applyPersonFilter()
{
    m_filter->setPersonId(m_persons->currentData().toLongLong());
    updateSummary();
}

QList<AgendaItem> CaseloadPage::shownItems() const
{
    QList<AgendaItem> items;
    items.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        items << m_model->item(m_filter->mapToSource(m_filter->index(row, 0)).row());
    return items;
}

void CaseloadPage::scheduleSummary()
{
    if (m_summaryScheduled)
        return;
    m_summaryScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_summaryScheduled)
            updateSummary();
    });
}

void CaseloadPage::updateSummary()
{
    m_summaryScheduled = false;
    updateActions();
    m_summary.clear();
    m_totals->clear();
    if (!m_context.file()) {
        m_summary = tr("Open or create a Carnet file to see what there is to do.");
    } else if (!m_computed) {
        m_summary = tr("Reading what there is to do for every person…");
    } else if (!m_error.isEmpty()) {
        m_summary = m_error;
    } else {
        const int all = m_model->rowCount();
        const int shown = m_filter->rowCount();
        AgendaTotals totals;
        for (int row = 0; row < shown; ++row)
            totals.add(m_model->item(m_filter->mapToSource(m_filter->index(row, 0)).row()));
        if (all == 0)
            m_summary =
                tr("Nothing to do: every sheet is made and sent, every payment has arrived.");
        else if (m_filter->isFiltered())
            m_summary = tr("%1 of %n task(s) shown.", nullptr, all).arg(shown);
        else
            m_summary = tr("%n task(s) for %1, most urgent first.", nullptr, all)
                            .arg(tr("%n person(s)", nullptr, totals.persons()));
        if (shown > 0)
            m_totals->setText(
                tr("Owed over the tasks shown: %1.").arg(CaseloadExport::totalsText(totals)));
    }
    m_totals->setAccessibleDescription(m_totals->text());
    showStatus();
}

void CaseloadPage::showStatus()
{
    m_busy->setVisible(m_thread != nullptr);
    m_status->setText(m_thread && m_computed ? m_summary + tr(" Updating…") : m_summary);
}

void CaseloadPage::updateActions()
{
    const bool rows = m_filter->rowCount() > 0;
    m_open->setEnabled(m_table->currentIndex().isValid());
    m_csv->setEnabled(rows);
    m_pdf->setEnabled(rows);
}

void CaseloadPage::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const AgendaItem item = m_model->item(m_filter->mapToSource(index).row());
    m_context.setCurrentPerson(item.personId);
    // A care sheet or a payment is dealt with in the year that reported it.
    if (!item.isAid())
        m_context.setCurrentYear(item.year);
    emit openRequested(item);
}

QString CaseloadPage::scopeText() const
{
    QStringList parts{m_kinds->currentText().trimmed()};
    if (m_filter->personId() != 0)
        parts << m_persons->currentText();
    if (!m_search->text().trimmed().isEmpty())
        parts << tr("“%1”").arg(m_search->text().trimmed());
    return tr("Shown: %1.").arg(parts.join(QStringLiteral(", ")));
}

bool CaseloadPage::exportCsv(const QString& path)
{
    const Result<void> written = CaseloadExport::writeCsv(path, shownItems(), m_today, QLocale());
    if (!written)
        m_context.reportError(tr("Export the list"), written.error().message);
    return written.ok();
}

bool CaseloadPage::exportPdf(const QString& path)
{
    const Result<void> written = CaseloadExport::writePdf(path, shownItems(), m_today, scopeText());
    if (!written)
        m_context.reportError(tr("Save the list as PDF"), written.error().message);
    return written.ok();
}

void CaseloadPage::askCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::getSaveFileName(
        this, tr("Export the list"),
        QDir(folder).filePath(CaseloadExport::fileName(m_today, QStringLiteral("csv"))),
        tr("Spreadsheet files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QLatin1String(".csv");
    if (exportCsv(path))
        MessageBox::information(this, tr("Export the list"),
                                tr("Exported to “%1”.").arg(QDir::toNativeSeparators(path)));
}

void CaseloadPage::askPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::getSaveFileName(
        this, tr("Save the list as PDF"),
        QDir(folder).filePath(CaseloadExport::fileName(m_today, QStringLiteral("pdf"))),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    if (exportPdf(path))
        MessageBox::information(this, tr("Save the list as PDF"),
                                tr("Saved to “%1”.").arg(QDir::toNativeSeparators(path)));
}

} // namespace carnet
