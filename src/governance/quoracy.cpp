#include "commissioning/governance/quoracy.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace commissioning::governance {

namespace {
bool declaration_covers(const DeclarationOfInterest& d, const AgendaNumber& item) {
  return d.item == item || d.item.is_ancestor_of(item);
}
}  // namespace

QuorumResult evaluate_quorum(const Committee& committee, const Meeting& meeting, const std::vector<Member>& members,
                             const std::optional<AgendaNumber>& item) {
  const auto& rule = committee.terms_of_reference.quorum;
  QuorumResult r;
  std::vector<MemberCategory> counted_categories;
  for (const auto& m : members) {
    if (!m.votes_on(committee.id)) continue;
    const auto* a = meeting.attendance_of(m.initials);
    if (a == nullptr || a->status != AttendanceStatus::Present) continue;
    const bool conflicted =
        item && std::any_of(meeting.declarations.begin(), meeting.declarations.end(), [&](const DeclarationOfInterest& d) {
          return d.declarant == m.initials && d.excludes_from_vote() && declaration_covers(d, *item);
        });
    if (conflicted && !rule.conflicted_members_count) {
      r.excluded.push_back(m.initials);
      continue;
    }
    r.counted.push_back(m.initials);
    counted_categories.push_back(m.category);
  }
  if (!rule.defined()) {
    r.shortfalls.push_back("the terms of reference define no quorum");
    return r;
  }
  if (r.counted.size() < rule.min_voting_present)
    r.shortfalls.push_back(fmt::format("{} voting member{} counted, {} required", r.counted.size(),
                                       r.counted.size() == 1 ? "" : "s", rule.min_voting_present));
  for (const auto& c : rule.min_per_category) {
    const auto n = static_cast<std::size_t>(std::count(counted_categories.begin(), counted_categories.end(), c.category));
    if (n < c.minimum)
      r.shortfalls.push_back(fmt::format("{} {} member{} counted, {} required", n, to_string(c.category),
                                         n == 1 ? "" : "s", c.minimum));
  }
  r.quorate = r.shortfalls.empty();
  return r;
}

bool CommitteeQuoracy::quorate_for(const AgendaNumber& item) const {
  for (const auto& i : items)
    if (i.item == item) return i.result.quorate;
  return meeting.quorate;
}

std::vector<CommitteeQuoracy> evaluate_quoracy(const MeetingPack& pack, const Meeting& meeting) {
  std::vector<AgendaNumber> items;
  for (const auto& a : meeting.agenda) items.push_back(a.number);
  if (items.empty())
    for (const auto& m : meeting.minutes)
      if (m.item && std::find(items.begin(), items.end(), *m.item) == items.end()) items.push_back(*m.item);

  std::vector<CommitteeQuoracy> out;
  for (const auto& id : meeting.committees) {
    const Committee* c = pack.committee(id);
    if (c == nullptr) continue;
    CommitteeQuoracy q;
    q.committee = id;
    q.meeting = evaluate_quorum(*c, meeting, pack.members);
    for (const auto& item : items) q.items.push_back(ItemQuoracy{item, evaluate_quorum(*c, meeting, pack.members, item)});
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace commissioning::governance
