// Reading and writing the NHS Digital "Patients Registered at a GP Practice" files: layouts
// detected from the header, every bad row reported with its line, hostile files, and the
// real January 2021 file.
#include <catch2/catch.hpp>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/fixtures/synthetic_population.hpp"
#include "commissioning/io/csv_population.hpp"
#include "commissioning/population/aggregate.hpp"
#include "shared_data.hpp"

using namespace commissioning;
using namespace commissioning::io;

namespace {

const std::string header = "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS";
// Rows in the shape of the real January 2021 file (shared/data/real/gp-reg-pat-prac-all-2021-01.csv
// L2–3), with invented practices and counts; the real file itself is read below.
const std::string row1 = "GP_PRAC_PAT_LIST,01JAN2021,GP,00L,E38000130,Y99001,ZZ1 1ZZ,ALL,ALL,5903";
const std::string row2 = "GP_PRAC_PAT_LIST,01JAN2021,GP,00L,E38000130,Y99002,ZZ1 2ZZ,ALL,ALL,14738";

std::string synthetic_file(std::size_t practices, RegistrationsFormat format) {
  fixtures::SyntheticOptions o;
  o.practices = practices;
  std::ostringstream out;
  fixtures::write_synthetic_registrations(out, o, format);
  return out.str();
}

RegistrationsLoad lenient(const std::string& text) {
  RegistrationsOptions o;
  o.lenient = true;
  return read_registrations_text(text, "test.csv", o);
}

// The line a strict read stops at, and its message.
std::pair<std::size_t, std::string> strict_error(const std::string& text) {
  try {
    (void)read_registrations_text(text, "test.csv");
  } catch (const InputError& e) {
    return {e.line(), e.what()};
  }
  return {0, "no error"};
}

std::string replace_line(const std::string& text, std::size_t line_no, const std::string& with) {
  std::istringstream in(text);
  std::string out, line;
  for (std::size_t n = 1; std::getline(in, line); ++n) out += (n == line_no ? with + "\r" : line) + "\n";
  return out;
}

std::string line_of(const std::string& text, std::size_t line_no) {
  std::istringstream in(text);
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n)
    if (n == line_no) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return line;
    }
  return {};
}

long max_rss_kib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

TEST_CASE("the all-ages layout: one row per practice, CCG kept") {
  const auto load = read_registrations_text(header + "\r\n" + row1 + "\r\n" + row2 + "\r\n");
  CHECK(load.layout == RegistrationsLayout::WithCcg);
  CHECK(load.file_ages == AgeResolution::TotalOnly);
  REQUIRE(load.table.practices() == 2);
  CHECK(load.table.total() == 5903 + 14738);
  CHECK(load.table.commissioner(0) == OdsCode("00L"));
  CHECK(load.table.postcode(1) == "ZZ1 2ZZ");
  CHECK(load.table.extract_date == Date(2021, 1, 1));
  CHECK(load.rows == 2);
  CHECK(load.report.empty());
}

TEST_CASE("the header is detected through a BOM, quotes, case and the Sub-ICB renaming") {
  const std::string quoted = "\xEF\xBB\xBF\"Publication\",\"Extract_Date\",\"Type\",\"SUB_ICB_LOCATION_CODE\","
                             "\"ONS_SUB_ICB_LOCATION_CODE\",\"Code\",\"Postcode\",\"Sex\",\"Age\",\"Number of Patients\"\n"
                             "\"GP_PRAC_PAT_LIST\",\"01JUL2022\",\"GP\",\"00L\",\"E38000130\",\"Y99001\",\"ZZ1 1ZZ\",\"ALL\",\"ALL\",\"5903\"\n";
  const auto load = read_registrations_text(quoted);
  CHECK(load.layout == RegistrationsLayout::WithSubIcb);
  CHECK(load.table.sub_icb_columns);
  CHECK(load.table.total() == 5903);
  CHECK(load.table.extract_date == Date(2022, 7, 1));
  // The recent layout without a commissioner.
  const auto recent = read_registrations_text(
      "PUBLICATION,EXTRACT_DATE,ORG_TYPE,ORG_CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS\n"
      "GP_PRAC_PAT_LIST,01APR2024,GP,Y99001,ZZ1 1ZZ,ALL,ALL,5903\n");
  CHECK(recent.layout == RegistrationsLayout::NoCommissioner);
  CHECK_FALSE(recent.table.commissioner(0).ok());
  // Legacy wide files and other CSVs are refused by name.
  CHECK(strict_error("practice_code,male_0_1,female_0_1\nA84002,1,2\n").second.find("legacy wide layout") != std::string::npos);
  CHECK(strict_error("a,b,c\n1,2,3\n").second.find("unknown column 'a'") != std::string::npos);
}

