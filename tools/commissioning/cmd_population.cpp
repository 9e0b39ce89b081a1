// `commissioning population …`: generate synthetic NHS Digital registrations files and
// summarise real or synthetic ones by practice, CCG or nationally, optionally weighted.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "commissioning/core/date.hpp"
#include "commissioning/fixtures/site_populations.hpp"
#include "commissioning/fixtures/synthetic_population.hpp"
#include "commissioning/io/atomic_file.hpp"
#include "commissioning/io/csv_population.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/population/aggregate.hpp"
#include "commissioning/population/weights.hpp"

namespace commissioning::cli {

namespace {

struct GenerateArgs {
  std::uint64_t seed{1};
  std::size_t practices{6600};
  std::size_t scale{1};
  std::string format{"single-age"};
  std::string output;
  std::string month{"2021-01-01"};
};

struct SummariseArgs {
  std::string file;
  std::string by{"ccg"};
  std::string weights;
  bool normalise{false};
  std::string format{"csv"};
  bool lenient{false};
  std::vector<std::string> hierarchy;
  std::string as_of;
  std::string level{"ccg"};
  bool as_is{false};
};

void generate(const GenerateArgs& a) {
  fixtures::SyntheticOptions o;
  o.seed = a.seed;
  o.practices = a.practices;
  o.scale = a.scale;
  o.extract_date = parse_date(a.month);
  const auto format = io::parse_registrations_format(a.format);
  if (a.output.empty()) {
    std::ios::sync_with_stdio(false);
    fixtures::write_synthetic_registrations(std::cout, o, format);
    std::cout.flush();
  } else {
    // Through the atomic writer: a failure or a kill leaves no partial file that reads as valid.
    io::AtomicFile out(a.output);
    fixtures::write_synthetic_registrations(out.stream(), o, format);
    out.commit();
  }
}

std::string human_bytes(std::uint64_t b) { return fmt::format("{:.1f} MB", static_cast<double>(b) / 1e6); }

void print_groups(const std::vector<GroupTotal>& groups, const std::string& format, const io::RegistrationsLoad& load,
                  const AgeSexWeights* weights, const std::string& file) {
  const bool sexes = !groups.empty() && groups.front().male.has_value();
  const bool weighted = weights != nullptr;
  if (format == "json") {
    io::Json j = io::Json::object();
    j["file"] = file;
    j["layout"] = std::string(io::to_string(load.layout));
    j["ages"] = std::string(to_string(load.file_ages));
    j["rows"] = load.rows;
    j["basis"] = weighted ? "weighted" : "registered";
    if (weighted) j["weights_source"] = weights->source();
    j["groups"] = groups;
    // What the reader reported goes with the figures it qualifies: a script reading only
    // standard output must see that the last line may have been cut short (second trial).
    j["rejected_rows"] = load.rejected_rows;
    j["diagnostics"] = load.report;
    std::cout << j.dump(2, ' ', false, io::Json::error_handler_t::replace) << "\n";
    return;
  }
  std::string out;
  if (format == "table") {
    out += fmt::format("{:<10} {:>9} {:>12}", "code", "practices", "patients");
    if (sexes) out += fmt::format(" {:>12} {:>12}", "male", "female");
    if (weighted) out += fmt::format(" {:>14}", "weighted");
    out += "\n";
    for (const auto& g : groups) {
      out += fmt::format("{:<10} {:>9} {:>12}", g.code, g.practices, g.patients);
      if (sexes) out += fmt::format(" {:>12} {:>12}", *g.male, *g.female);
      if (weighted) out += fmt::format(" {:>14.1f}", *g.weighted);
      out += "\n";
    }
  } else {
    out += "code,practices,patients";
    if (sexes) out += ",male,female";
    if (weighted) out += ",weighted";
    out += "\n";
    for (const auto& g : groups) {
      out += fmt::format("{},{},{}", g.code, g.practices, g.patients);
      if (sexes) out += fmt::format(",{},{}", *g.male, *g.female);
      if (weighted) out += fmt::format(",{:.1f}", *g.weighted);
      out += "\n";
    }
  }
  std::cout << out;
}

// ODS epraccur, membership or JSON hierarchy files (the library tells them apart), combined.
OrganisationHierarchy load_hierarchy(const std::vector<std::string>& files) {
  OrganisationHierarchy h;
  for (const auto& file : files) (void)io::read_hierarchy_file(file, h);
  return h;
}

void summarise_file(const SummariseArgs& a) {
  std::optional<AgeSexWeights> weights;
  if (!a.weights.empty()) weights = io::read_weights_file(a.weights);
  io::RegistrationsOptions opt;
  opt.lenient = a.lenient;
  opt.keep_ages = weights.has_value();  // totals suffice otherwise: memory stays small
  const bool tty = ::isatty(STDERR_FILENO) == 1;
  if (tty)
    opt.progress = [&a](std::uint64_t done, std::optional<std::uint64_t> size) {
      if (size && *size > 0)
        std::cerr << fmt::format("\rreading {}: {} of {} ({:.0f}%)   ", a.file, human_bytes(done), human_bytes(*size),
                                 100.0 * static_cast<double>(done) / static_cast<double>(*size));
      else
        std::cerr << fmt::format("\rreading {}: {}   ", a.file, human_bytes(done));
    };
  // A registrations CSV or a PopulationTable saved as JSON (docs/population.md): the library
  // sniffs which from the first bytes and checks the table by the population rules.
  const auto load = io::read_population_file(a.file, opt);
  if (tty) std::cerr << "\r\033[K";
  std::vector<double> w;
  if (weights) {
    try {
      w = weighted_population(load.table, *weights, a.normalise);
    } catch (const std::invalid_argument& e) {
      throw InputError(a.weights, 0, "", e.what());
    }
  }
  std::vector<GroupTotal> groups;
  if (!a.hierarchy.empty()) {
    const auto h = load_hierarchy(a.hierarchy);
    const Date as_of = a.as_of.empty() ? load.table.extract_date : parse_date(a.as_of);
    if (!as_of.ok()) throw InputError(a.file, 0, "", "no --as-of date and the file has no extract date");
    groups = summarise(load.table, h, parse_org_level(a.level), as_of, a.as_is, w);
  } else {
    if (!a.as_of.empty()) throw InputError(a.file, 0, "--as-of", "--as-of needs --hierarchy (ODS epraccur or membership files)");
    groups = summarise(load.table, parse_group_by(a.by), w);
  }
  print_groups(groups, a.format, load, weights ? &*weights : nullptr, a.file);
  for (const auto& d : load.report.diagnostics()) std::cerr << to_string(d) << "\n";
  if (load.rejected_rows > 0) std::cerr << fmt::format("{} rows left out (each reported above)\n", load.rejected_rows);
  if (load.report.has_errors()) exit_code() = exit_findings;
}

}  // namespace

void add_population_commands(CLI::App& app) {
  auto* pop = app.add_subcommand("population", "Registered populations: NHS Digital files, synthetic England, summaries");
  pop->require_subcommand(1);

  static GenerateArgs g;
  auto* gen = pop->add_subcommand("generate", "Write a deterministic synthetic England registrations file");
  gen->add_option("--seed", g.seed, "Random seed (same seed, same bytes)")->required();
  gen->add_option("--practices", g.practices, "Practices (default 6600, in about practices/49 CCGs)");
  gen->add_option("--scale", g.scale, "Multiply the practices (stress tests)");
  gen->add_option("--format", g.format, "single-age, quinary or all")
      ->required()
      ->check(CLI::IsMember({"single-age", "quinary", "all"}));
  gen->add_option("--month", g.month, "Extract date (default 2021-01-01)");
  gen->add_option("-o,--output", g.output, "Write to a file instead of standard output (- or none: standard output)");
  gen->callback([] { generate(g); });

  static SummariseArgs s;
  auto* sum = pop->add_subcommand("summarise", "Totals of a registrations file by practice, CCG or nationally");
  sum->alias("summarize");
  sum->add_option("file", s.file, "An NHS Digital registrations CSV (all-ages, quinary or single-age) or a JSON population table; - is standard input")->required();
  sum->add_option("--by", s.by, "practice, ccg or national")->check(CLI::IsMember({"practice", "ccg", "national"}));
  sum->add_option("--weights", s.weights, "An age-sex weights CSV (see docs/population.md)");
  sum->add_flag("--normalise", s.normalise, "Scale weights so the weighted total equals the registered total");
  sum->add_option("--format", s.format, "csv, json or table")->check(CLI::IsMember({"csv", "json", "table"}));
  sum->add_flag("--lenient", s.lenient, "Report bad rows as diagnostics (exit 1) instead of stopping at the first");
  sum->add_option("--hierarchy", s.hierarchy,
                  "ODS epraccur, membership or JSON hierarchy files (repeatable; - is standard input): group by each practice's ancestor as of a date");
  sum->add_option("--as-of", s.as_of, "The date for --hierarchy (default: the file's extract date)");
  sum->add_option("--level", s.level, "The level for --hierarchy: pcn, ccg (sub-icb), stp (icb) or region");
  sum->add_flag("--as-is", s.as_is, "With --hierarchy: closed practices under their last parent's successor");
  sum->callback([] { summarise_file(s); });

  demo_steps().push_back([](std::ostream& out) {
    out << "== Practice populations (seed 000 social prescribing sites, L1050-1086) ==\n";
    const auto sites = fixtures::social_prescribing_sites();
    std::int64_t all = 0;
    for (const auto& site : sites.sites) all += site.total();
    out << fmt::format("  {} sites, {} patients in the practice table\n", sites.sites.size(), all);
    ValidationReport report;
    rules::check(sites, "", report);
    for (const auto& d : report.diagnostics()) out << "  " << to_string(d) << "\n";
  });

  auto* weights = pop->add_subcommand("weights", "Print the illustrative age-sex weights in the weights format");
  static std::string weights_out;
  add_output_option(weights, weights_out);
  weights->callback([] {
    const auto text = io::write_weights(fixtures::illustrative_weights());
    if (weights_out.empty() || weights_out == "-") std::cout << text;
    else io::write_text_file(weights_out, text);
  });
}

}  // namespace commissioning::cli
