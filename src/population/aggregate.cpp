#include "commissioning/population/aggregate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

std::string_view to_string(GroupBy g) noexcept {
  switch (g) {
    case GroupBy::Practice: return "practice";
    case GroupBy::Commissioner: return "ccg";
    case GroupBy::National: return "national";
  }
  return "?";
}

GroupBy parse_group_by(std::string_view s) {
  const auto t = text::trim(s);
  if (text::iequals(t, "practice")) return GroupBy::Practice;
  if (text::iequals(t, "ccg") || text::iequals(t, "commissioner") || text::iequals(t, "sub-icb")) return GroupBy::Commissioner;
  if (text::iequals(t, "national") || text::iequals(t, "england")) return GroupBy::National;
  throw ParseError("a grouping", s, 0, "expected practice, ccg or national");
}

namespace {

template <class KeyOf>
std::vector<GroupTotal> group(const PopulationTable& table, std::span<const double> weighted, KeyOf key_of) {
  if (!weighted.empty() && weighted.size() != table.practices())
    throw std::invalid_argument(fmt::format("{} weighted values for {} practices", weighted.size(), table.practices()));
  const bool sexes = table.has_male_female();
  std::map<std::string, GroupTotal, std::less<>> groups;
  const auto n = table.practices();
  std::span<const std::uint32_t> male, female;
  if (sexes) {
    male = table.totals_column(Sex::Male);
    female = table.totals_column(Sex::Female);
  }
  std::string key;
  for (std::size_t i = 0; i < n; ++i) {
    key_of(i, key);
    auto it = groups.find(key);
    if (it == groups.end()) {
      GroupTotal g;
      g.code = key;
      if (sexes) g.male = g.female = 0;
      if (!weighted.empty()) g.weighted = 0.0;
      it = groups.emplace(key, std::move(g)).first;
    }
    auto& g = it->second;
    g.practices += 1;
    g.patients += table.total(i);
    if (sexes) {
      *g.male += male[i];
      *g.female += female[i];
    }
    if (!weighted.empty()) *g.weighted += weighted[i];
  }
  std::vector<GroupTotal> out;
  out.reserve(groups.size());
  for (auto& [k, g] : groups) out.push_back(std::move(g));
  return out;
}

}  // namespace

std::vector<GroupTotal> summarise(const PopulationTable& table, GroupBy by, std::span<const double> weighted) {
  return group(table, weighted, [&](std::size_t i, std::string& key) {
    switch (by) {
      case GroupBy::Practice: key.assign(table.code(i).str()); break;
      case GroupBy::Commissioner:
        key.assign(table.commissioner(i).ok() ? table.commissioner(i).str() : unmapped_group);
        break;
      case GroupBy::National: key.assign(national_group); break;
    }
  });
}

std::vector<GroupTotal> summarise(const PopulationTable& table, const OrganisationHierarchy& hierarchy, OrgLevel level,
                                  Date as_of, bool as_is, std::span<const double> weighted) {
  return group(table, weighted, [&](std::size_t i, std::string& key) {
    const auto& code = table.code(i);
    const auto parent = level == OrgLevel::Practice ? std::optional<OdsCode>(code)
                        : as_is                     ? hierarchy.ancestor_as_is(code, level, as_of)
                                                    : hierarchy.ancestor(code, level, as_of);
    key.assign(parent ? parent->str() : unmapped_group);
  });
}

std::vector<SeriesPoint> aggregate_series(std::span<const std::pair<Date, gsl::not_null<const PopulationTable*>>> months,
                                          const OrganisationHierarchy& hierarchy, OrgLevel level, HistoryView view,
                                          Date today) {
  std::vector<SeriesPoint> out;
  for (const auto& [month, table] : months) {
    const auto rows = view == HistoryView::AsWas ? summarise(*table, hierarchy, level, month, false)
                                                 : summarise(*table, hierarchy, level, today, true);
    for (const auto& r : rows) out.push_back({month, r.code, r.practices, r.patients});
  }
  std::stable_sort(out.begin(), out.end(), [](const SeriesPoint& a, const SeriesPoint& b) {
    return a.month != b.month ? a.month < b.month : a.group < b.group;
  });
  return out;
}

}  // namespace commissioning
