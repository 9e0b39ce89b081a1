// A separate project using the installed library, as an NHS tool would.
#include <commissioning/commissioning.hpp>

#include <iostream>

int main() {
  const auto m = commissioning::parse_money("£1,427k");
  const auto y = commissioning::parse_financial_year("2018/19");
  std::cout << commissioning::to_string(m) << " in " << commissioning::to_string(y) << "\n";
  return m.pence() == 142'700'000 && y.start_year() == 2018 ? 0 : 1;
}
