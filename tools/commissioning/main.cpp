// The `commissioning` command-line tool.
#include <fmt/format.h>

#include <iostream>
#include <new>
#include <string>

#include "commands.hpp"
#include "commissioning/core/parse_error.hpp"
#include "commissioning/io/findings.hpp"
#include "commissioning/version.hpp"

namespace commissioning::cli {
int& exit_code() {
  static int code = exit_ok;
  return code;
}
std::vector<DemoStep>& demo_steps() {
  static std::vector<DemoStep> steps;
  return steps;
}
}  // namespace commissioning::cli

int main(int argc, char** argv) {
  using namespace commissioning;
  CLI::App app{"commissioning: NHS primary-care commissioning — committees, risks, budgets, populations"};
  app.set_version_flag("--version", std::string(commissioning::version));
  app.require_subcommand(1);
  cli::add_core_commands(app);
  cli::add_finance_commands(app);
  cli::add_governance_commands(app);
  cli::add_risk_commands(app);
  cli::add_programme_commands(app);
  cli::add_population_commands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints the message (or the help) and returns its own code (105–114 for usage
    // errors); the tool's documented codes are 0 (help, version), 2 (cannot be read/used).
    const int code = app.exit(e);
    return code == 0 ? cli::exit_ok : cli::exit_unreadable;
  } catch (const io::LoadError& e) {  // names the rule it broke, as diagnostics do
    std::cerr << "commissioning: " << e.what() << " (" << e.rule_id() << ")\n";
    return cli::exit_unreadable;
  } catch (const InputError& e) {
    std::cerr << "commissioning: " << e.what() << "\n";
    return cli::exit_unreadable;
  } catch (const std::bad_alloc&) {
    // Bounded readers make this rare, but a process under a memory limit (ulimit, a container)
    // can still meet it; "std::bad_alloc" alone tells the user nothing.
    std::string command;
    for (const auto* sub = app.get_subcommands().empty() ? nullptr : app.get_subcommands().front(); sub != nullptr;
         sub = sub->get_subcommands().empty() ? nullptr : sub->get_subcommands().front())
      command += (command.empty() ? "" : " ") + sub->get_name();
    std::cerr << "commissioning: " << (command.empty() ? "" : command + ": ")
              << "out of memory: the input needs more memory than this process is allowed\n";
    return cli::exit_unreadable;
  } catch (const std::exception& e) {
    std::cerr << "commissioning: " << e.what() << "\n";
    return cli::exit_unreadable;
  }
  return cli::exit_code();
}
