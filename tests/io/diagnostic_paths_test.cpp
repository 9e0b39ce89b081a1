// Diagnostic paths are RFC 6901 JSON Pointers into the JSON form of the document validated,
// so a message leads to its field without translation. Every diagnostic every validator gives
// on the seed fixtures, and on copies broken so that each kind of finding appears (findings
// about a field the JSON leaves out included), must resolve in that document's JSON.
#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <set>

#include "commissioning/commissioning.hpp"
#include "commissioning/fixtures/finance_seed.hpp"
#include "commissioning/fixtures/gpfv_staffordshire.hpp"
#include "commissioning/fixtures/pccc_2018.hpp"
#include "commissioning/fixtures/programme_seeds.hpp"
#include "commissioning/fixtures/site_populations.hpp"
#include "commissioning/fixtures/synthetic_population.hpp"

using namespace commissioning;
using commissioning::io::Json;

namespace {

struct Tally {
  std::size_t diagnostics{0};
  std::size_t checks{0};
  std::set<std::string> rules;
};

// Each path must resolve in `j`; reconciliation checks carry paths too and are held to the same.
void require_resolves(const std::string& document, const Json& j, const ValidationReport& report, Tally& tally,
                      const std::vector<finance::ReconciliationCheck>& checks = {}) {
  for (const auto& d : report.diagnostics()) {
    INFO(document << ": " << to_string(d));
    CHECK_NOTHROW(j.at(Json::json_pointer(d.path)));
    ++tally.diagnostics;
    tally.rules.insert(d.rule_id);
  }
  for (const auto& c : checks) {
    INFO(document << ": check " << c.rule_id << " at " << c.path);
    CHECK_NOTHROW(j.at(Json::json_pointer(c.path)));
    ++tally.checks;
  }
}

template <class T>
T reread(Json j) {
  return j.get<T>();
}

// A document edited in its JSON form and read back, as a user's broken file would be.
template <class T>
T broken(const T& doc, const std::function<void(Json&)>& edit) {
  Json j = doc;
  edit(j);
  return reread<T>(j);
}

// A figure printed differently from what its parts give: numbers and printed text alike.
void misprint(Json& figure) {
  if (figure.is_number()) figure = figure.get<double>() + 7;
  else figure = "£1";
}

void finance_checks(const std::string& name, const auto& doc, Tally& tally) {
  const auto r = finance::reconcile(doc);
  require_resolves(name, Json(doc), r.report, tally, r.checks);
}

governance::MeetingPack broken_pack() {
  using namespace governance;
  auto p = fixtures::pccc_pack_2018();
  REQUIRE(p.meetings.size() >= 2);
  REQUIRE(p.action_log);
  // Things the JSON leaves out: no approving meeting, no signatory, an unflagged resolution.
  p.meetings[0].minutes_record = MinutesRecord{MinutesStatus::Approved, std::nullopt, std::nullopt, ""};
  p.meetings[1].minutes_record = MinutesRecord{MinutesStatus::Signed, Date(2030, 1, 1), std::nullopt, ""};
  Action orphan;
  orphan.text = "a row with no date, reference or owner";
  orphan.status = ActionStatus::OnAgenda;
  p.action_log->actions.push_back(orphan);
  p.action_log->presented_at = p.meetings[1].date.date;
  // Things that are there but wrong.
  p.members.push_back(p.members.front());
  p.members.front().committees.push_back("no-such-committee");
  p.organisations.push_back(p.organisations.front());
  p.organisations.back().id = "copy";
  p.committees.front().terms_of_reference.quorum = QuorumRule{};
  auto& m = p.meetings[0];
  std::swap(m.time.start, m.time.end);
  if (!m.attendance.empty()) m.attendance.push_back(m.attendance.front());
  m.attendance.push_back(Attendance{Initials{"ZZ"}, AttendanceStatus::Present, ""});
  if (!m.agenda.empty()) m.agenda.push_back(m.agenda.front());
  DeclarationOfInterest stray;
  stray.declarant = Initials{"ZZ"};
  stray.item = AgendaNumber{"99"};
  m.declarations.push_back(stray);
  if (!m.minutes.empty()) {
    m.minutes.push_back(m.minutes.front());
    m.minutes.back().presenters.push_back(Initials{"ZZ"});
  }
  m.chair = Initials{"ZZ"};
  auto& later = p.meetings[1];
  if (later.agenda.size() >= 2 && later.agenda.front().start) {
    later.agenda[1].start = later.agenda.front().start;  // no time for the first item
    later.agenda.back().start = TimeOfDay(23, 59);       // outside the meeting
  }
  return p;
}

RiskRegister broken_register(RiskRegister r) {
  REQUIRE(r.entries.size() >= 4);
  // Missing things point at their entry: closed without reason or date, open without a
  // current score or a review date.
  r.entries[0].status = RiskStatus::Closed;
  r.entries[0].status_reason.clear();
  r.entries[0].status_date.reset();
  r.entries[1].current.reset();
  r.entries[2].review_date.reset();
  r.entries.push_back(r.entries[3]);  // the same id twice
  if (r.entries[3].history.size() >= 2) std::swap(r.entries[3].history.front(), r.entries[3].history.back());
  if (!r.as_of) r.as_of = Date(2018, 6, 30);
  return r;
}

Programme broken_programme(Programme p) {
  if (!p.reports.empty()) {
    p.reports[0].status.reset();
    p.reports[0].new_risks.push_back(NewRiskRow{"9", "NO-SUCH-RISK"});
    p.reports[0].workstream = "no-such-workstream";
  }
  if (!p.plans.empty()) {
    p.plans[0].version.clear();
    p.plans.push_back(p.plans[0]);  // the same title and (empty) version twice
    if (!p.plans[0].milestones.empty() && !p.plans[0].milestones[0].id.empty())
      p.plans[0].milestones.push_back(p.plans[0].milestones[0]);
  }
  if (p.risks) p.risks = broken_register(*p.risks);
  return p;
}

}  // namespace

