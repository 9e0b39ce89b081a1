#pragma once
// Totals of a population table by practice, by the commissioner the file names, nationally,
// or by any level of the organisation hierarchy as of a date; and time series of tables
// aggregated "as was" (each month under the parents it had then) or "as is" (restated under
// today's parents, closed practices included).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <gsl/pointers>

#include "commissioning/population/hierarchy.hpp"
#include "commissioning/population/population_table.hpp"

namespace commissioning {

enum class GroupBy : std::uint8_t { Practice, Commissioner, National };
std::string_view to_string(GroupBy g) noexcept;
GroupBy parse_group_by(std::string_view s);  // "practice", "ccg" (or "commissioner"), "national"

// The group of practices a hierarchy has no parent for on the date: reported, never dropped.
inline constexpr std::string_view unmapped_group = "unmapped";
inline constexpr std::string_view national_group = "england";

struct GroupTotal {
  std::string code;
  std::uint64_t practices{0};
  std::uint64_t patients{0};
  std::optional<std::uint64_t> male;    // where the table has both sexes
  std::optional<std::uint64_t> female;
  std::optional<double> weighted;       // where weights were given
  friend bool operator==(const GroupTotal&, const GroupTotal&) = default;
};

// One row per group, sorted by code. `weighted` (one value per practice, from
// weighted_population) adds a weighted column. Throws std::invalid_argument on a size
// mismatch.
std::vector<GroupTotal> summarise(const PopulationTable& table, GroupBy by,
                                  std::span<const double> weighted = {});
// Grouped by each practice's ancestor at `level` on `as_of` (as_is: ancestor_as_is).
std::vector<GroupTotal> summarise(const PopulationTable& table, const OrganisationHierarchy& hierarchy,
                                  OrgLevel level, Date as_of, bool as_is = false,
                                  std::span<const double> weighted = {});

enum class HistoryView : std::uint8_t { AsWas, AsIs };
struct SeriesPoint {
  Date month;
  std::string group;
  std::uint64_t practices{0};
  std::uint64_t patients{0};
  friend bool operator==(const SeriesPoint&, const SeriesPoint&) = default;
};
// Each (month, table) pair aggregated to `level`: as was (parents on that month) or as is
// (parents on `today`). Sorted by month, then group. Every month has a table (not_null).
std::vector<SeriesPoint> aggregate_series(std::span<const std::pair<Date, gsl::not_null<const PopulationTable*>>> months,
                                          const OrganisationHierarchy& hierarchy, OrgLevel level,
                                          HistoryView view, Date today);

}  // namespace commissioning
