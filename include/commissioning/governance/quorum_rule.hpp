#pragma once
// The quorum rule of a committee, as its terms of reference state it. It is a policy object,
// not a constant: seed 000 states no threshold (§1.7), and every committee's ToR differs.
#include <optional>
#include <string>
#include <vector>

#include "commissioning/governance/enums.hpp"

namespace commissioning::governance {

struct CategoryMinimum {
  MemberCategory category{MemberCategory::Lay};
  unsigned minimum{0};
  friend bool operator==(const CategoryMinimum&, const CategoryMinimum&) = default;
};

struct QuorumRule {
  // Voting members of the committee who are present (and not excluded by a declaration).
  unsigned min_voting_present{0};
  // E.g. "at least two lay members", "at least one officer".
  std::vector<CategoryMinimum> min_per_category;
  // Whether a member excluded from an item by a declared interest still counts towards that
  // item's quorum. Seed 000 L12–13: quoracy is confirmed "following consideration of
  // interests declared", so by default they do not.
  bool conflicted_members_count{false};

  bool defined() const noexcept { return min_voting_present != 0 || !min_per_category.empty(); }
  friend bool operator==(const QuorumRule&, const QuorumRule&) = default;
};

std::string describe(const QuorumRule& r);  // "3 voting members, including 2 lay members and 1 officer"

}  // namespace commissioning::governance
