// A/B of the registrations reader's hand-written fast path (a row that repeats the previous
// row's bytes up to SEX is read from its last three fields) against the plain path (every row
// split by the one RFC 4180 record reader). Both read through the same CsvReader; the tables
// they build are equal (tests/population). The fast path stays only while it pays.
//
// Files: the real NHS Digital January 2021 all-ages file (one row per practice: the fast path
// cannot fire, so this measures its cost when useless), and the synthetic England
// single-year-of-age file (194 rows per practice: where it fires).
//
// Run: cmake --preset release && cmake --build --preset release --target bench_reader_ab
//      COMMISSIONING_SHARED_DIR=../shared build/release/bench/bench_reader_ab
//        --benchmark_repetitions=9 --benchmark_report_aggregates_only=true   (one line)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <sstream>
#include <string>

#include "commissioning/fixtures/synthetic_population.hpp"
#include "commissioning/io/registrations.hpp"
#include "commissioning/io/source.hpp"

using namespace commissioning;

namespace {

const std::string& real_file() {
  static const std::string text = [] {
    const char* dir = std::getenv("COMMISSIONING_SHARED_DIR");
    const std::string path = std::string(dir != nullptr ? dir : "../shared") + "/data/real/gp-reg-pat-prac-all-2021-01.csv";
    try {
      return io::read_text_file(path);
    } catch (const std::exception&) {
      return std::string();
    }
  }();
  return text;
}

const std::string& synthetic_file() {
  static const std::string text = [] {
    std::ostringstream out;
    fixtures::write_synthetic_registrations(out, fixtures::SyntheticOptions{}, io::RegistrationsFormat::SingleYear);
    return out.str();
  }();
  return text;
}

void read(benchmark::State& state, const std::string& text, bool fast_path) {
  if (text.empty()) {
    state.SkipWithError("the real file is absent: set COMMISSIONING_SHARED_DIR to the shared/ folder");
    return;
  }
  io::RegistrationsOptions o;
  o.keep_ages = false;  // what `population summarise` does
  o.same_prefix_fast_path = fast_path;
  std::uint64_t rows = 0;
  for (auto _ : state) {
    auto load = io::read_registrations_text(text, "ab.csv", o);
    rows = load.rows;
    benchmark::DoNotOptimize(load.table.total());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  state.counters["rows"] = static_cast<double>(rows);
}

}  // namespace

static void BM_real_all_ages_fast(benchmark::State& s) { read(s, real_file(), true); }
static void BM_real_all_ages_plain(benchmark::State& s) { read(s, real_file(), false); }
static void BM_synthetic_single_age_fast(benchmark::State& s) { read(s, synthetic_file(), true); }
static void BM_synthetic_single_age_plain(benchmark::State& s) { read(s, synthetic_file(), false); }
BENCHMARK(BM_real_all_ages_fast)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_real_all_ages_plain)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_synthetic_single_age_fast)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_synthetic_single_age_plain)->Unit(benchmark::kMillisecond);
