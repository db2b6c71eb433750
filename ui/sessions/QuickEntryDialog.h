#pragma once

#include "model/Session.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace carnet {

class AppContext;
class CarnetFile;
struct SessionDraftAnswer;

// "I just had a session": everything pre-filled (the usual psychologist, today, the kind
// that fits, the scheme's fee, what was advanced), so that recording is Ctrl+E then Enter.
// The defaults and the verdict (covered or not, and why; warnings) are the read side's
// answer on the draft (ReadSide::sessionDraft): the dialog computes none of them. Also edits
// a stored session (setSession). Saving goes through an undoable command.
class QuickEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit QuickEntryDialog(AppContext& context, QWidget* parent = nullptr);

    // Edit mode: shows `session` and saves changes to it.
    void setSession(const Session& session);
    bool isEditing() const { return m_editing.has_value(); }

    // The session as the form describes it (fee and paid parsed; 0 when unreadable).
    Session draft() const;
    // The id of the session saved by accept() (new or edited), 0 before.
    qint64 savedSessionId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    void fillDefaults();
    // Asks the read side about the form: fills the defaults, shows the verdict.
    void refresh();
    void showVerdict(const SessionDraftAnswer& answer);
    void showPreview(const QString& text);
    qint64 personId() const;

    AppContext& m_context;
    std::optional<Session> m_editing;
    qint64 m_savedId = 0;
    bool m_feeTouched = false;
    bool m_paidTouched = false;
    bool m_kindTouched = false;
    bool m_filling = false;

    QDateEdit* m_date = nullptr;
    QComboBox* m_psychologist = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_mode = nullptr;
    QLineEdit* m_fee = nullptr;
    QLineEdit* m_paid = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace carnet
