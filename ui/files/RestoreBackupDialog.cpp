#include "files/RestoreBackupDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace carnet {

RestoreBackupDialog::RestoreBackupDialog(const QList<BackupInfo>& backups, QWidget* parent)
    : QDialog(parent)
    , m_backups(backups)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from a backup"));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Carnet makes a backup of the file every day it is opened and before each upgrade. "
           "Choose the backup to go back to. The current file is kept as a copy; what was "
           "recorded after the backup will no longer show."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* listLabel = new QLabel(tr("&Backups, newest first:"), this);
    layout->addWidget(listLabel);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    listLabel->setBuddy(m_list);
    const QLocale locale;
    for (const BackupInfo& backup : backups) {
        m_list->addItem(tr("%1 (%2)").arg(locale.toString(backup.created, QLocale::LongFormat),
                                          locale.formattedDataSize(backup.size)));
    }
    layout->addWidget(m_list, 1);

    if (backups.isEmpty()) {
        auto* none = new QLabel(tr("This file has no backup yet."), this);
        none->setObjectName(QStringLiteral("noBackupLabel"));
        layout->addWidget(none);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = m_buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(false);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, restore,
            [restore](int row) { restore->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!backups.isEmpty())
        m_list->setCurrentRow(0);
    resize(520, 360);
}

BackupInfo RestoreBackupDialog::selectedBackup() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_backups.size())
        return {};
    return m_backups.at(row);
}

} // namespace carnet
