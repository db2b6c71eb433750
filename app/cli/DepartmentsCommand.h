#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `departments`: the départements with their CPAM's ameli page for the aides financières.
class DepartmentsCommand final : public Command
{
public:
    DepartmentsCommand();

protected:
    bool usesDatabase() const override { return false; }
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
