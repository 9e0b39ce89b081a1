#pragma once
// One risk on a register: what it is (cause → event → effect where a document gives them), who
// owns it, its inherent, current and target scores, controls and actions, status and history.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/core/initials.hpp"
#include "commissioning/core/spelling.hpp"
#include "commissioning/risk/score.hpp"

namespace commissioning {

enum class RiskStatus : std::uint8_t { Open, Closed, Transferred, Escalated };
std::string_view to_string(RiskStatus s) noexcept;  // "open", "closed", "transferred", "escalated"
RiskStatus parse_risk_status(std::string_view text);  // any case; throws ParseError

// A mitigating action, or the mitigation text a report asks a committee for.
struct RiskAction {
  std::string description;
  std::optional<Initials> owner;
  std::optional<Date> due;
  bool done{false};
  friend bool operator==(const RiskAction&, const RiskAction&) = default;
};

// The current score as it stood on a date.
struct ScoreRecord {
  Date date;
  RiskScore score;
  std::string note;
  friend bool operator==(const ScoreRecord&, const ScoreRecord&) = default;
};

struct RiskEntry {
  std::string id;  // unique within its register
  std::string title;
  std::string description;  // verbatim where the document gives one
  std::string cause;
  std::string event;
  std::string effect;
  std::string category;  // a workstream, a domain ("finance")
  std::optional<Initials> owner;
  std::optional<Date> raised;
  std::optional<RiskScore> inherent;
  std::optional<RiskScore> current;
  std::optional<RiskScore> target;
  std::vector<std::string> controls;
  std::vector<RiskAction> actions;
  RiskStatus status{RiskStatus::Open};
  // Why it was closed, or where it was transferred or escalated to; and when.
  std::string status_reason;
  std::optional<Date> status_date;
  std::optional<Date> review_date;
  std::vector<ScoreRecord> history;  // oldest first
  std::string source;                // "seed 000 L1869"

  bool is_open() const noexcept { return status == RiskStatus::Open || status == RiskStatus::Escalated; }
  friend bool operator==(const RiskEntry&, const RiskEntry&) = default;
};

}  // namespace commissioning

COMMISSIONING_SPELLINGS(commissioning::RiskStatus, "risk status",
    {"open", commissioning::RiskStatus::Open},
    {"closed", commissioning::RiskStatus::Closed},
    {"transferred", commissioning::RiskStatus::Transferred},
    {"escalated", commissioning::RiskStatus::Escalated})
