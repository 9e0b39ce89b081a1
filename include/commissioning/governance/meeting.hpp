#pragma once
// A meeting (of one committee, or a meeting in common of several) and the pack that carries
// it: organisations, committees, membership, meetings and the action log.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/core/initials.hpp"
#include "commissioning/core/time_of_day.hpp"
#include "commissioning/governance/action_log.hpp"
#include "commissioning/governance/agenda.hpp"
#include "commissioning/governance/attendance.hpp"
#include "commissioning/governance/committee.hpp"
#include "commissioning/governance/declaration.hpp"
#include "commissioning/governance/member.hpp"
#include "commissioning/governance/minute.hpp"
#include "commissioning/governance/organisation.hpp"
#include "commissioning/governance/paper.hpp"

namespace commissioning::governance {

// A UK postcode ("ST1 4FA"): outward code, a space, inward code. Stored normalised.
class Postcode {
 public:
  Postcode() = default;
  // "ST1 4FA", "st14fa", "SW1A 1AA". Throws ParseError.
  explicit Postcode(std::string_view text);
  bool ok() const noexcept { return !code_.empty(); }
  const std::string& str() const noexcept { return code_; }
  friend bool operator==(const Postcode&, const Postcode&) = default;

 private:
  std::string code_;
};
inline std::string to_string(const Postcode& p) { return p.str(); }

struct Venue {
  std::string place;  // "The Morston Room, Floor 3, One Smithfield, Hanley, Stoke-on-Trent"
  std::optional<Postcode> postcode;
  friend bool operator==(const Venue&, const Venue&) = default;
};

struct MinutesRecord {
  MinutesStatus status{MinutesStatus::Unconfirmed};
  std::optional<Date> approved_at;  // the meeting that approved them
  std::optional<Date> signed_on;
  std::string signed_by;
  friend bool operator==(const MinutesRecord&, const MinutesRecord&) = default;
};

struct NextMeeting {
  WrittenDate date;
  std::optional<TimeOfDay> start;
  std::string venue;
  std::optional<Initials> chair;
  friend bool operator==(const NextMeeting&, const NextMeeting&) = default;
};

struct Meeting {
  std::string title;
  std::vector<std::string> committees;  // ids; more than one: a meeting in common
  WrittenDate date;
  TimeRange time;
  Venue venue;
  Session session{Session::Public};
  std::optional<Initials> chair;
  std::optional<MinutesRecord> minutes_record;  // absent while only the agenda exists
  std::vector<Attendance> attendance;
  std::optional<AttendanceGrid> attendance_grid;  // the grid printed with the minutes
  std::vector<DeclarationOfInterest> declarations;
  std::vector<AgendaItem> agenda;
  std::vector<Paper> papers;
  std::vector<Minute> minutes;
  std::optional<NextMeeting> next_meeting;

  bool in_common() const noexcept { return committees.size() > 1; }
  const Attendance* attendance_of(const Initials& who) const noexcept;
  friend bool operator==(const Meeting&, const Meeting&) = default;
};

// The document a committee secretary circulates: who is who, and the meetings.
struct MeetingPack {
  std::string title;
  std::vector<Organisation> organisations;
  std::vector<Committee> committees;
  std::vector<Member> members;
  std::vector<Meeting> meetings;
  std::optional<ActionLog> action_log;

  const Member* member(const Initials& who) const noexcept;
  // The members with a vote on a committee, in membership order.
  std::vector<const Member*> voting_members(std::string_view committee) const;
  const Committee* committee(std::string_view id) const noexcept;
  const Meeting* meeting_on(const Date& d) const noexcept;
  friend bool operator==(const MeetingPack&, const MeetingPack&) = default;
};

}  // namespace commissioning::governance
