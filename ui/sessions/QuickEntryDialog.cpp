#include "sessions/QuickEntryDialog.h"

#include "commands/AddSessionCommand.h"
#include "commands/EditSessionCommand.h"
#include "model/Money.h"
#include "read/ReadSide.h"
#include "read/SessionDraft.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "sessions/CareLabels.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace carnet {

namespace {

QString centsText(Cents cents)
{
    const QString point = QLocale().decimalPoint();
    return formatCentsPlain(cents, point.isEmpty() ? QLatin1Char('.') : point.at(0));
}

} // namespace

QuickEntryDialog::QuickEntryDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("quickEntryDialog"));
    setWindowTitle(tr("Record a session"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("sessionDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date of the session"));
    form->addRow(tr("&Date:"), m_date);

    m_psychologist = new QComboBox(this);
    m_psychologist->setObjectName(QStringLiteral("psychologistCombo"));
    m_psychologist->setAccessibleName(tr("Psychologist"));
    form->addRow(tr("&Psychologist:"), m_psychologist);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind of session"));
    for (SessionKind kind : {SessionKind::Evaluation, SessionKind::FollowUp, SessionKind::Private})
        m_kind->addItem(CareLabels::sessionKind(kind), int(kind));
    form->addRow(tr("&Kind:"), m_kind);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->setAccessibleName(tr("In person or remote"));
    for (SessionMode mode : {SessionMode::Office, SessionMode::Remote})
        m_mode->addItem(CareLabels::sessionMode(mode), int(mode));
    form->addRow(tr("&Where:"), m_mode);

    m_fee = new QLineEdit(this);
    m_fee->setObjectName(QStringLiteral("feeEdit"));
    m_fee->setAccessibleName(tr("Fee charged, in euros"));
    form->addRow(tr("&Fee (€):"), m_fee);

    m_paid = new QLineEdit(this);
    m_paid->setObjectName(QStringLiteral("paidEdit"));
    m_paid->setAccessibleName(tr("Amount you paid the psychologist, in euros"));
    m_paid->setToolTip(tr("What you advanced. With tiers payant (C2S, AME, ALD, maternity, "
                          "work accident) you advance nothing."));
    form->addRow(tr("P&aid (€):"), m_paid);

    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    form->addRow(tr("&Notes:"), m_notes);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("coveragePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAccessibleName(tr("Coverage of this session"));
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 3);
    layout->addWidget(m_preview);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("quickEntryButtons"));
    QPushButton* save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveSessionButton"));
    save->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QuickEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    setTabOrder(m_date, m_psychologist);
    setTabOrder(m_psychologist, m_kind);
    setTabOrder(m_kind, m_mode);
    setTabOrder(m_mode, m_fee);
    setTabOrder(m_fee, m_paid);
    setTabOrder(m_paid, m_notes);

    // Every change asks the read side again: the defaults of the fields nobody typed in (the
    // kind, the fee, what was paid) and the verdict.
    connect(m_date, &QDateEdit::dateChanged, this, &QuickEntryDialog::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_kindTouched = true;
        refresh();
    });
    connect(m_psychologist, &QComboBox::currentIndexChanged, this, &QuickEntryDialog::refresh);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &QuickEntryDialog::refresh);
    connect(m_fee, &QLineEdit::textEdited, this, [this] {
        m_feeTouched = true;
        refresh();
    });
    connect(m_paid, &QLineEdit::textEdited, this, [this] {
        m_paidTouched = true;
        refresh();
    });

    fillDefaults();
    m_date->setFocus();
}

qint64 QuickEntryDialog::personId() const
{
    return m_editing ? m_editing->personId : m_context.currentPerson();
}

void QuickEntryDialog::fillDefaults()
{
    CarnetFile* service = m_context.file();
    m_filling = true;
    m_psychologist->clear();
    if (service) {
        for (const Practitioner& practitioner : service->people().practitioners()) {
            if (practitioner.role != PractitionerRole::Psychologist)
                continue;
            const QString label =
                practitioner.partner
                    ? practitioner.name
                    : tr("%1 (not a partner of the scheme)").arg(practitioner.name);
            m_psychologist->addItem(label, practitioner.id);
        }
        // The person's usual psychologist, else the one chosen in the settings.
        const auto usual = service->read().usualPsychologist(personId());
        const int index =
            m_psychologist->findData(usual ? usual->id : m_context.defaultPsychologist());
        if (index >= 0)
            m_psychologist->setCurrentIndex(index);
        m_date->setDate(service->today());
        m_mode->setCurrentIndex(m_mode->findData(int(SessionMode::Office)));
    }
    m_filling = false;
    refresh();
}

Session QuickEntryDialog::draft() const
{
    Session session = m_editing.value_or(Session{});
    if (!m_editing)
        session.personId = m_context.currentPerson();
    session.practitionerId = m_psychologist->currentData().toLongLong();
    session.date = m_date->date();
    session.kind = SessionKind(m_kind->currentData().toInt());
    session.mode = SessionMode(m_mode->currentData().toInt());
    session.feeCents = parseEuros(m_fee->text()).value_or(0);
    session.paidCents = parseEuros(m_paid->text()).value_or(0);
    session.notes = m_notes->text().trimmed();
    return session;
}

