#pragma once
// A GP practice as the Organisation Data Service lists it (the `epraccur` file): code, name,
// postcode, status, open and close dates and the prescribing setting that tells a GP
// practice from a walk-in centre, a prison or a hospice.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/core/ods_code.hpp"
#include "commissioning/core/spelling.hpp"

namespace commissioning {

// ODS status codes: A, C, D, P.
enum class PracticeStatus : std::uint8_t { Active, Closed, Dormant, Proposed };
std::string_view to_string(PracticeStatus s) noexcept;  // "active", "closed", ...
// "A"/"C"/"D"/"P" (as in epraccur) or the words; throws ParseError.
PracticeStatus parse_practice_status(std::string_view s);

}  // namespace commissioning

COMMISSIONING_SPELLINGS(commissioning::PracticeStatus, "a practice status",
    {"active", commissioning::PracticeStatus::Active},
    {"A", commissioning::PracticeStatus::Active},
    {"closed", commissioning::PracticeStatus::Closed},
    {"C", commissioning::PracticeStatus::Closed},
    {"dormant", commissioning::PracticeStatus::Dormant},
    {"D", commissioning::PracticeStatus::Dormant},
    {"proposed", commissioning::PracticeStatus::Proposed},
    {"P", commissioning::PracticeStatus::Proposed})

namespace commissioning {

// ODS prescribing setting (epraccur field 26). The numbers are ODS's own.
enum class PrescribingSetting : std::uint8_t {
  Other = 0,
  WalkInCentre = 1,
  OutOfHours = 2,
  WalkInCentreAndOutOfHours = 3,
  GpPractice = 4,
  PublicHealthService = 8,
  CommunityHealthService = 9,
  HospitalService = 10,
  OptometryService = 11,
  UrgentAndEmergencyCare = 12,
  Hospice = 13,
  CareHomeOrNursingHome = 14,
  BorderForce = 15,
  YoungOffenderInstitution = 16,
  SecureTrainingCentre = 17,
  SecureChildrensHome = 18,
  ImmigrationRemovalCentre = 19,
  Court = 20,
  PoliceCustody = 21,
  SexualAssaultReferralCentre = 22,
  OtherJusticeEstate = 24,
  Prison = 25,
};
std::string_view to_string(PrescribingSetting s) noexcept;  // "GP practice", "prison", ...
// The ODS number ("4") or the name to_string gives; throws ParseError for anything else.
PrescribingSetting parse_prescribing_setting(std::string_view s);
bool is_prescribing_setting(int code) noexcept;

struct Practice {
  OdsCode code;               // A81001 (a GP practice code: checked by the reader)
  std::string name;
  std::string postcode;       // as published: "TS18 1HU"
  PracticeStatus status{PracticeStatus::Active};
  Date opened;                // ODS open date (may be absent: !ok())
  std::optional<Date> closed; // ODS close date
  PrescribingSetting setting{PrescribingSetting::GpPractice};
  std::string national_grouping;  // "Y63": the NHS England region (epraccur field 3)
  std::string health_geography;   // "Q74": the high-level health geography (field 4)

  // Open on a date: opened on or before it and not closed before it.
  bool open_on(Date d) const noexcept;
  friend bool operator==(const Practice&, const Practice&) = default;
};

// Checked construction: a practice code of GP-practice shape, a non-empty name. Throws
// std::invalid_argument naming the field.
Practice make_practice(std::string_view code, std::string name, std::string postcode, PracticeStatus status,
                       Date opened, std::optional<Date> closed, PrescribingSetting setting);

}  // namespace commissioning
