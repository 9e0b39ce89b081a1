// The finance loaders on untrusted bytes: the budget-report CSV, finance JSON documents and
// archives of every finance document in each format, then reconciliation of whatever loads. A value, an InputError, or an
// overflow_error for sums beyond ±2^63 pence; never a crash.
#include <cstdint>
#include <stdexcept>
#include <string_view>

#include "commissioning/finance/reconciliation.hpp"
#include "commissioning/io/archive.hpp"
#include "commissioning/io/csv_finance.hpp"
#include "commissioning/io/json_finance.hpp"
#include "fuzz_support.hpp"

using namespace commissioning;
using namespace commissioning::finance;

namespace {
template <class F>
void guarded(F f) {
  try {
    f();
  } catch (const InputError&) {
  } catch (const std::overflow_error&) {
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  guarded([&] { (void)reconcile(budget_report_from_csv(s, "fuzz.csv")); });
  guarded([&] { (void)reconcile(io::from_json_text<BudgetReport>(s, "fuzz.json")); });
  guarded([&] { (void)reconcile(io::from_json_text<Allocation>(s, "fuzz.json")); });
  guarded([&] { (void)reconcile(io::from_json_text<StaffingTable>(s, "fuzz.json")); });
  const auto check = [](const auto& doc) { guarded([&] { (void)reconcile(doc); }); };
  fuzz_support::each_archive<BudgetReport>(s, check);
  fuzz_support::each_archive<PositionTable>(s, check);
  fuzz_support::each_archive<AmountTable>(s, check);
  fuzz_support::each_archive<StaffingTable>(s, check);
  fuzz_support::each_archive<FundingStream>(s, check);
  fuzz_support::each_archive<Allocation>(s, check);
  return 0;
}
