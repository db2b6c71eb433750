#include "aid/AidRequestWizard.h"

#include "AidDocumentAssembler.h"
#include "AidDocuments.h"
#include "aid/AidRules.h"
#include "aid/AidService.h"
#include "aid/IncompleteDossier.h"
#include "commands/AidCommand.h"
#include "read/AidFigures.h"
#include "read/ReadSide.h"
#include "rules/Departments.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SettingsService.h"
#include "shell/AppContext.h"
#include "shell/Emphasis.h"
#include "shell/FileDialog.h"
#include "shell/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace carnet {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

enum Column
{
    DocumentColumn,
    StatusColumn,
    KindColumn,
    DateColumn,
    ScanColumn,
    ColumnCount,
};

} // namespace

AidRequestWizard::AidRequestWizard(AppContext& context, AidService& aid, QWidget* parent)
    : QWizard(parent)
    , m_context(context)
    , m_aid(aid)
{
    setObjectName(QStringLiteral("aidRequestWizard"));
    setWindowTitle(tr("Request an individual financial aid (AFI)"));
    setOption(QWizard::NoBackButtonOnStartPage);
    // Wide enough for the documents' table (name, status, kind, date, scan) without a scroll.
    resize(920, 640);
    buildWhoPage();
    buildCarePage();
    buildChecklistPage();
    buildDocumentsPage();
    buildSendPage();
    updateDepartmentInfo();
    updateTotals();
}