TEST_CASE("single-year and quinary files round-trip through the writer and reader") {
  fixtures::SyntheticOptions o;
  o.practices = 40;
  const auto table = fixtures::synthetic_population(o);
  std::ostringstream single;
  write_registrations(single, table, RegistrationsFormat::SingleYear);
  const auto back = read_registrations_text(single.str());
  CHECK(back.file_ages == AgeResolution::SingleYear);
  CHECK(back.report.empty());
  CHECK(back.table == table);
  CHECK(back.rows == 40 * 2 * 97);

  std::ostringstream quinary;
  write_registrations(quinary, table, RegistrationsFormat::Quinary);
  CHECK(quinary.str().find(",MALE,5_9,") != std::string::npos);
  const auto q = read_registrations_text(quinary.str());
  CHECK(q.file_ages == AgeResolution::Quinary);
  CHECK(q.table == table.to_quinary());

  std::ostringstream all;
  write_registrations(all, table, RegistrationsFormat::AllAges);
  const auto a = read_registrations_text(all.str());
  CHECK(a.table.total() == table.total());
  CHECK(summarise(a.table, GroupBy::Commissioner).size() == summarise(table, GroupBy::Commissioner).size());
  // The streaming generator writes the same bytes as writing the whole table.
  CHECK(synthetic_file(40, RegistrationsFormat::SingleYear) == single.str());
  // Totals only: every age row is still validated, only totals are kept.
  RegistrationsOptions totals_only;
  totals_only.keep_ages = false;
  const auto t = read_registrations_text(single.str(), "x", totals_only);
  CHECK(t.table.ages() == AgeResolution::TotalOnly);
  CHECK(t.file_ages == AgeResolution::SingleYear);
  CHECK(t.table.total(Sex::Male) == table.total(Sex::Male));
  CHECK(summarise(t.table, GroupBy::Commissioner) == summarise(table, GroupBy::Commissioner));
  CHECK_THROWS_AS(write_registrations(single, a.table, RegistrationsFormat::SingleYear), std::invalid_argument);
}

TEST_CASE("every bad row is an error with its line, or a diagnostic in lenient mode") {
  const auto good = synthetic_file(3, RegistrationsFormat::SingleYear);
  // Line 2 is practice 1's MALE ALL row, line 3 its MALE age 0 row.
  const auto age0 = line_of(good, 3);
  const auto prefix = age0.substr(0, age0.rfind(",MALE,0,"));
  struct Case {
    const char* what;
    std::string row;
    const char* rule;
    std::size_t line = 3;  // the line replaced, and reported
  };
  const std::vector<Case> cases{
      {"a negative count", prefix + ",MALE,0,-4", "population.row.count"},
      {"a non-numeric count", prefix + ",MALE,0,12a", "population.row.count"},
      {"an unknown sex", prefix + ",UNKNOWN,0,12", "population.row.sex"},
      {"an unknown age", prefix + ",MALE,101,12", "population.row.age"},
      // The first age row sets the file's resolution; a band after single years is the odd one.
      {"a quinary band in a single-year file", prefix + ",MALE,5_9,12", "population.row.age", 4},
      {"a malformed practice code", "GP_PRAC_PAT_LIST,01JAN2021,GP,00A,E38000001,A8100,NE18 0XD,MALE,0,1", "population.row.code"},
      {"a malformed CCG code", "GP_PRAC_PAT_LIST,01JAN2021,GP,0AA,E38000001,Z99999,NE18 0XD,MALE,0,1", "population.row.code"},
      {"a missing field", prefix + ",MALE,0", "population.row.fields"},
      {"an unclosed quote", prefix + ",MALE,\"0,12", "population.row.fields"},
      {"another extract date", "GP_PRAC_PAT_LIST,01FEB2021" + prefix.substr(prefix.find(",GP,")) + ",MALE,0,1", "population.row.consistent"},
      {"a practice in two CCGs", "GP_PRAC_PAT_LIST,01JAN2021,GP,99Z" + prefix.substr(prefix.find(",E38")) + ",MALE,0,1", "population.row.consistent"},
      {"an aggregate row", "GP_PRAC_PAT_LIST,01JAN2021,CCG" + prefix.substr(prefix.find(",GP,") + 3) + ",MALE,0,1", "population.row.type"},
      {"a duplicated row", line_of(good, 3), "population.row.duplicate", 4},
      // Each count fits, but the practice's ages would overflow any real list.
      {"ages adding up beyond any practice", prefix + ",MALE,1,4294967295", "population.row.count", 4},
  };
  for (const auto& c : cases) {
    SECTION(c.what) {
      const auto text = replace_line(good, c.line, c.row);
      const auto [line, message] = strict_error(text);
      CAPTURE(message);
      CHECK(line == c.line);
      const auto load = lenient(text);
      CHECK(load.report.count(c.rule) == 1);
      CHECK(load.rejected_rows == 1);
      REQUIRE_FALSE(load.report.empty());
      CHECK_THAT(load.report.diagnostics().front().path, Catch::StartsWith("test.csv:" + std::to_string(c.line)));
    }
  }
}

