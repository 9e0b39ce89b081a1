// Read money, dates and periods exactly as NHS committee papers write them, and see how the
// library reports what is wrong instead of guessing.
#include <commissioning/commissioning.hpp>

#include <iostream>

int main() {
  using namespace commissioning;

  // "£1,427k" in a narrative is exact money with a resolution of £1k.
  const auto reserves = parse_reported_amount("£1,427k");
  std::cout << "reserves: " << to_string(reserves.value()) << " (±" << to_string(reserves.resolution()) << ")\n";

  // Month 2 of the 2018/19 financial year is May 2018.
  const auto month = parse_financial_month("2018/19 Month 2");
  std::cout << to_string(month) << " covers " << to_string(month.first_day()) << " to " << to_string(month.last_day()) << "\n";

  // A weekday that contradicts the date becomes a diagnostic with a rule id and a path: the
  // JSON Pointer of where the value sits in its document (here, as in a meeting pack).
  ValidationReport report;
  rules::check(parse_written_date("Monday 3rd July 2018"), "/meetings/0/date", report);
  rules::check(parse_time_range("10.00pm – 11.45am"), "/meetings/0/time", report);
  for (const auto& d : report.diagnostics()) std::cout << to_string(d) << "\n";

  // Text that is not money is refused with the position and the reason.
  try {
    (void)parse_money("30p");
  } catch (const ParseError& e) {
    std::cout << e.what() << "\n";
  }
  return report.size() == 2 ? 0 : 1;
}
