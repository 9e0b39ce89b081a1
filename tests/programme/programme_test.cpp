// Programme reporting: fuzzy due dates, milestones, highlight reports, targets and assurance.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/fixtures/gpfv_staffordshire.hpp"
#include "commissioning/fixtures/programme_seeds.hpp"
#include "commissioning/programme/programme.hpp"
#include "commissioning/programme/rules.hpp"
#include "commissioning/risk/rules.hpp"
#include "shared_data.hpp"

using namespace commissioning;

namespace {
std::vector<std::string> seed(const char* name) {
  std::vector<std::string> lines;
  const auto path = test_support::shared_file_or_skip(std::string("seeds/") + name);
  if (path.empty()) return lines;
  std::ifstream in(path);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}
}  // namespace

TEST_CASE("due dates as plans write them: exact, month, quarter, financial year, range, TBC, ongoing") {
  struct Case {
    const char* text;
    DueKind kind;
    Date earliest;
    Date latest;
  };
  const Case cases[] = {
      {"3rd August 2018", DueKind::Exact, Date{2018, 8, 3}, Date{2018, 8, 3}},
      {"by 3rd August 2018", DueKind::Exact, Date{2018, 8, 3}, Date{2018, 8, 3}},
      {"2018-09-01", DueKind::Exact, Date{2018, 9, 1}, Date{2018, 9, 1}},
      {"June 2018", DueKind::Month, Date{2018, 6, 1}, Date{2018, 6, 30}},
      {"February 2020", DueKind::Month, Date{2020, 2, 1}, Date{2020, 2, 29}},
      {"end of June 2017", DueKind::Exact, Date{2017, 6, 30}, Date{2017, 6, 30}},
      {"Q1 2018/19", DueKind::Quarter, Date{2018, 4, 1}, Date{2018, 6, 30}},
      {"Q4 17/18", DueKind::Quarter, Date{2018, 1, 1}, Date{2018, 3, 31}},
      {"2019/20", DueKind::FinancialYear, Date{2019, 4, 1}, Date{2020, 3, 31}},
      {"FY2018/19", DueKind::FinancialYear, Date{2018, 4, 1}, Date{2019, 3, 31}},
      {"April to June 2017", DueKind::Range, Date{2017, 4, 1}, Date{2017, 6, 30}},       // seed 001 L71
      {"September 2018 – March 2019", DueKind::Range, Date{2018, 9, 1}, Date{2019, 3, 31}},  // seed 000 phase 1
      {"Q1 2018/19 to 2019/20", DueKind::Range, Date{2018, 4, 1}, Date{2020, 3, 31}},
      {"Mar-17", DueKind::Month, Date{2017, 3, 1}, Date{2017, 3, 31}},         // seed 003 L138
      {"31-Mar-17", DueKind::Exact, Date{2017, 3, 31}, Date{2017, 3, 31}},     // seed 003 L138
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto d = parse_due_date(c.text);
    CHECK(d.kind() == c.kind);
    CHECK(d.earliest() == c.earliest);
    CHECK(d.latest() == c.latest);
    CHECK(d.verbatim() == c.text);
  }
  for (const char* token : {"TBC", "tbc", "Ongoing", "On-going"}) {
    const auto d = parse_due_date(token);
    CHECK_FALSE(d.has_dates());
    CHECK(d.verbatim() == token);
  }
  CHECK(parse_due_date("TBC").kind() == DueKind::Tbc);
  CHECK(parse_due_date("On-going").kind() == DueKind::Ongoing);
  CHECK(parse_due_date("").kind() == DueKind::Unstated);
}

TEST_CASE("impossible due dates are refused with the reason") {
  CHECK_THROWS_WITH(parse_due_date("Q1 2017/16"), Catch::Contains("not a quarter") && Catch::Contains("consecutive years"));
  CHECK_THROWS_WITH(parse_due_date("Q5 2018/19"), Catch::Contains("numbered 1–4"));
  CHECK_THROWS_WITH(parse_due_date("2017/16"), Catch::Contains("not a financial year"));
  CHECK_THROWS_WITH(parse_due_date("June to April 2017"), Catch::Contains("ends (2017-04-30) before it starts (2017-06-01)"));
  CHECK_THROWS_WITH(parse_due_date("31st June 2018"), Catch::Contains("no day 31 in June"));
  CHECK_THROWS_WITH(parse_due_date("soon"), Catch::Contains("expected a date, a month"));
  CHECK_THROWS_AS(parse_due_date("Q1 2017"), ParseError);  // which financial year?
  // Found by fuzz_risk_programme: a year out of range was std::invalid_argument, not ParseError.
  CHECK_THROWS_WITH(parse_due_date("end of June 1008"), Catch::Contains("the year 1008 is out of range"));
  CHECK_THROWS_AS(parse_due_date("June 1008 to July 2018"), ParseError);
  CHECK_THROWS_AS(parse_calendar_month("June 1008"), ParseError);
  CHECK_THROWS_WITH(parse_due_date("31-Feb-17"), Catch::Contains("no day 31 in February 2017"));
}

