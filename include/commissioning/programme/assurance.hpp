#pragma once
// NHS England's assurance of a CCG's GP Forward View plan, per domain. Dorset's rule (seed 004
// L42): "A CCG GPFV Plan can only be assessed as fully assured if all components, with the
// exception of online consultations (yet to be published), are assured."
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/core/rag.hpp"
#include "commissioning/core/spelling.hpp"

namespace commissioning {

enum class AssuranceState : std::uint8_t { Assured, NotAssured, NotStated };
std::string_view to_string(AssuranceState s) noexcept;  // "assured", "not assured", "not stated"
AssuranceState parse_assurance_state(std::string_view text);

enum class OverallAssurance : std::uint8_t { FullyAssured, PartialAssurance, NotAssured };
std::string_view to_string(OverallAssurance s) noexcept;  // "fully assured", "partial assurance", "not assured"
OverallAssurance parse_overall_assurance(std::string_view text);

struct DomainAssurance {
  std::string domain;  // "Workforce"
  AssuranceState state{AssuranceState::NotStated};
  std::optional<Rag> rag;
  std::string finding;   // NHS England's finding
  std::string response;  // the CCG's response
  std::string source;
  friend bool operator==(const DomainAssurance&, const DomainAssurance&) = default;
};

struct AssuranceStatus {
  std::string organisation;
  std::string plan;
  std::string assessor;
  std::optional<Date> submitted;
  std::optional<OverallAssurance> stated;  // what the document says
  std::vector<DomainAssurance> domains;
  // Domains left out of the full-assurance test (Dorset: online consultations).
  std::vector<std::string> exempt_domains{"Online consultations"};
  std::string source;
  friend bool operator==(const AssuranceStatus&, const AssuranceStatus&) = default;
};

// Domain names compare ignoring case, spaces and hyphens: "On-line Consultations" is
// "online consultations".
bool same_domain(std::string_view a, std::string_view b) noexcept;
// The overall status the domains imply: fully assured when every non-exempt domain is
// assured; not assured when none is; partial otherwise. nullopt when no domain is listed.
std::optional<OverallAssurance> derived_assurance(const AssuranceStatus& a);

}  // namespace commissioning

COMMISSIONING_SPELLINGS(commissioning::AssuranceState, "assurance state",
    {"assured", commissioning::AssuranceState::Assured},
    {"not assured", commissioning::AssuranceState::NotAssured},
    {"not stated", commissioning::AssuranceState::NotStated})

COMMISSIONING_SPELLINGS(commissioning::OverallAssurance, "overall assurance",
    {"fully assured", commissioning::OverallAssurance::FullyAssured},
    {"partial assurance", commissioning::OverallAssurance::PartialAssurance},
    {"not assured", commissioning::OverallAssurance::NotAssured})
