// Population benchmarks on a synthetic England (6,600 practices, 1.28 million rows in the
// single-year-of-age layout, ~92 MB): parse throughput (bytes and rows per second), with and
// without keeping the ages; aggregation by CCG and by region through the hierarchy;
// weighting; age bands; and binary-archive save/load of the England table.
//
// Run: cmake --preset release && cmake --build --preset release --target bench_population
//      build/release/bench/bench_population --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <sstream>
#include <string>

#include "commissioning/fixtures/synthetic_population.hpp"
#include "commissioning/io/archive.hpp"
#include "commissioning/io/csv_population.hpp"
#include "commissioning/population/aggregate.hpp"
#include "commissioning/population/weights.hpp"

using namespace commissioning;

namespace {

template <class N>
std::int64_t per_iteration(const benchmark::State& state, N n) {
  return state.iterations() * static_cast<std::int64_t>(n);
}

const fixtures::SyntheticOptions& england() {
  static const fixtures::SyntheticOptions o{};
  return o;
}

const std::string& england_file() {
  static const std::string text = [] {
    std::ostringstream out;
    fixtures::write_synthetic_registrations(out, england(), io::RegistrationsFormat::SingleYear);
    return out.str();
  }();
  return text;
}

const PopulationTable& england_table() {
  static const PopulationTable t = fixtures::synthetic_population(england());
  return t;
}

void parse(benchmark::State& state, bool keep_ages) {
  const auto& text = england_file();
  io::RegistrationsOptions o;
  o.keep_ages = keep_ages;
  std::uint64_t rows = 0;
  for (auto _ : state) {
    auto load = io::read_registrations_text(text, "england.csv", o);
    rows = load.rows;
    benchmark::DoNotOptimize(load.table.total());
  }
  state.SetBytesProcessed(per_iteration(state, text.size()));
  state.SetItemsProcessed(per_iteration(state, rows));
  state.counters["rows"] = static_cast<double>(rows);
}

}  // namespace

// What `population summarise --by ccg` does: validate every row, keep totals.
static void BM_parse_single_age_totals(benchmark::State& state) { parse(state, false); }
BENCHMARK(BM_parse_single_age_totals)->Unit(benchmark::kMillisecond);

// The full column-wise table (what weighting needs).
static void BM_parse_single_age_table(benchmark::State& state) { parse(state, true); }
BENCHMARK(BM_parse_single_age_table)->Unit(benchmark::kMillisecond);

// Load, validate and aggregate by CCG: the pandas comparison's unit of work.
static void BM_load_and_summarise_by_ccg(benchmark::State& state) {
  const auto& text = england_file();
  io::RegistrationsOptions o;
  o.keep_ages = false;
  for (auto _ : state) {
    const auto load = io::read_registrations_text(text, "england.csv", o);
    auto groups = summarise(load.table, GroupBy::Commissioner);
    benchmark::DoNotOptimize(groups.data());
  }
  state.SetBytesProcessed(per_iteration(state, text.size()));
}
BENCHMARK(BM_load_and_summarise_by_ccg)->Unit(benchmark::kMillisecond);

static void BM_aggregate_by_ccg(benchmark::State& state) {
  const auto& t = england_table();
  for (auto _ : state) {
    auto groups = summarise(t, GroupBy::Commissioner);
    benchmark::DoNotOptimize(groups.data());
  }
  state.SetItemsProcessed(per_iteration(state, t.practices()));
}
BENCHMARK(BM_aggregate_by_ccg)->Unit(benchmark::kMicrosecond);

static void BM_aggregate_by_region_as_of(benchmark::State& state) {
  const auto& t = england_table();
  static const auto h = fixtures::synthetic_hierarchy(england());
  for (auto _ : state) {
    auto groups = summarise(t, h, OrgLevel::Region, Date(2021, 1, 1));
    benchmark::DoNotOptimize(groups.data());
  }
  state.SetItemsProcessed(per_iteration(state, t.practices()));
}
BENCHMARK(BM_aggregate_by_region_as_of)->Unit(benchmark::kMicrosecond);

static void BM_weighting(benchmark::State& state) {
  const auto& t = england_table();
  const auto w = fixtures::illustrative_weights();
  for (auto _ : state) {
    auto weighted = weighted_population(t, w, true);
    benchmark::DoNotOptimize(weighted.data());
  }
  state.SetItemsProcessed(per_iteration(state, t.practices() * 2 * single_year_bins));
}
BENCHMARK(BM_weighting)->Unit(benchmark::kMicrosecond);

static void BM_prescribing_bands(benchmark::State& state) {
  const auto& t = england_table();
  for (auto _ : state) {
    auto bands = t.by_band(prescribing_bands(), Sex::Persons);
    benchmark::DoNotOptimize(bands.data());
  }
}
BENCHMARK(BM_prescribing_bands)->Unit(benchmark::kMicrosecond);

static void BM_archive_save_binary(benchmark::State& state) {
  const auto& t = england_table();
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto s = io::save_archive(t, io::ArchiveFormat::Binary);
    bytes = s.size();
    benchmark::DoNotOptimize(s.data());
  }
  state.SetBytesProcessed(per_iteration(state, bytes));
  state.counters["archive_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_archive_save_binary)->Unit(benchmark::kMillisecond);

static void BM_archive_load_binary(benchmark::State& state) {
  const auto bytes = io::save_archive(england_table(), io::ArchiveFormat::Binary);
  for (auto _ : state) {
    auto t = io::load_archive<PopulationTable>(bytes, io::ArchiveFormat::Binary);
    benchmark::DoNotOptimize(t.practices());
  }
  state.SetBytesProcessed(per_iteration(state, bytes.size()));
}
BENCHMARK(BM_archive_load_binary)->Unit(benchmark::kMillisecond);
