// The ODS files: the practice register (epraccur) and the practice membership layout.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/io/csv_population.hpp"
#include "commissioning/io/population_files.hpp"
#include "commissioning/population/aggregate.hpp"
#include "shared_data.hpp"

using namespace commissioning;
using namespace commissioning::io;

namespace {
// Rows in the shape of shared/data/real/epraccur-2020-01.csv (L1, L3, L12: a quoted address with a
// comma), with invented names, addresses and phone numbers; the real file is read below.
const std::string densham =
    R"("A81001","EXAMPLE SURGERY","Y63","Q74","THE HEALTH CENTRE","LAWSON STREET","ANYTOWN","","","ZZ1 1ZZ","19740401","","A","B","00K","20130401","","01234 567890","","","","0","","00K","","4","")";
const std::string victoria =
    R"("A81003","EXAMPLE CLOSED PRACTICE","Y54","Q74","THE CLINIC","VICTORIA ROAD","ANYTOWN","","","ZZ1 2ZZ","19740401","20171031","C","B","00K","20130401","20171031","01234 567891","","","","0","","00K","","4","")";
const std::string westbourne =
    R"("A81012","EXAMPLE MEDICAL CENTRE","Y63","Q74","EXAMPLE MEDICAL CENTRE","7 SOME MEWS,N. ANYTOWN","ANYTOWN","","","ZZ3 6ZZ","19740401","","A","B","00M","20130401","","01234 567892","","","","0","","00M","","4","")";

PracticeRegister epraccur(const std::string& text, bool lenient = false) {
  StringSource in(text);
  return read_epraccur(in, "epraccur.csv", lenient);
}
}  // namespace

TEST_CASE("epraccur rows become practices and dated commissioner memberships") {
  const auto reg = epraccur(densham + "\r\n" + victoria + "\r\n" + westbourne + "\r\n");
  REQUIRE(reg.practices.size() == 3);
  const auto& v = reg.practices[1];
  CHECK(v.code == OdsCode("A81003"));
  CHECK(v.status == PracticeStatus::Closed);
  CHECK(v.opened == Date(1974, 4, 1));
  CHECK(v.closed == Date(2017, 10, 31));
  CHECK(v.setting == PrescribingSetting::GpPractice);
  CHECK(v.national_grouping == "Y54");
  CHECK(reg.practices[2].postcode == "ZZ3 6ZZ");  // after a quoted field with a comma
  CHECK(reg.hierarchy.parent(OdsCode("A81003"), OrgLevel::SubIcb, Date(2017, 10, 31)) == OdsCode("00K"));
  CHECK_FALSE(reg.hierarchy.parent(OdsCode("A81003"), OrgLevel::SubIcb, Date(2017, 11, 1)));
  CHECK(reg.hierarchy.parent(OdsCode("A81012"), OrgLevel::SubIcb, Date(2020, 1, 1)) == OdsCode("00M"));
  CHECK(reg.report.empty());
}

TEST_CASE("epraccur: bad rows are errors with their line, or diagnostics in lenient mode") {
  auto bad_date = victoria;
  bad_date.replace(bad_date.find("20171031"), 8, "20171331");
  std::string text = densham + "\n" + bad_date + "\n";
  CHECK_THROWS_WITH(epraccur(text), Catch::Contains("epraccur.csv:2") && Catch::Contains("close date"));
  const auto reg = epraccur(text, true);
  CHECK(reg.practices.size() == 1);
  CHECK(reg.report.count("population.ods.row") == 1);
  CHECK_THROWS_WITH(epraccur(densham.substr(0, densham.find(",\"LAWSON")) + "\n"), Catch::Contains("5 fields where epraccur has 27"));
  CHECK_THROWS_WITH(epraccur(densham.substr(0, densham.find("LAWSON") + 3) + "\n"), Catch::Contains("not closed"));
  auto bad_setting = densham;
  bad_setting.replace(bad_setting.rfind("\"4\""), 3, "\"7\"");
  CHECK_THROWS_WITH(epraccur(bad_setting), Catch::Contains("prescribing setting"));
}

TEST_CASE("the real January 2020 epraccur file: 14,357 practices with their statuses and commissioners") {
  const auto path = test_support::shared_file_or_skip("data/real/epraccur-2020-01.csv");
  if (path.empty()) return;
  const auto reg = read_epraccur_file(path);
  CHECK(reg.practices.size() == 14357);
  // Independently: count the status field (the 13th quoted field) on each line.
  std::ifstream in(path);
  std::string line;
  std::map<char, std::size_t> expected;
  while (std::getline(in, line)) {
    // Fields are "…","…": the 13th value starts after the 12th '","'.
    std::size_t at = 0;
    for (int i = 0; i < 12; ++i) at = line.find("\",\"", at) + 3;
    ++expected[line[at]];
  }
  std::map<char, std::size_t> got;
  for (const auto& p : reg.practices) ++got[to_string(p.status)[0] == 'a' ? 'A' : to_string(p.status)[0] == 'c' ? 'C' : to_string(p.status)[0] == 'd' ? 'D' : 'P'];
  CHECK(got == expected);
  CHECK(reg.report.count(Severity::Error) == 0);
  const auto setting = [&](const char* code) {
    for (const auto& p : reg.practices)
      if (p.code == OdsCode(code)) return p.setting;
    return PrescribingSetting::Other;
  };
  CHECK(setting("A81001") == PrescribingSetting::GpPractice);
  // Every practice with a commissioner (field 15) has a membership: 14,192 in this file.
  std::size_t with_commissioner = 0;
  std::ifstream again(path);
  while (std::getline(again, line)) {
    std::size_t at = 0;
    for (int i = 0; i < 14; ++i) at = line.find("\",\"", at) + 3;
    with_commissioner += line[at] != '"';
  }
  CHECK(reg.hierarchy.size() == with_commissioner);
  CHECK(reg.hierarchy.parent(OdsCode("A81001"), OrgLevel::SubIcb, Date(2020, 1, 1)) == OdsCode("00K"));
}

