#pragma once
// Validation rules for risk registers.
#include <optional>
#include <span>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/core/diagnostic.hpp"
#include "commissioning/core/initials.hpp"
#include "commissioning/risk/register.hpp"

namespace commissioning::rules {

inline constexpr Rule risk_ids_unique{
    "risk.register.ids-unique", Severity::Error, "Risk ids are unique within a register",
    "issue 4; North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) numbers risks per workstream (1–9 in Access, 1 in Workforce)"};
inline constexpr Rule risk_scores_ordered{
    "risk.entry.target-le-current-le-inherent", Severity::Warning,
    "A risk's target score is not above its current score, nor its current above its inherent score",
    "issue 4: mitigation lowers a score towards its target; a rise needs explaining"};
inline constexpr Rule risk_closed_has_reason{
    "risk.entry.closed-has-reason", Severity::Error, "A closed risk says why it was closed",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L1876: 'RISK NOW CLOSED DUE RECRUITMENT OF HEAD OF PRIMARY CARE COMMISSIONING IN POST'"};
inline constexpr Rule risk_closed_has_date{
    "risk.entry.closed-has-date", Severity::Warning, "A closed, transferred or escalated risk says when",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L1876 closes a risk in prose with no date"};
inline constexpr Rule risk_review_not_overdue{
    "risk.entry.review-not-overdue", Severity::Warning,
    "An open risk's review date is not in the past as of the register's date",
    "Wolverhampton CCG primary care report, May 2017 (seed 001) L240: 'Risks pertaining to the program are reviewed at each meeting'"};
inline constexpr Rule risk_open_has_score{
    "risk.entry.open-has-score", Severity::Warning, "An open risk has a current score",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L1865–1868: Extended Access risk 1 has no rating"};
inline constexpr Rule risk_score_only{
    "risk.entry.score-only", Severity::Info,
    "A score given without probability and impact cannot be placed on the heat map",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L1864–1878: the GPFV tables give only the product"};
inline constexpr Rule risk_owner_resolves{
    "risk.entry.owner-resolves", Severity::Error,
    "Risk and action owners are members of the given membership",
    "issue 4; North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §2 R18 (initials must resolve to a member)"};
inline constexpr Rule risk_history_ordered{
    "risk.entry.history-ordered", Severity::Error, "A risk's score history is in date order",
    "issue 4: trend since a date reads the history in order"};

std::span<const Rule* const> risk_rules() noexcept;

struct RiskCheckOptions {
  std::optional<Date> as_of;                        // defaults to the register's as_of
  std::optional<std::vector<Initials>> membership;  // owners must be among these when given
};

ValidationReport validate(const RiskRegister& r, const RiskCheckOptions& options = {});

}  // namespace commissioning::rules
