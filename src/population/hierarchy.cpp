#include "commissioning/population/hierarchy.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

std::string_view to_string(OrgLevel l) noexcept { return spelling(l); }
OrgLevel parse_org_level(std::string_view s) { return parse_spelling<OrgLevel>(s); }

Date icb_establishment_date() { return Date(2022, 7, 1); }

std::string_view level_name(OrgLevel l, Date as_of) noexcept {
  const bool icb_era = as_of.ok() && !(as_of < Date(2022, 7, 1));
  switch (l) {
    case OrgLevel::Practice: return "practice";
    case OrgLevel::Pcn: return "primary care network";
    case OrgLevel::SubIcb: return icb_era ? "sub-ICB location" : "CCG";
    case OrgLevel::Icb: return icb_era ? "ICB" : "STP";
    case OrgLevel::Region: return "region";
  }
  return "?";
}

std::optional<OrgLevel> level_of(const OdsCode& code) noexcept {
  if (!code.ok()) return std::nullopt;
  switch (code.kind()) {
    case OdsKind::GpPractice: return OrgLevel::Practice;
    case OdsKind::Pcn: return OrgLevel::Pcn;
    case OdsKind::Ccg:
    case OdsKind::WelshHealthBoard: return OrgLevel::SubIcb;
    case OdsKind::Icb: return OrgLevel::Icb;
    case OdsKind::Region: return OrgLevel::Region;
    case OdsKind::NhsTrust:
    case OdsKind::NhsTrustSite: return std::nullopt;
  }
  return std::nullopt;
}

namespace {
bool overlaps(const Membership& a, const Membership& b) noexcept {
  const bool a_before_b = a.left && *a.left < b.joined;
  const bool b_before_a = b.left && *b.left < a.joined;
  return !a_before_b && !b_before_a;
}
}  // namespace

void OrganisationHierarchy::add(Membership m) {
  if (!m.child.ok() || !m.parent.ok()) throw std::invalid_argument("membership: child and parent codes are required");
  if (!m.joined.ok()) throw std::invalid_argument(fmt::format("membership {} → {}: no join date", m.child.str(), m.parent.str()));
  if (m.left && !(m.joined <= *m.left))
    throw std::invalid_argument(fmt::format("membership {} → {}: leaves on {} before it joins on {}", m.child.str(),
                                            m.parent.str(), to_string(*m.left), to_string(m.joined)));
  if (const auto own = level_of(m.child); own && !(*own < m.parent_level))
    throw std::invalid_argument(fmt::format("membership {} → {}: a {} cannot have a parent at level {}", m.child.str(),
                                            m.parent.str(), to_string(*own), to_string(m.parent_level)));
  auto& list = by_child_[m.child];
  for (const auto i : list) {
    const auto& other = memberships_[i];
    if (other.parent_level == m.parent_level && overlaps(other, m))
      throw std::invalid_argument(fmt::format(
          "membership {} → {} from {} overlaps {} → {} from {}: a child has one {} parent at a time", m.child.str(),
          m.parent.str(), to_string(m.joined), other.child.str(), other.parent.str(), to_string(other.joined),
          to_string(m.parent_level)));
  }
  list.push_back(memberships_.size());
  memberships_.push_back(std::move(m));
}

void OrganisationHierarchy::merge(std::span<const OdsCode> predecessors, const OdsCode& successor, OrgLevel level,
                                  Date effective) {
  if (!effective.ok()) throw std::invalid_argument("merge: no effective date");
  const Date day_before = effective.plus_days(-1);
  for (const auto& pred : predecessors) {
    if (pred == successor) continue;  // the merged organisation keeps this code
    // Its children move.
    const std::size_t n = memberships_.size();
    for (std::size_t i = 0; i < n; ++i) {
      auto m = memberships_[i];
      if (m.parent != pred || !m.active_on(effective)) continue;
      const auto old_left = m.left;
      memberships_[i].left = day_before;
      if (m.joined == effective) {  // joined on the merger day itself: becomes the successor's from the start
        memberships_[i].left = std::nullopt;
        memberships_[i].parent = successor;
        continue;
      }
      Membership moved{m.child, successor, m.parent_level, effective, old_left};
      auto& list = by_child_[m.child];
      list.push_back(memberships_.size());
      memberships_.push_back(moved);
    }
    // Its own upward memberships end.
    if (auto it = by_child_.find(pred); it != by_child_.end())
      for (const auto i : it->second)
        if (memberships_[i].active_on(effective)) memberships_[i].left = day_before;
    successions_.push_back({pred, successor, effective});
  }
  (void)level;
}

void OrganisationHierarchy::add_succession(Succession s) {
  if (!s.predecessor.ok() || !s.successor.ok() || !s.effective.ok())
    throw std::invalid_argument("succession: predecessor, successor and effective date are required");
  if (s.predecessor == s.successor) throw std::invalid_argument(fmt::format("succession: {} cannot succeed itself", s.predecessor.str()));
  successions_.push_back(s);
}

std::optional<OdsCode> OrganisationHierarchy::parent(const OdsCode& child, OrgLevel level, Date as_of) const {
  const auto it = by_child_.find(child);
  if (it == by_child_.end()) return std::nullopt;
  for (const auto i : it->second) {
    const auto& m = memberships_[i];
    if (m.parent_level == level && m.active_on(as_of)) return m.parent;
  }
  return std::nullopt;
}

std::optional<OdsCode> OrganisationHierarchy::ancestor(const OdsCode& child, OrgLevel level, Date as_of) const {
  OdsCode current = child;
  for (int depth = 0; depth < 8; ++depth) {
    if (auto direct = parent(current, level, as_of)) return direct;
    // Climb to the nearest parent below the target level.
    const auto it = by_child_.find(current);
    if (it == by_child_.end()) return std::nullopt;
    std::optional<Membership> best;
    for (const auto i : it->second) {
      const auto& m = memberships_[i];
      if (m.parent_level < level && m.active_on(as_of) && (!best || best->parent_level < m.parent_level)) best = m;
    }
    if (!best) return std::nullopt;
    current = best->parent;
  }
  return std::nullopt;
}

OdsCode OrganisationHierarchy::successor_of(const OdsCode& code, Date as_of) const {
  OdsCode current = code;
  Date since = Date(1900, 1, 1);
  for (std::size_t step = 0; step <= successions_.size(); ++step) {
    const Succession* next = nullptr;
    for (const auto& s : successions_)
      if (s.predecessor == current && since <= s.effective && s.effective <= as_of &&
          (!next || s.effective < next->effective))
        next = &s;
    if (!next) break;
    current = next->successor;
    since = next->effective;
  }
  return current;
}

std::optional<OdsCode> OrganisationHierarchy::ancestor_as_is(const OdsCode& child, OrgLevel level, Date today) const {
  if (auto now = ancestor(child, level, today)) return now;
  const auto it = by_child_.find(child);
  if (it == by_child_.end()) return std::nullopt;
  // The last day the child belonged anywhere.
  std::optional<Date> last;
  for (const auto i : it->second) {
    const auto& m = memberships_[i];
    const Date end = m.left ? *m.left : today;
    if (m.joined <= today && (!last || *last < end)) last = end;
  }
  if (!last) return std::nullopt;
  const auto then = ancestor(child, level, *last);
  if (!then) return std::nullopt;
  return successor_of(*then, today);
}

std::vector<OdsCode> OrganisationHierarchy::children(const OdsCode& parent_code, Date as_of) const {
  std::vector<OdsCode> out;
  for (const auto& m : memberships_)
    if (m.parent == parent_code && m.active_on(as_of)) out.push_back(m.child);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace commissioning
