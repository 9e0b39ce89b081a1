#pragma once
// A committee (e.g. a CCG's Primary Care Commissioning Committee) and its terms of reference.
#include <optional>
#include <string>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/governance/quorum_rule.hpp"

namespace commissioning::governance {

struct TermsOfReference {
  QuorumRule quorum;
  // The voting seats as the ToR lists them ("3 lay members", "Chief Finance Officer"); who
  // holds them is the membership's voting flag and committees.
  std::vector<std::string> voting_membership;
  std::string cadence;                       // "monthly, on Tuesdays"
  std::string reports_to;                    // "Governing Body"
  std::vector<std::string> delegated_powers;  // "primary medical services commissioning (delegated)"
  bool may_meet_in_common{false};            // seed 000 L138–139
  std::optional<Date> approved_on;
  std::optional<Date> next_review;
  friend bool operator==(const TermsOfReference&, const TermsOfReference&) = default;
};

struct Committee {
  std::string id;            // "ns-pccc"
  std::string name;          // "North Staffordshire CCG Primary Care Commissioning Committee"
  std::string organisation;  // id of the Organisation it belongs to
  TermsOfReference terms_of_reference;
  friend bool operator==(const Committee&, const Committee&) = default;
};

}  // namespace commissioning::governance
