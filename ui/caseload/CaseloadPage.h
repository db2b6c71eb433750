#pragma once

#include "model/Result.h"
#include "read/Agenda.h"
#include "shell/LazyPage.h"

#include <QDate>
#include <QList>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace carnet {

class AppContext;
class CaseloadFilterModel;
class CaseloadModel;

// "To do": for a volunteer who keeps the files of many persons, every action due across
// persons and years (ReadSide::agenda), by urgency: sheets to create or send, late payments,
// claim deadlines, AFI documents missing, answers overdue, grants expiring. Filtered by kind,
// person and words (accents ignored), with what the CPAM and the mutuelle owe over the rows
// shown; each row opens the page where it is dealt with (openRequested). The agenda is
// computed on a thread of its own (AgendaReader) so that the window never waits for it, again
// after every change; the rows are updated in place. Printable (PDF) and exportable (CSV).
class CaseloadPage final : public LazyPage
{
    Q_OBJECT

public:
    explicit CaseloadPage(AppContext& context, QWidget* parent = nullptr);
    ~CaseloadPage() override;

    CaseloadModel* model() const { return m_model; }
    CaseloadFilterModel* filterModel() const { return m_filter; }
    // True while the agenda is being computed.
    bool isComputing() const { return m_thread != nullptr; }
    // The rows shown (after the filters), in the order shown.
    QList<AgendaItem> shownItems() const;

    // Writes the rows shown; false when it failed (reported to the user).
    bool exportCsv(const QString& path);
    bool exportPdf(const QString& path);

public slots:
    // Opens the page where the selected row is dealt with.
    void openCurrent();

signals:
    // The user wants to deal with `item`: the context's person (and year, for a care item)
    // are set already; the window shows the page and selects the item there.
    void openRequested(const carnet::AgendaItem& item);
    // A newly computed agenda is shown (tests and the benchmark wait for it).
    void loaded();

protected:
    void load() override;
    void updateStaleActions() override;

private:
    void compute();
    void finishComputing(int generation, const Result<QList<AgendaItem>>& result);
    void stopComputing();
    void fillPersons();
    void applyKindFilter();
    void applyPersonFilter();
    void scheduleSummary();
    // The counts and totals of the rows shown (reads every row).
    void updateSummary();
    // The status line: the summary, and whether it is being updated.
    void showStatus();
    void updateActions();
    void askCsv();
    void askPdf();
    QString scopeText() const;

    AppContext& m_context;
    CaseloadModel* m_model = nullptr;
    CaseloadFilterModel* m_filter = nullptr;

    QThread* m_thread = nullptr; // the computation running, if any
    int m_generation = 0;        // of the computation whose result is awaited
    bool m_again = false;        // the file changed while it ran: compute again
    QDate m_today;
    QString m_error;
    bool m_computed = false; // an agenda was computed for this file
    bool m_summaryScheduled = false;
    QString m_summary;                   // what the status line says of the rows
    QMap<qint64, QString> m_personNames; // in the person filter

    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kinds = nullptr;
    QComboBox* m_persons = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_totals = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_pdf = nullptr;
};

} // namespace carnet
