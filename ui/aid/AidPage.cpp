#include "aid/AidPage.h"

#include "AidDocumentAssembler.h"
#include "AidDocuments.h"
#include "aid/AidRequestWizard.h"
#include "aid/AidRules.h"
#include "aid/AidService.h"
#include "aid/IncompleteDossier.h"
#include "commands/AidCommand.h"
#include "read/ReadSide.h"
#include "rules/Departments.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SettingsService.h"
#include "shell/AppContext.h"
#include "shell/FileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace carnet {

namespace {

QLabel* wrapped(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

// A label's content as its accessible description (plain text), beside its stable name.
void describe(std::initializer_list<QLabel*> labels)
{
    for (QLabel* label : labels)
        label->setAccessibleDescription(
            QTextDocumentFragment::fromHtml(label->text()).toPlainText());
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// A small form dialog: OK/Cancel under the rows the caller adds.
class FormDialog
{
public:
    FormDialog(QWidget* parent, const QString& title)
        : m_dialog(parent)
        , m_form(new QFormLayout)
    {
        m_dialog.setWindowTitle(title);
        auto* layout = new QVBoxLayout(&m_dialog);
        layout->addLayout(m_form);
        auto* buttons =
            new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &m_dialog);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &m_dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &m_dialog, &QDialog::reject);
        layout->addWidget(buttons);
    }
    QWidget* parent() { return &m_dialog; }
    void addRow(const QString& label, QWidget* field)
    {
        // The row's label names the field for screen readers too.
        if (field->accessibleName().isEmpty() && !label.isEmpty()) {
            QString name = label;
            name.remove(QLatin1Char('&'));
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            field->setAccessibleName(name.trimmed());
        }
        m_form->addRow(label, field);
    }
    bool exec() { return m_dialog.exec() == QDialog::Accepted; }

private:
    QDialog m_dialog;
    QFormLayout* m_form;
};

QDateEdit* dateEdit(QWidget* parent, QDate date, QDate maximum)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setMaximumDate(maximum);
    return edit;
}

} // namespace

