#pragma once
// Staffing cost lines priced on Agenda for Change bands (seed 000 L1303–1313): role, number
// of posts, band, mid-point cost of one post, cost including on-costs, line total.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/percentage.hpp"
#include "commissioning/core/reported_amount.hpp"

namespace commissioning::finance {

// Agenda for Change pay bands 1–7, 8a–8d and 9.
class AfcBand {
 public:
  AfcBand() = default;
  // band 1..9; sub ('a'..'d') only with band 8. Throws std::invalid_argument.
  explicit AfcBand(unsigned band, char sub = '\0');
  unsigned band() const noexcept { return band_; }
  char sub() const noexcept { return sub_; }
  friend auto operator<=>(const AfcBand&, const AfcBand&) = default;

 private:
  unsigned band_{1};
  char sub_{'\0'};
};
std::string to_string(AfcBand b);  // "5", "8a"
// "5", "Band 5", "band 8a", "8A". Throws ParseError.
AfcBand parse_afc_band(std::string_view text);

class StaffingLine {
 public:
  StaffingLine() = default;
  // Throws std::invalid_argument for an empty role or a negative number of posts.
  StaffingLine(std::string role, std::int64_t posts, AfcBand band, ReportedAmount mid_point,
               ReportedAmount with_on_costs, ReportedAmount total);

  const std::string& role() const noexcept { return role_; }
  std::int64_t posts() const noexcept { return posts_; }
  AfcBand band() const noexcept { return band_; }
  const ReportedAmount& mid_point() const noexcept { return mid_point_; }
  const ReportedAmount& with_on_costs() const noexcept { return with_on_costs_; }  // per post
  const ReportedAmount& total() const noexcept { return total_; }

  friend bool operator==(const StaffingLine&, const StaffingLine&) = default;

 private:
  std::string role_;
  std::int64_t posts_{0};
  AfcBand band_{};
  ReportedAmount mid_point_, with_on_costs_, total_;
};

class StaffingTable {
 public:
  StaffingTable() = default;
  // on_cost_factor: cost including on-costs ÷ mid-point, as a percentage (125.60% for the
  // seed's 1.2560). Throws std::invalid_argument for a factor below 100%.
  StaffingTable(std::string title, std::vector<StaffingLine> lines, Percentage on_cost_factor,
                std::optional<ReportedAmount> stated_total);

  const std::string& title() const noexcept { return title_; }
  const std::vector<StaffingLine>& lines() const noexcept { return lines_; }
  Percentage on_cost_factor() const noexcept { return on_cost_factor_; }
  const std::optional<ReportedAmount>& stated_total() const noexcept { return stated_total_; }

  friend bool operator==(const StaffingTable&, const StaffingTable&) = default;

 private:
  std::string title_;
  std::vector<StaffingLine> lines_;
  Percentage on_cost_factor_{Percentage::from_basis_points(10000)};
  std::optional<ReportedAmount> stated_total_;
};

}  // namespace commissioning::finance
