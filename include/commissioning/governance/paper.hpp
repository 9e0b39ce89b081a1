#pragma once
// A paper's cover sheet ("Public Paper"), seed 000 §1.9.
#include <optional>
#include <string>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/governance/enums.hpp"

namespace commissioning::governance {

struct Paper {
  std::string enclosure;  // "6.1"
  std::string title;
  std::string sponsor;    // "Lynn Millar, Director of Primary Care and Medicines Optimisation"
  std::optional<Date> meeting_date;
  std::vector<Purpose> action_required;      // the ticked boxes
  std::vector<ResolutionVerb> asked_to;      // "The Committee is asked to: Approve …, Receive and note …"
  std::string asked_to_text;                 // the sentence as written
  ImpactAssessment quality_impact{ImpactAssessment::NotApplicable};
  ImpactAssessment equality_impact{ImpactAssessment::NotApplicable};
  ImpactAssessment engagement{ImpactAssessment::NotApplicable};
  friend bool operator==(const Paper&, const Paper&) = default;
};

}  // namespace commissioning::governance
