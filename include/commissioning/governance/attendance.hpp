#pragma once
// One person's attendance at one meeting.
#include <optional>
#include <string>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/core/initials.hpp"
#include "commissioning/governance/enums.hpp"

namespace commissioning::governance {

struct Attendance {
  Initials person;
  AttendanceStatus status{AttendanceStatus::Absent};
  std::string mark;  // the grid mark as written ("✓", "Х"); empty when not from a grid
  friend bool operator==(const Attendance&, const Attendance&) = default;
};

// The membership and attendance grid as minutes print it (seed 000 L47–89): one column per
// meeting date, one row per person, the marks as written ("" for a blank cell). It is kept
// alongside the meeting's own Attendance so that what the grid says can be checked (its
// columns, its unreadable marks, marks before a person came into post).
struct AttendanceGridRow {
  Initials person;
  std::string quoracy;             // the "Quoracy" cell: empty on every seed row but the shifted L84
  std::vector<std::string> marks;  // one per column
  friend bool operator==(const AttendanceGridRow&, const AttendanceGridRow&) = default;
};

struct AttendanceGrid {
  std::vector<Date> columns;  // the dates heading the columns ("10/04/2018")
  std::vector<AttendanceGridRow> rows;

  bool has_column(const Date& d) const;
  friend bool operator==(const AttendanceGrid&, const AttendanceGrid&) = default;
};

// Builds a record from a grid mark (see parse_attendance_mark). Throws ParseError.
Attendance attendance_from_mark(Initials person, std::string_view mark);

}  // namespace commissioning::governance
