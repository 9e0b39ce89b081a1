#pragma once
// The action log (tracker) carried from meeting to meeting (seed 000 L258–267, §4.3).
#include <optional>
#include <string>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/core/initials.hpp"
#include "commissioning/governance/agenda.hpp"
#include "commissioning/governance/enums.hpp"
#include "commissioning/governance/minute.hpp"

namespace commissioning::governance {

// When an action is due: a date, or words ("next meeting", "the August Committees").
struct ActionDue {
  std::optional<Date> date;
  std::string text;
  bool empty() const noexcept { return !date && text.empty(); }
  friend bool operator==(const ActionDue&, const ActionDue&) = default;
};

struct Action {
  std::optional<Date> meeting_date;          // blank on a continuation row (L265)
  std::optional<MinuteReference> reference;  // blank on a continuation row (L265)
  std::string agenda_item;                   // the tracker's AGENDA ITEM column, verbatim
  std::string text;
  std::vector<Initials> owners;
  std::string responsible_officer;           // as written: "Lynn Millar/ Mel Mahon"
  ActionDue due;
  std::string outcome;                       // "Item on the agenda."
  ActionStatus status{ActionStatus::Open};
  // Where the outcome says "item on the agenda": the item of the next meeting's agenda that
  // carries it. The tracker does not print it; whoever builds the log links it.
  std::optional<AgendaNumber> next_agenda_item;
  friend bool operator==(const Action&, const Action&) = default;
};

struct ActionLog {
  std::string title;
  std::optional<Date> presented_at;  // the meeting whose pack carries this log
  std::vector<Action> actions;
  friend bool operator==(const ActionLog&, const ActionLog&) = default;
};

// Reads an outcome as trackers write it: "Item on the agenda." -> OnAgenda, "Item to be
// presented to the August Committees" -> Deferred, "Complete"/"Closed" -> Complete. Other
// text is Open (an update that does not close the action).
ActionStatus status_from_outcome(std::string_view outcome);

}  // namespace commissioning::governance
