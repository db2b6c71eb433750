#pragma once

#include "aid/AidRequest.h"
#include "aid/AidStatus.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

namespace carnet::cli {

class OptionReader;

// What the `aid ...` verbs share: the request id given as first argument, and the JSON view
// of a request and its status (snake_case keys, integer cents, ISO dates, enum keys).
namespace AidCli {

// The positional ID (a positive integer); records a refusal in `in` otherwise.
qint64 requestId(const QCommandLineParser& parser, OptionReader& in);

QJsonObject checklistLine(const AidChecklistLine& line);
QJsonObject status(const AidRequest& request, const AidStatus& status);
QJsonObject request(const AidRequest& request);

// "get_document", "send_invoices", ...
QString stepKindKey(AidNextStep::Kind kind);

// True when the command line asks for `aid pdf`, which lays out text and so needs a
// QGuiApplication (carnet-cli then starts one on the offscreen platform).
bool needsGui(const QStringList& arguments);
// Silences Qt's notice that XDG_RUNTIME_DIR is unset (a QGuiApplication in a plain shell):
// stderr stays for the one line of a refusal. Other messages pass through.
void quietGuiStartup();

} // namespace AidCli
} // namespace carnet::cli
