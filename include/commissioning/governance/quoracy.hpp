#pragma once
// Quoracy, evaluated per committee and per item, after declarations of interest (seed 000
// L13: "Confirmation of Quoracy (following consideration of interests declared pertaining to
// the agenda) North Staffordshire CCG Stoke-on-Trent CCG").
#include <optional>
#include <string>
#include <vector>

#include "commissioning/core/initials.hpp"
#include "commissioning/governance/meeting.hpp"

namespace commissioning::governance {

struct QuorumResult {
  bool quorate{false};
  std::vector<Initials> counted;   // voting members present and counted
  std::vector<Initials> excluded;  // present but conflicted on the item (and not counted)
  std::vector<std::string> shortfalls;  // "1 lay member present, 2 required"
};

// The quorum of `committee` at `meeting`; with `item`, after declarations on that item.
QuorumResult evaluate_quorum(const Committee& committee, const Meeting& meeting,
                             const std::vector<Member>& members, const std::optional<AgendaNumber>& item = {});

struct ItemQuoracy {
  AgendaNumber item;
  QuorumResult result;
};
struct CommitteeQuoracy {
  std::string committee;
  QuorumResult meeting;             // before any declaration
  std::vector<ItemQuoracy> items;   // each item of the agenda (or, for minutes, each minuted item)
  bool quorate_for(const AgendaNumber& item) const;
};

// One entry per committee of the meeting, in the meeting's order. Committees missing from
// the pack are skipped (validation reports them).
std::vector<CommitteeQuoracy> evaluate_quoracy(const MeetingPack& pack, const Meeting& meeting);

}  // namespace commissioning::governance
