// The registrations reader's fast path and its plain path read the same table and report the
// same findings (bench/reader_ab.cpp measures what the fast path buys).
#include <catch2/catch.hpp>

#include <sstream>

#include "commissioning/fixtures/synthetic_population.hpp"
#include "commissioning/io/registrations.hpp"

using namespace commissioning;
using namespace commissioning::io;

namespace {
RegistrationsLoad read(const std::string& text, bool fast, bool lenient) {
  RegistrationsOptions o;
  o.same_prefix_fast_path = fast;
  o.lenient = lenient;
  return read_registrations_text(text, "paths.csv", o);
}
}  // namespace

TEST_CASE("the fast path and the plain path of the registrations reader agree") {
  fixtures::SyntheticOptions so;
  so.practices = 30;
  for (const auto format : {RegistrationsFormat::SingleYear, RegistrationsFormat::Quinary, RegistrationsFormat::AllAges}) {
    std::ostringstream out;
    fixtures::write_synthetic_registrations(out, so, format);
    std::string text = out.str();
    const auto fast = read(text, true, false), plain = read(text, false, false);
    CHECK(fast.table == plain.table);
    CHECK(fast.rows == plain.rows);
    // Damage a few rows after the first of a practice (where the fast path would fire): a
    // quoted count, a bad sex, a negative count. Both paths report the same, line for line.
    std::istringstream in(text);
    std::string line, damaged;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
      if (n == 5) line.replace(line.rfind(',') + 1, std::string::npos, "\"12\"\r");
      if (const auto at = line.find(",MALE,"); n == 9 && at != std::string::npos) line.replace(at, 6, ",MAL,");
      if (const auto at = line.find(",ALL,ALL,"); n == 9 && at != std::string::npos) line.replace(at, 9, ",ALX,ALL,");
      if (n == 14) line.replace(line.rfind(',') + 1, std::string::npos, "-3\r");
      damaged += line + "\n";
    }
    const auto f = read(damaged, true, true), p = read(damaged, false, true);
    CHECK(f.table == p.table);
    CHECK(f.report.diagnostics() == p.report.diagnostics());
    CHECK(f.rejected_rows == p.rejected_rows);
    CHECK(f.rejected_rows >= 2);  // the damage was seen
  }
}
