#pragma once

#include "aid/AidRequest.h"
#include "model/Result.h"
#include "shell/LazyPage.h"

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace carnet {

class AidRequestWizard;
class AidService;
class AppContext;

// "I need help paying": the person's AFI requests, the assistant to build one, and the
// tracking of each (documents, days waiting, decision, what is left of the grant and until
// when, next steps), honest about what is anecdotal, with a link to the caisse's ameli page.
class AidPage final : public LazyPage
{
    Q_OBJECT

public:
    explicit AidPage(AppContext& context, QWidget* parent = nullptr);
    ~AidPage() override;

    // The open file's AFI service; nullptr when no file is open.
    AidService* aidService() const;
    // The request selected in the list (loaded first if the page was hidden when it changed).
    qint64 currentRequest();
    void selectRequest(qint64 requestId);

    // Opens the assistant (non-modal; deleted when closed) and returns it.
    AidRequestWizard* startWizard();

    // The tracking actions (the buttons ask for their values in a small dialog, then call
    // these). Each is one undoable change; false when refused (reported to the user).
    bool markSent(QDate date);
    bool recordDecision(QDate date, bool refused, Cents grantedCents, int validityMonths);
    bool addClaim(const AidClaim& claim);
    bool recordAppeal(QDate date, const QString& text);
    bool removeCurrent();
    // Writes one document ("dossier" or an AidDocuments key) of the current request.
    bool writeDocument(const QString& key, const QString& path);

signals:
    void wizardFinished(qint64 requestId);

protected:
    void load() override;
    void updateStaleActions() override;

private:
    void fileChanged();
    void refresh();
    qint64 shownRequest() const;
    void showRequest();
    void askSent();
    void askDecision();
    void askClaim();
    void askAppeal();
    void askDocument(const QString& key);
    bool run(qint64 requestId, const QString& text,
             const std::function<Result<void>(AidService&)>& change);

    AppContext& m_context;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QListWidget* m_requests = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_remove = nullptr;
    QWidget* m_tracking = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_link = nullptr;
    QLabel* m_figures = nullptr;
    QTableWidget* m_checklist = nullptr;
    QListWidget* m_steps = nullptr;
    QLabel* m_warnings = nullptr;
    QToolButton* m_documents = nullptr;
    QPushButton* m_sent = nullptr;
    QPushButton* m_decision = nullptr;
    QPushButton* m_claim = nullptr;
    QPushButton* m_appeal = nullptr;
};

} // namespace carnet