void QuickEntryDialog::refresh()
{
    CarnetFile* file = m_context.file();
    if (m_filling || !file)
        return;
    if (m_psychologist->count() == 0) {
        showPreview(tr("No psychologist in this file yet. Add yours with the Mon soutien psy path "
                       "assistant first."));
        return;
    }
    SessionDraft draft;
    draft.session = this->draft();
    draft.feeFromTariff = !m_editing && !m_feeTouched;
    draft.paidByDefault = !m_editing && !m_paidTouched;
    if ((!draft.feeFromTariff && !parseEuros(m_fee->text())) ||
        (!draft.paidByDefault && !parseEuros(m_paid->text()))) {
        showPreview(tr("Type the amounts in euros, for example 50 or 50.00."));
        return;
    }
    Result<SessionDraftAnswer> answer = file->read().sessionDraft(draft);
    // The kind nobody chose follows the year of the date: the evaluation first.
    if (answer && !m_editing && !m_kindTouched && answer->defaultKind != draft.session.kind) {
        draft.session.kind = answer->defaultKind;
        m_filling = true;
        m_kind->setCurrentIndex(m_kind->findData(int(draft.session.kind)));
        m_filling = false;
        answer = file->read().sessionDraft(draft);
    }
    if (!answer) {
        showPreview(answer.error().message);
        return;
    }
    m_filling = true;
    if (draft.feeFromTariff)
        m_fee->setText(centsText(answer->session.feeCents));
    if (draft.paidByDefault)
        m_paid->setText(centsText(answer->session.paidCents));
    m_filling = false;
    showVerdict(answer.value());
}

void QuickEntryDialog::showVerdict(const SessionDraftAnswer& answer)
{
    QStringList lines;
    if (answer.refusal)
        lines << tr("Cannot be saved: %1").arg(answer.refusal->message);
    if (answer.judged) {
        if (answer.covered) {
            lines << tr("Will be covered by Mon soutien psy: session %1 of %2 this year.")
                         .arg(answer.coveredIndex)
                         .arg(answer.yearCap);
            if (answer.thirdPartyPayment)
                lines << tr("Nothing to advance: the CPAM pays the psychologist directly.");
            else if (answer.expectedAmoCents > 0 || answer.expectedAmcCents > 0)
                lines << tr("Expected back: %1 from the CPAM, %2 from the mutuelle.")
                             .arg(formatCents(answer.expectedAmoCents),
                                  formatCents(answer.expectedAmcCents));
        } else {
            lines << tr("Will not be covered: %1").arg(answer.reasonText);
        }
        lines << answer.warnings;
    }
    showPreview(lines.join(QLatin1Char('\n')));
}

void QuickEntryDialog::showPreview(const QString& text)
{
    m_preview->setText(text);
    // Its name says what it is; the verdict itself is read as its description.
    m_preview->setAccessibleDescription(text);
}

void QuickEntryDialog::setSession(const Session& session)
{
    m_editing = session;
    setWindowTitle(tr("Edit a session"));
    m_filling = true;
    int index = m_psychologist->findData(session.practitionerId);
    if (index < 0 && m_context.file()) {
        if (const auto practitioner =
                m_context.file()->people().practitioner(session.practitionerId))
            m_psychologist->addItem(practitioner->name, practitioner->id);
        index = m_psychologist->findData(session.practitionerId);
    }
    m_psychologist->setCurrentIndex(index);
    m_date->setDate(session.date);
    m_kind->setCurrentIndex(m_kind->findData(int(session.kind)));
    m_mode->setCurrentIndex(m_mode->findData(int(session.mode)));
    m_fee->setText(centsText(session.feeCents));
    m_paid->setText(centsText(session.paidCents));
    m_notes->setText(session.notes);
    m_feeTouched = m_paidTouched = true;
    m_filling = false;
    refresh();
}

void QuickEntryDialog::accept()
{
    CarnetFile* service = m_context.file();
    if (!service)
        return;
    if (!parseEuros(m_fee->text())) {
        m_context.reportError(windowTitle(), tr("The fee is not an amount in euros."));
        m_fee->setFocus();
        return;
    }
    if (!parseEuros(m_paid->text())) {
        m_context.reportError(windowTitle(), tr("The amount paid is not an amount in euros."));
        m_paid->setFocus();
        return;
    }
    const Session session = draft();
    if (m_editing) {
        if (!ServiceCommand::push(m_context,
                                  std::make_unique<EditSessionCommand>(*service, session)))
            return;
        m_savedId = session.id;
    } else {
        auto command = std::make_unique<AddSessionCommand>(*service, session);
        AddSessionCommand* raw = command.get();
        if (!ServiceCommand::push(m_context, std::move(command)))
            return;
        m_savedId = raw->sessionId();
    }
    QDialog::accept();
}

} // namespace carnet
