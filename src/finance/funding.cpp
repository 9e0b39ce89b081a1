#include "commissioning/finance/funding.hpp"

#include <fmt/format.h>

#include <set>
#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning::finance {

Money per_head_funding(const PerHeadRate& rate, const PopulationFigure& population) {
  return rate.for_population(population.people());
}

Money per_head_shortfall(const PerHeadRate& rate, const PopulationFigure& expected, const PopulationFigure& funded) {
  return per_head_funding(rate, expected) - per_head_funding(rate, funded);
}

std::int64_t implied_population(Money amount, const PerHeadRate& rate) {
  const auto r = rate.per_head.pence();
  if (r <= 0) throw std::invalid_argument("a per-head rate must be positive to imply a population");
  const auto a = amount.pence();
  const auto q = a / r, rem = a % r;
  return q + (rem * 2 >= r ? 1 : 0);
}

std::string_view to_string(Recurrence r) noexcept { return spelling(r); }

Recurrence parse_recurrence(std::string_view raw) { return parse_spelling<Recurrence>(raw); }

std::string_view to_string(FundingSource s) noexcept { return spelling(s); }

FundingSource parse_funding_source(std::string_view raw) { return parse_spelling<FundingSource>(raw); }

FundingStream::FundingStream(std::string scheme, std::optional<ReportedAmount> amount, std::vector<Phasing> phasing,
                             Recurrence recurrence, FundingSource source)
    : scheme_(std::move(scheme)), amount_(amount), phasing_(std::move(phasing)), recurrence_(recurrence), source_(source) {
  if (!amount_ && phasing_.empty())
    throw std::invalid_argument(fmt::format("{}: a funding stream needs an amount or a phasing", scheme_));
  if (text::trim(scheme_).empty()) throw std::invalid_argument("a funding stream needs a scheme name");
  std::set<int> years;
  for (const auto& p : phasing_) {
    if (!p.year.ok()) throw std::invalid_argument(fmt::format("{}: a phasing entry needs a financial year", scheme_));
    if (!years.insert(p.year.start_year()).second)
      throw std::invalid_argument(fmt::format("{}: {} is phased twice", scheme_, to_string(p.year)));
  }
}

Money FundingStream::total() const {
  if (amount_) return amount_->value();
  Money sum{};
  for (const auto& p : phasing_) sum += p.amount.value();
  return sum;
}

}  // namespace commissioning::finance
