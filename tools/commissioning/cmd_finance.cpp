// `commissioning finance check FILE` and `commissioning finance allocate`, and the demo step
// that reconciles the four month-2 budget appendices of seed 000.
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "commissioning/commissioning.hpp"
#include "commissioning/fixtures/finance_seed.hpp"
#include "commissioning/io/csv_finance.hpp"
#include "commissioning/io/documents.hpp"
#include "commissioning/io/json_finance.hpp"

namespace commissioning::cli {

namespace {

using namespace commissioning::finance;

std::string abs_in_unit(Money m, MoneyUnit u) { return in_unit(m < Money{} ? -m : m, u); }
std::string people(std::int64_t n) { return in_unit(Money::from_pounds(n), MoneyUnit::Pounds); }  // "233,652"

struct Checked {
  std::string name;
  Reconciliation rec;
};

void print_text(const Checked& c, std::ostream& out) {
  const auto& r = c.rec;
  out << fmt::format("{}\n  {} checks: {} exact, {} within tolerance, {} outside\n", c.name, r.checks.size(),
                     r.exact_count(), r.within_tolerance_count(), r.outside_tolerance_count());
  if (const auto* w = r.largest_drift(); w && !w->exact())
    out << fmt::format("  largest drift {} ({}) at {} [tolerance ±{}]\n", in_unit(w->drift(), w->unit),
                       to_string(w->drift()), w->where, to_string(w->tolerance));
  for (const auto& d : r.report.diagnostics()) out << "  " << to_string(d) << "\n";
}

template <class... F>
struct overloaded : F... {
  using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;

std::string report_name(const BudgetReport& r) {
  return fmt::format("{} ({}, {})", r.title().empty() ? r.organisation() : r.title(), to_string(r.period()), to_string(r.unit()));
}

Checked check_document(const io::AnyDocument& doc, const std::string& source, ReconciliationPolicy policy) {
  return std::visit(overloaded{[&](const BudgetReport& r) { return Checked{report_name(r), reconcile(r, policy)}; },
                               [&](const PositionTable& t) { return Checked{t.title(), reconcile(t, policy)}; },
                               [&](const AmountTable& t) { return Checked{t.title(), reconcile(t, policy)}; },
                               [&](const StaffingTable& t) { return Checked{t.title(), reconcile(t, policy)}; },
                               [&](const FundingStream& f) { return Checked{f.scheme(), reconcile(f, policy)}; },
                               [&](const Allocation& a) {
                                 return Checked{a.title.empty() ? a.organisation : a.title, reconcile(a, policy)};
                               },
                               [&](const auto&) -> Checked {
                                 throw InputError(source, 0, "/",
                                                  fmt::format("not a finance document: this is a {}", io::document_kind(doc)));
                               }},
                    doc);
}

void run_check(const std::string& path, const std::string& format, unsigned tolerance) {
  const ReconciliationPolicy policy{tolerance};
  std::vector<Checked> results;
  // A JSON document, a JSON array of them, or a budget report CSV: the library tells which.
  for (const auto& load : io::read_documents_file(path)) results.push_back(check_document(load.document, path, policy));
  // Exit codes as for `validate`: 1 only when there are errors; warnings and notes are
  // printed but do not fail the run.
  bool findings = false;
  for (const auto& c : results) findings = findings || c.rec.report.has_errors();
  if (format == "json") {
    io::Json out = io::Json::array();
    for (const auto& c : results) {
      auto j = reconciliation_json(c.rec);
      j["document"] = c.name;
      out.push_back(j);
    }
    std::cout << (results.size() == 1 ? out[0] : out).dump(2, ' ', false, io::Json::error_handler_t::replace) << "\n";
  } else {
    for (const auto& c : results) print_text(c, std::cout);
  }
  exit_code() = findings ? exit_findings : exit_ok;
}

void run_allocate(std::int64_t n, const std::string& basis, const std::string& rate_text,
                  std::optional<std::int64_t> against, const std::string& against_basis, const std::string& format) {
  const auto rate = parse_per_head_rate(rate_text.find("head") == std::string::npos ? rate_text + " per head" : rate_text);
  const PopulationFigure population(n, parse_population_basis(basis));
  if (format == "json") {
    io::Json j{{"rate", rate}, {"population", population}, {"funding", per_head_funding(rate, population)}};
    if (against) {
      const PopulationFigure other(*against, parse_population_basis(against_basis));
      j["against"] = {{"population", other}, {"funding", per_head_funding(rate, other)},
                      {"shortfall", per_head_shortfall(rate, population, other)}};
    }
    std::cout << j.dump(2, ' ', false, io::Json::error_handler_t::replace) << "\n";
    exit_code() = exit_ok;
    return;
  }
  std::cout << fmt::format("{} people ({}) × {} = {}\n", people(n), to_string(population.basis()), to_string(rate),
                           to_string(per_head_funding(rate, population)));
  if (against) {
    const PopulationFigure other(*against, parse_population_basis(against_basis));
    std::cout << fmt::format("{} people ({}) × {} = {}\n", people(*against), to_string(other.basis()), to_string(rate),
                             to_string(per_head_funding(rate, other)));
    std::cout << fmt::format("shortfall of the {} basis against the {} basis: {}\n", to_string(other.basis()),
                             to_string(population.basis()), to_string(per_head_shortfall(rate, population, other)));
  }
  exit_code() = exit_ok;
}

void demo_finance(std::ostream& out) {
  out << "\n== Reconciling the four month-2 budget appendices of seed 000 (£'000s, tolerance ±1 unit) ==\n";
  std::size_t checks = 0, exact = 0, within = 0;
  const ReconciliationCheck* worst = nullptr;
  std::string worst_in;
  std::vector<Reconciliation> kept;
  const auto appendices = fixtures::seed000_month2_appendices();
  kept.reserve(appendices.size());
  for (const auto& r : appendices) {
    kept.push_back(reconcile(r));
    const auto& rec = kept.back();
    checks += rec.checks.size();
    exact += rec.exact_count();
    within += rec.within_tolerance_count();
    const auto* w = rec.largest_drift();
    const auto mag = [](const ReconciliationCheck* c) { return c->drift() < Money{} ? -c->drift() : c->drift(); };
    if (w && (!worst || mag(w) > mag(worst))) {
      worst = w;
      worst_in = fmt::format("{} {}", r.organisation(), to_string(r.family()));
    }
    out << fmt::format("  {:<26} {:<13} {:>3} checks, {:>3} exact, {:>3} within tolerance\n", r.organisation(),
                       to_string(r.family()), rec.checks.size(), rec.exact_count(), rec.within_tolerance_count());
  }
  out << fmt::format("  total: {} checks, {} exact, {} off by rounding, {} within ±1 (£'000), {} outside\n", checks, exact,
                     checks - exact, within, checks - within);
  if (worst)
    out << fmt::format("  largest drift: {} ({}), first found at {}: {}\n", abs_in_unit(worst->drift(), worst->unit),
                       to_string(worst->drift()), worst_in, worst->where);
  const auto summary = reconcile_with_reports(fixtures::seed000_delegated_summary(),
                                              {appendices[0], appendices[1]}, BudgetColumn::YtdVariance);
  out << fmt::format("  summary position (L334–336) against Appendices 1–2: {} checks, {} exact\n", summary.checks.size(),
                     summary.exact_count());
  const auto wider = reconcile(fixtures::seed000_wider_position());
  for (const auto& d : wider.report.diagnostics()) out << "  wider position: " << to_string(d) << "\n";
  const auto a1 = reconcile(fixtures::seed000_stoke_delegated());
  for (const auto& d : a1.report.diagnostics())
    if (d.rule_id == rules::finance::break_even_by_reserves.id) out << "  Stoke: " << d.message << "\n";
}

}  // namespace

void add_finance_commands(CLI::App& app) {
  auto* finance = app.add_subcommand("finance", "Budget reports, reconciliation and per-head allocations");
  finance->require_subcommand(1);

  auto* check = finance->add_subcommand(
      "check", "Reconcile a budget report (JSON or CSV) or another finance document: exit 0 no errors, 1 errors found, 2 unreadable");
  static std::string path, format = "table";
  static unsigned tolerance = 1;
  check->add_option("FILE", path, "a JSON finance document (or an array of them) or a budget report CSV; - is standard input")->required();
  // "text" was the name of the table format before every command said "table"; kept for scripts.
  check->add_option("--format", format, "table or json")->check(CLI::IsMember({"table", "json", "text"}));
  check->add_option("--tolerance", tolerance,
                    "steps of the printed resolution a derived figure may drift (default 1; 0 = exact)");
  check->callback([] { run_check(path, format, tolerance); });

  auto* allocate = finance->add_subcommand("allocate", "Per-head funding: population × rate, and the shortfall between bases");
  static std::int64_t population = 0;
  static std::optional<std::int64_t> against;
  static std::string basis, rate, against_basis = "ons", allocate_format = "table";
  allocate->add_option("--population", population, "number of people")->required()->check(CLI::NonNegativeNumber);
  allocate->add_option("--basis", basis, "raw, weighted (CCG capitated) or ons")
      ->required()
      ->check(CLI::IsMember({"raw", "weighted", "ons"}));
  allocate->add_option("--rate", rate, "per-head rate, e.g. '£3.34'")->required();
  allocate->add_option("--against", against, "a second population to compare (e.g. the ONS-weighted figure)")
      ->check(CLI::NonNegativeNumber);
  allocate->add_option("--against-basis", against_basis, "basis of the --against population (default ons)")
      ->check(CLI::IsMember({"raw", "weighted", "ons"}));
  allocate->add_option("--format", allocate_format, "table or json")->check(CLI::IsMember({"table", "json"}));
  allocate->callback([] { run_allocate(population, basis, rate, against, against_basis, allocate_format); });

  demo_steps().push_back(demo_finance);
}

}  // namespace commissioning::cli
