#include "commissioning/finance/staffing.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning::finance {

AfcBand::AfcBand(unsigned band, char sub) : band_(band), sub_(sub) {
  if (band < 1 || band > 9) throw std::invalid_argument(fmt::format("Agenda for Change bands run 1 to 9, not {}", band));
  if (sub != '\0' && (band != 8 || sub < 'a' || sub > 'd'))
    throw std::invalid_argument("only band 8 has ranges, 8a to 8d");
  if (band == 8 && sub == '\0') throw std::invalid_argument("band 8 is one of 8a, 8b, 8c or 8d");
}

std::string to_string(AfcBand b) {
  return b.sub() ? fmt::format("{}{}", b.band(), b.sub()) : fmt::format("{}", b.band());
}

AfcBand parse_afc_band(std::string_view raw) {
  auto t = text::to_lower(text::normalise(raw));
  std::string_view s = t;
  if (s.rfind("band", 0) == 0) s = text::trim(s.substr(4));
  if (s.empty() || s[0] < '1' || s[0] > '9') throw ParseError("an Agenda for Change band", raw, 0, "expected a band 1–9 or 8a–8d");
  const auto band = static_cast<unsigned>(s[0] - '0');
  char sub = '\0';
  if (s.size() == 2) sub = s[1];
  if (s.size() > 2) throw ParseError("an Agenda for Change band", raw, 2, "unexpected text after the band");
  try {
    return AfcBand(band, sub);
  } catch (const std::invalid_argument& e) {
    throw ParseError("an Agenda for Change band", raw, 0, e.what());
  }
}

StaffingLine::StaffingLine(std::string role, std::int64_t posts, AfcBand band, ReportedAmount mid_point,
                           ReportedAmount with_on_costs, ReportedAmount total)
    : role_(std::move(role)), posts_(posts), band_(band), mid_point_(mid_point), with_on_costs_(with_on_costs), total_(total) {
  if (text::trim(role_).empty()) throw std::invalid_argument("a staffing line needs a role");
  if (posts_ < 0) throw std::invalid_argument(fmt::format("{}: the number of posts cannot be negative", role_));
}

StaffingTable::StaffingTable(std::string title, std::vector<StaffingLine> lines, Percentage on_cost_factor,
                             std::optional<ReportedAmount> stated_total)
    : title_(std::move(title)), lines_(std::move(lines)), on_cost_factor_(on_cost_factor), stated_total_(stated_total) {
  if (on_cost_factor_.basis_points() < 10000)
    throw std::invalid_argument(fmt::format("an on-cost factor below 100% ({}) would cut the cost of a post",
                                            to_string(on_cost_factor_)));
  if (stated_total_ && lines_.empty()) throw std::invalid_argument("a staffing table has a total but no lines");
}

}  // namespace commissioning::finance