void AidRequestWizard::buildWhoPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("aidWhoPage"));
    page->setTitle(tr("Who, where, with whom"));
    page->setSubTitle(tr("The CPAM of your département may pay all or part of psychological care "
                         "when your income is modest. Each caisse decides on its own."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_person = new QComboBox(page);
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_person->setAccessibleName(tr("For whom"));
    for (const Person& person : m_aid.file().people().persons())
        m_person->addItem(person.name, person.id);
    m_person->setCurrentIndex(std::max(0, m_person->findData(m_context.currentPerson())));
    form->addRow(tr("For:"), m_person);

    m_department = new QComboBox(page);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->setAccessibleName(tr("Département of your CPAM"));
    for (const Department& department : DepartmentDirectory::instance().all())
        m_department->addItem(QStringLiteral("%1 — %2").arg(department.code, department.name),
                              department.code);
    form->addRow(tr("Département of your CPAM:"), m_department);

    m_psychologist = new QComboBox(page);
    m_psychologist->setObjectName(QStringLiteral("psychologistCombo"));
    m_psychologist->setAccessibleName(tr("Psychologist"));
    for (const Practitioner& practitioner : m_aid.file().people().practitioners()) {
        if (practitioner.role == PractitionerRole::Psychologist)
            m_psychologist->addItem(practitioner.name, practitioner.id);
    }
    qint64 usual = m_context.defaultPsychologist();
    if (const auto psy = m_aid.file().read().usualPsychologist(m_context.currentPerson()))
        usual = psy->id;
    m_psychologist->setCurrentIndex(std::max(0, m_psychologist->findData(usual)));
    form->addRow(tr("Psychologist:"), m_psychologist);
    layout->addLayout(form);

    m_departmentWarning = paragraph({}, page);
    m_departmentWarning->setObjectName(QStringLiteral("departmentWarning"));
    m_departmentWarning->setStyleSheet(Emphasis::warningStyleSheet(page->palette()));
    layout->addWidget(m_departmentWarning);
    m_departmentInfo = paragraph({}, page);
    m_departmentInfo->setObjectName(QStringLiteral("departmentInfo"));
    m_departmentInfo->setOpenExternalLinks(true);
    m_departmentInfo->setAccessibleName(tr("What this caisse asks for"));
    m_departmentInfo->setTextFormat(Qt::RichText);
    layout->addWidget(m_departmentInfo);
    layout->addStretch();
    auto* honest = paragraph(AidRules::uncertaintyText(), page);
    honest->setObjectName(QStringLiteral("uncertaintyLabel"));
    layout->addWidget(honest);
    connect(m_department, &QComboBox::currentIndexChanged, this,
            &AidRequestWizard::updateDepartmentInfo);
    setPage(WhoPage, page);
}

void AidRequestWizard::buildCarePage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("aidCarePage"));
    page->setTitle(tr("The care asked for"));
    page->setSubTitle(tr("The figures of the psychologist's quote: how many sessions, at what "
                         "price, over which period."));
    auto* form = new QFormLayout(page);
    m_sessions = new QSpinBox(page);
    m_sessions->setObjectName(QStringLiteral("sessionsSpin"));
    m_sessions->setAccessibleName(tr("Number of sessions"));
    m_sessions->setRange(1, 400);
    m_sessions->setValue(24);
    form->addRow(tr("Sessions:"), m_sessions);
    m_fee = new QLineEdit(page);
    m_fee->setObjectName(QStringLiteral("feeEdit"));
    m_fee->setAccessibleName(tr("Price of one session, in euros"));
    m_fee->setPlaceholderText(tr("e.g. 45"));
    form->addRow(tr("Price of one session (€):"), m_fee);
    const QDate today = m_aid.today();
    m_from = new QDateEdit(today, page);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setAccessibleName(tr("First day of the care"));
    m_from->setCalendarPopup(true);
    form->addRow(tr("From:"), m_from);
    m_to = new QDateEdit(today.addMonths(6), page);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setAccessibleName(tr("Last day of the care"));
    m_to->setCalendarPopup(true);
    form->addRow(tr("To:"), m_to);
    m_schemeSessions = new QSpinBox(page);
    m_schemeSessions->setObjectName(QStringLiteral("schemeSessionsSpin"));
    m_schemeSessions->setAccessibleName(tr("Sessions covered by Mon soutien psy"));
    m_schemeSessions->setRange(0, 400);
    m_schemeSessions->setToolTip(tr("Usually 0: the aid pays for care outside Mon soutien psy."));
    form->addRow(tr("Of which covered by Mon soutien psy:"), m_schemeSessions);
    m_mutuelle = new QLineEdit(page);
    m_mutuelle->setObjectName(QStringLiteral("mutuelleEdit"));
    m_mutuelle->setAccessibleName(tr("Paid by your mutuelle's psychology allowance, in euros"));
    m_mutuelle->setPlaceholderText(QStringLiteral("0"));
    form->addRow(tr("Paid by your mutuelle's own psychology allowance (€):"), m_mutuelle);
    m_payee = new QComboBox(page);
    m_payee->setObjectName(QStringLiteral("payeeCombo"));
    m_payee->setAccessibleName(tr("Who the CPAM pays"));
    m_payee->addItem(tr("Me, on invoices"), aidPayeeKey(AidPayee::Person));
    m_payee->addItem(tr("The psychologist directly"), aidPayeeKey(AidPayee::Psychologist));
    form->addRow(tr("The CPAM pays:"), m_payee);
    m_totals = paragraph({}, page);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    form->addRow(m_totals);
    for (QSpinBox* spin : {m_sessions, m_schemeSessions})
        connect(spin, &QSpinBox::valueChanged, this, &AidRequestWizard::updateTotals);
    for (QLineEdit* edit : {m_fee, m_mutuelle})
        connect(edit, &QLineEdit::textChanged, this, &AidRequestWizard::updateTotals);
    connect(m_from, &QDateEdit::dateChanged, this, &AidRequestWizard::updateTotals);
    setPage(CarePage, page);
}

void AidRequestWizard::buildChecklistPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("aidChecklistPage"));
    page->setTitle(tr("The documents"));
    page->setSubTitle(tr("For each document, choose its status in the list as you ask for it "
                         "and receive it; attach a scan to put it in the printed dossier."));
    auto* layout = new QVBoxLayout(page);
    m_checklist = new QTableWidget(0, ColumnCount, page);
    m_checklist->setObjectName(QStringLiteral("checklistTable"));
    m_checklist->setAccessibleName(tr("Documents to gather"));
    m_checklist->setHorizontalHeaderLabels(
        {tr("Document"), tr("Status"), tr("Kind"), tr("Date on it"), tr("Scan")});
    m_checklist->horizontalHeader()->setSectionResizeMode(DocumentColumn, QHeaderView::Stretch);
    m_checklist->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_checklist->setWordWrap(true);
    m_checklist->verticalHeader()->hide();
    // A long document name wraps: its row grows as the column narrows.
    connect(m_checklist->horizontalHeader(), &QHeaderView::sectionResized, m_checklist,
            &QTableWidget::resizeRowsToContents);
    m_checklist->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_checklist);
    m_checklistAdvice = paragraph({}, page);
    m_checklistAdvice->setObjectName(QStringLiteral("checklistAdvice"));
    layout->addWidget(m_checklistAdvice);
    setPage(ChecklistPage, page);
}