TEST_CASE("every diagnostic path is a JSON Pointer that resolves in the document's JSON") {
  Tally tally;

  {  // governance
    const auto pack = fixtures::pccc_pack_2018();
    require_resolves("pccc pack", Json(pack), governance::validate(pack), tally);
    const auto bad = broken_pack();
    require_resolves("broken pccc pack", Json(bad), governance::validate(bad), tally);
    require_resolves("committee", Json(bad.committees.front()), governance::validate(bad.committees.front()), tally);
    require_resolves("action log", Json(*bad.action_log), governance::validate(*bad.action_log), tally);
    for (const auto* rule : {"governance.meeting.end-after-start", "governance.minutes.lifecycle",
                             "governance.action-log.reference-present", "governance.action-log.owner-present",
                             "governance.action-log.on-agenda", "governance.membership.initials-unique",
                             "governance.committee.quorum-defined", "governance.organisation.alias-unique",
                             "governance.membership.initials-resolve", "governance.declaration.item-exists"}) {
      INFO(rule);
      CHECK(tally.rules.count(rule) == 1);
    }
  }

  {  // risk
    const auto reg = fixtures::staffordshire_gpfv_risks();
    require_resolves("gpfv register", Json(reg), rules::validate(reg), tally);
    const auto bad = broken_register(reg);
    rules::RiskCheckOptions strangers;
    strangers.membership = std::vector<Initials>{};  // every owner is unknown
    require_resolves("broken gpfv register", Json(bad), rules::validate(bad, strangers), tally);
    for (const auto* rule : {"risk.entry.closed-has-reason", "risk.entry.closed-has-date", "risk.entry.open-has-score",
                             "risk.entry.review-not-overdue", "risk.register.ids-unique"}) {
      INFO(rule);
      CHECK(tally.rules.count(rule) == 1);
    }
  }

  {  // programme
    for (const auto& [name, p] : std::map<std::string, Programme>{{"gpfv", fixtures::staffordshire_gpfv_june_2018()},
                                                                   {"wolverhampton", fixtures::wolverhampton_programme()},
                                                                   {"dorset", fixtures::dorset_programme()},
                                                                   {"luton", fixtures::luton_programme()}}) {
      require_resolves(name, Json(p), rules::validate(p), tally);
      const auto bad = broken_programme(p);
      require_resolves("broken " + name, Json(bad), rules::validate(bad), tally);
    }
    for (const auto* rule : {"programme.report.has-status", "programme.report.risk-link-resolves",
                             "programme.report.workstream-known", "programme.plan.version-unique",
                             "risk.entry.open-has-score"}) {
      INFO(rule);
      CHECK(tally.rules.count(rule) == 1);
    }
  }

  {  // finance
    for (const auto& r : fixtures::seed000_month2_appendices()) {
      finance_checks(r.title(), r, tally);
      finance_checks("broken " + r.title(), broken(r, [](Json& j) {
                       misprint(j["sections"][0]["lines"][0]["ytd_variance"]);
                       if (j.contains("total")) misprint(j["total"]["forecast_outturn"]);
                     }), tally);
    }
    for (const auto& t : {fixtures::seed000_delegated_summary(), fixtures::seed000_wider_position()}) {
      finance_checks(t.title(), t, tally);
      finance_checks("broken " + t.title(), broken(t, [](Json& j) {
                       misprint(j["rows"][0]["values"][0]);
                       misprint(j["rows"][0]["values"].back());
                     }), tally);
    }
    const auto summary = fixtures::seed000_delegated_summary();
    const auto with_reports =
        finance::reconcile_with_reports(summary, fixtures::seed000_month2_appendices(), finance::BudgetColumn::ForecastOutturn);
    require_resolves("summary against reports", Json(summary), with_reports.report, tally, with_reports.checks);
    for (const auto& t : {fixtures::seed000_underspend_2017_18(), fixtures::seed000_reserves_2018_19(),
                          fixtures::seed000_budget_planner_2018_19(), fixtures::seed000_social_prescribing_investment(),
                          fixtures::seed000_social_prescribing_phases()}) {
      finance_checks(t.title(), t, tally);
      if (t.total())
        finance_checks("broken " + t.title(), broken(t, [](Json& j) { j["total"][0] = "£1"; }), tally);
    }
    const auto staffing = fixtures::seed000_social_prescribing_staffing();
    finance_checks("staffing", staffing, tally);
    finance_checks("broken staffing", broken(staffing, [](Json& j) {
                     j["lines"][0]["total"] = "£9,999";
                     j["lines"][0]["with_on_costs"] = "£2";  // and so neither its on-costs nor the total agree
                     j["stated_total"] = "£1";
                   }), tally);
    const auto funding = fixtures::seed000_social_prescribing_funding();
    finance_checks("funding", funding, tally);
    const auto luton = fixtures::seed003_luton_funding_streams();
    finance_checks("luton allocation", luton, tally);
    finance_checks("broken luton allocation", broken(luton, [](Json& j) {
                     for (auto& s : j["streams"])
                       if (s.contains("amount")) s["amount"] = "£1";
                   }), tally);
    for (const auto* rule : {"finance.budget.variance", "finance.budget.total", "finance.position.variance", "finance.table.total",
                             "finance.staffing.line-total", "finance.staffing.table-total"}) {
      INFO(rule);
      CHECK(tally.rules.count(rule) == 1);
    }
  }

  {  // population
    const auto sites = fixtures::social_prescribing_sites();
    ValidationReport site_report;
    rules::check(sites, "", site_report);
    require_resolves("social prescribing sites", Json(sites), site_report, tally);

    fixtures::SyntheticOptions small;
    small.practices = 20;
    const auto table = fixtures::synthetic_population(small);
    const auto bad = broken(table, [](Json& j) {
      j["practices"][0]["commissioner"] = "Y00001";  // a practice code, not a CCG's
      // A persons column that is one more than male plus female at the first age.
      j["sexes"].push_back("persons");
      for (auto& practice : j["practices"]) {
        Json persons = Json::array();
        for (std::size_t b = 0; b < practice["male"].size(); ++b)
          persons.push_back(practice["male"][b].get<std::uint64_t>() + practice["female"][b].get<std::uint64_t>());
        practice["persons"] = persons;
      }
      j["practices"][1]["persons"][0] = j["practices"][1]["persons"][0].get<std::uint64_t>() + 1u;
    });
    for (const auto& [name, t] : std::map<std::string, PopulationTable>{{"synthetic table", table}, {"broken table", bad}}) {
      ValidationReport report;
      rules::check(t, "", report);
      require_resolves(name, Json(t), report, tally);
    }
    for (const auto* rule : {"population.site.total-matches", "population.row.code", "population.practice.ages-sum"}) {
      INFO(rule);
      CHECK(tally.rules.count(rule) == 1);
    }
  }

  // Printed for the record; the rule lists above are what keeps the corpus from thinning out.
  WARN(tally.diagnostics << " diagnostics from " << tally.rules.size() << " rules, and " << tally.checks
                         << " reconciliation checks, resolved");
}
