// Governance documents on the command line: `validate`, `show`, and the seed pack fixture.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "commands.hpp"
#include "commissioning/commissioning.hpp"
#include "commissioning/fixtures/pccc_2018.hpp"
#include "commissioning/io/json_governance.hpp"

namespace commissioning::cli {

namespace {

using namespace commissioning::governance;

ValidationReport validate_document(const Document& doc) {
  return std::visit([](const auto& d) { return governance::validate(d); }, doc);
}

void print_findings(std::ostream& out, const ValidationReport& r, const std::string& indent = "") {
  out << fmt::format("{} error{}, {} warning{}\n", r.count(Severity::Error), r.count(Severity::Error) == 1 ? "" : "s",
                     r.count(Severity::Warning), r.count(Severity::Warning) == 1 ? "" : "s");
  for (const auto& d : r.diagnostics())
    out << fmt::format("{}  {:<7} {:<44} {}\n{}          {}\n", indent, to_string(d.severity), d.rule_id, d.path.empty() ? "(document)" : d.path, indent, d.message);
}

std::string name_of(const MeetingPack& pack, const Initials& i) {
  const auto* m = pack.member(i);
  return m ? fmt::format("{} ({})", to_string(i), to_string(m->name)) : fmt::format("{} (not in the membership)", to_string(i));
}

std::string list(const std::vector<Initials>& v) {
  std::string out;
  for (const auto& i : v) out += (out.empty() ? "" : ", ") + to_string(i);
  return out.empty() ? "none" : out;
}

std::string committee_name(const MeetingPack& pack, const std::string& id) {
  const auto* c = pack.committee(id);
  return c ? c->name : id;
}

void show_agenda(std::ostream& out, const Meeting& m) {
  if (m.agenda.empty()) return;
  out << "  Agenda:\n";
  for (const auto& a : m.agenda) {
    std::string papers;
    for (const auto& p : a.papers) papers += (papers.empty() ? "" : ", ") + to_string(p);
    if (a.to_follow) papers += papers.empty() ? "to follow" : " (to follow)";
    out << fmt::format("    {:<5} {:>7} {:<9} {}{}{}{}\n", to_string(a.number), a.start ? to_string(*a.start) : "",
                       a.duration_minutes ? fmt::format("({} mins)", *a.duration_minutes) : "", a.title,
                       papers.empty() ? "" : "  [" + papers + "]", a.purposes.empty() ? "" : "  " + to_string(a.purposes),
                       a.presenter ? "  — " + to_string(*a.presenter) : "");
  }
}

void show_attendance(std::ostream& out, const MeetingPack& pack, const Meeting& m) {
  if (m.attendance.empty()) {
    out << "  Attendance: not recorded\n";
    return;
  }
  out << "  Attendance by committee (voting members):\n";
  auto line = [&](const std::string& label, auto&& belongs) {
    std::map<AttendanceStatus, std::vector<Initials>> by;
    for (const auto& a : m.attendance) {
      const auto* mem = pack.member(a.person);
      if (belongs(mem)) by[a.status].push_back(a.person);
    }
    out << fmt::format("    {}\n      present {}; absent {}", label, list(by[AttendanceStatus::Present]),
                       list(by[AttendanceStatus::Absent]));
    if (!by[AttendanceStatus::Apologies].empty()) out << "; apologies " << list(by[AttendanceStatus::Apologies]);
    if (!by[AttendanceStatus::NotInPost].empty()) out << "; not in post " << list(by[AttendanceStatus::NotInPost]);
    out << "\n";
  };
  for (const auto& c : m.committees)
    line(committee_name(pack, c), [&](const Member* mem) { return mem && mem->votes_on(c); });
  line("In attendance and observers (not voting)", [&](const Member* mem) {
    return !mem || std::none_of(m.committees.begin(), m.committees.end(), [&](const std::string& c) { return mem->votes_on(c); });
  });
}

void show_quoracy(std::ostream& out, const MeetingPack& pack, const Meeting& m) {
  if (m.attendance.empty()) return;
  out << "  Quoracy, per committee, after declarations of interest:\n";
  for (const auto& q : evaluate_quoracy(pack, m)) {
    const auto* c = pack.committee(q.committee);
    out << fmt::format("    {}: {} — {} counted: {}\n", committee_name(pack, q.committee), q.meeting.quorate ? "quorate" : "INQUORATE",
                       q.meeting.counted.size(), list(q.meeting.counted));
    for (const auto& s : q.meeting.shortfalls) out << "      short: " << s << "\n";
    out << "      rule: " << describe(c->terms_of_reference.quorum) << "\n";
    for (const auto& it : q.items)
      if (it.result.quorate != q.meeting.quorate)
        out << fmt::format("      item {}: {} (excluded by declarations: {})\n", to_string(it.item),
                           it.result.quorate ? "quorate" : "inquorate", list(it.result.excluded));
  }
}

void show_minutes(std::ostream& out, const MeetingPack& pack, const Meeting& m) {
  if (m.minutes.empty()) return;
  out << "  Minutes:\n";
  const auto quoracy = m.attendance.empty() ? std::vector<CommitteeQuoracy>{} : evaluate_quoracy(pack, m);
  auto inquorate = [&](const std::string& committee, const Minute& mi) {
    for (const auto& q : quoracy) {
      const auto* c = pack.committee(q.committee);
      if (q.committee == committee && c && c->terms_of_reference.quorum.defined())
        return !(mi.item ? q.quorate_for(*mi.item) : q.meeting.quorate);
    }
    return false;
  };
  for (const auto& mi : m.minutes) {
    out << fmt::format("    {}  {} {}\n", to_string(mi.reference), mi.item ? to_string(*mi.item) : "", mi.title);
    for (const auto& r : mi.resolutions) {
      std::string verbs;
      for (auto v : r.verbs) verbs += (verbs.empty() ? "" : " and ") + std::string(to_string(v));
      out << fmt::format("      {}: {} {}{}\n", committee_name(pack, r.committee), verbs, r.subject,
                         r.ratification_required           ? " (ratification required)"
                         : inquorate(r.committee, mi) ? " [INQUORATE: needs ratification]"
                                                      : "");
    }
    for (const auto& a : mi.actions) out << fmt::format("      ACTION: {} {}\n", list(a.owners), a.text);
  }
}

void show_meeting(std::ostream& out, const MeetingPack& pack, const Meeting& m) {
  out << fmt::format("== {} ==\n", m.title);
  out << fmt::format("  {} ({}), {}\n", m.date.verbatim.empty() ? long_form(m.date.date) : text::normalise(m.date.verbatim),
                     to_string(m.date.date), to_string(m.time));
  out << fmt::format("  {}{}; {}\n", m.venue.place, m.venue.postcode ? ", " + m.venue.postcode->str() : "", to_string(m.session));
  std::string committees;
  for (const auto& c : m.committees) committees += (committees.empty() ? "" : "; ") + committee_name(pack, c);
  out << fmt::format("  {}: {}\n", m.in_common() ? "Meeting in common of" : "Committee", committees);
  if (m.chair) out << "  Chair: " << name_of(pack, *m.chair) << "\n";
  if (m.minutes_record) out << "  Minutes: " << to_string(m.minutes_record->status) << "\n";
  show_agenda(out, m);
  show_attendance(out, pack, m);
  for (const auto& d : m.declarations)
    out << fmt::format("  Declaration: {} on item {} ({}; {})\n", name_of(pack, d.declarant), to_string(d.item), to_string(d.kind),
                       to_string(d.outcome));
  show_quoracy(out, pack, m);
  show_minutes(out, pack, m);
  if (m.next_meeting)
    out << fmt::format("  Next meeting: {} {} {}{}\n", long_form(m.next_meeting->date.date),
                       m.next_meeting->start ? to_string(*m.next_meeting->start) : "", m.next_meeting->venue,
                       m.next_meeting->chair ? ", chair " + to_string(*m.next_meeting->chair) : "");
}

void show_action_log(std::ostream& out, const ActionLog& log) {
  out << fmt::format("== Action log: {} ==\n", log.title);
  for (const auto& a : log.actions)
    out << fmt::format("  {:<14} {:<10} {:<8} {}\n  {:<14} {:<10} {:<8} → {}\n", a.reference ? to_string(*a.reference) : "(no ref)",
                       a.meeting_date ? to_string(*a.meeting_date) : "", list(a.owners), a.text, "", "", to_string(a.status),
                       a.outcome.empty() ? "(no update)" : a.outcome);
}

void show_document(std::ostream& out, const Document& doc) {
  if (const auto* pack = std::get_if<MeetingPack>(&doc)) {
    out << pack->title << "\n";
    for (const auto& m : pack->meetings) show_meeting(out, *pack, m);
    if (pack->action_log) show_action_log(out, *pack->action_log);
  } else if (const auto* c = std::get_if<Committee>(&doc)) {
    out << fmt::format("== {} ({}) ==\n  quorum: {}\n", c->name, c->id, describe(c->terms_of_reference.quorum));
    if (!c->terms_of_reference.reports_to.empty()) out << "  reports to: " << c->terms_of_reference.reports_to << "\n";
  } else {
    show_action_log(out, std::get<ActionLog>(doc));
  }
  out << "Findings: ";
  print_findings(out, validate_document(doc));
}

void demo_governance(std::ostream& out) {
  const auto pack = fixtures::pccc_pack_2018();
  const auto& june = pack.meetings[fixtures::june_2018];
  out << "\n== Governance: the 5 June 2018 meeting in common (seed 000) ==\n";
  show_attendance(out, pack, june);
  show_quoracy(out, pack, june);
  out << "  Findings on the pack (5 June minutes, 3 July agenda, action tracker): ";
  print_findings(out, governance::validate(pack), "  ");
}

}  // namespace

void add_governance_commands(CLI::App& app) {
  static std::string file, format = "table", out_path;
  auto* v = app.add_subcommand("validate", "Validate a governance JSON document (meeting pack, committee or action log)");
  v->add_option("FILE", file, "JSON document with a \"kind\"; - is standard input")->required();
  v->add_option("--format", format, "table or json")->check(CLI::IsMember({"table", "json"}));
  v->callback([] {
    const auto doc = read_document_file(file);
    const auto report = validate_document(doc);
    if (format == "json") {
      io::Json j{{"file", file},
                 {"kind", std::string(document_kind(doc))},
                 {"errors", report.count(Severity::Error)},
                 {"warnings", report.count(Severity::Warning)},
                 {"diagnostics", report}};
      std::cout << j.dump(2, ' ', false, io::Json::error_handler_t::replace) << "\n";
    } else {
      std::cout << fmt::format("{} ({}): ", file, document_kind(doc));
      print_findings(std::cout, report);
    }
    exit_code() = report.has_errors() ? exit_findings : exit_ok;
  });

  auto* s = app.add_subcommand("show", "Show a governance document readably: agenda, attendance, quoracy, minutes, actions");
  static std::string show_format = "table";
  s->add_option("FILE", file, "JSON document with a \"kind\"; - is standard input")->required();
  s->add_option("--format", show_format, "table (readable) or json (the document as read, with its findings)")
      ->check(CLI::IsMember({"table", "json"}));
  s->callback([] {
    const auto doc = read_document_file(file);
    if (show_format == "json") {
      const auto report = validate_document(doc);
      io::Json j{{"file", file},
                 {"kind", std::string(document_kind(doc))},
                 {"document", document_json(doc)},
                 {"errors", report.count(Severity::Error)},
                 {"warnings", report.count(Severity::Warning)},
                 {"diagnostics", report}};
      std::cout << j.dump(2, ' ', false, io::Json::error_handler_t::replace) << "\n";
    } else {
      show_document(std::cout, doc);
    }
  });

  auto* g = app.add_subcommand("governance", "Governance fixtures");
  g->require_subcommand(1);
  auto* f = g->add_subcommand("fixture", "Write the seed 000 pack (5 June 2018 minutes, 3 July 2018 agenda, tracker) as JSON");
  add_output_option(f, out_path);
  f->callback([] {
    const auto text = document_json(Document{fixtures::pccc_pack_2018()}).dump(2) + "\n";
    if (out_path.empty() || out_path == "-") std::cout << text;
    else io::write_text_file(out_path, text);
  });

  demo_steps().push_back(demo_governance);
}

}  // namespace commissioning::cli