TEST_CASE("a registrations file whose last line has no line end is reported: it may have been cut short") {
  // Cut mid-number: "14738" became "14", and nothing else in the file shows it.
  const std::string cut = header + "\r\n" + row1 + "\r\n" + row2.substr(0, row2.size() - 3);
  for (const bool is_lenient : {false, true}) {
    RegistrationsOptions o;
    o.lenient = is_lenient;
    const auto load = read_registrations_text(cut, "cut.csv", o);  // a warning: the rows are kept
    REQUIRE(load.table.practices() == 2);
    REQUIRE(load.report.size() == 1);
    const auto& d = load.report.diagnostics().front();
    CHECK(d.rule_id == "population.file.unterminated");
    CHECK(d.severity == Severity::Warning);
    CHECK(d.path == "cut.csv:3");
    CHECK_THAT(d.message, Catch::Contains("cut short"));
  }
  // A file that ends its last line, with or without a carriage return, is not reported.
  CHECK(read_registrations_text(header + "\n" + row1 + "\n" + row2 + "\n").report.empty());
  CHECK(read_registrations_text(header + "\r\n" + row1 + "\r\n" + row2 + "\r\n").report.empty());
}

TEST_CASE("practice keys cannot collide: a longer code that starts like a practice is refused, not counted as it") {
  // The key once held the first 8 bytes and the length shifted into the top byte, so a
  // 262-byte code "Y99001\0\0…" (262 = 6 mod 256) was counted as practice Y99001.
  for (std::size_t length : {7u, 8u, 9u, 262u, 518u}) {
    CAPTURE(length);
    std::string code = "Y99001";
    code.resize(length, '\0');
    const std::string forged = "GP_PRAC_PAT_LIST,01JAN2021,GP,00L,E38000130," + code + ",ZZ1 1ZZ,ALL,ALL,7";
    const auto text = header + "\r\n" + row1 + "\r\n" + forged + "\r\n";
    const auto [line, message] = strict_error(text);
    CHECK(line == 3);
    CHECK_THAT(message, Catch::Contains("CODE"));
    const auto load = lenient(text);
    CHECK(load.table.practices() == 1);
    CHECK(load.table.total() == 5903);
    CHECK(load.report.count("population.row.code") == 1);
  }
}

