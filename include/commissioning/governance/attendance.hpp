#pragma once
// One person's attendance at one meeting.
#include <string>

#include "commissioning/core/initials.hpp"
#include "commissioning/governance/enums.hpp"

namespace commissioning::governance {

struct Attendance {
  Initials person;
  AttendanceStatus status{AttendanceStatus::Absent};
  std::string mark;  // the grid mark as written ("✓", "Х"); empty when not from a grid
  friend bool operator==(const Attendance&, const Attendance&) = default;
};

// Builds a record from a grid mark (see parse_attendance_mark). Throws ParseError.
Attendance attendance_from_mark(Initials person, std::string_view mark);

}  // namespace commissioning::governance
