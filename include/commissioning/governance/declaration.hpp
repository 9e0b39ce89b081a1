#pragma once
// A declaration of interest made at a meeting, against an agenda item (seed 000 L12, R3).
#include <string>

#include "commissioning/core/initials.hpp"
#include "commissioning/governance/agenda.hpp"
#include "commissioning/governance/enums.hpp"

namespace commissioning::governance {

struct DeclarationOfInterest {
  Initials declarant;
  AgendaNumber item;
  InterestKind kind{InterestKind::Pecuniary};
  std::string interest;  // what the interest is
  DeclarationOutcome outcome{DeclarationOutcome::ExcludedFromItem};
  bool on_register{false};  // already on the CCG's Declaration of Interest Register

  // Whether the declarant is kept out of the item's vote (and so, by default, its quorum).
  bool excludes_from_vote() const noexcept { return outcome != DeclarationOutcome::Waived; }
  friend bool operator==(const DeclarationOfInterest&, const DeclarationOfInterest&) = default;
};

}  // namespace commissioning::governance
