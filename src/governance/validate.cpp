// Validation of governance documents: each check names a registered rule.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"
#include "commissioning/governance/quoracy.hpp"
#include "commissioning/governance/rules.hpp"

namespace commissioning::governance {

std::span<const Rule* const> governance_rules() noexcept {
  static constexpr std::array<const Rule*, 32> list{
      &rules::meeting_end_after_start, &rules::meeting_weekday_matches, &rules::next_meeting_later,
      &rules::committee_known,         &rules::agenda_numbers_unique,   &rules::agenda_parent_exists,
      &rules::agenda_start_times_increase, &rules::agenda_start_follows_durations, &rules::agenda_fits_meeting,
      &rules::initials_unique,         &rules::initials_resolve,        &rules::attendance_once,
      &rules::not_in_post,             &rules::chair_present,           &rules::presenter_present,
      &rules::declaration_item_exists, &rules::quorate,                 &rules::ratification_flagged,
      &rules::resolution_per_committee, &rules::minute_reference_unique, &rules::minute_reference_month,
      &rules::minute_reference_increasing, &rules::minute_action_logged, &rules::action_margin_matches,
      &rules::action_on_agenda,        &rules::action_reference_present, &rules::action_owner_present,
      &rules::minutes_lifecycle,       &rules::quorum_defined,          &rules::organisation_alias_unique,
      &rules::grid_has_meeting,        &rules::grid_mark_readable};
  return list;
}

namespace {

std::string who(const MeetingPack& pack, const Initials& i) {
  const Member* m = pack.member(i);
  return m ? fmt::format("{} ({})", to_string(i), to_string(m->name)) : to_string(i);
}

std::string committee_name(const MeetingPack& pack, const std::string& id) {
  const Committee* c = pack.committee(id);
  return c && !c->name.empty() ? c->name : id;
}

template <class T>
bool same_set(std::vector<T> a, std::vector<T> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

// The first `n` bytes of s, cut back to a UTF-8 character boundary, with "…" when cut.
std::string shorten(const std::string& s, std::size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n) + "…";
}

std::string join(const std::vector<Initials>& v) {
  std::string out;
  for (const auto& i : v) out += (out.empty() ? "" : "/") + to_string(i);
  return out;
}

class PackValidator {
 public:
  PackValidator(const MeetingPack& p, ValidationReport& r) : pack_{p}, out_{r} {}

  void run() {
    organisations();
    for (std::size_t i = 0; i < pack_.committees.size(); ++i) out_.merge(validate(pack_.committees[i], pointer("", "committees", i)));
    members();
    for (std::size_t k = 0; k < pack_.meetings.size(); ++k) meeting(pack_.meetings[k], pointer("", "meetings", k));
    if (pack_.action_log) action_log(*pack_.action_log, pointer("", "action_log"));
  }

 private:
  const MeetingPack& pack_;
  ValidationReport& out_;

  void resolve(const Initials& i, const std::string& path, std::string_view as) {
    if (!pack_.member(i))
      out_.add(rules::initials_resolve, path, fmt::format("{} \"{}\" is not in the membership", as, to_string(i)));
  }

  void organisations() {
    const auto& orgs = pack_.organisations;
    for (std::size_t a = 0; a < orgs.size(); ++a) {
      const auto path = pointer("", "organisations", a);
      std::vector<std::pair<std::string, std::string>> names{{pointer(path, "id"), orgs[a].id}, {pointer(path, "name"), orgs[a].name}};
      for (std::size_t n = 0; n < orgs[a].aliases.size(); ++n) names.emplace_back(pointer(path, "aliases", n), orgs[a].aliases[n]);
      for (std::size_t b = 0; b < orgs.size(); ++b) {
        if (a == b) continue;
        for (const auto& [at, text] : names)
          if (b < a ? false : orgs[b].is_known_as(text))
            out_.add(rules::organisation_alias_unique, at,
                     fmt::format("\"{}\" also names {} ({})", text, orgs[b].id, orgs[b].name));
      }
    }
  }