TEST_CASE("a milestone slips when it is not done and its latest possible day has passed") {
  Milestone m;
  m.due = parse_due_date("Q1 2018/19");
  CHECK_FALSE(is_slipping(m, Date{2018, 6, 30}));
  CHECK(is_slipping(m, Date{2018, 7, 1}));
  m.status = MilestoneStatus::Completed;
  CHECK_FALSE(is_slipping(m, Date{2018, 7, 1}));
  m.status = MilestoneStatus::InProgress;
  m.due = parse_due_date("Ongoing");
  CHECK_FALSE(is_slipping(m, Date{2030, 1, 1}));
}

TEST_CASE("the progress key maps to RAG, and reads the key's own wording") {
  CHECK(parse_progress_status("On schedule") == ProgressStatus::OnSchedule);
  CHECK(parse_progress_status("Behind schedule with  mitigating actions in place") == ProgressStatus::BehindWithMitigation);
  CHECK(parse_progress_status("behind schedule") == ProgressStatus::Behind);
  CHECK(to_rag(ProgressStatus::OnSchedule) == Rag::Green);
  CHECK(to_rag(ProgressStatus::BehindWithMitigation) == Rag::Amber);
  CHECK(to_rag(ProgressStatus::Behind) == Rag::Red);
  CHECK_THROWS_WITH(parse_progress_status("late"), Catch::Contains("On schedule"));
}

TEST_CASE("targets compare exact decimals") {
  CHECK(parse_decimal2("3.34").hundredths() == 334);
  CHECK(parse_decimal2("1,000").hundredths() == 100000);
  CHECK(to_string(parse_decimal2("-2.5")) == "-2.5");
  CHECK(to_string(parse_decimal2("6")) == "6");
  CHECK_THROWS_WITH(parse_decimal2("3.345"), Catch::Contains("more than two decimal places"));
  CHECK_THROWS_WITH(parse_decimal2("£3"), Catch::Contains("expected digits"));
  Target t;
  t.comparison = Comparison::AtLeast;
  t.value = parse_decimal2("6");
  CHECK(meets(t, parse_decimal2("6")));
  CHECK_FALSE(meets(t, parse_decimal2("5.99")));
  t.comparison = Comparison::MoreThan;
  CHECK_FALSE(meets(t, parse_decimal2("6")));
  t.comparison = Comparison::ReduceByPercent;
  t.value = parse_decimal2("10");
  CHECK(meets(t, parse_decimal2("90"), parse_decimal2("100")));
  CHECK_FALSE(meets(t, parse_decimal2("90.01"), parse_decimal2("100")));
  CHECK_THROWS_AS(meets(t, parse_decimal2("90")), std::invalid_argument);
  t.comparison = Comparison::IncreaseByPercent;
  t.value = parse_decimal2("2.18");  // seed 004 L55
  CHECK(meets(t, parse_decimal2("102.18"), parse_decimal2("100")));
  CHECK_FALSE(meets(t, parse_decimal2("102.17"), parse_decimal2("100")));
}

TEST_CASE("Dorset's rule: fully assured only if every domain but online consultations is assured") {
  AssuranceStatus a;
  a.stated = OverallAssurance::FullyAssured;
  a.domains = {{"Workforce", AssuranceState::Assured, Rag::Green, "", "", ""},
               {"On-line Consultations", AssuranceState::NotAssured, std::nullopt, "", "", ""}};
  CHECK(derived_assurance(a) == OverallAssurance::FullyAssured);  // the exempt domain does not count
  CHECK(same_domain("On-line Consultations", "online consultations"));
  a.domains.push_back({"Infrastructure", AssuranceState::NotAssured, std::nullopt, "", "", ""});
  CHECK(derived_assurance(a) == OverallAssurance::PartialAssurance);
  a.domains[0].state = AssuranceState::NotStated;
  CHECK(derived_assurance(a) == OverallAssurance::NotAssured);
  a.exempt_domains.clear();  // another organisation's rule: everything counts
  a.domains = {{"Online consultations", AssuranceState::NotAssured, std::nullopt, "", "", ""}};
  CHECK(derived_assurance(a) == OverallAssurance::NotAssured);
  CHECK_FALSE(derived_assurance(AssuranceStatus{}).has_value());
}

