// The loading spine: byte sources read once, the bounded line reader, the one RFC 4180 record
// reader and the findings sink.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cstring>
#include <string>

#include "commissioning/core/core_rules.hpp"
#include "commissioning/fixtures/finance_seed.hpp"
#include "commissioning/fixtures/pccc_2018.hpp"
#include "commissioning/fixtures/synthetic_population.hpp"
#include "commissioning/io/csv.hpp"
#include "commissioning/io/documents.hpp"
#include "commissioning/io/json_finance.hpp"
#include "commissioning/io/json_governance.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/io/json_programme.hpp"
#include "commissioning/io/json_risk.hpp"
#include "commissioning/io/findings.hpp"
#include "commissioning/io/population_files.hpp"
#include "commissioning/io/source.hpp"
#include "commissioning/population/rules.hpp"

using namespace commissioning;
using namespace commissioning::io;

namespace {

// A source that hands out its bytes a few at a time, as a pipe does, and can be read once.
class Trickle final : public ByteSource {
 public:
  Trickle(std::string text, std::size_t step) : text_{std::move(text)}, step_{step} {}
  std::size_t read(char* buffer, std::size_t capacity) override {
    const auto n = std::min({capacity, step_, text_.size() - at_});
    std::memcpy(buffer, text_.data() + at_, n);
    at_ += n;
    return n;
  }

 private:
  std::string text_;
  std::size_t step_;
  std::size_t at_{0};
};

// Endless zero bytes, like /dev/zero.
class Zeros final : public ByteSource {
 public:
  std::size_t read(char* buffer, std::size_t capacity) override {
    std::memset(buffer, 0, capacity);
    total += capacity;
    return capacity;
  }
  std::uint64_t total{0};
};

std::vector<std::vector<std::string>> records(std::string_view text, std::size_t step = 1 << 20) {
  Trickle in(std::string(text), step);
  Findings findings("t.csv", {});
  CsvReader csv(in, findings);
  CsvRecord rec;
  std::vector<std::vector<std::string>> out;
  while (csv.next(rec)) out.emplace_back(rec.fields.begin(), rec.fields.end());
  return out;
}

}  // namespace

TEST_CASE("the record reader reads RFC 4180: quotes, commas, doubled quotes, CRLF, line ends in quotes, BOM") {
  const std::string text =
      "\xEF\xBB\xBF" "a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
      "\"two\nlines\",x\r\n"
      "\n"
      "last,,\"\"";
  const std::vector<std::vector<std::string>> want{
      {"a", "b,c", "say \"hi\""}, {"two\nlines", "x"}, {"last", "", ""}};
  CHECK(records(text) == want);
  // The same bytes a few at a time, as from a pipe.
  for (std::size_t step : {1u, 2u, 3u, 7u}) CHECK(records(text, step) == want);
  // A quote inside an unquoted field is kept as written.
  CHECK(records("ab\"c,d\n") == std::vector<std::vector<std::string>>{{"ab\"c", "d"}});
}

TEST_CASE("record line numbers count the line ends inside quoted fields") {
  StringSource in("h\n\"a\nb\nc\",1\nz,2\n");
  Findings findings("t.csv", {});
  CsvReader csv(in, findings);
  CsvRecord rec;
  REQUIRE(csv.next(rec));
  CHECK(rec.line == 1);
  REQUIRE(csv.next(rec));
  CHECK(rec.line == 2);
  REQUIRE(csv.next(rec));
  CHECK(rec.line == 5);
  CHECK(rec[0] == "z");
}

