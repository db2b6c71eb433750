#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `person list`: the persons of the file, as a table or as JSON.
class PersonListCommand final : public Command
{
public:
    PersonListCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
