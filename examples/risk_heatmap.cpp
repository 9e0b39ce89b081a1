// Score and band the risks of the seed's GP Forward View highlight report (June 2018), then
// print the 5×5 heat map as text. The report gives only products ("12"), so the example also
// shows what a fully scored risk looks like next to them.
#include <commissioning/commissioning.hpp>
#include <commissioning/fixtures/gpfv_staffordshire.hpp>

#include <iostream>

int main() {
  using namespace commissioning;

  auto reg = fixtures::staffordshire_gpfv_risks();
  const BandingPolicy& nhs = reg.banding;  // the NHS 5×5 default: 1–3 low … 15–25 extreme

  std::cout << "The seed's risks, banded by " << nhs.name() << ":\n";
  for (const auto& e : reg.entries) {
    std::cout << "  " << e.id << "  ";
    if (!e.is_open()) std::cout << "closed: " << e.status_reason << "\n";
    else if (!e.current) std::cout << "no rating given\n";
    else std::cout << to_string(*e.current) << " → " << nhs.band_of(*e.current).name << "\n";
  }

  // A score of 7 cannot be probability × impact on a 5×5 grid: importing it is refused.
  try {
    (void)RiskScore::score_only(7);
  } catch (const std::invalid_argument& e) {
    std::cout << "importing a score of 7: " << e.what() << "\n";
  }

  // Suppose risk 8 (20) were rescored as probability 4 × impact 5: the heat map can place it.
  reg.entries[7].current = RiskScore{Probability{4}, Impact{5}};
  std::cout << "\n" << io::heat_map_text(reg);

  // Another organisation's banding is a policy object, not a constant.
  reg.banding = BandingPolicy{"three-band", {{"green", 1, 4, "#00aa00"}, {"amber", 5, 12, "#ffbf00"}, {"red", 15, 25, "#cc0000"}}};
  std::cout << "\nunder a three-band policy, risk 3 (" << reg.entries[2].current->value() << ") is "
            << reg.banding.band_of(*reg.entries[2].current).name << "\n";

  const auto report = rules::validate(reg);
  std::cout << "validation: " << report.count(Severity::Warning) << " warnings, " << report.count(Severity::Info) << " notes\n";
  return heat_map(reg).placed() == 1 && !report.has_errors() ? 0 : 1;
}
