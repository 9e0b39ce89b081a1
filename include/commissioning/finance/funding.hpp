#pragma once
// Allocations and funding streams: a scheme's amount, its phasing by financial year, whether
// it recurs, who approved it and when, where the money comes from, and per-head funding
// (population × rate) where the population carries its basis and as-of date.
//
// Seed 000 L1870 (R19): "The ONS weighting formula for financial allocations used by NHS
// England is less than the raw practice population figures and the capitated weighted
// population figures used by the CCG. As a result, the ONS weighting formula used would not
// provide the £3.34 and £6 a head … This would produce a funding shortfall". So a population
// figure is never a bare number here: it says which basis it is on, and the shortfall between
// two bases is computable.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/core/population_figure.hpp"
#include "commissioning/core/financial_year.hpp"
#include "commissioning/core/rate.hpp"
#include "commissioning/core/reported_amount.hpp"
#include "commissioning/core/spelling.hpp"

namespace commissioning::finance {

// The population vocabulary is shared with population/ and lives in core.
using commissioning::parse_population_basis;
using commissioning::PopulationBasis;
using commissioning::PopulationFigure;
using commissioning::to_string;

// The money a per-head rate gives on a population, exact to the penny.
Money per_head_funding(const PerHeadRate& rate, const PopulationFigure& population);
// What funding on `funded` falls short of funding on `expected` at the same rate (positive
// when `funded` is the smaller population, as the ONS basis is in seed 000 L1870).
Money per_head_shortfall(const PerHeadRate& rate, const PopulationFigure& expected, const PopulationFigure& funded);
// The population an amount implies at a rate, rounded to the nearest person (780,397 at £3.34
// implies 233,652). Throws std::invalid_argument for a zero or negative rate.
std::int64_t implied_population(Money amount, const PerHeadRate& rate);

enum class FundingSource : std::uint8_t {
  NhsEnglandAllocation,  // "Funding allocations confirmed with providers from NHSE allocation"
  CcgAllocation,         // the CCG's own (baseline or increased) allocation
  DelegatedReserve,      // a reserve within the delegated budget (seed 000 Table 2)
  Capital,               // ETTF and other capital
  Other,
};
std::string_view to_string(FundingSource s) noexcept;  // "nhse-allocation", "ccg-allocation", "delegated-reserve", "capital", "other"
FundingSource parse_funding_source(std::string_view text);

// "Funding is non-recurrent" (seed 000 L850), "at least 6 per head recurrent" (seed 003 L92);
// many streams do not say.
enum class Recurrence : std::uint8_t { Recurrent, NonRecurrent, Unstated };
std::string_view to_string(Recurrence r) noexcept;  // "recurrent", "non-recurrent", "unstated"
Recurrence parse_recurrence(std::string_view text);

struct Phasing {
  FinancialYear year;
  ReportedAmount amount;
  friend bool operator==(const Phasing&, const Phasing&) = default;
};

struct PerHeadBasis {
  PerHeadRate rate;
  bool at_least{false};  // "at least 6 per head"
  // The population the amount was computed on, where the document states it.
  std::optional<PopulationFigure> population;
  friend bool operator==(const PerHeadBasis&, const PerHeadBasis&) = default;
};

class FundingStream {
 public:
  FundingStream() = default;
  // Throws std::invalid_argument for an empty scheme name, a financial year phased twice,
  // or a stream with neither an amount nor any phasing.
  FundingStream(std::string scheme, std::optional<ReportedAmount> amount, std::vector<Phasing> phasing,
                Recurrence recurrence, FundingSource source);

  const std::string& scheme() const noexcept { return scheme_; }
  // The total as stated; absent when the document states only the phasing.
  const std::optional<ReportedAmount>& amount() const noexcept { return amount_; }
  const std::vector<Phasing>& phasing() const noexcept { return phasing_; }
  Recurrence recurrence() const noexcept { return recurrence_; }
  FundingSource source() const noexcept { return source_; }
  const std::optional<PerHeadBasis>& per_head() const noexcept { return per_head_; }
  const std::string& approved_by() const noexcept { return approved_by_; }
  const std::optional<Date>& approved_on() const noexcept { return approved_on_; }
  const std::string& evidence() const noexcept { return evidence_; }  // "seed 003 L148"
  // The stated amount, or the sum of the phasing.
  Money total() const;

  FundingStream& with_per_head(PerHeadBasis b) { per_head_ = std::move(b); return *this; }
  FundingStream& with_approval(std::string body, std::optional<Date> on) {
    approved_by_ = std::move(body);
    approved_on_ = on;
    return *this;
  }
  FundingStream& with_evidence(std::string e) { evidence_ = std::move(e); return *this; }

  friend bool operator==(const FundingStream&, const FundingStream&) = default;

 private:
  std::string scheme_;
  std::optional<ReportedAmount> amount_;
  std::vector<Phasing> phasing_;
  Recurrence recurrence_{Recurrence::Unstated};
  FundingSource source_{FundingSource::Other};
  std::optional<PerHeadBasis> per_head_;
  std::string approved_by_;
  std::optional<Date> approved_on_;
  std::string evidence_;
};

// An organisation's funding streams (seed 003 Table 16: Luton's).
struct Allocation {
  std::string organisation;
  std::string title;
  std::vector<FundingStream> streams;
  friend bool operator==(const Allocation&, const Allocation&) = default;
};

}  // namespace commissioning::finance

// The spellings: canonical first (what JSON writes).
COMMISSIONING_SPELLINGS(commissioning::finance::FundingSource, "funding source",
    {"nhse-allocation", commissioning::finance::FundingSource::NhsEnglandAllocation},
    {"ccg-allocation", commissioning::finance::FundingSource::CcgAllocation},
    {"delegated-reserve", commissioning::finance::FundingSource::DelegatedReserve},
    {"capital", commissioning::finance::FundingSource::Capital},
    {"other", commissioning::finance::FundingSource::Other})

COMMISSIONING_SPELLINGS(commissioning::finance::Recurrence, "recurrence",
    {"recurrent", commissioning::finance::Recurrence::Recurrent},
    {"non-recurrent", commissioning::finance::Recurrence::NonRecurrent},
    {"unstated", commissioning::finance::Recurrence::Unstated})
