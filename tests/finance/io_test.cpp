// Finance documents through JSON, the three Boost archives and the budget-report CSV layout,
// and the errors bad input gets.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/fixtures/finance_seed.hpp"
#include "commissioning/io/csv_finance.hpp"
#include "commissioning/io/json_finance.hpp"
#include "io/roundtrip.hpp"

using namespace commissioning;
using namespace commissioning::finance;
namespace fx = commissioning::fixtures;

namespace {
std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
// The InputError a CSV gets, as "line/field".
std::string csv_error(const std::string& csv) {
  try {
    (void)budget_report_from_csv(csv, "test.csv");
  } catch (const InputError& e) {
    return std::to_string(e.line()) + "/" + e.field() + ": " + e.reason();
  }
  return "no error";
}
const std::string preamble = "organisation,Test CCG\nperiod,2018/19 Month 2\nfamily,delegated\nunit,£'000s\n";
const std::string header =
    "section,line,kind,ytd_budget,ytd_actual,ytd_variance,forecast_budget,forecast_outturn,forecast_variance\n";
}  // namespace

TEST_CASE("every finance entity round-trips through JSON and the three archives") {
  for (const auto& r : fx::seed000_month2_appendices()) {
    test_support::require_round_trips(r);
    test_support::require_round_trips(r.sections().front());
    test_support::require_round_trips(r.sections().front().lines().front());
  }
  test_support::require_round_trips(fx::seed000_stoke_delegated().narrative().front());
  test_support::require_round_trips(fx::seed000_delegated_summary());
  test_support::require_round_trips(fx::seed000_wider_position());
  for (const auto& t : {fx::seed000_underspend_2017_18(), fx::seed000_reserves_2018_19(), fx::seed000_budget_planner_2018_19(),
                        fx::seed000_social_prescribing_investment(), fx::seed000_social_prescribing_phases()})
    test_support::require_round_trips(t);
  const auto staffing = fx::seed000_social_prescribing_staffing();
  test_support::require_round_trips(staffing);
  test_support::require_round_trips(staffing.lines()[1]);
  test_support::require_round_trips(AfcBand(8, 'b'));
  const auto luton = fx::seed003_luton_funding_streams();
  test_support::require_round_trips(luton);
  for (const auto& s : luton.streams) test_support::require_round_trips(s);
  test_support::require_round_trips(fx::seed000_social_prescribing_funding());
  test_support::require_round_trips(PopulationFigure(233'652, PopulationBasis::CcgWeighted, Date{2018, 6, 15}, "NHSE letter"));
}

TEST_CASE("optional parts round-trip too: a percentage base, a population, an approval, a control total") {
  auto r = fx::seed000_stoke_delegated();
  r.set_percentage_base(PercentageBase{parse_reported_amount("£39,400k"), "2018/19 delegated allocation"});
  test_support::require_round_trips(r);
  auto s = fx::seed003_luton_funding_streams().streams[3];
  s.with_per_head(PerHeadBasis{parse_per_head_rate("£3.34 per head"), false,
                               PopulationFigure(233'652, PopulationBasis::CcgWeighted, std::nullopt, "implied")})
      .with_approval("NHS England", Date{2018, 6, 15});
  test_support::require_round_trips(s);
  const auto k = [](std::string_view v) { return parse_reported_amount(v, MoneyUnit::Thousands); };
  const PositionTable t("t", FinancialMonth(FinancialYear{2018}, 2), MoneyUnit::Thousands,
                        {BudgetColumn::ForecastOutturn}, {PositionRow{"A CCG", {k("-803")}, k("-803")}}, std::nullopt);
  test_support::require_round_trips(t);
}

TEST_CASE("a budget report in JSON keeps its figures as printed") {
  const io::Json j = fx::seed000_stoke_delegated();
  CHECK(j.at("unit") == "£'000s");
  CHECK(j.at("family") == "delegated");
  CHECK(j.at("sections")[2].at("lines")[1].at("ytd_variance") == "-0");  // CQC Fees, L398
  CHECK(j.at("sections")[4].at("lines")[1].at("kind") == "reserve");
  CHECK(j.at("narrative")[0].at("amount") == "£47k");
}

TEST_CASE("bad budget JSON is refused with its path") {
  const auto good = io::Json(fx::seed000_stoke_delegated());
  const auto error_of = [](const io::Json& j) {
    try {
      (void)io::from_json_text<BudgetReport>(j.dump(), "bad.json");
    } catch (const InputError& e) {
      return e.field() + ": " + e.reason();
    }
    return std::string("no error");
  };
  auto unknown = good;
  unknown["sections"][0]["lines"][0]["colour"] = "red";
  CHECK_THAT(error_of(unknown), Catch::Contains("/sections/0/lines/0") && Catch::Contains("unknown field \"colour\""));
  auto letters = good;
  letters["sections"][1]["lines"][2]["ytd_actual"] = "thirty";
  CHECK_THAT(error_of(letters), Catch::Contains("/sections/1/lines/2/ytd_actual"));
  auto repeated = good;
  repeated["sections"][0]["lines"][1]["name"] = "GMS";
  CHECK_THAT(error_of(repeated), Catch::Contains("/sections/0") && Catch::Contains("twice"));
  auto ocr = good;
  ocr["unit"] = "£ 0005";
  CHECK_THAT(error_of(ocr), Catch::Contains("/unit") && Catch::Contains("£ 0005"));
  auto other_unit = good;
  other_unit["total"]["ytd_budget"] = "£6.55m";
  CHECK_THAT(error_of(other_unit), Catch::Contains("/total/ytd_budget") && Catch::Contains("the table is in £'000s"));
  auto narrative = good;
  narrative["narrative"][0]["section"] = "Nowhere";
  CHECK_THAT(error_of(narrative), Catch::Contains("/narrative/0") && Catch::Contains("does not have"));
}

TEST_CASE("the four appendices round-trip through the CSV layout") {
  for (const auto& r : fx::seed000_month2_appendices()) {
    const auto csv = budget_report_to_csv(r);
    CAPTURE(csv);
    CHECK(budget_report_from_csv(csv) == r);
  }
  auto r = fx::seed000_north_staffs_delegated();
  r.set_percentage_base(PercentageBase{parse_reported_amount("£29,000k"), "allocation, with a comma"});
  CHECK(budget_report_from_csv(budget_report_to_csv(r)) == r);
}

TEST_CASE("the CSV layout is one row per line with a section column and six figures") {
  const auto csv = budget_report_to_csv(fx::seed000_stoke_delegated());
  CHECK_THAT(csv, Catch::Contains("unit,£'000s\n"));
  CHECK_THAT(csv, Catch::Contains(header));
  CHECK_THAT(csv, Catch::Contains("Other Services,CQC Fees,spend,187,186,-0,187,187,0\n"));
  CHECK_THAT(csv, Catch::Contains("Reserves,,subtotal,208,26,-183,1427,999,-428\n"));
  CHECK_THAT(csv, Catch::Contains(",QOF,spend,457,466,10,3915,3915,0\n"));
  CHECK_THAT(csv, Catch::EndsWith(",,total,6552,6505,-47,39081,39081,0\n"));
}

TEST_CASE("the CSV reader accepts figures as the seed prints them, quoted") {
  const auto r = budget_report_from_csv(preamble + header + "Core contracts,GMS,,\"3,653\",\"3,654\",1,\"21,759\",\"21,759\",0\r\n");
  CHECK(r.sections().front().lines().front().figures().ytd_budget.value() == Money::from_pounds(3'653'000));
}

TEST_CASE("bad CSV: each error names the row and the column") {
  const auto row = [](std::string_view s) { return std::string(s) + "\n"; };
  // A non-numeric cell (line 6, the first data row).
  CHECK(csv_error(preamble + header + row("Core contracts,GMS,spend,3653,abc,1,21759,21759,0")) ==
        "6/column 5 (ytd_actual): cannot read \"abc\" as money (at character 1): expected digits");
  // A missing column in the header, and a row short of cells.
  CHECK_THAT(csv_error(preamble + "section,line,kind,ytd_budget,ytd_actual,ytd_variance,forecast_budget,forecast_outturn\n"),
             Catch::StartsWith("5/: the header has no \"forecast_variance\" column"));
  CHECK_THAT(csv_error(preamble + header + row("Core contracts,GMS,spend,3653,3654,1,21759,21759")),
             Catch::StartsWith("6/column 9: the row has 8 cells"));
  // A line repeated in a section.
  CHECK(csv_error(preamble + header + row("Core contracts,GMS,spend,1,1,0,1,1,0") + row("Core contracts,GMS,spend,1,1,0,1,1,0")) ==
        "7/column 2 (line): the line \"GMS\" is repeated in section \"Core contracts\"");
  // The unit header as OCR'd in seed 000 L333.
  CHECK_THAT(csv_error("organisation,Test CCG\nperiod,2018/19 Month 2\nfamily,delegated\nunit,£ 0005\n" + header),
             Catch::StartsWith("4/column 2 (unit): cannot read \"£ 0005\" as a money unit"));
  // A total row with no lines, and a subtotal with no lines of its section.
  CHECK(csv_error(preamble + header + row(",,total,1,1,0,1,1,0")) == "6/column 3 (kind): a total row with no lines above it");
  CHECK_THAT(csv_error(preamble + header + row("Premises,,subtotal,1,1,0,1,1,0")),
             Catch::Contains("6/column 3 (kind): a subtotal row for \"Premises\" with no lines"));
  // Other refusals.
  CHECK_THAT(csv_error(preamble + header + row("Core contracts,GMS,sideways,1,1,0,1,1,0")), Catch::Contains("unknown kind"));
  CHECK_THAT(csv_error(preamble + header + row("Core contracts,GMS,spend,1,1,0,1,£1m,0")),
             Catch::Contains("6/column 8 (forecast_outturn)"));
  CHECK_THAT(csv_error(preamble + header + row("A,x,spend,1,1,0,1,1,0") + row("B,y,spend,1,1,0,1,1,0") +
                       row("A,z,spend,1,1,0,1,1,0")),
             Catch::Contains("8/column 1 (section): section \"A\" starts again"));
  CHECK_THAT(csv_error("organisation,Test CCG\nperiod,2018/19 Month 2\nunit,£'000s\n" + header),
             Catch::Contains("no \"family\" row"));
  CHECK_THAT(csv_error(preamble + "colour,red\n" + header), Catch::Contains("5/column 1: unknown preamble row"));
  CHECK_THAT(csv_error(preamble + header + row("A,\"x,spend,1,1,0,1,1,0")), Catch::Contains("not closed"));
  CHECK_THAT(csv_error(preamble), Catch::Contains("no header row"));
}

TEST_CASE("a budget report CSV is text: a NUL, bytes that are not UTF-8 and an overlong line are refused with their line") {
  // Found by an independent trial: all three loaded silently, the NUL and the bad byte into
  // a line's name, where a JSON report then failed on them.
  const auto row = [](std::string_view s) { return std::string(s) + "\n"; };
  CHECK_THAT(csv_error(preamble + header + row(std::string("Core contracts,GM\0S,spend,1,1,0,1,1,0", 37))),
             Catch::StartsWith("6/") && Catch::Contains("byte 0x00 at column 18"));
  CHECK_THAT(csv_error(preamble + header + row("Core contracts,GM\xffS,spend,1,1,0,1,1,0")),
             Catch::StartsWith("6/") && Catch::Contains("not UTF-8: byte 0xFF at column 18"));
  CHECK_THAT(csv_error(preamble + header + row("Core contracts,GMS,spend,1,1,0,1,1,0,\"" + std::string(70'000, 'x') + "\"")),
             Catch::StartsWith("6/") && Catch::Contains("over the limit of 65536"));
  // UTF-8 text, a pound sign included, is read as written.
  CHECK(budget_report_from_csv(preamble + header + row("Core contracts,GMS £,spend,1,1,0,1,1,0"))
            .sections().front().lines().front().name() == "GMS £");
}

TEST_CASE("the committed example budget files load and reconcile") {
  const std::string dir = std::string(COMMISSIONING_SOURCE_DIR) + "/examples/finance/";
  const auto from_json = io::from_json_text<BudgetReport>(read_file(dir + "stoke_delegated_m2.json"), "example json");
  const auto from_csv = budget_report_from_csv(read_file(dir + "stoke_delegated_m2.csv"), "example csv");
  CHECK(from_json == fx::seed000_stoke_delegated());
  CHECK(from_csv == from_json);
  CHECK_FALSE(reconcile(from_json).report.has_errors());
  CHECK(io::from_json_text<PositionTable>(read_file(dir + "wider_position_m2.json"), "example") == fx::seed000_wider_position());
  CHECK(io::from_json_text<Allocation>(read_file(dir + "luton_funding_streams.json"), "example") ==
        fx::seed003_luton_funding_streams());
}

TEST_CASE("finance documents are told apart by their fields") {
  CHECK(detect_finance_document(io::Json(fx::seed000_stoke_delegated()), "x") == FinanceDocument::BudgetReport);
  CHECK(detect_finance_document(io::Json(fx::seed000_wider_position()), "x") == FinanceDocument::PositionTable);
  CHECK(detect_finance_document(io::Json(fx::seed000_reserves_2018_19()), "x") == FinanceDocument::AmountTable);
  CHECK(detect_finance_document(io::Json(fx::seed000_social_prescribing_staffing()), "x") == FinanceDocument::StaffingTable);
  CHECK(detect_finance_document(io::Json(fx::seed003_luton_funding_streams()), "x") == FinanceDocument::Allocation);
  CHECK_THROWS_AS(detect_finance_document(io::Json{{"colour", "red"}}, "x"), InputError);
  CHECK_THROWS_AS(detect_finance_document(io::Json{{"kind", "meeting-pack"}}, "x"), InputError);
  // Without its "kind" a document is still recognised by its fields.
  auto bare = io::Json(fx::seed000_reserves_2018_19());
  bare.erase("kind");
  CHECK(detect_finance_document(bare, "x") == FinanceDocument::AmountTable);
  CHECK(bare.get<AmountTable>() == fx::seed000_reserves_2018_19());
  // A kind that contradicts the reader is refused at /kind.
  auto wrong = io::Json(fx::seed000_stoke_delegated());
  wrong["kind"] = "allocation";
  CHECK_THROWS_WITH(io::from_json_text<BudgetReport>(wrong.dump(), "x"), Catch::Contains("/kind"));
}

TEST_CASE("a reconciliation reports as JSON with its counts and largest drift") {
  const auto j = reconciliation_json(reconcile(fx::seed000_stoke_delegated()));
  CHECK(j.at("checks") == 102);
  CHECK(j.at("outside_tolerance") == 0);
  CHECK(j.at("largest_drift").at("tolerance") == "£1,000.00");
  CHECK(j.at("inexact_checks").size() == 19);
}

TEST_CASE("a funding stream is read through its checked constructor, from JSON and from an archive") {
  const auto stream = fx::seed000_social_prescribing_funding();
  auto j = io::Json(stream);
  j["scheme"] = "";
  try {
    (void)io::from_json_text<FundingStream>(j.dump(), "stream.json");
    FAIL("a stream with no scheme was read");
  } catch (const InputError& e) {
    CHECK(e.field() == "");  // the document root (RFC 6901 ""): the constructor's refusal, at the stream's pointer
    CHECK_THAT(e.reason(), Catch::Contains("needs a scheme name"));
  }
  auto xml = io::save_archive(stream, io::ArchiveFormat::Xml);
  const auto at = xml.find("<scheme>Social prescribing</scheme>");
  REQUIRE(at != std::string::npos);
  xml.replace(at, 35, "<scheme></scheme>");
  try {
    (void)io::load_archive<FundingStream>(xml, io::ArchiveFormat::Xml);
    FAIL("an archived stream with no scheme was loaded");
  } catch (const InputError& e) {
    CHECK_THAT(e.reason(), Catch::Contains("needs a scheme name"));
  }
}

TEST_CASE("a funding stream's amounts are written with their unit, and its archive stores enums by spelling") {
  const auto stream = fx::seed000_social_prescribing_funding();
  const io::Json j = stream;
  CHECK(j.at("amount") == "£500000");
  CHECK(j.at("phasing")[1].at("amount") == "£250000");
  CHECK(j.at("recurrence") == "non-recurrent");
  const auto xml = io::save_archive(stream, io::ArchiveFormat::Xml);
  CHECK(xml.find("<recurrence>non-recurrent</recurrence>") != std::string::npos);
  CHECK(xml.find("<source>delegated-reserve</source>") != std::string::npos);
}

TEST_CASE("a staffing line's posts must be a whole number, reported at its pointer") {
  auto j = io::Json(fx::seed000_social_prescribing_staffing());
  j["lines"][1]["posts"] = 1.5;
  try {
    (void)io::from_json_text<StaffingTable>(j.dump(), "staffing.json");
    FAIL("a fractional number of posts was read");
  } catch (const InputError& e) {
    CHECK(e.field() == "/lines/1/posts");
  }
}
