#pragma once
// A programme document: workstreams, their highlight reports, the register their new risks
// link into, milestone plans, targets and assurance.
#include <optional>
#include <string>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/programme/assurance.hpp"
#include "commissioning/programme/highlight_report.hpp"
#include "commissioning/programme/milestone.hpp"
#include "commissioning/programme/target.hpp"
#include "commissioning/risk/register.hpp"

namespace commissioning {

struct Programme {
  std::string name;
  std::string organisation;
  std::optional<Date> as_of;
  std::vector<Workstream> workstreams;
  std::vector<HighlightReport> reports;
  std::optional<RiskRegister> risks;
  std::vector<MilestonePlan> plans;
  std::vector<Target> targets;
  std::optional<AssuranceStatus> assurance;
  std::string source;
  friend bool operator==(const Programme&, const Programme&) = default;
};

const Workstream* find_workstream(const Programme& p, std::string_view id) noexcept;

struct SlippingMilestone {
  const MilestonePlan* plan{nullptr};
  const Milestone* milestone{nullptr};
};
std::vector<SlippingMilestone> slipping_milestones(const Programme& p, Date as_of);

}  // namespace commissioning
