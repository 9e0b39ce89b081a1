#pragma once
// A risk register for an organisation, a committee or a workstream, and the questions people
// ask of one: which risks are in a band, which exceed the appetite, whose review is overdue,
// what has moved since a date, and the 5×5 heat map.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/risk/banding.hpp"
#include "commissioning/risk/entry.hpp"
#include "commissioning/risk/scale.hpp"

namespace commissioning {

enum class RegisterScope : std::uint8_t { Organisation, Committee, Workstream, Programme };
std::string_view to_string(RegisterScope s) noexcept;  // "organisation", …
RegisterScope parse_register_scope(std::string_view text);

struct RiskRegister {
  std::string name;
  RegisterScope scope{RegisterScope::Organisation};
  std::string held_by;  // the organisation, committee or workstream
  std::optional<Date> as_of;
  RiskScoringKey scoring_key{npsa_scoring_key()};
  BandingPolicy banding{};
  // Risks whose current score is above this are outside the appetite.
  std::optional<int> appetite;
  std::vector<RiskEntry> entries;
  std::string source;
  friend bool operator==(const RiskRegister&, const RiskRegister&) = default;
};

const RiskEntry* find_entry(const RiskRegister& r, std::string_view id) noexcept;

// Open risks whose current score falls in the named band. Throws std::invalid_argument for a
// band the register's policy does not have.
std::vector<const RiskEntry*> risks_in_band(const RiskRegister& r, std::string_view band);
// Open risks whose current score exceeds the appetite (none when no appetite is set).
std::vector<const RiskEntry*> risks_above_appetite(const RiskRegister& r);
// Open risks whose review date is before as_of, or that have no review date.
std::vector<const RiskEntry*> overdue_reviews(const RiskRegister& r, Date as_of);
// Open risks ordered by current score, highest first (ties keep register order).
std::vector<const RiskEntry*> top_risks(const RiskRegister& r, std::size_t n);

enum class Trend : std::uint8_t { New, Rising, Steady, Falling, Unscored };
std::string_view to_string(Trend t) noexcept;
struct RiskTrend {
  const RiskEntry* entry{nullptr};
  std::optional<int> then;  // the last recorded score on or before the date
  std::optional<int> now;   // the current score
  Trend trend{Trend::Unscored};
};
// How each risk's current score compares with its history as of a date.
std::vector<RiskTrend> trend_since(const RiskRegister& r, Date since);

// Counts of open risks per cell of the 5×5 matrix. Risks scored only as a product cannot be
// placed in a cell (12 is 3×4 or 4×3) and are counted by score beside the matrix.
struct HeatMap {
  std::array<std::array<int, 5>, 5> cells{};  // cells[impact - 1][probability - 1]
  std::map<int, int> score_only;              // score → count
  int unscored{0};                            // open risks with no current score
  int at(Probability p, Impact i) const noexcept { return cells[static_cast<std::size_t>(i.value() - 1)][static_cast<std::size_t>(p.value() - 1)]; }
  int placed() const noexcept;
  int total() const noexcept;
};
HeatMap heat_map(const RiskRegister& r);

// Counts of open risks per band of the register's policy (score-only risks included).
std::vector<int> counts_by_band(const RiskRegister& r);

}  // namespace commissioning

COMMISSIONING_SPELLINGS(commissioning::RegisterScope, "register scope",
    {"organisation", commissioning::RegisterScope::Organisation},
    {"committee", commissioning::RegisterScope::Committee},
    {"workstream", commissioning::RegisterScope::Workstream},
    {"programme", commissioning::RegisterScope::Programme})