void AidRequestWizard::buildDocumentsPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("aidDocumentsPage"));
    page->setTitle(tr("Print the documents"));
    page->setSubTitle(tr("In French, ready to print: a letter asking your psychologist for a "
                         "quote, a quote they only need to sign, the cover letter, a summary of "
                         "the costs, and the whole dossier in order."));
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    m_folder = new QLineEdit(page);
    m_folder->setObjectName(QStringLiteral("outputFolder"));
    m_folder->setAccessibleName(tr("Folder for the PDF files"));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    row->addWidget(m_folder, 1);
    auto* browse = new QPushButton(tr("Choose…"), page);
    browse->setObjectName(QStringLiteral("chooseFolderButton"));
    browse->setAccessibleName(tr("Choose the folder for the PDF files"));
    row->addWidget(browse);
    layout->addLayout(row);
    auto* generate = new QPushButton(tr("Write the PDF files"), page);
    generate->setObjectName(QStringLiteral("generateButton"));
    layout->addWidget(generate);
    m_generated = paragraph({}, page);
    m_generated->setObjectName(QStringLiteral("generatedLabel"));
    layout->addWidget(m_generated);
    layout->addStretch();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialog::getExistingDirectory(
            this, tr("Where to write the PDF files"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    connect(generate, &QPushButton::clicked, this, [this] { generateDocuments(m_folder->text()); });
    setPage(DocumentsPage, page);
}

void AidRequestWizard::buildSendPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("aidSendPage"));
    page->setTitle(tr("Send it"));
    page->setSubTitle(tr("Post the dossier to your CPAM (keep a copy), then note the day."));
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    m_sent = new QCheckBox(tr("I sent the dossier on"), page);
    m_sent->setObjectName(QStringLiteral("sentCheck"));
    m_sentDate = new QDateEdit(m_aid.today(), page);
    m_sentDate->setObjectName(QStringLiteral("sentDate"));
    m_sentDate->setAccessibleName(tr("Day the dossier was sent"));
    m_sentDate->setCalendarPopup(true);
    m_sentDate->setMaximumDate(m_aid.today());
    row->addWidget(m_sent);
    row->addWidget(m_sentDate);
    row->addStretch();
    layout->addLayout(row);
    m_sendAdvice = paragraph(
        tr("In one known case the answer came after about %n month(s). This is not an official "
           "delay: Carnet will suggest a follow-up letter after it, and you can change it in the "
           "settings.",
           nullptr, m_aid.file().settings().aidSettings().answerExpectedMonths),
        page);
    layout->addWidget(m_sendAdvice);
    layout->addStretch();
    setPage(SendPage, page);
}

