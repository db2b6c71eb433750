#include "sessions/SessionTableModel.h"

#include "model/Money.h"
#include "read/ReadSide.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "service/SettingsService.h"
#include "sessions/CareLabels.h"
#include "shell/Emphasis.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>

namespace carnet {

SessionTableModel::SessionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SessionTableModel::setSource(CarnetFile* service, qint64 personId, int year)
{
    m_file = service;
    m_personId = personId;
    m_year = year;
    m_allPersons = false;
    reload();
}

void SessionTableModel::setSourceAllPersons(CarnetFile* service, int year)
{
    m_file = service;
    m_personId = 0;
    m_year = year;
    m_allPersons = true;
    reload();
}

void SessionTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_status = YearStatus{};
    m_persons.clear();
    m_nextPerson = 0;
    m_psychologists.clear();
    if (m_allPersons && m_file) {
        for (const Person& person : m_file->people().persons())
            m_persons.append(person.id);
        for (const Practitioner& practitioner : m_file->people().practitioners())
            m_psychologists.insert(practitioner.id, practitioner.name);
        m_settings = m_file->settings().statusSettings();
        m_rows = nextRows();
    } else if (m_file && m_personId != 0) {
        QHash<qint64, SessionAssessment> assessments;
        if (Result<YearStatus> status = m_file->read().yearStatus(m_personId, m_year)) {
            m_status = status.value();
            for (const SessionAssessment& assessment : std::as_const(m_status.sessions))
                assessments.insert(assessment.sessionId, assessment);
        }
        QHash<qint64, QString> names;
        for (const Practitioner& practitioner : m_file->people().practitioners())
            names.insert(practitioner.id, practitioner.name);
        QHash<qint64, CareSheet> sheets;
        for (const CareSheet& sheet : m_file->careSheets().careSheets(m_personId))
            sheets.insert(sheet.id, sheet);

        for (const Session& session : m_file->sessions().sessions(m_personId, m_year)) {
            m_rows.append(makeRow(session, names.value(session.practitionerId), m_status.coveredCap,
                                  assessments, sheets));
        }
    }
    endResetModel();
}

SessionTableModel::Row
SessionTableModel::makeRow(const Session& session, const QString& psychologist, int coveredCap,
                           const QHash<qint64, SessionAssessment>& assessments,
                           const QHash<qint64, CareSheet>& sheets)
{
    Row row;
    row.session = session;
    row.psychologist = psychologist;
    row.coveredCap = coveredCap;
    const auto found = assessments.constFind(session.id);
    if (found != assessments.cend()) {
        row.assessment = *found;
        row.assessed = true;
        const auto sheet = sheets.constFind(found->sheetId);
        if (found->sheetId != 0 && sheet != sheets.cend()) {
            row.sheetIssued = sheet->issued;
            row.sheetSent = sheet->sent;
        }
    }
    return row;
}

QList<SessionTableModel::Row> SessionTableModel::nextRows()
{
    QList<Row> rows;
    const QDate today = m_file->today();
    while (rows.size() < FetchBatch && m_nextPerson < m_persons.size()) {
        const qint64 personId = m_persons.at(m_nextPerson++);
        QList<int> years{m_year};
        if (m_year == 0) {
            years.clear();
            for (const Session& session : m_file->sessions().sessions(personId)) {
                if (!years.contains(session.date.year()))
                    years.append(session.date.year());
            }
        }
        for (int year : std::as_const(years)) {
            // The facts once, judged here: what yearStatus() would load, not more.
            const Result<PersonYearFacts> facts = m_file->read().yearFacts(personId, year);
            if (!facts)
                continue;
            const YearStatus status = CarePathRules::yearStatus(*facts, year, today, m_settings);
            QHash<qint64, SessionAssessment> assessments;
            for (const SessionAssessment& assessment : status.sessions)
                assessments.insert(assessment.sessionId, assessment);
            QHash<qint64, CareSheet> sheets;
            for (const CareSheet& sheet : facts->sheets)
                sheets.insert(sheet.id, sheet);
            for (const Session& session : facts->sessions) {
                if (session.date.year() != year)
                    continue;
                rows.append(makeRow(session, m_psychologists.value(session.practitionerId),
                                    status.coveredCap, assessments, sheets));
            }
        }
    }
    return rows;
}

bool SessionTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_allPersons && m_nextPerson < m_persons.size();
}

void SessionTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Row> rows = nextRows();
    if (rows.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

qint64 SessionTableModel::sessionId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).session.id : 0;
}

int SessionTableModel::rowOf(qint64 sessionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).session.id == sessionId)
            return i;
    }
    return -1;
}

