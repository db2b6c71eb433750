#pragma once

class QCoreApplication;

namespace carnet::cli {

// Runs carnet-cli with the application's arguments: the global options (--db, --today,
// --help, --version), then the verb found in the CommandRegistry. Returns the exit status:
// 0 done, 2 refused or usage error (one line on stderr).
int run(QCoreApplication& app);

} // namespace carnet::cli