  void members() {
    std::map<Initials, std::size_t> seen;
    for (std::size_t i = 0; i < pack_.members.size(); ++i) {
      const auto& m = pack_.members[i];
      const auto path = pointer("", "members", i);
      if (auto [it, fresh] = seen.emplace(m.initials, i); !fresh)
        out_.add(rules::initials_unique, pointer(path, "initials"),
                 fmt::format("initials \"{}\" of {} are already used by {} ({})", to_string(m.initials),
                             to_string(m.name), pointer("", "members", it->second), to_string(pack_.members[it->second].name)));
      for (std::size_t c = 0; c < m.committees.size(); ++c)
        if (!pack_.committee(m.committees[c]))
          out_.add(rules::committee_known, pointer(path, "committees", c),
                   fmt::format("committee \"{}\" is not defined in the pack", m.committees[c]));
    }
  }

  bool attendance_recorded(const Meeting& m) const { return !m.attendance.empty(); }
  bool present(const Meeting& m, const Initials& i) const {
    const auto* a = m.attendance_of(i);
    return a && a->status == AttendanceStatus::Present;
  }
  void require_present(const Meeting& m, const Initials& i, const std::string& path, std::string_view as) {
    if (!attendance_recorded(m) || !pack_.member(i)) return;  // unresolved initials are reported once, elsewhere
    if (!present(m, i)) {
      const auto* a = m.attendance_of(i);
      out_.add(rules::presenter_present, path,
               fmt::format("{} is minuted as {} but is marked {}", who(pack_, i), as,
                           a ? fmt::format("{} (\"{}\")", to_string(a->status), a->mark) : std::string("nowhere in the attendance")));
    }
  }

  void meeting(const Meeting& m, const std::string& path) {
    for (std::size_t c = 0; c < m.committees.size(); ++c)
      if (!pack_.committee(m.committees[c]))
        out_.add(rules::committee_known, pointer(path, "committees", c),
                 fmt::format("committee \"{}\" is not defined in the pack", m.committees[c]));
    if (!m.time.ends_after_start())
      out_.add(rules::meeting_end_after_start, pointer(path, "time"),
               fmt::format("the meeting ends at {} but starts at {}", to_string(m.time.end), to_string(m.time.start)));
    if (!m.date.weekday_matches())
      out_.add(rules::meeting_weekday_matches, pointer(path, "date"),
               fmt::format("\"{}\" says {}, but {} is a {}", m.date.verbatim, to_string(*m.date.stated_weekday),
                           to_string(m.date.date), to_string(m.date.date.weekday())));
    if (m.next_meeting) {
      if (m.next_meeting->date.date.ok() && m.date.date.ok() && !(m.next_meeting->date.date > m.date.date))
        out_.add(rules::next_meeting_later, pointer(path, "next_meeting", "date"),
                 fmt::format("the next meeting ({}) is not after this one ({})", to_string(m.next_meeting->date.date),
                             to_string(m.date.date)));
      if (!m.next_meeting->date.weekday_matches())
        out_.add(rules::meeting_weekday_matches, pointer(path, "next_meeting", "date"),
                 fmt::format("\"{}\" says {}, but {} is a {}", m.next_meeting->date.verbatim,
                             to_string(*m.next_meeting->date.stated_weekday), to_string(m.next_meeting->date.date),
                             to_string(m.next_meeting->date.date.weekday())));
      if (m.next_meeting->chair) resolve(*m.next_meeting->chair, pointer(path, "next_meeting", "chair"), "the next meeting's chair");
    }
    if (m.chair) {
      resolve(*m.chair, pointer(path, "chair"), "the chair");
      if (attendance_recorded(m) && pack_.member(*m.chair) && !present(m, *m.chair))
        out_.add(rules::chair_present, pointer(path, "chair"), fmt::format("the chair {} is not marked present", who(pack_, *m.chair)));
    }
    if (m.minutes_record) {
      const auto& r = *m.minutes_record;
      // What is missing has no node of its own: the record itself is the nearest.
      if (r.status != MinutesStatus::Unconfirmed && !r.approved_at)
        out_.add(rules::minutes_lifecycle, pointer(path, "minutes_record"),
                 fmt::format("minutes marked {} do not say which meeting approved them", to_string(r.status)));
      if (r.status == MinutesStatus::Signed && (r.signed_by.empty() || !r.signed_on))
        out_.add(rules::minutes_lifecycle, pointer(path, "minutes_record"), "signed minutes need who signed them and when");
      if (r.approved_at && m.date.date.ok() && !(*r.approved_at > m.date.date))
        out_.add(rules::minutes_lifecycle, pointer(path, "minutes_record", "approved_at"),
                 fmt::format("minutes cannot be approved on {}, before or at the meeting they record ({})",
                             to_string(*r.approved_at), to_string(m.date.date)));
    }
    attendance(m, path);
    if (m.attendance_grid) grid(m, *m.attendance_grid, pointer(path, "attendance_grid"));
    agenda(m, path);
    declarations(m, path);
    minutes(m, path);
  }