TEST_CASE("the ODS membership layout: practice, parent, parent type, join date, left date") {
  const std::string text =
      "Practice,Parent,Parent Type,Join Date,Left Date\n"
      "A81001,U12345,PCN,20190701,\n"
      "U12345,00K,CCG,20190701,20200331\n"
      "U12345,16C,CCG,20200401,\n"
      "16C,QHM,ICB,2022-07-01,\n";
  OrganisationHierarchy h;
  StringSource in(text);
  const auto report = read_memberships(in, "members.csv", h);
  CHECK(report.empty());
  CHECK(h.size() == 4);
  CHECK(h.ancestor(OdsCode("A81001"), OrgLevel::SubIcb, Date(2020, 3, 31)) == OdsCode("00K"));
  CHECK(h.ancestor(OdsCode("A81001"), OrgLevel::SubIcb, Date(2020, 4, 1)) == OdsCode("16C"));
  CHECK(h.ancestor(OdsCode("A81001"), OrgLevel::Icb, Date(2022, 7, 1)) == OdsCode("QHM"));

  const std::string bad =
      "A81001,00K,CCG,20190701,20180101\n"   // leaves before joining
      "A81002,00K,CCG,20130401,\n"
      "A81002,00M,CCG,20190401,\n";          // overlaps the row above
  OrganisationHierarchy h2;
  StringSource bad_in(bad);
  const auto lenient = read_memberships(bad_in, "members.csv", h2, true);
  CHECK(lenient.count("population.hierarchy.dates") == 1);
  CHECK(lenient.count("population.hierarchy.overlap") == 1);
  CHECK(h2.size() == 1);
  OrganisationHierarchy h3;
  StringSource strict_in(bad);
  CHECK_THROWS_WITH(read_memberships(strict_in, "members.csv", h3), Catch::Contains("members.csv:1"));
}

TEST_CASE("an empty hierarchy file is refused, not read as a hierarchy of no practices") {
  // Issue 17: an empty --hierarchy file was accepted, and every practice became "unmapped".
  const auto path = (std::filesystem::temp_directory_path() / "commissioning-empty-hierarchy.csv").string();
  { std::ofstream(path, std::ios::trunc); }
  CHECK_THROWS_WITH(read_hierarchy_file(path), Catch::Contains("the file is empty"));
  std::filesystem::remove(path);
}

TEST_CASE("real data: the April 2020 Tees Valley merger restates January 2020 CCGs as the January 2021 file's 16C") {
  const auto ep = test_support::shared_file_or_skip("data/real/epraccur-2020-01.csv");
  const auto reg = test_support::shared_file_or_skip("data/real/gp-reg-pat-prac-all-2021-01.csv");
  if (ep.empty() || reg.empty()) return;
  auto hierarchy = read_epraccur_file(ep).hierarchy;  // as ODS had it in January 2020
  const auto table = read_registrations_file(reg).table;
  // The publisher's own commissioner column for January 2021.
  std::uint64_t published_16c = 0, practices_16c = 0;
  for (std::size_t i = 0; i < table.practices(); ++i)
    if (table.commissioner(i) == OdsCode("16C")) {
      published_16c += table.total(i);
      ++practices_16c;
    }
  REQUIRE(practices_16c > 0);
  // As was on 1 January 2020, 16C did not exist.
  const auto before = summarise(table, hierarchy, OrgLevel::SubIcb, Date(2020, 1, 1));
  CHECK(std::none_of(before.begin(), before.end(), [](const GroupTotal& g) { return g.code == "16C"; }));
  // NHS Tees Valley CCG (16C) was formed on 1 April 2020 from Darlington (00C), Hartlepool and
  // Stockton-on-Tees (00K) and South Tees (00M).
  const std::array tees{OdsCode("00C"), OdsCode("00K"), OdsCode("00M")};
  hierarchy.merge(tees, OdsCode("16C"), OrgLevel::SubIcb, Date(2020, 4, 1));
  const auto after = summarise(table, hierarchy, OrgLevel::SubIcb, Date(2021, 1, 1));
  const auto it = std::find_if(after.begin(), after.end(), [](const GroupTotal& g) { return g.code == "16C"; });
  REQUIRE(it != after.end());
  CHECK(it->patients == published_16c);
  CHECK(it->practices == practices_16c);
}
