#pragma once
// A person as a committee's membership lists them. Initials are the key minutes use ("LM
// responded…"), unique within a membership; one person may sit on several committees (the
// joint voting officers of a meeting in common).
#include <optional>
#include <string>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/core/initials.hpp"
#include "commissioning/core/person_name.hpp"
#include "commissioning/governance/enums.hpp"

namespace commissioning::governance {

struct Member {
  Initials initials;
  PersonName name;
  std::string role;          // "Lay Member – Governance"
  std::string organisation;  // id of an Organisation; empty when not stated
  MemberCategory category{MemberCategory::Attendee};
  bool voting{false};
  std::vector<std::string> committees;  // ids of the committees this person belongs to
  std::optional<Date> in_post_from;     // "commenced in post June 18"
  std::string group;                    // the grid heading the row sits under, verbatim

  bool votes_on(std::string_view committee) const;
  friend bool operator==(const Member&, const Member&) = default;
};

}  // namespace commissioning::governance