TEST_CASE("practice-level checks: ages against ALL, missing ages, male + female against persons") {
  const auto good = synthetic_file(2, RegistrationsFormat::SingleYear);
  const auto all_row = line_of(good, 2);  // practice 1, MALE ALL
  SECTION("ages that disagree with the ALL row") {
    const auto n = std::stoul(all_row.substr(all_row.rfind(',') + 1));
    const auto text = replace_line(good, 2, all_row.substr(0, all_row.rfind(',') + 1) + std::to_string(n + 1));
    CHECK(strict_error(text).second.find("add up to") != std::string::npos);
    const auto load = lenient(text);
    CHECK(load.report.count("population.practice.ages-sum") == 1);
    CHECK(load.table.practices() == 2);  // kept, and reported
  }
  SECTION("a missing age row") {
    const auto text = replace_line(good, 50, "");
    CHECK(strict_error(text).second.find("95 of the 96 MALE age rows") != std::string::npos);
    CHECK(lenient(text).report.count("population.practice.ages-complete") == 1);
  }
  SECTION("only ALL rows for a practice: suppressed ages are a warning") {
    std::string text = header + "\r\n";
    std::istringstream in(good);
    std::string line;
    std::getline(in, line);
    for (std::size_t n = 2; std::getline(in, line); ++n)
      if (n <= 195 || line.find(",ALL,") != std::string::npos) text += line + "\n";
    const auto load = read_registrations_text(text);  // strict: warnings do not stop it
    CHECK(load.report.count("population.practice.ages-suppressed") == 2);
    CHECK(load.report.count(Severity::Error) == 0);
  }
  SECTION("persons rows must equal male plus female") {
    const auto persons = all_row.substr(0, all_row.find(",MALE,")) + ",ALL,ALL,1";
    const auto text = good + persons + "\n";
    CHECK(strict_error(text).second.find("is not the 1 persons") != std::string::npos);
  }
}