TEST_CASE("a record syntax error is a LoadError with its rule, source and line in strict mode, a diagnostic in lenient mode") {
  const std::string text = "a,b\n\"x\"y,z\nc,d\n";
  {
    StringSource in(text);
    Findings findings("t.csv", {});
    CsvReader csv(in, findings);
    CsvRecord rec;
    REQUIRE(csv.next(rec));
    try {
      (void)csv.next(rec);
      FAIL("no error");
    } catch (const LoadError& e) {
      CHECK(e.rule_id() == rules::input_csv_syntax.id);
      CHECK(e.source() == "t.csv");
      CHECK(e.line() == 2);
      CHECK_THAT(e.what(), Catch::Contains("text after a closing quote"));
    }
  }
  {
    StringSource in(text);
    Findings findings("t.csv", LoadOptions{true, 1000});
    CsvReader csv(in, findings);
    CsvRecord rec;
    std::size_t n = 0;
    while (csv.next(rec)) ++n;
    CHECK(n == 2);
    const auto report = findings.take();
    REQUIRE(report.size() == 1);
    CHECK(report.diagnostics()[0].rule_id == rules::input_csv_syntax.id);
    CHECK(report.diagnostics()[0].path == "t.csv:2");
  }
}

TEST_CASE("lenient findings stop at the limit and are summarised") {
  Findings findings("t.csv", LoadOptions{true, 3});
  for (int i = 1; i <= 10; ++i) findings.at_line(rules::input_csv_row, static_cast<std::uint64_t>(i), "CODE", "bad");
  CHECK(findings.unreported() == 7);
  const auto report = findings.take();
  CHECK(report.size() == 4);
  CHECK(report.diagnostics()[0].path == "t.csv:1:CODE");
  CHECK_THAT(report.diagnostics()[3].message, Catch::Contains("7 further diagnostics"));
  // A warning never stops a strict load; an error does, and a JSON place is a JSON Pointer.
  Findings strict("doc.json", {});
  strict.at_pointer(rules::weekday_matches_date, "/meetings/0/date", "a warning");
  try {
    strict.at_pointer(rules::input_document, "/meetings/0/agenda/2/start", "bad");
    FAIL("no error");
  } catch (const LoadError& e) {
    CHECK(e.rule_id() == "core.input.document");
    CHECK(e.field() == "/meetings/0/agenda/2/start");
  }
}

TEST_CASE("a line longer than the limit is an error naming the source and line, with bounded memory") {
  Zeros zeros;
  LineReader lines(zeros, LineReader::Options{1024, 4096, false, {}});
  std::string_view line;
  std::uint64_t skipped = 0;
  CHECK(lines.next(line, skipped, false) == LineReader::Result::TooLong);
  CHECK(lines.line_number() == 1);
  CHECK(zeros.total < 64 * 1024);  // it stopped reading near the limit
  Zeros more;
  PeekableSource peek(more);
  CHECK_THROWS_WITH(peek_first_line(peek, "/dev/zero", 1000), Catch::Contains("/dev/zero:1") && Catch::Contains("over 1000 bytes"));
  Zeros endless;
  CHECK_THROWS_WITH(read_all(endless, "/dev/zero", 1 << 20), Catch::Contains("exceeds the limit"));
}

TEST_CASE("a sniffed source is read whole: nothing is lost to the sniff") {
  std::string text = "child,parent,parent type,join date,left date\n";
  for (int i = 0; i < 1000; ++i) text += fmt::format("A{:05},00L,CCG,20130401,\n", 10000 + i);
  REQUIRE(text.size() > 16 * 1024);
  Trickle in(text, 5000);  // read once, in pieces, as a pipe would give it
  OrganisationHierarchy h;
  const auto load = read_hierarchy(in, "members.csv", h);
  CHECK(load.format == HierarchyFormat::Memberships);
  CHECK(h.size() == 1000);
}

TEST_CASE("read_hierarchy tells epraccur, membership and JSON hierarchies apart") {
  OrganisationHierarchy h;
  StringSource json(R"({"memberships": [{"child": "A81001", "parent": "00L", "level": "ccg", "joined": "2013-04-01"}]})");
  CHECK(read_hierarchy(json, "h.json", h).format == HierarchyFormat::JsonDocument);
  CHECK(h.size() == 1);
  StringSource bad(R"({"memberships": [{"child": "A81001"}]})");
  try {
    (void)read_hierarchy(bad, "bad.json", h);
    FAIL("no error");
  } catch (const LoadError& e) {
    CHECK(e.rule_id() == "core.input.document");
    CHECK_THAT(e.field(), Catch::StartsWith("/memberships/0"));
  }
  StringSource empty("  \n");
  CHECK_THROWS_AS(read_hierarchy(empty, "empty.csv", h), LoadError);
}

