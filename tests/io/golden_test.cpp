// Format stability: files written by an earlier version must still load to equal values.
// The golden files under tests/io/golden/ are committed; regenerate them only on purpose
// (COMMISSIONING_UPDATE_GOLDEN=1) and bump the class version when a layout changes.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <csignal>

#include <sys/wait.h>
#include <unistd.h>

#include "commissioning/io/archive.hpp"
#include "commissioning/io/json_core.hpp"
#include "golden.hpp"

using namespace commissioning;
namespace fs = std::filesystem;

using test_support::check_golden;
using test_support::slurp;

TEST_CASE("files written by version 0.1 still load to equal values") {
  check_golden("money", parse_money("-£1,427k"));
  check_golden("reported_amount", parse_reported_amount("-0", MoneyUnit::Thousands));
  check_golden("written_date", parse_written_date("Monday 3<sup>rd</sup> July 2018"));
  check_golden("time_range", parse_time_range("10.00pm – 11.45am"));
  check_golden("financial_month", parse_financial_month("2018/19 Month 2"));
  check_golden("quarter", parse_quarter("Q4 2017/18"));
  check_golden("ods_code", OdsCode("M83001"));
  check_golden("initials", Initials("NMcF"));
  check_golden("percentage", parse_percentage("0.5%"));
  check_golden("person_name", parse_person_name("Dr Ruth Chambers OBE"));
  check_golden("per_head_rate", parse_per_head_rate("£3.34 a head"));
  check_golden("diagnostic", Diagnostic{"core.date.weekday-matches", Severity::Warning, "meeting.date", "says Monday, is Tuesday — £"});
}

TEST_CASE("writing a file replaces it whole or not at all") {
  const auto dir = fs::temp_directory_path() / ("commissioning-write-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto target = (dir / "pack.json").string();
  io::write_text_file(target, "first");
  SECTION("a successful write replaces the content and leaves no temporary file") {
    io::write_text_file(target, "second");
    CHECK(slurp(target) == "second");
    CHECK_FALSE(fs::exists(target + ".tmp"));
  }
  SECTION("a write into a missing directory is an error naming the file") {
    CHECK_THROWS_WITH(io::write_text_file((dir / "no/such/dir/x.json").string(), "x"), Catch::Contains("x.json"));
  }
  SECTION("when the final rename fails the old file is untouched and the temporary removed") {
    const auto blocked = dir / "blocked";
    fs::create_directories(blocked / "occupied");  // renaming a file over a non-empty directory fails
    CHECK_THROWS_AS(io::write_text_file(blocked.string(), "new"), InputError);
    CHECK(fs::is_directory(blocked / "occupied"));
    CHECK_FALSE(fs::exists(blocked.string() + ".tmp"));
  }
  SECTION("a full disk fails the write and keeps the old content") {
    if (!fs::exists("/dev/full")) {
      WARN("skipped: no /dev/full");
    } else {
      // /dev/full accepts open() and fails every write with ENOSPC.
      const auto link = dir / "full.json.tmp";
      fs::create_symlink("/dev/full", link);
      CHECK_THROWS_WITH(io::write_text_file((dir / "full.json").string(), std::string(1 << 16, 'x')), Catch::Contains("write failed"));
    }
  }
  SECTION("a process killed while writing leaves the old file whole") {
    // Kill the writer once its temporary file has started to fill, so the kill lands
    // mid-write; try a few times in case one write outruns the polling.
    bool caught_mid_write = false;
    for (int attempt = 0; attempt < 5 && !caught_mid_write; ++attempt) {
      const pid_t child = ::fork();
      REQUIRE(child >= 0);
      if (child == 0) {
        io::write_text_file(target, std::string(std::size_t{256} << 20, 'x'));
        ::_exit(0);
      }
      const auto tmp = target + ".tmp";
      std::error_code ec;
      auto size = fs::file_size(tmp, ec);
      for (int i = 0; i < 5000 && (ec || size == 0); ++i) {
        ::usleep(200);
        size = fs::file_size(tmp, ec);
      }
      caught_mid_write = !ec && size > 0 && size < (std::size_t{256} << 20);
      ::kill(child, SIGKILL);
      int status = 0;
      ::waitpid(child, &status, 0);
      CHECK(slurp(target) == "first");  // whatever the timing, the old file is whole
      fs::remove(tmp, ec);
    }
    CHECK(caught_mid_write);
  }
  fs::remove_all(dir);
}
