#include "commissioning/core/core_rules.hpp"

#include <array>

#include <fmt/format.h>

namespace commissioning::rules {

std::span<const Rule* const> core_rules() noexcept {
  static constexpr std::array<const Rule*, 7> list{&weekday_matches_date, &time_range_end_after_start, &input_too_large,
                                                   &input_csv_syntax,     &input_csv_row,              &input_not_json,
                                                   &input_document};
  return list;
}

void check(const WrittenDate& d, const std::string& path, ValidationReport& out) {
  if (!d.weekday_matches())
    out.add(weekday_matches_date, path,
            fmt::format("\"{}\" says {}, but {} is a {}", d.verbatim, to_string(*d.stated_weekday),
                        to_string(d.date), to_string(d.date.weekday())));
}

void check(const TimeRange& r, const std::string& path, ValidationReport& out) {
  if (!r.ends_after_start())
    out.add(time_range_end_after_start, path,
            fmt::format("ends at {} but starts at {}", to_string(r.end), to_string(r.start)));
}

}  // namespace commissioning::rules
