#pragma once

#include "aid/AidRequest.h"

#include <QDate>
#include <QHash>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace carnet {

class AidService;
class AppContext;

// "I need help paying": the AFI request step by step. Who and where (with the caisse's page
// and a warning where psychology is excluded), the care asked for (the quote's figures and
// who pays what), the checklist (status, date and scan of each document), the documents to
// print, and the day the dossier was sent. The request is stored when the care page is
// left, then updated page by page; each change is an undoable command.
class AidRequestWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WhoPage,
        CarePage,
        ChecklistPage,
        DocumentsPage,
        SendPage,
    };

    AidRequestWizard(AppContext& context, AidService& aid, QWidget* parent = nullptr);

    // The stored request (0 until the care page was validated).
    qint64 requestId() const { return m_requestId; }

    // Attaches a scan to a checklist item (the "Attach…" button does this after a file
    // dialog); returns false and reports when the file cannot be attached.
    bool attachFile(const QString& key, const QString& path);
    // Writes the letters, the quote, the summary and the dossier into `folder`; returns
    // the files written (empty and reports on failure).
    QStringList generateDocuments(const QString& folder);

    bool validateCurrentPage() override;

private:
    void buildWhoPage();
    void buildCarePage();
    void buildChecklistPage();
    void buildDocumentsPage();
    void buildSendPage();
    void updateDepartmentInfo();
    void updateTotals();
    void fillChecklist();
    AidRequest requestFromPages() const;
    bool storeRequest();
    bool storeChecklist();
    QList<ChecklistItem> checklistFromTable() const;
    void report(const QString& message);

    AppContext& m_context;
    AidService& m_aid;
    qint64 m_requestId = 0;
    QHash<QString, qint64> m_attachments; // item key → attachment id attached in this wizard

    QComboBox* m_person = nullptr;
    QComboBox* m_department = nullptr;
    QComboBox* m_psychologist = nullptr;
    QLabel* m_departmentInfo = nullptr;
    QLabel* m_departmentWarning = nullptr;
    QSpinBox* m_sessions = nullptr;
    QLineEdit* m_fee = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QSpinBox* m_schemeSessions = nullptr;
    QLineEdit* m_mutuelle = nullptr;
    QComboBox* m_payee = nullptr;
    QLabel* m_totals = nullptr;
    QTableWidget* m_checklist = nullptr;
    QLabel* m_checklistAdvice = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_generated = nullptr;
    QCheckBox* m_sent = nullptr;
    QDateEdit* m_sentDate = nullptr;
    QLabel* m_sendAdvice = nullptr;
};

} // namespace carnet