namespace {
Programme small_programme() {
  Programme p;
  p.name = "p";
  p.workstreams = {{"access", "Access", ""}};
  HighlightReport h;
  h.workstream = "access";
  h.month_covered = CalendarMonth{2018, 6};
  h.status = Rag::Green;
  h.new_risks = {{"1", "EA1"}};
  p.reports.push_back(h);
  RiskRegister r;
  r.name = "r";
  RiskEntry e;
  e.id = "EA1";
  e.current = RiskScore{Probability{3}, Impact{4}};
  r.entries.push_back(e);
  p.risks = r;
  MilestonePlan plan;
  plan.title = "Contract management";
  plan.version = "V11";
  plan.milestones = {{"5.4", "a", "", MilestoneStatus::Completed, parse_due_date("Q1 2017/18"), std::nullopt, "", ""},
                     {"5.5", "b", "", MilestoneStatus::NotStated, parse_due_date("June 2017"), std::nullopt, "", ""}};
  p.plans.push_back(plan);
  return p;
}
}  // namespace

TEST_CASE("rule: a report names a workstream of the programme") {
  auto p = small_programme();
  CHECK(rules::validate(p).count(rules::programme_report_workstream_known.id) == 0);
  p.reports[0].workstream = "acess";
  CHECK(rules::validate(p).count(rules::programme_report_workstream_known.id) == 1);
}

TEST_CASE("rule: new-risk rows link to risks in the register") {
  auto p = small_programme();
  CHECK(rules::validate(p).count(rules::programme_report_risk_links.id) == 0);
  p.reports[0].new_risks.push_back({"2", "EA2"});
  p.reports[0].new_risks.push_back({"3.", ""});  // an empty row links nowhere, and is not an error
  const auto report = rules::validate(p);
  REQUIRE(report.count(rules::programme_report_risk_links.id) == 1);
  CHECK(report.diagnostics().front().path == "/reports/0/new_risks/1/risk_id");
  p.risks.reset();
  CHECK(rules::validate(p).count(rules::programme_report_risk_links.id) == 2);
}

TEST_CASE("rule: a report gives its status RAG") {
  auto p = small_programme();
  CHECK(rules::validate(p).count(rules::programme_report_has_status.id) == 0);
  p.reports[0].status.reset();
  CHECK(rules::validate(p).count(rules::programme_report_has_status.id) == 1);
}

TEST_CASE("rule: milestone ids are unique within a plan and version, not across plans") {
  auto p = small_programme();
  auto other = p.plans[0];
  other.version = "V12";  // the same ids in another version are fine
  p.plans.push_back(other);
  auto report = rules::validate(p);
  CHECK(report.count(rules::programme_plan_ids_unique.id) == 0);
  CHECK(report.count(rules::programme_plan_version_unique.id) == 0);
  p.plans[0].milestones[1].id = "5.4";
  report = rules::validate(p);
  REQUIRE(report.count(rules::programme_plan_ids_unique.id) == 1);
  CHECK(report.diagnostics().front().path == "/plans/0/milestones/1/id");
  p.plans[1].version = "V11";
  CHECK(rules::validate(p).count(rules::programme_plan_version_unique.id) == 1);
}

TEST_CASE("rule: slipping milestones as of a date") {
  auto p = small_programme();
  CHECK(rules::validate(p).count(rules::programme_milestone_slipping.id) == 0);  // no date
  rules::ProgrammeCheckOptions july;
  july.as_of = Date{2017, 7, 1};
  const auto report = rules::validate(p, july);
  REQUIRE(report.count(rules::programme_milestone_slipping.id) == 1);  // 5.5; 5.4 is completed
  CHECK(report.diagnostics().front().path == "/plans/0/milestones/1/due");
  CHECK(slipping_milestones(p, Date{2017, 7, 1}).size() == 1);
  july.as_of = Date{2017, 6, 30};
  CHECK(rules::validate(p, july).count(rules::programme_milestone_slipping.id) == 0);
}

