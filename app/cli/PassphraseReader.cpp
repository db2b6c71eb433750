#include "cli/PassphraseReader.h"

#include "io/EncryptedContainer.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace carnet::cli {

namespace {

const QString kOption = QStringLiteral("--passphrase-file");

// The terminal's settings while echo is off, restored if the user interrupts the prompt.
struct termios g_saved;

extern "C" void restoreAndRaise(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_saved); // async-signal-safe
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// The line typed, without its newline; false at the end of input.
bool readLine(QByteArray& line)
{
    char c = 0;
    ssize_t got = 0;
    while ((got = read(STDIN_FILENO, &c, 1)) == 1 && c != '\n')
        line.append(c);
    c = 0;
    return got == 1;
}

} // namespace

Result<QString> PassphraseReader::read(const QString& file, Ask ask, QTextStream& prompts)
{
    if (!file.isEmpty())
        return fromFile(file);
    if (!isatty(STDIN_FILENO)) {
        return Error::invalid(kOption, QStringLiteral("there is no terminal to ask the "
                                                      "passphrase on: give --passphrase-file "
                                                      "FILE (its first line is the passphrase)"));
    }
    Result<QString> first = fromTerminal(QStringLiteral("Passphrase: "), prompts);
    if (!first || ask == Ask::Once)
        return first;
    Result<QString> again = fromTerminal(QStringLiteral("The same passphrase again: "), prompts);
    if (!again) {
        EncryptedContainer::wipe(first.value());
        return again;
    }
    const bool same = first.value() == again.value();
    EncryptedContainer::wipe(again.value());
    if (!same) {
        EncryptedContainer::wipe(first.value());
        return Error::invalid(QString(), QStringLiteral("the two passphrases differ"));
    }
    return first;
}

Result<QString> PassphraseReader::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(kOption,
                              QStringLiteral("cannot read %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QByteArray bytes = file.read(64 * 1024);
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    QString passphrase = QString::fromUtf8(bytes.constData(), end);
    EncryptedContainer::wipe(bytes);
    if (passphrase.isEmpty()) {
        return Error::invalid(
            kOption,
            QStringLiteral("the first line of %1 is empty").arg(QDir::toNativeSeparators(path)));
    }
    return passphrase;
}

Result<QString> PassphraseReader::fromTerminal(const QString& prompt, QTextStream& prompts)
{
    prompts << prompt;
    prompts.flush();
    termios quiet;
    const bool hidden = tcgetattr(STDIN_FILENO, &g_saved) == 0;
    if (hidden) {
        quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        std::signal(SIGINT, restoreAndRaise);
        std::signal(SIGTERM, restoreAndRaise);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    line.reserve(4096); // no reallocation leaving copies behind
    const bool complete = readLine(line);
    if (hidden) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    QString passphrase = QString::fromUtf8(line);
    EncryptedContainer::wipe(line);
    if (!complete && passphrase.isEmpty()) {
        prompts << Qt::endl;
        return Error::invalid(QString(), QStringLiteral("no passphrase was typed"));
    }
    if (passphrase.isEmpty())
        return Error::invalid(QString(), QStringLiteral("the passphrase is empty"));
    return passphrase;
}

} // namespace carnet::cli
