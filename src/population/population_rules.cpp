#include <fmt/format.h>

#include <array>

#include "commissioning/population/rules.hpp"
#include "commissioning/population/site_populations.hpp"

namespace commissioning::rules {

std::span<const Rule* const> population_rules() noexcept {
  static constexpr std::array<const Rule*, 24> list{
      &population_site_total,           &population_site_phase_total,
      &population_file_header,          &population_file_not_text,          &population_file_no_rows, &population_file_unterminated,
      &population_file_too_many_practices,
      &population_row_too_long,         &population_row_fields,             &population_row_count,
      &population_row_sex,              &population_row_age,                &population_row_code,
      &population_row_type,             &population_row_consistent,         &population_row_duplicate,
      &population_practice_ages_sum,    &population_practice_ages_complete, &population_practice_ages_suppressed,
      &population_practice_dates,       &population_practice_closed_date,   &population_hierarchy_dates,
      &population_hierarchy_overlap,    &population_ods_row};
  return list;
}

void check(const PopulationTable& t, const std::string& path, ValidationReport& out) {
  if (t.practices() == 0) out.add(population_file_no_rows, path, "the table has no practices");
  const bool three = t.has(Sex::Male) && t.has(Sex::Female) && t.has(Sex::Persons);
  for (std::size_t i = 0; i < t.practices(); ++i) {
    const auto at = pointer(path, "practices", i);
    const auto& c = t.commissioner(i);
    if (!c.str().empty() && c.kind() != OdsKind::Ccg)
      out.add(population_row_code, pointer(at, "commissioner"),
              fmt::format("practice {}'s commissioner {} is not a CCG or sub-ICB location code (like 00L)", t.code(i).str(),
                          c.str()));
    if (three) {
      const auto m = t.total(i, Sex::Male), f = t.total(i, Sex::Female), p = t.total(i, Sex::Persons);
      if (m + f != p)
        out.add(population_practice_ages_sum, pointer(at, "persons"),
                fmt::format("practice {}: male {} + female {} is not the {} persons", t.code(i).str(), m, f, p));
    }
  }
}

void check(const Practice& p, const std::string& path, ValidationReport& out) {
  if (p.closed && p.opened.ok() && *p.closed < p.opened)
    out.add(population_practice_dates, path,
            fmt::format("{} closes on {} before it opens on {}", p.code.str(), to_string(*p.closed), to_string(p.opened)));
  if (p.status == PracticeStatus::Closed && !p.closed)
    out.add(population_practice_closed_date, path, fmt::format("{} is closed but has no close date", p.code.str()));
  if (p.status == PracticeStatus::Active && p.closed)
    out.add(population_practice_closed_date, path,
            fmt::format("{} is active but has a close date ({})", p.code.str(), to_string(*p.closed)));
}

}  // namespace commissioning::rules