  void attendance(const Meeting& m, const std::string& path) {
    std::map<Initials, std::size_t> seen;
    for (std::size_t i = 0; i < m.attendance.size(); ++i) {
      const auto& a = m.attendance[i];
      const auto p = pointer(path, "attendance", i);
      if (auto [it, fresh] = seen.emplace(a.person, i); !fresh)
        out_.add(rules::attendance_once, p, fmt::format("{} already has a mark at {}", who(pack_, a.person), pointer(path, "attendance", it->second)));
      const Member* mem = pack_.member(a.person);
      if (!mem) {
        resolve(a.person, pointer(p, "person"), "attendee");
        continue;
      }
      if (mem->in_post_from && m.date.date.ok() && m.date.date < *mem->in_post_from && a.status != AttendanceStatus::NotInPost)
        out_.add(rules::not_in_post, pointer(p, "status"),
                 fmt::format("{} is marked {} on {}, before coming into post on {}", who(pack_, a.person),
                             to_string(a.status), to_string(m.date.date), to_string(*mem->in_post_from)));
    }
  }

  void grid(const Meeting& m, const AttendanceGrid& g, const std::string& path) {
    if (m.date.date.ok() && !g.has_column(m.date.date)) {
      std::string cols;
      for (const auto& c : g.columns) cols += (cols.empty() ? "" : ", ") + to_string(c);
      out_.add(rules::grid_has_meeting, pointer(path, "columns"),
               fmt::format("the grid has no column for this meeting ({}); its columns are {}", to_string(m.date.date), cols));
    }
    std::map<Initials, std::size_t> seen;
    for (std::size_t r = 0; r < g.rows.size(); ++r) {
      const auto& row = g.rows[r];
      const auto p = pointer(path, "rows", r);
      if (auto [it, fresh] = seen.emplace(row.person, r); !fresh)
        out_.add(rules::attendance_once, p, fmt::format("{} already has a row at {}", who(pack_, row.person), pointer(path, "rows", it->second)));
      resolve(row.person, pointer(p, "person"), "grid row");
      if (row.marks.size() != g.columns.size())
        out_.add(rules::grid_mark_readable, pointer(p, "marks"),
                 fmt::format("{} marks for {} columns", row.marks.size(), g.columns.size()));
      const Member* mem = pack_.member(row.person);
      for (std::size_t c = 0; c < row.marks.size() && c < g.columns.size(); ++c) {
        const auto mp = pointer(p, "marks", c);
        if (text::trim(text::normalise(row.marks[c])).empty()) continue;  // a blank cell: no meeting yet
        AttendanceStatus status{};
        try {
          status = parse_attendance_mark(row.marks[c]);
        } catch (const ParseError& e) {
          out_.add(rules::grid_mark_readable, mp,
                   fmt::format("{} on {}: \"{}\" is {}", to_string(row.person), to_string(g.columns[c]), row.marks[c], e.reason()));
          continue;
        }
        if (mem && mem->in_post_from && g.columns[c] < *mem->in_post_from && status != AttendanceStatus::NotInPost)
          out_.add(rules::not_in_post, mp,
                   fmt::format("{} is marked {} (\"{}\") on {}, before coming into post on {}", who(pack_, row.person),
                               to_string(status), row.marks[c], to_string(g.columns[c]), to_string(*mem->in_post_from)));
      }
    }
  }

