// Every vocabulary text parser on arbitrary bytes: each either returns a value that formats
// and reparses to itself, or throws ParseError. Anything else (a crash, UB, another
// exception type) is a finding.
#include <cstdint>
#include <string>
#include <string_view>

#include "commissioning/commissioning.hpp"

using namespace commissioning;

namespace {
template <class F>
void expect_parse_or_error(F f) {
  try {
    f();
  } catch (const ParseError&) {
  }
}
void check(bool ok) {
  if (!ok) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte chooses the parser, so one target covers all of them.
  const std::string_view s(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 12) {
    case 0: expect_parse_or_error([&] { const auto m = parse_money(s); check(parse_money(to_string(m)) == m); }); break;
    case 1: expect_parse_or_error([&] {
      const auto a = parse_reported_amount(s, MoneyUnit::Thousands);
      check(parse_reported_amount(a.printed(), a.unit()) == a);
    }); break;
    case 2: expect_parse_or_error([&] { const auto d = parse_written_date(s, {2018}); check(parse_date(to_string(d.date)) == d.date); }); break;
    case 3: expect_parse_or_error([&] { const auto t = parse_time(s); check(parse_time(to_string(t)) == t); }); break;
    case 4: expect_parse_or_error([&] { (void)parse_time_range(s); }); break;
    case 5: expect_parse_or_error([&] { const auto y = parse_financial_year(s); check(parse_financial_year(to_string(y)) == y); }); break;
    case 6: expect_parse_or_error([&] { const auto m = parse_financial_month(s, FinancialYear{2018}); check(parse_financial_month(to_string(m)) == m); }); break;
    case 7: expect_parse_or_error([&] { const auto q = parse_quarter(s); check(parse_quarter(to_string(q)) == q); }); break;
    case 8: expect_parse_or_error([&] { const OdsCode c{s}; check(OdsCode{c.str()} == c); }); break;
    case 9: expect_parse_or_error([&] { const auto p = parse_percentage(s); check(parse_percentage(to_string(p)) == p); }); break;
    case 10: expect_parse_or_error([&] { (void)parse_person_name(s); (void)Initials{s}; (void)parse_rag(s); }); break;
    case 11: expect_parse_or_error([&] { (void)parse_per_head_rate(s); (void)parse_population_rate(s); (void)parse_money_unit(s); }); break;
  }
  return 0;
}
