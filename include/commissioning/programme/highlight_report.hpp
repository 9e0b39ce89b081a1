#pragma once
// Workstreams and their monthly highlight reports (seed 000 L1767–2178: six GP Forward View
// workstreams for June 2018), and the Progress Status Key (L1809–1811).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/rag.hpp"
#include "commissioning/core/spelling.hpp"
#include "commissioning/programme/due_date.hpp"

namespace commissioning {

// The Progress Status Key. Its colours were lost in extraction; the usual reading is
// Green / Amber / Red, which to_rag gives.
enum class ProgressStatus : std::uint8_t { OnSchedule, BehindWithMitigation, Behind };
std::string_view to_string(ProgressStatus p) noexcept;  // the key's wording
// "On schedule", "Behind schedule with mitigating actions in place", "Behind schedule". Throws ParseError.
ProgressStatus parse_progress_status(std::string_view text);
Rag to_rag(ProgressStatus p) noexcept;

struct Workstream {
  std::string id;       // "access"
  std::string name;     // as the bundle lists it: "Access"
  std::string heading;  // as its report heads it: "Extended Primary Care Access"
  friend bool operator==(const Workstream&, const Workstream&) = default;
};

struct Activity {
  std::string number;    // "1"
  std::string text;      // "Arrange internal checkpoint meetings weekly"
  std::string progress;  // "Completed", verbatim
  std::optional<ProgressStatus> status;
  friend bool operator==(const Activity&, const Activity&) = default;
};

// A row of the "New risk / issue" table; the risk itself lives in the register.
struct NewRiskRow {
  std::string number;   // "1", or "1." for the Workload table's empty row
  std::string risk_id;  // an id in the programme's register; empty for an empty row
  friend bool operator==(const NewRiskRow&, const NewRiskRow&) = default;
};

struct HighlightReport {
  std::string workstream;  // a Workstream id
  CalendarMonth month_covered;
  std::vector<std::string> authors;
  std::optional<Rag> status;
  std::optional<Rag> impact_if_not_achieved;
  std::string summary;
  std::vector<Activity> activities;
  std::vector<std::string> actions_planned;
  std::string recommendations;
  std::vector<NewRiskRow> new_risks;
  std::string source;
  friend bool operator==(const HighlightReport&, const HighlightReport&) = default;
};

}  // namespace commissioning

COMMISSIONING_SPELLINGS(commissioning::ProgressStatus, "progress status",
    {"On schedule", commissioning::ProgressStatus::OnSchedule},
    {"Behind schedule with mitigating actions in place", commissioning::ProgressStatus::BehindWithMitigation},
    {"Behind schedule", commissioning::ProgressStatus::Behind})