TEST_CASE("hostile files: header only, truncated, binary garbage, empty") {
  CHECK(strict_error(header + "\r\n").second.find("no data rows") != std::string::npos);
  CHECK(lenient(header + "\r\n").report.count("population.file.no-rows") == 1);
  CHECK(strict_error("").second.find("empty") != std::string::npos);
  const auto good = synthetic_file(2, RegistrationsFormat::SingleYear);
  // Cut mid-row: the last row is short.
  const auto cut = good.substr(0, good.size() - 7);
  const auto [line, message] = strict_error(cut);
  CHECK(line == 1 + 2 * 2 * 97);
  CHECK(message.find("fields") != std::string::npos);
  // Cut at a row boundary: the last practice is incomplete.
  const auto at_row = good.substr(0, good.rfind("\n", good.size() - 3) + 1);
  CHECK(strict_error(at_row).second.find("age rows") != std::string::npos);
  // Binary garbage.
  std::string garbage(4096, '\0');
  for (std::size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>((i * 7919 + 13) % 256);
  CHECK(strict_error(garbage).second.find("not a text file") != std::string::npos);
  CHECK(strict_error(header + "\n" + garbage).first >= 2);
  CHECK_NOTHROW(lenient(header + "\n" + garbage + "\n" + row1 + "\n"));
  CHECK(lenient(header + "\n" + garbage + "\n" + row1 + "\n").table.practices() == 1);
}

TEST_CASE("a registrations text field that is not UTF-8 is refused with its line and column, not read into the table") {
  // Found by an independent trial: a postcode "ZZ1\xff2ZZ" loaded, and a JSON report of the
  // table then failed on it.
  auto bad = row2;
  bad.replace(bad.find("ZZ1 2ZZ"), 7, "ZZ1\xff" "2ZZ");
  const auto [line, message] = strict_error(header + "\n" + row1 + "\n" + bad + "\n");
  CHECK(line == 3);
  CHECK_THAT(message, Catch::Contains("POSTCODE") && Catch::Contains("byte 0xFF") && Catch::Contains("not UTF-8") &&
                          Catch::Contains("ZZ1\\xff2ZZ"));
  const auto load = lenient(header + "\n" + row1 + "\n" + bad + "\n");
  CHECK(load.report.count("population.file.not-text") == 1);
  CHECK(load.table.practices() == 1);
}

TEST_CASE("more practices than max_practices refuse the file, strict or lenient: memory follows practices, not bytes") {
  // Issue 17: a file of one short row per practice grew memory up to 126 times its size, as a
  // table holds every practice × sex × age.
  CHECK(RegistrationsOptions{}.max_practices == 250'000);
  RegistrationsOptions o;
  o.max_practices = 1;
  const auto text = header + "\n" + row1 + "\n" + row2 + "\n";
  CHECK_THROWS_WITH(read_registrations_text(text, "test.csv", o),
                    Catch::Contains("test.csv:3") && Catch::Contains("more than 1 practices"));
  o.lenient = true;
  CHECK_THROWS_WITH(read_registrations_text(text, "test.csv", o), Catch::Contains("more than 1 practices"));
  o.max_practices = 2;
  CHECK(read_registrations_text(text, "test.csv", o).table.practices() == 2);
}

namespace {
// Two gigabytes of one line, made as it is read: nothing stores it.
class HugeLine final : public ByteSource {
 public:
  explicit HugeLine(std::uint64_t length) : remaining_{length} {}
  std::size_t read(char* buffer, std::size_t capacity) override {
    std::size_t n = 0;
    if (!prefix_done_) {
      const std::string p = header + "\n";
      std::memcpy(buffer, p.data(), p.size());
      n = p.size();
      prefix_done_ = true;
    }
    const auto fill = static_cast<std::size_t>(std::min<std::uint64_t>(remaining_, capacity - n));
    std::memset(buffer + n, '7', fill);
    remaining_ -= fill;
    n += fill;
    if (remaining_ == 0 && !suffix_done_ && n + row1.size() + 2 <= capacity) {
      const std::string s = "\n" + row1 + "\n";
      std::memcpy(buffer + n, s.data(), s.size());
      n += s.size();
      suffix_done_ = true;
    }
    return n;
  }

 private:
  std::uint64_t remaining_;
  bool prefix_done_{false}, suffix_done_{false};
};
}  // namespace

TEST_CASE("a 2 GB single line is refused with bounded memory, or streamed past in lenient mode") {
  constexpr std::uint64_t two_gb = std::uint64_t{2} << 30;
  const long before = max_rss_kib();
  {
    HugeLine in(two_gb);
    CHECK_THROWS_WITH(read_registrations(in, "huge.csv"), Catch::Contains("huge.csv:2:") && Catch::Contains("over the limit"));
  }
  {
    HugeLine in(two_gb);
    RegistrationsOptions o;
    o.lenient = true;
    const auto load = read_registrations(in, "huge.csv", o);
    CHECK(load.report.count("population.row.too-long") == 1);
    CHECK(load.table.practices() == 1);  // the row after it is read
    CHECK(load.bytes > two_gb);
  }
  // The same as a file in a temporary directory (sparse: the 2 GB are never written out).
  const auto dir = std::filesystem::temp_directory_path() / "commissioning-huge-line";
  std::filesystem::create_directories(dir);
  const auto path = (dir / "huge.csv").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << header << "\n" << "GP_PRAC_PAT_LIST,01JAN2021,GP,00L,E38000130,Y99001,ZZ1 1ZZ,ALL,ALL,";
  }
  std::filesystem::resize_file(path, two_gb + 100);
  CHECK_THROWS_WITH(read_registrations_file(path), Catch::Contains("huge.csv:2:"));
  std::filesystem::remove_all(dir);
  CHECK(max_rss_kib() - before < 64 * 1024);  // peak memory grew by less than 64 MiB
}

TEST_CASE("the real January 2021 all-practices file loads with no errors and the totals an independent count gives") {
  const auto path = test_support::shared_file_or_skip("data/real/gp-reg-pat-prac-all-2021-01.csv");
  if (path.empty()) return;
  // Independent count: split each line on commas by hand.
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  std::uint64_t expected_total = 0, rows = 0;
  std::map<std::string, std::uint64_t> by_ccg;
  std::set<std::string> practices;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> f;
    std::size_t at = 0;
    for (std::size_t comma; (comma = line.find(',', at)) != std::string::npos; at = comma + 1) f.push_back(line.substr(at, comma - at));
    f.push_back(line.substr(at));
    REQUIRE(f.size() == 10);
    const auto n = std::stoull(f[9]);
    expected_total += n;
    by_ccg[f[3]] += n;
    practices.insert(f[5]);
    ++rows;
  }
  const auto load = read_registrations_file(path);
  CHECK(load.report.empty());
  CHECK(load.rows == rows);
  CHECK(load.table.practices() == practices.size());
  CHECK(load.table.total() == expected_total);
  const auto groups = summarise(load.table, GroupBy::Commissioner);
  REQUIRE(groups.size() == by_ccg.size());
  for (const auto& g : groups) {
    CAPTURE(g.code);
    CHECK(g.patients == by_ccg.at(g.code));
  }
}

