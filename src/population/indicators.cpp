#include "commissioning/population/indicators.hpp"

#include <algorithm>
#include <limits>

namespace commissioning {

double IndicatorJoin::patient_weighted_mean() const {
  double num = 0, den = 0;
  for (const auto& r : matched) {
    num += r.value * static_cast<double>(r.patients);
    den += static_cast<double>(r.patients);
  }
  return den > 0 ? num / den : std::numeric_limits<double>::quiet_NaN();
}

IndicatorJoin join_indicator(const PopulationTable& table, const IndicatorExport& indicators) {
  IndicatorJoin out;
  for (std::size_t i = 0; i < table.practices(); ++i) {
    const auto it = indicators.practices.find(table.code(i));
    if (it == indicators.practices.end()) out.table_only.push_back(table.code(i));
    else out.matched.push_back({table.code(i), table.total(i), it->second.value});
  }
  for (const auto& [code, v] : indicators.practices)
    if (!table.find(code)) out.indicator_only.push_back(code);
  std::sort(out.table_only.begin(), out.table_only.end());
  return out;
}

}  // namespace commissioning