TEST_CASE("rule: the stated assurance follows the domains") {
  auto p = small_programme();
  p.assurance = fixtures::dorset_gpfv_assurance();
  CHECK(rules::validate(p).count(rules::programme_assurance_follows_domains.id) == 0);
  p.assurance->stated = OverallAssurance::FullyAssured;
  auto report = rules::validate(p);
  REQUIRE(report.count(rules::programme_assurance_follows_domains.id) == 1);
  CHECK_THAT(report.diagnostics().front().message, Catch::Contains("Workforce, Infrastructure, Investment"));
  CHECK_THAT(report.diagnostics().front().message, !Catch::Contains("On-line"));
  for (auto& d : p.assurance->domains)
    if (!same_domain(d.domain, "On-line Consultations")) d.state = AssuranceState::Assured;
  CHECK(rules::validate(p).count(rules::programme_assurance_follows_domains.id) == 0);
  p.assurance->stated = OverallAssurance::PartialAssurance;  // understated is also inconsistent
  CHECK(rules::validate(p).count(rules::programme_assurance_follows_domains.id) == 1);
}

TEST_CASE("rule: interim targets fall before the deadline") {
  auto p = fixtures::dorset_programme();
  CHECK(rules::validate(p).count(rules::programme_target_interim_before_deadline.id) == 0);
  p.targets[0].interim.push_back({parse_due_date("2020/21"), parse_decimal2("7")});
  const auto report = rules::validate(p);
  REQUIRE(report.count(rules::programme_target_interim_before_deadline.id) == 1);
  CHECK(report.diagnostics().front().path == "/targets/0/interim/1/due");
}

TEST_CASE("the six GPFV highlight reports of June 2018 (seed 000 L1822–2178)") {
  const auto p = fixtures::staffordshire_gpfv_june_2018();
  REQUIRE(p.workstreams.size() == 6);
  REQUIRE(p.reports.size() == 6);
  std::vector<Rag> statuses;
  for (const auto& r : p.reports) {
    CHECK(r.month_covered == CalendarMonth{2018, 6});
    statuses.push_back(*r.status);
  }
  // Green ×3, Amber ×3, Red never used (seed 000 §1.19).
  CHECK(statuses == std::vector<Rag>{Rag::Green, Rag::Green, Rag::Amber, Rag::Amber, Rag::Amber, Rag::Green});
  CHECK(p.reports[3].impact_if_not_achieved == Rag::Amber);  // Nursing, L2051; blank in the other five
  CHECK(p.reports[0].activities.size() == 9);
  CHECK(p.reports[0].activities[1].progress == "Complete scheduled for 9<sup>th</sup> July 2018");
  CHECK(p.reports[4].authors == std::vector<std::string>{"Andy Hadley", "Phil Brenner", "Laurence Wadlow", "Darrell Jackson"});
  CHECK(p.reports[0].new_risks.size() == 9);
  CHECK(p.reports[1].new_risks == std::vector<NewRiskRow>{{"1.", ""}});  // Workload's empty row, L1972

  SECTION("the header rows are the seed's") {
    const auto lines = seed("000_00ad4aa4a6f7b65a.txt");
    if (lines.empty()) return;
    const int headers[] = {1822, 1880, 1974, 2049, 2077, 2132};
    for (std::size_t k = 0; k < 6; ++k) {
      const auto& head = lines[static_cast<std::size_t>(headers[k] - 1)];
      const auto& author = lines[static_cast<std::size_t>(headers[k])];
      CAPTURE(head);
      CHECK(head == "Work Stream\t" + p.workstreams[k].heading + "\tMonth covered\tJune 2018");
      CHECK(author.substr(author.rfind('\t') + 1) == to_string(*p.reports[k].status));
    }
  }
  SECTION("what the rules find") {
    const auto report = rules::validate(p);
    CHECK(report.count(Severity::Error) == 0);
    CHECK(report.count(rules::programme_report_risk_links.id) == 0);  // every row links into the register
    CHECK(report.count(rules::risk_score_only.id) == 7);  // the register's findings come along
    CHECK(report.size() == 19);
  }
}

