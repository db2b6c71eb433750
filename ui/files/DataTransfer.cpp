#include "files/DataTransfer.h"

#include "files/PassphraseDialog.h"
#include "io/CsvExport.h"
#include "io/EncryptedContainer.h"
#include "io/JsonExport.h"
#include "io/JsonImport.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "shell/AppContext.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QUndoStack>

#include <algorithm>

namespace carnet {

namespace {

QString suggestedPath(const AppContext& context, const QString& suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = QFileInfo(context.filePath()).completeBaseName();
    return QDir(dir).filePath(QStringLiteral("%1-%2.%3")
                                  .arg(base.isEmpty() ? QStringLiteral("carnet") : base,
                                       QDate::currentDate().toString(Qt::ISODate), suffix));
}

QString withSuffix(QString path, const QString& suffix)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

} // namespace

void DataTransfer::exportJson(QWidget* parent, AppContext& context, bool currentPersonOnly)
{
    Database* db = context.database();
    if (!db)
        return;
    const qint64 person = currentPersonOnly ? context.currentPerson() : 0;
    if (currentPersonOnly && person == 0)
        return;
    const QString title = tr("Export as JSON");
    const QString path = withSuffix(
        FileDialog::getSaveFileName(parent, title, suggestedPath(context, QStringLiteral("json")),
                                    tr("JSON files (*.json)")),
        QStringLiteral("json"));
    if (path.isEmpty())
        return;
    const Result<QByteArray> document =
        person != 0 ? JsonExport::exportPerson(*db, person) : JsonExport::exportFile(*db);
    const Result<void> written =
        document ? JsonExport::writeFile(path, *document) : Result<void>(document.error());
    if (!written) {
        context.reportError(title, written.error().message);
        return;
    }
    MessageBox::information(
        parent, title,
        tr("Exported to “%1”. The file holds health data: keep it somewhere private.")
            .arg(QDir::toNativeSeparators(path)));
}

void DataTransfer::exportEncrypted(QWidget* parent, AppContext& context)
{
    CarnetFile* service = context.file();
    if (!service)
        return;
    const QString title = tr("Export a person, encrypted");
    const Result<Person> person = service->people().findPerson(context.currentPerson());
    if (!person) {
        MessageBox::information(parent, title, tr("Choose the person first."));
        return;
    }
    const QString suffix = EncryptedContainer::fileSuffix();
    const QString proposed =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(EncryptedContainer::fileName(person->name, service->today()));
    const QString path =
        withSuffix(FileDialog::getSaveFileName(parent, title, proposed,
                                               tr("Encrypted Carnet exports (*.%1)").arg(suffix)),
                   suffix);
    if (path.isEmpty())
        return;
    QString passphrase = PassphraseDialog::ask(
        parent, PassphraseDialog::Mode::Seal, title,
        tr("%1's records and attached files will be encrypted with this passphrase. Give it to "
           "them another way than the file (say it, or write it on paper): without it the file "
           "cannot be opened, and Carnet cannot recover it.")
            .arg(person->name));
    const auto wipePassphrase =
        qScopeGuard([&passphrase] { EncryptedContainer::wipe(passphrase); });
    if (passphrase.isEmpty())
        return;
    Result<QByteArray> document = JsonExport::exportPerson(service->database(), person->id);
    if (document) {
        QByteArray plaintext = std::move(document.value());
        QGuiApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id: about a second
        document = EncryptedContainer::encrypt(plaintext, passphrase);
        QGuiApplication::restoreOverrideCursor();
        EncryptedContainer::wipe(plaintext);
    }
    const Result<void> written =
        document ? JsonExport::writeFile(path, *document) : Result<void>(document.error());
    if (!written) {
        MessageBox::warning(parent, title, written.error().message);
        return;
    }
    MessageBox::information(
        parent, title,
        tr("%1's file is exported to “%2”, encrypted. Carnet opens it with File ▸ Import, "
           "given the passphrase.")
            .arg(person->name, QDir::toNativeSeparators(path)));
}

void DataTransfer::exportCsv(QWidget* parent, AppContext& context, bool payments)
{
    Database* db = context.database();
    if (!db)
        return;
    const QString title = payments ? tr("Export the payments") : tr("Export the sessions");
    const QString suffix = QStringLiteral("csv");
    const QString path =
        withSuffix(FileDialog::getSaveFileName(parent, title, suggestedPath(context, suffix),
                                               tr("Spreadsheet files (*.csv)")),
                   suffix);
    if (path.isEmpty())
        return;
    const QLocale locale;
    const Result<void> written = payments ? CsvExport::writePayments(*db, path, locale)
                                          : CsvExport::writeSessions(*db, path, locale);
    if (!written) {
        context.reportError(title, written.error().message);
        return;
    }
    MessageBox::information(parent, title,
                            tr("Exported to “%1”.").arg(QDir::toNativeSeparators(path)));
}

void DataTransfer::importJson(QWidget* parent, AppContext& context)
{
    CarnetFile* service = context.file();
    if (!service || context.isReadOnly())
        return;
    const QString title = tr("Import from JSON");
    const QString path = FileDialog::getOpenFileName(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Carnet exports (*.json *.%1);;All files (*)").arg(EncryptedContainer::fileSuffix()));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > JsonImport::maxDocumentBytes || !file.open(QIODevice::ReadOnly)) {
        context.reportError(title, tr("Carnet cannot read “%1”.").arg(QFileInfo(path).fileName()));
        return;
    }
    QByteArray json = file.readAll();
    // A decrypted document is health data in memory: zeroed once imported.
    const auto wipeDocument = qScopeGuard([&json] { EncryptedContainer::wipe(json); });
    if (EncryptedContainer::isEncrypted(json)) {
        QString passphrase =
            PassphraseDialog::ask(parent, PassphraseDialog::Mode::Open, title,
                                  tr("“%1” is encrypted. Type the passphrase it was exported with.")
                                      .arg(QFileInfo(path).fileName()));
        if (passphrase.isEmpty())
            return;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        Result<QByteArray> opened = EncryptedContainer::decrypt(json, passphrase);
        QGuiApplication::restoreOverrideCursor();
        EncryptedContainer::wipe(passphrase);
        if (!opened) {
            MessageBox::warning(parent, title,
                                tr("Nothing was imported: %1").arg(opened.error().message));
            return;
        }
        json = std::move(opened.value());
    }
    JsonImport::Options options;
    options.ids = JsonImport::Ids::Renumber;
    const auto summary = JsonImport::importInto(*service, json, options);
    if (!summary) {
        context.reportError(title, tr("Nothing was imported: %1").arg(summary.error().message));
        return;
    }
    context.undoStack()->clear();
    if (!summary->personIds.isEmpty()) {
        // The first person of the document (a hash has no order of its own).
        QList<qint64> documentIds = summary->personIds.keys();
        std::sort(documentIds.begin(), documentIds.end());
        context.setCurrentPerson(summary->personIds.value(documentIds.constFirst()));
    }
    QString text = tr("Imported %n person(s)", nullptr, summary->persons) + QLatin1String(", ") +
                   tr("%n session(s)", nullptr, summary->sessions) + QLatin1String(", ") +
                   tr("%n payment(s).", nullptr, summary->payments);
    if (!summary->warnings.isEmpty()) {
        // What `session add` would have said of the same facts (not covered, second evaluation…).
        QStringList lines;
        for (const JsonImport::Warning& warning : summary->warnings)
            lines << tr("%1: %2").arg(warning.path, warning.message);
        text += QLatin1String("\n\n") +
                tr("%n warning(s):", nullptr, int(summary->warnings.size())) + QLatin1Char('\n') +
                lines.join(QLatin1Char('\n'));
    }
    MessageBox::information(parent, title, text);
}

} // namespace carnet
