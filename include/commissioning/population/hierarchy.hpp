#pragma once
// The NHS organisation hierarchy over time: practice → primary care network (or locality) →
// CCG / sub-ICB location → STP / ICB → NHS England region. Every membership is dated, so a
// practice's parent is always asked "as of" a date; CCG mergers (including the merged CCG
// that keeps one of the old codes) and the 1 July 2022 CCG → ICB change are memberships
// that end and start.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/core/ods_code.hpp"
#include "commissioning/core/spelling.hpp"

namespace commissioning {

// The levels, lowest first. Sub-ICB locations are the CCGs' successors (same codes) and ICBs
// the STPs': one level each, named by date (see level_name).
enum class OrgLevel : std::uint8_t { Practice, Pcn, SubIcb, Icb, Region };
std::string_view to_string(OrgLevel l) noexcept;  // "practice", "pcn", "sub-icb", "icb", "region"
// "practice", "pcn", "locality", "ccg", "sub-icb", "stp", "icb", "region" (any case); throws ParseError.
OrgLevel parse_org_level(std::string_view s);
// What the level was called on a date: "CCG" before 1 July 2022, "sub-ICB location" from it;
// "STP" before, "ICB" from.
std::string_view level_name(OrgLevel l, Date as_of) noexcept;
// The day CCGs became sub-ICB locations of Integrated Care Boards.
Date icb_establishment_date();

}  // namespace commissioning

COMMISSIONING_SPELLINGS(commissioning::OrgLevel, "an organisation level",
    {"practice", commissioning::OrgLevel::Practice},
    {"gp", commissioning::OrgLevel::Practice},
    {"pcn", commissioning::OrgLevel::Pcn},
    {"locality", commissioning::OrgLevel::Pcn},
    {"primary care network", commissioning::OrgLevel::Pcn},
    {"sub-icb", commissioning::OrgLevel::SubIcb},
    {"ccg", commissioning::OrgLevel::SubIcb},
    {"sub-icb location", commissioning::OrgLevel::SubIcb},
    {"commissioner", commissioning::OrgLevel::SubIcb},
    {"icb", commissioning::OrgLevel::Icb},
    {"stp", commissioning::OrgLevel::Icb},
    {"region", commissioning::OrgLevel::Region},
    {"comm_region", commissioning::OrgLevel::Region},
    {"commissioning region", commissioning::OrgLevel::Region})

namespace commissioning {

// child belongs to parent from `joined` to `left`, both inclusive (as ODS dates them: a
// practice that closes on 31 October 2017 left its CCG on 31 October 2017).
struct Membership {
  OdsCode child;
  OdsCode parent;
  OrgLevel parent_level{OrgLevel::SubIcb};
  Date joined;
  std::optional<Date> left;

  bool active_on(Date d) const noexcept { return joined <= d && (!left || d <= *left); }
  friend bool operator==(const Membership&, const Membership&) = default;
};

// On `effective`, `predecessor`'s members became `successor`'s. When a merged CCG keeps one
// of the old codes, the successor is that code and its own members are untouched.
struct Succession {
  OdsCode predecessor;
  OdsCode successor;
  Date effective;
  friend bool operator==(const Succession&, const Succession&) = default;
};

class OrganisationHierarchy {
 public:
  // Throws std::invalid_argument when the membership leaves before it joins, when a parent is
  // not above the child's own level, or when it overlaps another membership of the same
  // child at the same parent level (a practice is in one CCG at a time).
  void add(Membership m);
  // Merges the predecessors into the successor on `effective`: each predecessor's memberships
  // (its children's, and its own upwards) end the day before; the children join the
  // successor that day. The successor may be one of the predecessors (it keeps its code).
  // A successor that is a new code needs its own upward membership added by the caller.
  void merge(std::span<const OdsCode> predecessors, const OdsCode& successor, OrgLevel level, Date effective);
  // Records a succession whose memberships are already in place (loading a saved hierarchy,
  // or an ODS successor file). Throws std::invalid_argument for missing codes or date.
  void add_succession(Succession s);

  // The direct parent at `level` on `as_of`, if any.
  std::optional<OdsCode> parent(const OdsCode& child, OrgLevel level, Date as_of) const;
  // The ancestor at `level` on `as_of`, walking up through intermediate levels (a practice
  // with no PCN still reaches its CCG).
  std::optional<OdsCode> ancestor(const OdsCode& child, OrgLevel level, Date as_of) const;
  // The "as is" view: the ancestor at `level` on `today`; for a practice no longer a member
  // of anything on that date (closed), the ancestor it had on its last day, carried forward
  // through later successions (mergers) to the code that stands for it on `today`.
  std::optional<OdsCode> ancestor_as_is(const OdsCode& child, OrgLevel level, Date today) const;
  // Follows successions from `code` up to `as_of`.
  OdsCode successor_of(const OdsCode& code, Date as_of) const;
  // Children with a membership of `parent` active on `as_of`, sorted by code.
  std::vector<OdsCode> children(const OdsCode& parent, Date as_of) const;

  const std::vector<Membership>& memberships() const noexcept { return memberships_; }
  const std::vector<Succession>& successions() const noexcept { return successions_; }
  std::size_t size() const noexcept { return memberships_.size(); }

  friend bool operator==(const OrganisationHierarchy& a, const OrganisationHierarchy& b) {
    return a.memberships_ == b.memberships_ && a.successions_ == b.successions_;
  }

 private:
  std::vector<Membership> memberships_;
  std::vector<Succession> successions_;
  std::unordered_map<OdsCode, std::vector<std::size_t>> by_child_;
};

// The level a code's shape implies for a child of a given parent type (a practice code is a
// practice, a U-code a PCN, 05W a sub-ICB location, a Q-code an ICB/STP, a Y-code a region).
std::optional<OrgLevel> level_of(const OdsCode& code) noexcept;

}  // namespace commissioning
