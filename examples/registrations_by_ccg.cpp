// Summarise a month of GP registrations by CCG, weight it, and allocate money per head.
//
// A small synthetic month (490 practices in 10 CCGs) is written in the NHS Digital
// single-year-of-age layout and read back through the same streaming reader a real file
// goes through; then each CCG gets its registered and weighted populations and the
// £3.34-a-head funding each basis would give (seed 000 L1870 is about exactly that gap).
#include <fmt/format.h>

#include <sstream>

#include "commissioning/commissioning.hpp"
#include "commissioning/finance/funding.hpp"
#include "commissioning/fixtures/synthetic_population.hpp"

using namespace commissioning;

int main() {
  // 1. A month of registrations in the published layout.
  fixtures::SyntheticOptions month;
  month.seed = 2021;
  month.practices = 490;
  std::ostringstream file;
  fixtures::write_synthetic_registrations(file, month, io::RegistrationsFormat::SingleYear);

  // 2. Read it as any NHS Digital file: strict, so a bad row would stop here with its line.
  const auto load = io::read_registrations_text(file.str(), "synthetic-2021-01.csv");
  const auto& table = load.table;
  fmt::print("read {} rows: {} practices, {} patients ({} ages)\n", load.rows, table.practices(), table.total(),
             to_string(load.file_ages));

  // 3. Weighted populations. The weights are ILLUSTRATIVE (their source says so); normalised
  //    so England's weighted total equals its registered total.
  const auto weights = fixtures::illustrative_weights();
  const auto weighted = weighted_population(table, weights, /*normalise=*/true);
  const auto by_ccg = summarise(table, GroupBy::Commissioner, weighted);

  // 4. Per-head funding on each basis, through finance's PopulationFigure.
  const auto rate = parse_per_head_rate("£3.34 a head");
  fmt::print("\n{:<6} {:>9} {:>11} {:>11} {:>16} {:>16}\n", "CCG", "practices", "registered", "weighted",
             "£ registered", "£ weighted");
  Money total_registered, total_weighted;
  for (const auto& g : by_ccg) {
    const auto registered = registered_figure(g.patients, table.extract_date, "synthetic registrations");
    const auto capitated = weighted_figure(*g.weighted, table.extract_date, weights.source());
    const auto money_registered = finance::per_head_funding(rate, registered);
    const auto money_weighted = finance::per_head_funding(rate, capitated);
    total_registered += money_registered;
    total_weighted += money_weighted;
    fmt::print("{:<6} {:>9} {:>11} {:>11} {:>16} {:>16}\n", g.code, g.practices, registered.people(),
               capitated.people(), to_string(money_registered), to_string(money_weighted));
  }
  fmt::print("\nat {}: {} on registered lists, {} on weighted lists\n", to_string(rate), to_string(total_registered),
             to_string(total_weighted));

  // 5. The age bands prescribing analysis uses, for the whole month.
  const auto bands = table.by_band(prescribing_bands(), Sex::Persons);
  fmt::print("\nprescribing bands:");
  for (std::size_t i = 0; i < bands.size(); ++i) fmt::print(" {} {}", to_string(prescribing_bands()[i]), bands[i]);
  fmt::print("\n");
  return load.report.empty() && by_ccg.size() == 10 ? 0 : 1;
}