TEST_CASE("read_any_document tells documents apart by kind and shape; a strict failure carries its rule and JSON Pointer") {
  const auto pack = fixtures::pccc_pack_2018();
  const auto budget = fixtures::seed000_stoke_delegated();
  CHECK(document_kind(read_any_document(Json(pack), "pack.json").document) == "meeting-pack");
  CHECK(std::get<finance::BudgetReport>(read_any_document(Json(budget), "b.json").document) == budget);
  auto bare = Json(budget);
  bare.erase("kind");  // recognised by its "sections"
  CHECK(document_kind(read_any_document(bare, "b.json").document) == "budget-report");
  const auto table = read_any_document(Json(fixtures::illustrative_weights()), "w.json");
  CHECK(document_kind(table.document) == "age-sex-weights");
  // A bad value deep in a meeting pack: the rule and the place.
  auto bad = Json(pack);
  bad["meetings"][0]["agenda"][0]["start"] = "25.00am";
  try {
    (void)read_any_document(bad, "bad.json");
    FAIL("no error");
  } catch (const LoadError& e) {
    CHECK(e.rule_id() == "core.input.document");
    CHECK_THAT(e.field(), Catch::StartsWith("/meetings/0/agenda/0"));  // the place as the loader names it
  }
  try {
    (void)read_any_document_text("{\"kind\": \"meeting-pack\",", "broken.json");
    FAIL("no error");
  } catch (const LoadError& e) {
    CHECK(e.rule_id() == "core.input.not-json");
  }
  CHECK_THROWS_WITH(read_any_document(Json{{"colour", "red"}}, "x.json"), Catch::Contains("not a document this library reads"));
}

TEST_CASE("population rules apply to a table from JSON as to one from CSV: strict throws with the rule, lenient reports") {
  // Male and female that do not add up to persons: the CSV reader reports it row by row; a
  // table from JSON is checked by the same rule.
  PopulationTable t(AgeResolution::TotalOnly, {Sex::Male, Sex::Female, Sex::Persons});
  const std::array<std::uint32_t, 3> totals{100, 120, 999};
  t.add({OdsCode("A81001"), OdsCode("00L"), "", ""}, totals);
  try {
    (void)read_any_document(Json(t), "t.json");
    FAIL("no error");
  } catch (const LoadError& e) {
    CHECK(e.rule_id() == "population.practice.ages-sum");
    CHECK(e.field() == "/practices/0/persons");
  }
  const auto lenient = read_any_document(Json(t), "t.json", LoadOptions{true, 1000});
  REQUIRE(lenient.report.size() == 1);
  CHECK(lenient.report.diagnostics()[0].path == "/practices/0/persons");
  const auto text = Json(t).dump();
  StringSource in(text);
  RegistrationsOptions o;
  o.lenient = true;
  CHECK(read_population(in, "t.json", o).report.count("population.practice.ages-sum") == 1);
}

TEST_CASE("a document of another kind is refused saying what it is and what was expected") {
  try {
    (void)from_json_text<RiskRegister>(R"({"kind": "budget-report", "name": "r", "entries": []})", "r.json");
    FAIL("a budget report was read as a risk register");
  } catch (const InputError& e) {
    CHECK(e.field() == "/kind");
    CHECK_THAT(e.reason(), Catch::Equals("the document is a \"budget-report\", but a risk-register was expected here"));
  }
  // The kind is checked before the fields, so a whole document of another kind is named as
  // such, not by its first field the reader does not know.
  try {
    (void)from_json_text<Programme>(R"({"kind": "risk-register", "name": "r", "appetite": 12, "entries": []})", "r.json");
    FAIL("a risk register was read as a programme");
  } catch (const InputError& e) {
    CHECK(e.field() == "/kind");
    CHECK_THAT(e.reason(), Catch::Contains("\"risk-register\"") && Catch::Contains("programme was expected"));
  }
}
