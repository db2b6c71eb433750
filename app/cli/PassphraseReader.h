#pragma once

#include "model/Result.h"

#include <QString>

class QTextStream;

namespace carnet::cli {

// Where carnet-cli gets a passphrase: the first line of --passphrase-file, or the terminal
// (standard input, echo off); never the command line, where other users and the shell's
// history would see it. With neither a file nor a terminal it refuses. A refusal's `field`
// is the option to name ("--passphrase-file").
class PassphraseReader final
{
public:
    PassphraseReader() = delete;

    enum class Ask
    {
        Once,  // to open a file
        Twice, // to seal one: typed twice on the terminal, the two must match
    };

    // `file` empty: the terminal. Prompts go to `prompts` (stderr).
    static Result<QString> read(const QString& file, Ask ask, QTextStream& prompts);

private:
    static Result<QString> fromFile(const QString& path);
    static Result<QString> fromTerminal(const QString& prompt, QTextStream& prompts);
};

} // namespace carnet::cli