  void agenda(const Meeting& m, const std::string& path) {
    const auto& items = m.agenda;
    std::set<AgendaNumber> numbers;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto p = pointer(path, "agenda", i);
      if (!numbers.insert(items[i].number).second)
        out_.add(rules::agenda_numbers_unique, pointer(p, "number"), fmt::format("item {} appears twice", to_string(items[i].number)));
      if (items[i].presenter) {
        resolve(*items[i].presenter, pointer(p, "presenter"), "presenter");
        require_present(m, *items[i].presenter, pointer(p, "presenter"), "presenting");
      }
    }
    for (std::size_t i = 0; i < items.size(); ++i)
      if (items[i].number.has_parent() && !numbers.count(items[i].number.parent()))
        out_.add(rules::agenda_parent_exists, pointer(path, "agenda", i, "number"),
                 fmt::format("item {} sits under item {}, which is not on the agenda", to_string(items[i].number),
                             to_string(items[i].number.parent())));

    auto has_children = [&](std::size_t i) {
      return std::any_of(items.begin(), items.end(), [&](const AgendaItem& o) { return items[i].number.is_ancestor_of(o.number); });
    };
    std::optional<std::size_t> last;  // index of the last item with a start time
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!items[i].start) continue;
      const auto p = pointer(path, "agenda", i, "start");
      if (last) {
        const auto prev = *items[*last].start;
        if (*items[i].start < prev) {
          out_.add(rules::agenda_start_times_increase, p,
                   fmt::format("item {} starts at {}, before item {} at {}", to_string(items[i].number),
                               to_string(*items[i].start), to_string(items[*last].number), to_string(prev)));
        } else {
          // Start = previous start + the durations of the items in between (section headings
          // hold no time of their own), when every such item states its duration.
          unsigned sum = 0;
          bool complete = true, any = false;
          for (std::size_t k = *last; k < i; ++k) {
            if (items[k].duration_minutes) {
              sum += *items[k].duration_minutes;
              any = true;
            } else if (!has_children(k)) {
              complete = false;
            }
          }
          if (complete && any) {
            const auto expected = prev.plus_minutes(sum);
            if (expected && *expected != *items[i].start)
              out_.add(rules::agenda_start_follows_durations, p,
                       fmt::format("item {} starts at {}, but item {} starts at {} and the items between last {} minutes ({})",
                                   to_string(items[i].number), to_string(*items[i].start), to_string(items[*last].number),
                                   to_string(prev), sum, to_string(*expected)));
          }
        }
      }
      last = i;
    }
    // Items fit the window; a window that ends before it starts is reported once, above.
    if (!m.time.ends_after_start()) return;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!items[i].start) continue;
      const auto p = pointer(path, "agenda", i, "start");
      const auto start = *items[i].start;
      const auto end = start.plus_minutes(items[i].duration_minutes.value_or(0));
      if (start < m.time.start || start >= m.time.end)
        out_.add(rules::agenda_fits_meeting, p,
                 fmt::format("item {} starts at {}, outside the meeting ({})", to_string(items[i].number), to_string(start),
                             to_string(m.time)));
      else if (!end || *end > m.time.end)
        out_.add(rules::agenda_fits_meeting, pointer(path, "agenda", i, "duration_minutes"),
                 fmt::format("item {} runs past the end of the meeting at {}", to_string(items[i].number), to_string(m.time.end)));
    }
  }

  std::set<AgendaNumber> items_of(const Meeting& m) const {
    std::set<AgendaNumber> s;
    for (const auto& a : m.agenda) s.insert(a.number);
    if (s.empty())
      for (const auto& mi : m.minutes)
        if (mi.item) s.insert(*mi.item);
    return s;
  }

  void declarations(const Meeting& m, const std::string& path) {
    const auto items = items_of(m);
    for (std::size_t i = 0; i < m.declarations.size(); ++i) {
      const auto& d = m.declarations[i];
      const auto p = pointer(path, "declarations", i);
      resolve(d.declarant, pointer(p, "declarant"), "declarant");
      if (!items.count(d.item))
        out_.add(rules::declaration_item_exists, pointer(p, "item"),
                 fmt::format("{} declares an interest in item {}, which the meeting does not have", to_string(d.declarant),
                             to_string(d.item)));
    }
  }

  std::string item_path(const Meeting& m, const std::string& path, const AgendaNumber& item) const {
    for (std::size_t i = 0; i < m.agenda.size(); ++i)
      if (m.agenda[i].number == item) return pointer(path, "agenda", i);
    for (std::size_t i = 0; i < m.minutes.size(); ++i)
      if (m.minutes[i].item == item) return pointer(path, "minutes", i);
    return path;
  }

  void minutes(const Meeting& m, const std::string& path) {
    // Quoracy, per committee and per item, after declarations (only once attendance is known).
    std::vector<CommitteeQuoracy> quoracy;
    if (attendance_recorded(m)) {
      quoracy = evaluate_quoracy(pack_, m);
      for (const auto& q : quoracy) {
        const Committee* c = pack_.committee(q.committee);
        if (!c || !c->terms_of_reference.quorum.defined()) continue;
        const auto ci = static_cast<std::size_t>(std::find(m.committees.begin(), m.committees.end(), q.committee) - m.committees.begin());
        if (!q.meeting.quorate) {
          std::string why;
          for (const auto& s : q.meeting.shortfalls) why += (why.empty() ? "" : "; ") + s;
          out_.add(rules::quorate, pointer(path, "committees", ci),
                   fmt::format("{} is inquorate ({}; quorum: {})", committee_name(pack_, q.committee), why,
                               describe(c->terms_of_reference.quorum)));
          continue;
        }
        for (const auto& it : q.items)
          if (!it.result.quorate)
            out_.add(rules::quorate, item_path(m, path, it.item),
                     fmt::format("{} is inquorate for item {} once {} {} excluded by declared interests ({})",
                                 committee_name(pack_, q.committee), to_string(it.item), join(it.result.excluded),
                                 it.result.excluded.size() == 1 ? "is" : "are", it.result.shortfalls.front()));
      }
    }

    std::map<MinuteReference, std::size_t> seen;
    std::optional<MinuteReference> prev;
    for (std::size_t i = 0; i < m.minutes.size(); ++i) {
      const auto& mi = m.minutes[i];
      const auto p = pointer(path, "minutes", i);
      if (auto [it, fresh] = seen.emplace(mi.reference, i); !fresh)
        out_.add(rules::minute_reference_unique, pointer(p, "reference"),
                 fmt::format("{} is also the reference of {}", to_string(mi.reference), pointer(path, "minutes", it->second)));
      if (m.date.date.ok() && (mi.reference.year() != m.date.date.year() || mi.reference.month() != m.date.date.month()))
        out_.add(rules::minute_reference_month, pointer(p, "reference"),
                 fmt::format("{} does not belong to a meeting held on {}", to_string(mi.reference), to_string(m.date.date)));
      if (prev && mi.reference < *prev)
        out_.add(rules::minute_reference_increasing, pointer(p, "reference"),
                 fmt::format("{} follows {}", to_string(mi.reference), to_string(*prev)));
      prev = mi.reference;

      std::set<Initials> reported;
      for (std::size_t k = 0; k < mi.presenters.size(); ++k) {
        resolve(mi.presenters[k], pointer(p, "presenters", k), "presenter");
        if (reported.insert(mi.presenters[k]).second) require_present(m, mi.presenters[k], pointer(p, "presenters", k), "presenting");
      }
      for (std::size_t k = 0; k < mi.speakers.size(); ++k) {
        resolve(mi.speakers[k], pointer(p, "speakers", k), "speaker");
        if (reported.insert(mi.speakers[k]).second) require_present(m, mi.speakers[k], pointer(p, "speakers", k), "speaking");
      }
      for (std::size_t k = 0; k < mi.actions.size(); ++k) {
        const auto& a = mi.actions[k];
        const auto ap = pointer(p, "actions", k);
        for (std::size_t o = 0; o < a.owners.size(); ++o) resolve(a.owners[o], pointer(ap, "owners", o), "action owner");
        if (!a.margin.empty()) {
          std::vector<Initials> margin;
          try {
            margin = parse_owners(a.margin);
          } catch (const ParseError&) {
          }
          if (!same_set(margin, a.owners))
            out_.add(rules::action_margin_matches, pointer(ap, "margin"),
                     fmt::format("the action is for {} but the owner column says \"{}\"", join(a.owners), a.margin));
        }
        if (pack_.action_log && !logged(mi.reference, a))
          out_.add(rules::minute_action_logged, ap,
                   fmt::format("\"ACTION: {} {}\" is not in the action log under {} with owners {}", join(a.owners),
                               shorten(a.text, 40), to_string(mi.reference), join(a.owners)));
      }

      if (!mi.resolutions.empty())
        for (const auto& c : m.committees)
          if (pack_.committee(c) && std::none_of(mi.resolutions.begin(), mi.resolutions.end(), [&](const Resolution& r) { return r.committee == c; }))
            out_.add(rules::resolution_per_committee, pointer(p, "resolutions"),
                     fmt::format("no resolution is recorded for {}", committee_name(pack_, c)));
      for (std::size_t k = 0; k < mi.resolutions.size(); ++k) {
        const auto& r = mi.resolutions[k];
        const auto rp = pointer(p, "resolutions", k);
        if (std::find(m.committees.begin(), m.committees.end(), r.committee) == m.committees.end()) {
          out_.add(rules::committee_known, pointer(rp, "committee"),
                   fmt::format("committee \"{}\" is not one of this meeting's committees", r.committee));
          continue;
        }
        for (const auto& q : quoracy) {
          if (q.committee != r.committee) continue;
          const Committee* c = pack_.committee(q.committee);
          if (!c || !c->terms_of_reference.quorum.defined()) continue;
          const bool ok = mi.item ? q.quorate_for(*mi.item) : q.meeting.quorate;
          if (!ok && !r.ratification_required)
            // An unflagged resolution leaves "ratification_required" out of its JSON.
            out_.add(rules::ratification_flagged, rp,
                     fmt::format("{} was inquorate{}, so its resolution ({}) needs ratification",
                                 committee_name(pack_, r.committee),
                                 mi.item ? " for item " + to_string(*mi.item) : std::string(), r.subject));
        }
      }
    }
  }

  bool logged(const MinuteReference& ref, const MinuteAction& a) const {
    return std::any_of(pack_.action_log->actions.begin(), pack_.action_log->actions.end(),
                       [&](const Action& l) { return l.reference == ref && same_set(l.owners, a.owners); });
  }

  void action_log(const ActionLog& log, const std::string& path) {
    out_.merge(validate(log, path));
    const Meeting* next = log.presented_at ? pack_.meeting_on(*log.presented_at) : nullptr;
    for (std::size_t i = 0; i < log.actions.size(); ++i) {
      const auto& a = log.actions[i];
      const auto p = pointer(path, "actions", i);
      for (std::size_t o = 0; o < a.owners.size(); ++o) resolve(a.owners[o], pointer(p, "owners", o), "action owner");
      if (a.status != ActionStatus::OnAgenda || !next) continue;
      if (!a.next_agenda_item) {
        out_.add(rules::action_on_agenda, p,
                 fmt::format("the outcome \"{}\" says the action is on the agenda of {}, but no item of that agenda is given",
                             a.outcome, to_string(next->date.date)));
      } else if (std::none_of(next->agenda.begin(), next->agenda.end(),
                              [&](const AgendaItem& it) { return it.number == *a.next_agenda_item; })) {
        out_.add(rules::action_on_agenda, pointer(p, "next_agenda_item"),
                 fmt::format("item {} is not on the agenda of {}", to_string(*a.next_agenda_item), to_string(next->date.date)));
      }
    }
  }
};

}  // namespace

ValidationReport validate(const MeetingPack& pack) {
  ValidationReport out;
  PackValidator(pack, out).run();
  return out;
}

ValidationReport validate(const Committee& committee, const std::string& path) {
  ValidationReport out;
  if (!committee.terms_of_reference.quorum.defined())
    out.add(rules::quorum_defined, pointer(path, "terms_of_reference", "quorum"),
            fmt::format("{} has no quorum rule: quoracy cannot be checked", committee.name.empty() ? committee.id : committee.name));
  return out;
}

ValidationReport validate(const ActionLog& log, const std::string& path) {
  ValidationReport out;
  for (std::size_t i = 0; i < log.actions.size(); ++i) {
    const auto& a = log.actions[i];
    const auto p = pointer(path, "actions", i);
    if (!a.reference || !a.meeting_date)
      out.add(rules::action_reference_present, p,
              fmt::format("the row \"{}\" has no {}", shorten(a.text, 60), a.reference ? "meeting date" : "minute reference"));
    if (a.owners.empty()) out.add(rules::action_owner_present, pointer(p, "owners"), "the action has no owner");
  }
  return out;
}

}  // namespace commissioning::governance
