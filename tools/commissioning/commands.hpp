#pragma once
// Each area of the command-line tool registers its subcommands here.
#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace commissioning::cli {

// Exit codes shared by every subcommand.
inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1;  // the input was read and has errors
inline constexpr int exit_unreadable = 2;  // the input could not be read

// The option every file-writing command names `-o,--output` ("-" or none: standard output).
// `--out`, its spelling before, stays as a hidden alias so that scripts keep working.
inline void add_output_option(CLI::App* cmd, std::string& path) {
  cmd->add_option("-o,--output", path, "file to write (default or -: standard output)");
  cmd->add_option("--out", path, "old spelling of --output")->group("");
}

// Subcommands set the code they want returned through this.
int& exit_code();

void add_core_commands(CLI::App& app);
void add_finance_commands(CLI::App& app);
void add_governance_commands(CLI::App& app);
void add_risk_commands(CLI::App& app);
void add_programme_commands(CLI::App& app);
void add_population_commands(CLI::App& app);
// The demo is assembled from steps that each area contributes.
using DemoStep = std::function<void(std::ostream&)>;
std::vector<DemoStep>& demo_steps();

}  // namespace commissioning::cli
