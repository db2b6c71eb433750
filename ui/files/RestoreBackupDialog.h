#pragma once

#include "store/Database.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QListWidget;

namespace carnet {

// Lists the backups of the open file, newest first, with their dates and sizes, and lets the
// user pick the one to restore (the caller confirms, closes, restores and reopens).
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(const QList<BackupInfo>& backups, QWidget* parent = nullptr);

    // The backup chosen; empty path when none.
    BackupInfo selectedBackup() const;

private:
    QList<BackupInfo> m_backups;
    QListWidget* m_list = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace carnet