void AidRequestWizard::updateDepartmentInfo()
{
    const Department* department =
        DepartmentDirectory::instance().find(m_department->currentData().toString());
    if (!department)
        return;
    m_departmentWarning->setText(
        department->excludesPsychology
            ? tr("The CPAM of %1 writes that psychology sessions cannot be funded by this aid. "
                 "You may still ask, but expect a refusal.")
                  .arg(department->name)
            : QString());
    m_departmentWarning->setVisible(department->excludesPsychology);
    QString html =
        QStringLiteral("<p><a href=\"%1\">%2</a></p>")
            .arg(
                department->afiPage().toString().toHtmlEscaped(),
                tr("The page of the CPAM of %1 on ameli.fr").arg(department->name).toHtmlEscaped());
    if (!department->note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(department->note.toHtmlEscaped());
    const QStringList advice = AidCatalogue::instance().adviceIds(department->code);
    if (const auto* spec = AidCatalogue::instance().department(department->code)) {
        if (!spec->formUrl.isEmpty()) {
            html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                        .arg(spec->formUrl.toHtmlEscaped(), tr("The caisse's request form"));
        }
    }
    for (const QString& id : advice)
        html += QStringLiteral("<p>%1</p>").arg(AidRules::adviceText(id).toHtmlEscaped());
    m_departmentInfo->setText(html);
}

void AidRequestWizard::updateTotals()
{
    const AidShares s = m_aid.file().read().aidFigures(requestFromPages()).shares;
    m_totals->setText(tr("Total %1 · CPAM %2 · mutuelle %3 · <b>left to pay, asked for: %4</b>")
                          .arg(formatCents(s.totalCents), formatCents(s.cpamCents),
                               formatCents(s.mutuelleCents), formatCents(s.remainingCents)));
}

AidRequest AidRequestWizard::requestFromPages() const
{
    AidRequest r;
    if (m_requestId != 0) {
        if (const auto stored = m_aid.request(m_requestId))
            r = *stored;
    }
    r.personId = m_person->currentData().toLongLong();
    r.departmentCode = m_department->currentData().toString();
    r.psychologistId = m_psychologist->currentData().toLongLong();
    r.sessions = m_sessions->value();
    r.sessionPriceCents = parseEuros(m_fee->text()).value_or(0);
    r.periodFrom = m_from->date();
    r.periodTo = m_to->date();
    r.schemeSessions = m_schemeSessions->value();
    r.mutuelleForfaitCents =
        m_mutuelle->text().trimmed().isEmpty() ? 0 : parseEuros(m_mutuelle->text()).value_or(-1);
    r.payee = aidPayeeFromKey(m_payee->currentData().toString()).value_or(AidPayee::Person);
    return r;
}

bool AidRequestWizard::storeRequest()
{
    const AidRequest request = requestFromPages();
    if (m_requestId == 0) {
        auto command = AidCommand::create(m_aid.file(), request, tr("add the aid request"));
        AidCommand* raw = command.get();
        if (!ServiceCommand::push(m_context, std::move(command)))
            return false;
        m_requestId = raw->requestId();
        return true;
    }
    return ServiceCommand::push(
        m_context, std::make_unique<AidCommand>(
                       m_aid.file(), m_requestId, tr("change the aid request"),
                       [request](AidService& aid) { return aid.updateRequest(request); }));
}

void AidRequestWizard::fillChecklist()
{
    const auto request = m_aid.request(m_requestId);
    if (!request)
        return;
    const auto lines =
        AidRules::checklist(*request, m_aid.today(), m_aid.file().settings().aidSettings());
    m_checklist->setRowCount(0);
    m_checklist->setRowCount(int(lines.size()));
    int row = 0;
    for (const AidChecklistLine& line : lines) {
        const QString key = line.item.key;
        auto* label =
            new QTableWidgetItem(line.label + (line.required ? QString() : tr(" (optional)")));
        label->setToolTip(line.hint);
        label->setData(Qt::UserRole, key);
        label->setFlags(Qt::ItemIsEnabled);
        m_checklist->setItem(row, DocumentColumn, label);

        auto* status = new QComboBox(m_checklist);
        status->setObjectName(QStringLiteral("status_") + key);
        status->setAccessibleName(tr("Status of “%1”").arg(line.label));
        for (ChecklistStatus s : {ChecklistStatus::Missing, ChecklistStatus::Requested,
                                  ChecklistStatus::Received, ChecklistStatus::Attached})
            status->addItem(AidRules::checklistStatusText(s), checklistStatusKey(s));
        status->setCurrentIndex(status->findData(checklistStatusKey(line.item.status)));
        m_checklist->setCellWidget(row, StatusColumn, status);

        if (key == QLatin1String("income")) {
            auto* kind = new QComboBox(m_checklist);
            kind->setObjectName(QStringLiteral("variant_income"));
            kind->setAccessibleName(tr("Which proof of income"));
            kind->addItem(tr("(choose)"), QString());
            for (const char* v : {"tax-notice", "rsa", "c2s"})
                kind->addItem(AidRules::variantLabel(QString::fromLatin1(v)),
                              QString::fromLatin1(v));
            kind->setCurrentIndex(std::max(0, kind->findData(line.item.variant)));
            // Its list shows the whole names; closed, it leaves room for the documents'.
            kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            kind->setMinimumContentsLength(14);
            m_checklist->setCellWidget(row, KindColumn, kind);
        }

        auto* date = new OptionalDateEdit(tr("none"), m_checklist);
        date->setObjectName(QStringLiteral("date_") + key);
        date->setAccessibleName(tr("Date on “%1”").arg(line.label));
        if (line.item.documentDate.isValid())
            date->setDate(line.item.documentDate);
        m_checklist->setCellWidget(row, DateColumn, date);

        auto* attach =
            new QPushButton(line.item.attachmentId ? tr("Replace…") : tr("Attach…"), m_checklist);
        attach->setObjectName(QStringLiteral("attach_") + key);
        attach->setAccessibleName(tr("Attach a scan of “%1”").arg(line.label));
        connect(attach, &QPushButton::clicked, this, [this, key] {
            const QString path = FileDialog::getOpenFileName(
                this, tr("Scan of the document"), QString(),
                tr("PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
            if (!path.isEmpty())
                attachFile(key, path);
        });
        m_checklist->setCellWidget(row, ScanColumn, attach);
        if (line.item.attachmentId)
            m_attachments.insert(key, line.item.attachmentId);
        ++row;
    }
    m_checklist->resizeColumnsToContents();
    m_checklist->horizontalHeader()->setSectionResizeMode(DocumentColumn, QHeaderView::Stretch);
    // Again once the page is laid out (the name column's width is known then).
    QTimer::singleShot(0, m_checklist, &QTableWidget::resizeRowsToContents);
    QStringList advice;
    const auto status = m_aid.status(m_requestId);
    if (status && !status->formUrl.isEmpty())
        advice << tr("Your caisse's form: %1").arg(status->formUrl);
    advice << tr("The prescription may be dated after the therapy started: caisses have accepted "
                 "that.");
    m_checklistAdvice->setText(advice.join(QLatin1Char('\n')));
}

QList<ChecklistItem> AidRequestWizard::checklistFromTable() const
{
    QList<ChecklistItem> items;
    const auto stored = m_aid.request(m_requestId);
    for (int row = 0; row < m_checklist->rowCount(); ++row) {
        ChecklistItem item;
        item.key = m_checklist->item(row, DocumentColumn)->data(Qt::UserRole).toString();
        if (stored) {
            if (const ChecklistItem* existing = stored->item(item.key))
                item = *existing;
        }
        const auto* status = qobject_cast<QComboBox*>(m_checklist->cellWidget(row, StatusColumn));
        item.status = checklistStatusFromKey(status->currentData().toString())
                          .value_or(ChecklistStatus::Missing);
        if (const auto* kind = qobject_cast<QComboBox*>(m_checklist->cellWidget(row, KindColumn)))
            item.variant = kind->currentData().toString();
        item.documentDate =
            qobject_cast<OptionalDateEdit*>(m_checklist->cellWidget(row, DateColumn))->date();
        item.attachmentId =
            item.status == ChecklistStatus::Attached ? m_attachments.value(item.key) : 0;
        items.append(item);
    }
    return items;
}

bool AidRequestWizard::storeChecklist()
{
    if (m_requestId == 0 || m_checklist->rowCount() == 0)
        return true;
    const QList<ChecklistItem> items = checklistFromTable();
    const auto stored = m_aid.request(m_requestId);
    if (stored && stored->checklist == items)
        return true;
    return ServiceCommand::push(
        m_context, std::make_unique<AidCommand>(
                       m_aid.file(), m_requestId, tr("change the documents of the aid request"),
                       [id = m_requestId, items](AidService& aid) -> Result<void> {
                           auto r = aid.request(id);
                           if (!r)
                               return Error::notFound(QStringLiteral("aid_request_id"), {});
                           r->checklist = items;
                           return aid.updateRequest(*r);
                       }));
}

bool AidRequestWizard::attachFile(const QString& key, const QString& path)
{
    if (m_requestId == 0)
        return false;
    ChecklistItem item;
    item.key = key;
    for (const ChecklistItem& row : checklistFromTable()) {
        if (row.key == key)
            item = row;
    }
    const bool ok = ServiceCommand::push(
        m_context, std::make_unique<AidCommand>(
                       m_aid.file(), m_requestId, tr("attach a scan to the aid request"),
                       [id = m_requestId, item, path](AidService& aid) -> Result<void> {
                           auto attached = aid.attachDocument(id, item, path);
                           if (!attached)
                               return attached.error();
                           return {};
                       }));
    if (!ok)
        return false;
    const auto stored = m_aid.request(m_requestId);
    if (const ChecklistItem* attached = stored ? stored->item(key) : nullptr)
        m_attachments.insert(key, attached->attachmentId);
    for (int row = 0; row < m_checklist->rowCount(); ++row) {
        if (m_checklist->item(row, DocumentColumn)->data(Qt::UserRole).toString() != key)
            continue;
        auto* status = qobject_cast<QComboBox*>(m_checklist->cellWidget(row, StatusColumn));
        status->setCurrentIndex(status->findData(checklistStatusKey(ChecklistStatus::Attached)));
        qobject_cast<QPushButton*>(m_checklist->cellWidget(row, ScanColumn))
            ->setText(QFileInfo(path).fileName());
    }
    return true;
}

QStringList AidRequestWizard::generateDocuments(const QString& folder)
{
    QStringList written;
    if (m_requestId == 0 || !storeChecklist())
        return written;
    if (!QDir().mkpath(folder)) {
        report(tr("The folder %1 cannot be created.").arg(folder));
        return written;
    }
    const auto data = AidDocumentAssembler::data(m_aid, m_requestId);
    if (!data) {
        report(data.error().message);
        return written;
    }
    // The letters that gather the documents are written anyway; those for the CPAM, once the
    // dossier is complete or the user chose to go on.
    const bool forTheCpam =
        IncompleteDossier::confirm(this, data->status, IncompleteDossier::Action::WriteDocuments);
    QList<AidDocuments::Kind> kinds{AidDocuments::Kind::QuoteRequest, AidDocuments::Kind::Quote};
    if (forTheCpam)
        kinds << AidDocuments::Kind::CoverLetter << AidDocuments::Kind::Summary;
    const QDir dir(folder);
    for (const auto kind : std::as_const(kinds)) {
        const QString path = dir.filePath(AidDocuments::fileName(AidDocuments::key(kind), *data));
        const auto result = AidDocuments::writePdf(kind, *data, path);
        if (!result) {
            report(result.error().message);
            return written;
        }
        written << path;
    }
    if (forTheCpam) {
        const QString dossier =
            dir.filePath(AidDocuments::fileName(QStringLiteral("dossier"), *data));
        const auto result = AidDocuments::writeDossier(
            *data, AidDocumentAssembler::attachments(m_aid, *data), dossier);
        if (!result) {
            report(result.error().message);
            return written;
        }
        written << dossier;
    }
    QStringList names;
    for (const QString& path : std::as_const(written))
        names << QFileInfo(path).fileName();
    QString text = tr("Written in %1: %2")
                       .arg(QDir::toNativeSeparators(folder), names.join(QStringLiteral(", ")));
    if (!forTheCpam)
        text += QLatin1Char(' ') + tr("The cover letter and the dossier wait for the missing "
                                      "documents.");
    m_generated->setText(text);
    return written;
}

bool AidRequestWizard::validateCurrentPage()
{
    switch (currentId()) {
    case WhoPage:
        if (m_person->count() == 0 || m_psychologist->count() == 0) {
            report(tr("Add the person and the psychologist to the file first."));
            return false;
        }
        return true;
    case CarePage:
        if (!storeRequest())
            return false;
        fillChecklist();
        return true;
    case ChecklistPage:
        return storeChecklist();
    case DocumentsPage:
        return true;
    case SendPage: {
        if (!m_sent->isChecked())
            return true;
        const auto status = m_aid.status(m_requestId);
        if (status &&
            !IncompleteDossier::confirm(this, *status, IncompleteDossier::Action::RecordSent))
            return false;
        return ServiceCommand::push(
            m_context, std::make_unique<AidCommand>(
                           m_aid.file(), m_requestId, tr("mark the aid request as sent"),
                           [id = m_requestId, date = m_sentDate->date()](AidService& aid) {
                               return aid.markSubmitted(id, date);
                           }));
    }
    default:
        return true;
    }
}

void AidRequestWizard::report(const QString& message)
{
    m_context.reportError(windowTitle(), message);
}

} // namespace carnet
