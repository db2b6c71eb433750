#pragma once

#include <QCoreApplication>

class QWidget;

namespace carnet {

class AppContext;

// The File menu's import and export: asks for a path, writes or reads through core/io, and
// tells the user what happened in one sentence. Nothing here knows the formats.
class DataTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(DataTransfer)

public:
    DataTransfer() = delete;

    static void exportJson(QWidget* parent, AppContext& context, bool currentPersonOnly);
    // The current person's file, sealed with a passphrase asked twice (PassphraseDialog), to
    // hand back to them; "Camille Durand 2026-12-07.carnet-export" is proposed.
    static void exportEncrypted(QWidget* parent, AppContext& context);
    static void exportCsv(QWidget* parent, AppContext& context, bool payments);
    // Imports a JSON document into the open file (ids renumbered, so it merges); all or
    // nothing. An encrypted export is recognized and its passphrase asked once; a wrong one,
    // or a changed file, changes nothing. Clears the undo stack on success: the undo history
    // no longer matches the file.
    static void importJson(QWidget* parent, AppContext& context);
};

} // namespace carnet
