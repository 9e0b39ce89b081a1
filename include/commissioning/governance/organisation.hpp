#pragma once
// A body that appears in committee papers: a CCG, an ICB, an NHS England region, an LMC, …
// Papers call one body by many names ("North Staffs", "NS", "NHS North Staffordshire CCG"),
// so an organisation carries its aliases, and lookups go through them.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/ods_code.hpp"
#include "commissioning/governance/enums.hpp"

namespace commissioning::governance {

struct Organisation {
  std::string id;    // short, stable key used by the rest of a pack: "ns-ccg"
  std::string name;  // "North Staffordshire Clinical Commissioning Group"
  OrganisationKind kind{OrganisationKind::Other};
  std::vector<std::string> aliases;  // "North Staffs", "NS", "NHS North Staffordshire CCG"
  std::optional<OdsCode> ods_code;   // none appears in seed 000 (§1.0)
  // The id of the body that took this one's functions: CCGs became sub-ICB locations of
  // ICBs on 1 July 2022, and mergers before that kept one of the old codes (DESIGN §7).
  std::string successor{};

  // True when text names this body: its id, name or an alias, ignoring case and spacing.
  bool is_known_as(std::string_view text) const;
  friend bool operator==(const Organisation&, const Organisation&) = default;
};

// The organisation a text names, or nullptr.
const Organisation* find_organisation(std::span<const Organisation> orgs, std::string_view text);

}  // namespace commissioning::governance
