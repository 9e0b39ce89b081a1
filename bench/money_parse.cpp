// How fast the money parser reads the figures of a budget table.
#include <benchmark/benchmark.h>

#include "commissioning/core/reported_amount.hpp"
#include "commissioning/fixtures/seed_spellings.hpp"

static void BM_parse_reported_amount(benchmark::State& state) {
  const auto spellings = commissioning::fixtures::seed_money_spellings();
  std::int64_t sink = 0;
  for (auto _ : state) {
    for (const auto& s : spellings)
      sink += commissioning::parse_reported_amount(s.text, commissioning::MoneyUnit::Thousands).value().pence();
    benchmark::DoNotOptimize(sink);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(spellings.size()));
}
BENCHMARK(BM_parse_reported_amount);