AidPage::AidPage(AppContext& context, QWidget* parent)
    : LazyPage(context, parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("aidPage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading =
        new QLabel(tr("<h2>Help to pay: the CPAM's individual financial aid</h2>"), this);
    layout->addWidget(heading);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    m_empty = wrapped(this, QStringLiteral("aidEmptyLabel"));
    m_empty->setAccessibleName(tr("Help to pay"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);

    auto* splitter = new QSplitter(this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    m_requests = new QListWidget(left);
    m_requests->setObjectName(QStringLiteral("aidRequestList"));
    m_requests->setAccessibleName(tr("Aid requests of this person"));
    leftLayout->addWidget(m_requests, 1);
    m_new = new QPushButton(tr("New request…"), left);
    m_new->setObjectName(QStringLiteral("newAidButton"));
    leftLayout->addWidget(m_new);
    m_remove = new QPushButton(tr("Delete this request"), left);
    m_remove->setObjectName(QStringLiteral("removeAidButton"));
    leftLayout->addWidget(m_remove);

    m_tracking = new QWidget(splitter);
    auto* right = new QVBoxLayout(m_tracking);
    // Rich text labels a keyboard can reach: a stable name, the content as description.
    m_title = wrapped(m_tracking, QStringLiteral("aidTitle"));
    m_title->setAccessibleName(tr("The request"));
    right->addWidget(m_title);
    m_link = wrapped(m_tracking, QStringLiteral("ameliLink"));
    m_link->setAccessibleName(tr("This caisse's page on ameli.fr"));
    m_link->setOpenExternalLinks(true);
    m_link->setTextFormat(Qt::RichText);
    right->addWidget(m_link);
    m_figures = wrapped(m_tracking, QStringLiteral("trackingLabel"));
    m_figures->setAccessibleName(tr("Where the request stands"));
    m_figures->setTextFormat(Qt::RichText);
    right->addWidget(m_figures);
    right->addWidget(new QLabel(tr("Next steps:"), m_tracking));
    m_steps = new QListWidget(m_tracking);
    m_steps->setObjectName(QStringLiteral("nextStepsList"));
    m_steps->setAccessibleName(tr("Next steps"));
    m_steps->setWordWrap(true);
    m_steps->setMaximumHeight(130);
    right->addWidget(m_steps);
    m_checklist = new QTableWidget(0, 3, m_tracking);
    m_checklist->setObjectName(QStringLiteral("trackingChecklist"));
    m_checklist->setAccessibleName(tr("Documents of the request"));
    m_checklist->setHorizontalHeaderLabels({tr("Document"), tr("Status"), tr("Date on it")});
    m_checklist->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checklist->verticalHeader()->hide();
    m_checklist->setEditTriggers(QAbstractItemView::NoEditTriggers);
    right->addWidget(m_checklist, 1);
    m_warnings = wrapped(m_tracking, QStringLiteral("warningsLabel"));
    m_warnings->setAccessibleName(tr("Warnings"));
    right->addWidget(m_warnings);

    auto* buttons = new QHBoxLayout;
    m_documents = new QToolButton(m_tracking);
    m_documents->setObjectName(QStringLiteral("documentsButton"));
    m_documents->setText(tr("Print…"));
    m_documents->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_documents);
    menu->addAction(tr("The whole dossier, in order"), this,
                    [this] { askDocument(QStringLiteral("dossier")); });
    for (const auto kind : AidDocuments::kinds()) {
        menu->addAction(AidDocuments::displayName(kind), this,
                        [this, kind] { askDocument(AidDocuments::key(kind)); });
    }
    m_documents->setMenu(menu);
    buttons->addWidget(m_documents);
    m_sent = new QPushButton(tr("Sent…"), m_tracking);
    m_sent->setObjectName(QStringLiteral("markSentButton"));
    m_decision = new QPushButton(tr("Decision…"), m_tracking);
    m_decision->setObjectName(QStringLiteral("decisionButton"));
    m_claim = new QPushButton(tr("Invoices sent…"), m_tracking);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_appeal = new QPushButton(tr("Ask to reconsider…"), m_tracking);
    m_appeal->setObjectName(QStringLiteral("appealButton"));
    for (QPushButton* button : {m_sent, m_decision, m_claim, m_appeal})
        buttons->addWidget(button);
    buttons->addStretch();
    right->addLayout(buttons);
    splitter->setStretchFactor(1, 3);
    m_stack->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, [this] { startWizard(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(); });
    connect(m_requests, &QListWidget::currentRowChanged, this, &AidPage::showRequest);
    connect(m_sent, &QPushButton::clicked, this, &AidPage::askSent);
    connect(m_decision, &QPushButton::clicked, this, &AidPage::askDecision);
    connect(m_claim, &QPushButton::clicked, this, &AidPage::askClaim);
    connect(m_appeal, &QPushButton::clicked, this, &AidPage::askAppeal);
    connect(&m_context, &AppContext::fileChanged, this, &AidPage::fileChanged);
    connect(&m_context, &AppContext::currentPersonChanged, this, &AidPage::invalidate);
    connect(&m_context, &AppContext::dataChanged, this, &AidPage::invalidate);
    fileChanged();
}

AidPage::~AidPage() = default;

AidService* AidPage::aidService() const
{
    CarnetFile* file = m_context.file();
    return file ? &file->aid() : nullptr;
}

void AidPage::fileChanged()
{
    invalidate();
}

void AidPage::load()
{
    refresh();
}

void AidPage::updateStaleActions()
{
    m_new->setEnabled(aidService() && !m_context.isReadOnly());
    const bool writable = aidService() && shownRequest() != 0 && !m_context.isReadOnly();
    m_tracking->setEnabled(m_tracking->isEnabled() && writable);
    m_remove->setEnabled(m_remove->isEnabled() && writable);
}

qint64 AidPage::currentRequest()
{
    ensureLoaded();
    return shownRequest();
}

qint64 AidPage::shownRequest() const
{
    const QListWidgetItem* item = m_requests->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void AidPage::selectRequest(qint64 requestId)
{
    ensureLoaded();
    for (int row = 0; row < m_requests->count(); ++row) {
        if (m_requests->item(row)->data(Qt::UserRole).toLongLong() == requestId)
            m_requests->setCurrentRow(row);
    }
}

void AidPage::refresh()
{
    markLoaded();
    if (!aidService()) {
        m_empty->setText(tr("Open or create a file to prepare a request."));
        describe({m_empty});
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (aidService()->file().people().persons().isEmpty()) {
        m_empty->setText(tr("Add the person the care is for first."));
        describe({m_empty});
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    const qint64 selected = shownRequest();
    const QList<AidRequest> requests = aidService()->requests(m_context.currentPerson());
    {
        const QSignalBlocker blocker(m_requests);
        m_requests->clear();
        for (const AidRequest& r : requests) {
            const Department* department = DepartmentDirectory::instance().find(r.departmentCode);
            auto* item = new QListWidgetItem(
                tr("%1 · %2 · %3")
                    .arg(department ? department->name : r.departmentCode,
                         formatCents(r.totalCents()), AidRules::decisionText(r.decision)),
                m_requests);
            item->setData(Qt::UserRole, r.id);
        }
    }
    selectRequest(selected);
    if (!m_requests->currentItem() && m_requests->count() > 0)
        m_requests->setCurrentRow(m_requests->count() - 1);
    m_new->setEnabled(!m_context.isReadOnly());
    showRequest();
}

void AidPage::showRequest()
{
    const qint64 id = shownRequest();
    const auto status = aidService() && id ? aidService()->status(id) : Result<AidStatus>(Error{});
    m_tracking->setEnabled(status.ok() && !m_context.isReadOnly());
    m_remove->setEnabled(status.ok() && !m_context.isReadOnly());
    if (!status.ok()) {
        m_title->setText(tr("No request yet for this person: start one with “New request…”."));
        m_link->clear();
        m_figures->clear();
        m_steps->clear();
        m_checklist->setRowCount(0);
        m_warnings->setText(AidRules::uncertaintyText());
        describe({m_title, m_link, m_figures, m_warnings});
        return;
    }
    const AidRequest r = *aidService()->request(id);
    const AidStatus& s = *status;
    const Department* department = DepartmentDirectory::instance().find(r.departmentCode);
    const QString name = department ? department->name : r.departmentCode;
    m_title->setText(tr("<b>CPAM of %1</b>: %n session(s) at %2, %3", nullptr, r.sessions)
                         .arg(name.toHtmlEscaped(), formatCents(r.sessionPriceCents),
                              formatCents(s.requestedCents)));
    const QUrl page = department ? department->afiPage() : DepartmentDirectory::nationalAfiPage();
    m_link->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(page.toString().toHtmlEscaped(),
                             tr("This caisse's page on ameli.fr (check what it asks for)")));

    QStringList lines;
    lines << tr("Total %1 · CPAM %2 · mutuelle %3 · <b>asked for %4</b>")
                 .arg(formatCents(s.shares.totalCents), formatCents(s.shares.cpamCents),
                      formatCents(s.shares.mutuelleCents), formatCents(s.shares.remainingCents));
    if (!s.submitted) {
        lines << tr("Not sent yet: %n document(s) missing", nullptr, s.itemsMissing) +
                     (s.itemsStale ? tr(", %n too old", nullptr, s.itemsStale) : QString());
    } else if (s.decision == AidDecision::Pending) {
        lines << tr("Sent on %1: waiting for %n day(s). An answer may come around %2 (a guess).",
                    nullptr, s.daysWaiting)
                     .arg(shortDate(s.submittedOn), shortDate(s.answerExpected));
    } else {
        lines << tr("%1 on %2, after %n day(s).", nullptr, s.daysWaiting)
                     .arg(AidRules::decisionText(s.decision), shortDate(s.decisionDate));
    }
    if (s.expires.isValid()) {
        lines << tr("Granted %1 · invoiced %2 · <b>left %3</b> · valid until %4%5")
                     .arg(formatCents(s.grantedCents), formatCents(s.claimedCents),
                          formatCents(s.remainingCents), shortDate(s.expires),
                          s.expired ? tr(" (expired)") : QString());
    }
    m_figures->setText(lines.join(QStringLiteral("<br>")));

    m_steps->clear();
    for (const AidNextStep& step : s.nextSteps)
        m_steps->addItem(step.text);

    m_checklist->setRowCount(0); // drops the status boxes of the request shown before
    m_checklist->setRowCount(int(s.checklist.size()));
    const bool writable = !m_context.isReadOnly();
    int row = 0;
    for (const AidChecklistLine& line : s.checklist) {
        m_checklist->setItem(row, 0, new QTableWidgetItem(line.label));
        m_checklist->item(row, 0)->setToolTip(line.hint);
        m_checklist->setItem(row, 1,
                             new QTableWidgetItem(AidRules::checklistStatusText(line.item.status) +
                                                  (line.stale ? tr(" — too old") : QString())));
        m_checklist->setItem(row, 2,
                             new QTableWidgetItem(line.item.documentDate.isValid()
                                                      ? shortDate(line.item.documentDate)
                                                      : QString()));
        if (writable) {
            // Tick the document here too: its status, one undoable change.
            auto* status = new QComboBox(m_checklist);
            status->setObjectName(QStringLiteral("trackingStatus_") + line.item.key);
            status->setAccessibleName(tr("Status of “%1”").arg(line.label));
            if (line.stale)
                status->setToolTip(tr("Too old: ask for a newer one."));
            for (ChecklistStatus st : {ChecklistStatus::Missing, ChecklistStatus::Requested,
                                       ChecklistStatus::Received, ChecklistStatus::Attached})
                status->addItem(AidRules::checklistStatusText(st), checklistStatusKey(st));
            status->setCurrentIndex(status->findData(checklistStatusKey(line.item.status)));
            connect(
                status, &QComboBox::currentIndexChanged, this,
                [this, id, item = line.item, status] {
                    ChecklistItem changed = item;
                    changed.status = checklistStatusFromKey(status->currentData().toString())
                                         .value_or(item.status);
                    if (changed.status == item.status)
                        return;
                    if (!run(id, tr("change the documents of the aid request"),
                             [id, changed](AidService& aid) { return aid.setItem(id, changed); })) {
                        // Refused: show the stored status again.
                        QMetaObject::invokeMethod(this, &AidPage::showRequest,
                                                  Qt::QueuedConnection);
                    }
                });
            m_checklist->setCellWidget(row, 1, status);
        }
        ++row;
    }
    m_warnings->setText(s.warnings.join(QLatin1Char('\n')));
    describe({m_title, m_link, m_figures, m_warnings});

    m_sent->setEnabled(!s.submitted);
    m_decision->setEnabled(s.submitted);
    m_claim->setEnabled(s.expires.isValid() && r.payee == AidPayee::Person);
    m_appeal->setEnabled(s.decision == AidDecision::Refused);
}

AidRequestWizard* AidPage::startWizard()
{
    ensureLoaded();
    if (!aidService())
        return nullptr;
    auto* wizard = new AidRequestWizard(m_context, *aidService(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::finished, this, [this, wizard] {
        const qint64 id = wizard->requestId();
        // Made for someone else than the person shown: show theirs, so it can be followed.
        if (const auto request = id && aidService() ? aidService()->request(id) : std::nullopt;
            request && request->personId != m_context.currentPerson())
            m_context.setCurrentPerson(request->personId);
        refresh();
        if (id)
            selectRequest(id);
        emit wizardFinished(id);
    });
    wizard->open();
    return wizard;
}

bool AidPage::run(qint64 requestId, const QString& text,
                  const std::function<Result<void>(AidService&)>& change)
{
    if (!aidService() || requestId == 0)
        return false;
    return ServiceCommand::push(
        m_context, std::make_unique<AidCommand>(aidService()->file(), requestId, text, change));
}

bool AidPage::markSent(QDate date)
{
    const qint64 id = currentRequest();
    return run(id, tr("mark the aid request as sent"),
               [id, date](AidService& aid) { return aid.markSubmitted(id, date); });
}

bool AidPage::recordDecision(QDate date, bool refused, Cents grantedCents, int validityMonths)
{
    const qint64 id = currentRequest();
    return run(id, tr("record the decision on the aid request"), [=](AidService& aid) {
        return aid.recordDecision(id, date, refused, grantedCents, validityMonths);
    });
}

bool AidPage::addClaim(const AidClaim& claim)
{
    const qint64 id = currentRequest();
    return run(id, tr("record the invoices sent to the CPAM"),
               [id, claim](AidService& aid) { return aid.addClaim(id, claim); });
}

bool AidPage::recordAppeal(QDate date, const QString& text)
{
    const qint64 id = currentRequest();
    return run(id, tr("record the request to reconsider"),
               [id, date, text](AidService& aid) { return aid.recordAppeal(id, date, text); });
}

bool AidPage::removeCurrent()
{
    const qint64 id = currentRequest();
    if (!aidService() || id == 0)
        return false;
    return ServiceCommand::push(
        m_context, AidCommand::remove(aidService()->file(), id, tr("remove the aid request")));
}

bool AidPage::writeDocument(const QString& key, const QString& path)
{
    const qint64 id = currentRequest();
    if (!aidService() || id == 0)
        return false;
    const auto data = AidDocumentAssembler::data(*aidService(), id);
    if (!data) {
        m_context.reportError(tr("Save the PDF"), data.error().message);
        return false;
    }
    const auto kind = AidDocuments::fromKey(key);
    const Result<void> written =
        kind ? AidDocuments::writePdf(*kind, *data, path)
             : AidDocuments::writeDossier(
                   *data, AidDocumentAssembler::attachments(*aidService(), *data), path);
    if (!written) {
        m_context.reportError(tr("Save the PDF"), written.error().message);
        return false;
    }
    return true;
}

void AidPage::askDocument(const QString& key)
{
    const qint64 id = currentRequest();
    if (!aidService() || id == 0)
        return;
    const auto data = AidDocumentAssembler::data(*aidService(), id);
    if (!data) {
        m_context.reportError(tr("Save the PDF"), data.error().message);
        return;
    }
    // What goes to the CPAM, while documents are missing: asked first.
    const auto kind = AidDocuments::fromKey(key);
    const bool forTheCpam =
        !kind || *kind == AidDocuments::Kind::CoverLetter || *kind == AidDocuments::Kind::Summary;
    if (forTheCpam &&
        !IncompleteDossier::confirm(this, data->status, IncompleteDossier::Action::Print))
        return;
    // Suggested in the documents folder (not wherever Carnet was started from).
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(AidDocuments::fileName(key, *data));
    QString path =
        FileDialog::getSaveFileName(this, tr("Save the PDF"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (!path.isEmpty())
        writeDocument(key, path);
}

void AidPage::askSent()
{
    const auto status =
        aidService() ? aidService()->status(currentRequest()) : Result<AidStatus>(Error{});
    if (status && !IncompleteDossier::confirm(this, *status, IncompleteDossier::Action::RecordSent))
        return;
    FormDialog dialog(this, tr("Dossier sent"));
    auto* date = dateEdit(dialog.parent(), aidService()->today(), aidService()->today());
    dialog.addRow(tr("Sent on:"), date);
    if (dialog.exec())
        markSent(date->date());
}

void AidPage::askDecision()
{
    FormDialog dialog(this, tr("The commission's decision"));
    auto* date = dateEdit(dialog.parent(), aidService()->today(), aidService()->today());
    dialog.addRow(tr("Date of the letter:"), date);
    auto* refused = new QCheckBox(tr("Refused"), dialog.parent());
    dialog.addRow(QString(), refused);
    auto* amount = new QLineEdit(dialog.parent());
    dialog.addRow(tr("Amount granted (€):"), amount);
    auto* validity = new QSpinBox(dialog.parent());
    validity->setRange(0, 60);
    validity->setSpecialValueText(tr("as in the settings (%n month(s))", nullptr,
                                     aidService()->file().settings().aidSettings().validityMonths));
    dialog.addRow(tr("Valid for (months, from the letter):"), validity);
    connect(refused, &QCheckBox::toggled, amount, &QWidget::setDisabled);
    if (!dialog.exec())
        return;
    const auto cents = parseEuros(amount->text());
    if (!refused->isChecked() && !cents) {
        m_context.reportError(tr("record the decision on the aid request"),
                              tr("Give the amount granted, for example 900 or 900,50."));
        return;
    }
    recordDecision(date->date(), refused->isChecked(), cents.value_or(0), validity->value());
}

void AidPage::askClaim()
{
    FormDialog dialog(this, tr("Invoices sent to the CPAM"));
    auto* date = dateEdit(dialog.parent(), aidService()->today(), aidService()->today());
    dialog.addRow(tr("Sent on:"), date);
    auto* amount = new QLineEdit(dialog.parent());
    dialog.addRow(tr("Total of the invoices (€):"), amount);
    if (!dialog.exec())
        return;
    const auto cents = parseEuros(amount->text());
    if (!cents) {
        m_context.reportError(tr("record the invoices sent to the CPAM"),
                              tr("Give the total of the invoices, for example 180 or 180,50."));
        return;
    }
    AidClaim claim;
    claim.date = date->date();
    claim.amountCents = *cents;
    addClaim(claim);
}

void AidPage::askAppeal()
{
    FormDialog dialog(this, tr("Ask the commission to reconsider"));
    auto* date = dateEdit(dialog.parent(), aidService()->today(), aidService()->today());
    dialog.addRow(tr("Date of your letter:"), date);
    auto* text = new QPlainTextEdit(dialog.parent());
    text->setPlaceholderText(tr("Your reasons, in French: what changed, why the care matters, "
                                "what the refusal overlooked. They are printed in the letter."));
    dialog.addRow(tr("Reasons:"), text);
    if (dialog.exec())
        recordAppeal(date->date(), text->toPlainText());
}

} // namespace carnet