TEST_CASE("the Fingertips IMD export joins by practice code, unmatched practices listed on both sides") {
  const auto reg = test_support::shared_file_or_skip("data/real/gp-reg-pat-prac-all-2021-01.csv");
  const auto fin = test_support::shared_file_or_skip("data/real/fingertips-practice-indicators.csv");
  if (reg.empty() || fin.empty()) return;
  FileSource fin_in(fin);
  const auto indicators = read_fingertips(fin_in, fin);
  // Independently: the GP rows are those whose line contains ",GP,Persons," (names may hold commas).
  std::ifstream in(fin);
  std::string line;
  std::size_t gp_rows = 0, lines = 0;
  while (std::getline(in, line)) {
    ++lines;
    if (line.find(",GP,Persons,") != std::string::npos) ++gp_rows;
  }
  CHECK(indicators.practices.size() == gp_rows);
  CHECK(indicators.other_area_rows == lines - 1 - gp_rows);
  // A name with a comma is read whole (fingertips export: "Eastgate Medical Group, Hornsea").
  CHECK(indicators.practices.at(OdsCode("B81004")).area_name == "Eastgate Medical Group, Hornsea");
  const auto table = read_registrations_file(reg).table;
  const auto join = join_indicator(table, indicators);
  CHECK(join.matched.size() + join.table_only.size() == table.practices());
  CHECK(join.matched.size() + join.indicator_only.size() == indicators.practices.size());
  CHECK(join.matched.size() > 6000);
  const double mean = join.patient_weighted_mean();
  CHECK(mean > 10);  // IMD 2019 scores: England 21.7 (the export's own England row)
  CHECK(mean < 40);
}

TEST_CASE("weights files: the documented format, with a source line") {
  const auto text = write_weights(fixtures::illustrative_weights());
  CHECK_THAT(text, Catch::StartsWith("# source: illustrative"));
  CHECK(read_weights(text) == fixtures::illustrative_weights());
  CHECK_THROWS_WITH(read_weights("sex,ages,weight\npersons,0+,1\n"), Catch::Contains("# source"));
  CHECK_THROWS_WITH(read_weights("# source: x\nsex,ages,weight\npersons,0-94,1\n"), Catch::Contains("gap"));
  CHECK_THROWS_WITH(read_weights("# source: x\nsex,ages,weight\npersons,0-94,1\npersons,95+,heavy\n"),
                    Catch::Contains("<weights>:4") && Catch::Contains("heavy"));
}

TEST_CASE("the synthetic England's list sizes are shaped like the real January 2021 ones") {
  const auto path = test_support::shared_file_or_skip("data/real/gp-reg-pat-prac-all-2021-01.csv");
  if (path.empty()) return;
  const auto real = read_registrations_file(path).table;
  const auto synthetic = fixtures::synthetic_population({});
  auto deciles = [](const PopulationTable& t) {
    std::vector<std::uint64_t> sizes;
    for (std::size_t i = 0; i < t.practices(); ++i) sizes.push_back(t.total(i));
    std::sort(sizes.begin(), sizes.end());
    std::vector<double> out;
    for (const std::size_t d : {std::size_t{1}, std::size_t{3}, std::size_t{5}, std::size_t{7}, std::size_t{9}}) out.push_back(static_cast<double>(sizes[sizes.size() * d / 10]));
    return out;
  };
  const auto r = deciles(real), s = deciles(synthetic);
  for (std::size_t i = 0; i < r.size(); ++i) {
    CAPTURE(i, r[i], s[i]);
    CHECK(s[i] > 0.8 * r[i]);
    CHECK(s[i] < 1.2 * r[i]);
  }
  CHECK(static_cast<double>(synthetic.practices()) == Approx(static_cast<double>(real.practices())).epsilon(0.05));
  CHECK(static_cast<double>(summarise(synthetic, GroupBy::Commissioner).size()) ==
        Approx(static_cast<double>(summarise(real, GroupBy::Commissioner).size())).epsilon(0.05));
}
