#pragma once

class QCoreApplication;

namespace carnet::cli {

// Runs carnet-cli with the application's arguments; returns the exit status
// (0 success, 2 refusal or error, 1 usage).
int run(QCoreApplication& app);

} // namespace carnet::cli
