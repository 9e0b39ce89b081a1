#pragma once
// Milestones and the versioned plans that hold them. Ids are scoped per plan and version:
// seed 001 uses "5.4" in two plans of the contract management workstream, and "6.3" in three.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/rag.hpp"
#include "commissioning/core/spelling.hpp"
#include "commissioning/programme/due_date.hpp"

namespace commissioning {

enum class MilestoneStatus : std::uint8_t { NotStated, NotStarted, InProgress, Completed, Delayed, Cancelled };
std::string_view to_string(MilestoneStatus s) noexcept;  // "", "not started", "in progress", "completed", …
// "Completed", "Complete", "In progress", "On-going" is not a status (it is a due date). Throws ParseError.
MilestoneStatus parse_milestone_status(std::string_view text);

struct Milestone {
  std::string id;  // "PCS001", "5.4", or empty where the document gives none
  std::string description;
  std::string section;  // the heading the row sits under: "5. Primary Care Contract Management"
  MilestoneStatus status{MilestoneStatus::NotStated};
  DueDate due;
  std::optional<Rag> rag;
  std::string owner;
  std::string source;  // "seed 001 L65"
  friend bool operator==(const Milestone&, const Milestone&) = default;
};

struct MilestonePlan {
  std::string title;    // "Primary Care Contract Management - Task and Finish Group"
  std::string version;  // "V11"; empty when the plan has none
  std::string workstream;
  std::vector<Milestone> milestones;
  std::string source;
  friend bool operator==(const MilestonePlan&, const MilestonePlan&) = default;
};

// A milestone is slipping as of a date when it is not completed or cancelled and the latest
// day its due date can mean is before that date.
bool is_slipping(const Milestone& m, Date as_of);

}  // namespace commissioning

// Not stated is spelled "": documents leave it out.
COMMISSIONING_SPELLINGS(commissioning::MilestoneStatus, "milestone status",
    {"", commissioning::MilestoneStatus::NotStated},
    {"not started", commissioning::MilestoneStatus::NotStarted},
    {"in progress", commissioning::MilestoneStatus::InProgress},
    {"completed", commissioning::MilestoneStatus::Completed},
    {"complete", commissioning::MilestoneStatus::Completed},
    {"delayed", commissioning::MilestoneStatus::Delayed},
    {"cancelled", commissioning::MilestoneStatus::Cancelled},
    {"canceled", commissioning::MilestoneStatus::Cancelled})