TEST_CASE("Wolverhampton's milestone table: ids scoped per plan and version (seed 001)") {
  const auto plans = fixtures::wolverhampton_milestone_plans();
  REQUIRE(plans.size() == 7);
  std::size_t completed = 0, rows = 0, without_id = 0, with_54 = 0;
  for (const auto& plan : plans) {
    for (const auto& m : plan.milestones) {
      ++rows;
      if (m.status == MilestoneStatus::Completed) ++completed;
      if (m.id.empty()) ++without_id;
      if (m.id == "5.4") ++with_54;
    }
  }
  CHECK(completed == 22);
  CHECK(rows == 22 + 80);
  CHECK(without_id == 13);
  CHECK(with_54 == 3);  // completed 5.4 (L65), Localities 5.4 (L119), Contract Management V11 5.4 (L170)
  CHECK(plans[4].title == "Primary Care Contract Management - Task and Finish Group");
  CHECK(plans[4].version == "V11");
  CHECK(plans[1].milestones.front().due.verbatim() == "April to June 2017");

  SECTION("each row is the seed's line") {
    const auto lines = seed("001_7ff51bfd3ca20f21.txt");
    if (lines.empty()) return;
    for (const auto& plan : plans)
      for (const auto& m : plan.milestones) {
        const auto n = std::stoul(m.source.substr(std::string("seed 001 L").size()));
        const auto& line = lines.at(n - 1);
        CAPTURE(m.source, line);
        CHECK(line.find(m.description) != std::string::npos);
        if (!m.id.empty()) CHECK(line.rfind(m.id + "\t", 0) == 0);
      }
  }
  SECTION("what the rules find: no duplicate ids within a plan; everything slips after the quarter") {
    const auto p = fixtures::wolverhampton_programme();
    auto report = rules::validate(p);
    CHECK(report.count(rules::programme_plan_ids_unique.id) == 0);
    CHECK(report.count(rules::programme_plan_version_unique.id) == 0);
    CHECK(report.count(rules::programme_milestone_slipping.id) == 0);  // as of 23 May 2017
    rules::ProgrammeCheckOptions july;
    july.as_of = Date{2017, 7, 1};
    CHECK(rules::validate(p, july).count(rules::programme_milestone_slipping.id) == 80);
    CHECK(report.count(rules::programme_assurance_follows_domains.id) == 0);  // no domains to check
  }
}

TEST_CASE("Dorset's assurance status and targets (seed 004)") {
  const auto p = fixtures::dorset_programme();
  REQUIRE(p.assurance.has_value());
  CHECK(p.assurance->stated == OverallAssurance::PartialAssurance);
  CHECK(derived_assurance(*p.assurance) == OverallAssurance::PartialAssurance);
  CHECK(p.assurance->submitted == Date{2016, 12, 23});
  const auto report = rules::validate(p);
  CHECK(report.count(Severity::Error) == 0);
  CHECK(report.empty());  // as of 7 June 2017 no dated milestone has passed
  rules::ProgrammeCheckOptions july;
  july.as_of = Date{2017, 7, 1};
  CHECK(rules::validate(p, july).count(rules::programme_milestone_slipping.id) == 2);  // end of June 2017; 15 June 2017
  CHECK(p.targets[0].interim[0].value == parse_decimal2("3.34"));
  CHECK(p.targets[0].deadline.latest() == Date{2020, 3, 31});
}

TEST_CASE("Luton's digital targets carry their status and RAG (seed 003 L138)") {
  const auto targets = fixtures::luton_digital_targets();
  REQUIRE(targets.size() == 3);
  CHECK(targets[0].rag == Rag::Amber);
  CHECK(targets[1].rag == Rag::Green);
  CHECK(targets[2].rag == Rag::Amber);
  CHECK(targets[0].deadline.latest() == Date{2017, 3, 31});
  CHECK_FALSE(targets[1].deadline.has_dates());  // the cell reads "Mar", its year cut off
  CHECK(targets[2].status_as_of == CalendarMonth{2016, 11});
  CHECK(parse_comparison("no more than") == Comparison::AtMost);
  const auto lines = seed("003_a55b64613d8b5875.txt");
  if (lines.empty()) return;
  for (const auto& t : targets) {
    CAPTURE(t.id);
    CHECK(lines.at(137).find(t.metric) != std::string::npos);
    CHECK(lines.at(137).find(t.status) != std::string::npos);
  }
}