const Session* SessionTableModel::session(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).session : nullptr;
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == PaidBackColumn && row.assessed &&
            row.assessment.expectedCents() > 0) {
            QStringList lines{tr("CPAM: %1 received of %2")
                                  .arg(formatCents(row.assessment.receivedAmoCents),
                                       formatCents(row.assessment.expectedAmoCents))};
            if (row.assessment.expectedAmcCents > 0)
                lines << tr("Mutuelle: %1 received of %2")
                             .arg(formatCents(row.assessment.receivedAmcCents),
                                  formatCents(row.assessment.expectedAmcCents));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == CoveredColumn || index.column() == ReasonColumn) {
            QStringList lines;
            if (!row.assessment.reasonText.isEmpty())
                lines << row.assessment.reasonText;
            lines << row.assessment.warnings;
            if (!lines.isEmpty())
                return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FeeColumn || index.column() == PaidColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == CoveredColumn && row.assessed && !row.assessment.covered)
            return QBrush(Emphasis::warningText(QGuiApplication::palette()));
        return {};
    case SessionIdRole:
        return row.session.id;
    case CoveredRole:
        return row.assessed && row.assessment.covered;
    case PersonIdRole:
        return row.session.personId;
    case SortRole:
        return sortData(row, index.column());
    default:
        return {};
    }
}

QVariant SessionTableModel::displayData(const Row& row, int column) const
{
    switch (Column(column)) {
    case DateColumn:
        return CareLabels::date(row.session.date);
    case PsychologistColumn:
        return row.psychologist;
    case KindColumn:
        return CareLabels::sessionKind(row.session.kind);
    case ModeColumn:
        return CareLabels::sessionMode(row.session.mode);
    case FeeColumn:
        return formatCents(row.session.feeCents);
    case PaidColumn:
        return formatCents(row.session.paidCents);
    case CoveredColumn:
        if (!row.assessed)
            return QString();
        if (!row.assessment.covered)
            return tr("Not covered");
        return row.coveredCap > 0
                   ? tr("Covered (%1 of %2)").arg(row.assessment.coveredIndex).arg(row.coveredCap)
                   : tr("Covered");
    case PaidBackColumn:
        if (!row.assessed)
            return QString();
        switch (row.assessment.repayment()) {
        case SessionAssessment::Repayment::NotCovered:
            return QString();
        case SessionAssessment::Repayment::NothingToGetBack:
            return tr("Nothing to get back (tiers payant)");
        case SessionAssessment::Repayment::NotYet:
            return tr("Not yet");
        case SessionAssessment::Repayment::Partly:
            return tr("Partly: %1 of %2")
                .arg(formatCents(row.assessment.receivedCents()),
                     formatCents(row.assessment.expectedCents()));
        case SessionAssessment::Repayment::PaidBack:
            return tr("Paid back: %1").arg(formatCents(row.assessment.receivedCents()));
        }
        return QString();
    case ReasonColumn: {
        QStringList parts;
        if (!row.assessment.reasonText.isEmpty())
            parts << row.assessment.reasonText;
        parts << row.assessment.warnings;
        return parts.join(QLatin1Char(' '));
    }
    case SheetColumn:
        if (row.assessment.sheetId == 0)
            return tr("None yet");
        if (row.sheetSent.isValid())
            return tr("Sent on %1").arg(CareLabels::date(row.sheetSent));
        return tr("Issued %1, to send").arg(CareLabels::date(row.sheetIssued));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionTableModel::sortData(const Row& row, int column) const
{
    switch (Column(column)) {
    case DateColumn:
        return row.session.date;
    case FeeColumn:
        return row.session.feeCents;
    case PaidColumn:
        return row.session.paidCents;
    case CoveredColumn:
        return row.assessment.covered ? row.assessment.coveredIndex : 1000;
    case PaidBackColumn:
        return int(row.assessment.repayment()) * 1000000 + int(row.assessment.receivedCents());
    default:
        return displayData(row, column);
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case PsychologistColumn:
        return tr("Psychologist");
    case KindColumn:
        return tr("Kind");
    case ModeColumn:
        return tr("Mode");
    case FeeColumn:
        return tr("Fee");
    case PaidColumn:
        return tr("Paid");
    case CoveredColumn:
        return tr("Covered by the scheme",
                  "column header: covered by Mon soutien psy, its share to be paid back (not that "
                  "the money came: see the Paid back column)");
    case PaidBackColumn:
        return tr("Paid back", "column header: whether the money of a covered session came");
    case ReasonColumn:
        return tr("Why not / warnings");
    case SheetColumn:
        return tr("Care sheet");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace carnet
