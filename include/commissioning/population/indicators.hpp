#pragma once
// Practice-level indicator values (a Fingertips export, read by io/fingertips.hpp) and their
// join to a population table: which practices match, which are missing on either side, and
// the patient-weighted mean.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "commissioning/core/ods_code.hpp"
#include "commissioning/population/population_table.hpp"

namespace commissioning {

struct IndicatorValue {
  std::string indicator_id;
  std::string indicator_name;
  std::string area_name;
  std::string period;
  double value{0};
  friend bool operator==(const IndicatorValue&, const IndicatorValue&) = default;
};

// One indicator for one period, per practice.
struct IndicatorExport {
  std::map<OdsCode, IndicatorValue> practices;
  std::uint64_t other_area_rows{0};  // rows of other area types (England, CCG …), not kept
};

struct IndicatorJoin {
  struct Row {
    OdsCode practice;
    std::uint64_t patients{0};
    double value{0};
  };
  std::vector<Row> matched;             // in table order
  std::vector<OdsCode> table_only;      // practices with no indicator value
  std::vector<OdsCode> indicator_only;  // indicator practices not in the table
  // Σ value × patients / Σ patients over matched practices.
  double patient_weighted_mean() const;
};
IndicatorJoin join_indicator(const PopulationTable& table, const IndicatorExport& indicators);

}  // namespace commissioning
