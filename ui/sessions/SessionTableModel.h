#pragma once

#include "model/Session.h"
#include "rules/CarePathRules.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace carnet {

class CarnetFile;

// One person's sessions of one calendar year, with the core's verdict on each (covered or
// not, and why): fed by CarnetFile::sessions and CarnetFile::yearStatus. Or every person's
// sessions (setSourceAllPersons), loaded a window at a time as a view scrolls (canFetchMore /
// fetchMore), so a file of hundreds of persons never loads all its rows at once.
class SessionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        PsychologistColumn,
        KindColumn,
        ModeColumn,
        FeeColumn,
        PaidColumn,
        CoveredColumn,  // covered by the scheme (its share will be paid back)...
        PaidBackColumn, // ... and whether the money came back
        SheetColumn,
        ReasonColumn, // last: free text, takes the room left (SessionsPage)
        ColumnCount,
    };

    enum Role
    {
        SessionIdRole = Qt::UserRole + 1, // qint64
        CoveredRole,                      // bool
        SortRole,                         // a value that sorts naturally
        PersonIdRole,                     // qint64
    };

    // Rows each fetchMore() adds in the all-persons mode (whole persons, so a little more).
    static constexpr int FetchBatch = 200;

    explicit SessionTableModel(QObject* parent = nullptr);

    // What to show; a null service or a zero person shows nothing.
    void setSource(CarnetFile* service, qint64 personId, int year);
    // Every person's sessions of `year` (0 = every year), person by person in date order;
    // the first window is loaded at once, the rest by fetchMore().
    void setSourceAllPersons(CarnetFile* service, int year);
    bool isAllPersons() const { return m_allPersons; }
    // Reads the file again (after any change).
    void reload();

    qint64 personId() const { return m_personId; }
    int year() const { return m_year; }
    // The year's status the rows come from (figures for a summary line).
    const YearStatus& yearStatus() const { return m_status; }

    qint64 sessionId(int row) const;
    int rowOf(qint64 sessionId) const;
    const Session* session(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Row
    {
        Session session;
        SessionAssessment assessment;
        bool assessed = false;
        QString psychologist;
        QDate sheetIssued;
        QDate sheetSent;
        int coveredCap = 0;
    };

    // The next persons' rows, at least FetchBatch of them unless the persons run out.
    QList<Row> nextRows();
    // One session's row: its verdict from `assessments` (by session id) and its sheet's dates
    // from `sheets` (by sheet id), when there are.
    static Row makeRow(const Session& session, const QString& psychologist, int coveredCap,
                       const QHash<qint64, SessionAssessment>& assessments,
                       const QHash<qint64, CareSheet>& sheets);

    QVariant displayData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;

    CarnetFile* m_file = nullptr;
    qint64 m_personId = 0;
    int m_year = 0;
    YearStatus m_status;
    QList<Row> m_rows;
    // All-persons mode: the persons still to load, and what every row shares.
    bool m_allPersons = false;
    QList<qint64> m_persons;
    qsizetype m_nextPerson = 0;
    QHash<qint64, QString> m_psychologists;
    StatusSettings m_settings;
};

} // namespace carnet
