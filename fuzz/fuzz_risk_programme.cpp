// Risk registers and programme documents from untrusted bytes, as JSON and as archives, and
// fuzzy due dates as text: a value or an InputError/ParseError, never a crash.
#include <cstdint>
#include <string_view>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/io/archive.hpp"
#include "commissioning/io/json_programme.hpp"
#include "commissioning/io/json_risk.hpp"
#include "commissioning/io/svg_risk.hpp"
#include "commissioning/programme/rules.hpp"
#include "commissioning/risk/rules.hpp"
#include "fuzz_support.hpp"

using namespace commissioning;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  try {
    const auto r = io::from_json_text<RiskRegister>(s);
    (void)rules::validate(r);
    (void)io::heat_map_svg(r);
    (void)trend_since(r, Date{2018, 7, 3});
  } catch (const InputError&) {
  }
  try {
    const auto p = io::from_json_text<Programme>(s);
    (void)rules::validate(p, {Date{2018, 7, 3}});
  } catch (const InputError&) {
  }
  try {
    (void)parse_due_date(s);
  } catch (const ParseError&) {
  }
  fuzz_support::each_archive<RiskRegister>(s, [](const RiskRegister& r) { (void)rules::validate(r); });
  fuzz_support::each_archive<Programme>(s, [](const Programme& p) { (void)rules::validate(p, {Date{2018, 7, 3}}); });
  return 0;
}
