#include "commissioning/population/practice.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

std::string_view to_string(PracticeStatus s) noexcept { return spelling(s); }
PracticeStatus parse_practice_status(std::string_view s) { return parse_spelling<PracticeStatus>(s); }

namespace {
struct SettingName {
  PrescribingSetting setting;
  std::string_view name;
};
constexpr std::array<SettingName, 22> setting_names{{
    {PrescribingSetting::Other, "other"},
    {PrescribingSetting::WalkInCentre, "walk-in centre"},
    {PrescribingSetting::OutOfHours, "out of hours"},
    {PrescribingSetting::WalkInCentreAndOutOfHours, "walk-in centre and out of hours"},
    {PrescribingSetting::GpPractice, "GP practice"},
    {PrescribingSetting::PublicHealthService, "public health service"},
    {PrescribingSetting::CommunityHealthService, "community health service"},
    {PrescribingSetting::HospitalService, "hospital service"},
    {PrescribingSetting::OptometryService, "optometry service"},
    {PrescribingSetting::UrgentAndEmergencyCare, "urgent and emergency care"},
    {PrescribingSetting::Hospice, "hospice"},
    {PrescribingSetting::CareHomeOrNursingHome, "care home or nursing home"},
    {PrescribingSetting::BorderForce, "border force"},
    {PrescribingSetting::YoungOffenderInstitution, "young offender institution"},
    {PrescribingSetting::SecureTrainingCentre, "secure training centre"},
    {PrescribingSetting::SecureChildrensHome, "secure children's home"},
    {PrescribingSetting::ImmigrationRemovalCentre, "immigration removal centre"},
    {PrescribingSetting::Court, "court"},
    {PrescribingSetting::PoliceCustody, "police custody"},
    {PrescribingSetting::SexualAssaultReferralCentre, "sexual assault referral centre"},
    {PrescribingSetting::OtherJusticeEstate, "other justice estate"},
    {PrescribingSetting::Prison, "prison"},
}};
}  // namespace

bool is_prescribing_setting(int code) noexcept {
  for (const auto& s : setting_names)
    if (static_cast<int>(s.setting) == code) return true;
  return false;
}

std::string_view to_string(PrescribingSetting s) noexcept {
  for (const auto& n : setting_names)
    if (n.setting == s) return n.name;
  return "?";
}

PrescribingSetting parse_prescribing_setting(std::string_view s) {
  const auto t = text::trim(s);
  int code = -1;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), code);
  if (ec == std::errc{} && end == t.data() + t.size() && !t.empty()) {
    if (is_prescribing_setting(code)) return static_cast<PrescribingSetting>(code);
    throw ParseError("a prescribing setting", s, 0, fmt::format("{} is not an ODS prescribing setting", code));
  }
  for (const auto& n : setting_names)
    if (text::iequals(n.name, t)) return n.setting;
  throw ParseError("a prescribing setting", s, 0, "expected an ODS prescribing setting number (4 = GP practice) or its name");
}

bool Practice::open_on(Date d) const noexcept {
  if (opened.ok() && d < opened) return false;
  return !closed || d <= *closed;
}

Practice make_practice(std::string_view code, std::string name, std::string postcode, PracticeStatus status,
                       Date opened, std::optional<Date> closed, PrescribingSetting setting) {
  Practice p;
  try {
    p.code = OdsCode(code, OdsKind::GpPractice);
  } catch (const ParseError& e) {
    throw std::invalid_argument(fmt::format("practice.code: {}", e.what()));
  }
  if (text::trim(name).empty()) throw std::invalid_argument("practice.name: empty");
  if (closed && !closed->ok()) throw std::invalid_argument("practice.closed: not a date");
  p.name = std::move(name);
  p.postcode = std::move(postcode);
  p.status = status;
  p.opened = opened;
  p.closed = closed;
  p.setting = setting;
  return p;
}

}  // namespace commissioning
