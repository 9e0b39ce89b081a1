// Format stability: files written by an earlier version must still load to equal values.
// The golden files under tests/io/golden/ are committed; regenerate them only on purpose
// (COMMISSIONING_UPDATE_GOLDEN=1) and bump the class version when a layout changes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <initializer_list>
#include <vector>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
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

namespace {
// Files in dir other than the ones named: temporaries a write left behind.
std::vector<std::string> leftovers(const fs::path& dir, std::initializer_list<std::string> expected) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    const auto name = e.path().filename().string();
    if (std::find(expected.begin(), expected.end(), name) == expected.end()) out.push_back(name);
  }
  return out;
}
}  // namespace

TEST_CASE("writing a file replaces it whole or not at all") {
  const auto dir = fs::temp_directory_path() / ("commissioning-write-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto target = (dir / "pack.json").string();
  io::write_text_file(target, "first");
  SECTION("a successful write replaces the content and leaves no temporary file") {
    io::write_text_file(target, "second");
    CHECK(slurp(target) == "second");
    CHECK(leftovers(dir, {"pack.json"}).empty());
  }
  SECTION("a write into a missing directory is an error naming the file") {
    CHECK_THROWS_WITH(io::write_text_file((dir / "no/such/dir/x.json").string(), "x"), Catch::Contains("x.json"));
  }
  SECTION("a destination that is not a regular file is refused and left as it was") {
    const auto blocked = dir / "blocked";
    fs::create_directories(blocked / "occupied");
    CHECK_THROWS_WITH(io::write_text_file(blocked.string(), "new"), Catch::Contains("not a regular file"));
    CHECK(fs::is_directory(blocked / "occupied"));
    const auto fifo = dir / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_THROWS_WITH(io::write_text_file(fifo.string(), "new"), Catch::Contains("not a regular file"));
    CHECK(fs::is_fifo(fifo));
    const auto link = dir / "link.json";
    fs::create_symlink(target, link);
    CHECK_THROWS_WITH(io::write_text_file(link.string(), "new"), Catch::Contains("not a regular file"));
    CHECK(fs::is_symlink(link));
    CHECK_THROWS_WITH(io::write_text_file("/dev/null", "new"), Catch::Contains("not a regular file"));
    CHECK(fs::is_character_file("/dev/null"));
    CHECK(slurp(target) == "first");
    CHECK(leftovers(dir, {"pack.json", "blocked", "fifo", "link.json"}).empty());
  }
  SECTION("a planted file or symlink at the old temporary name is neither followed nor reused") {
    const auto victim = dir / "victim";
    { std::ofstream(victim) << "victim"; }
    fs::create_symlink(victim, target + ".tmp");
    io::write_text_file(target, "second");
    CHECK(slurp(target) == "second");
    CHECK(slurp(victim.string()) == "victim");
    CHECK(fs::is_symlink(target + ".tmp"));
  }
  SECTION("the old file's permission bits are kept") {
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
    io::write_text_file(target, "second");
    CHECK(fs::status(target).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    fs::permissions(target, fs::perms::owner_all | fs::perms::group_read);
    io::write_text_file(target, "third");
    CHECK(fs::status(target).permissions() == (fs::perms::owner_all | fs::perms::group_read));
    CHECK(slurp(target) == "third");
  }
  SECTION("\"-\" writes to standard output, for piping") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    std::cout.flush();  // the child must not repeat what the test runner has buffered
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      ::dup2(fds[1], STDOUT_FILENO);
      ::close(fds[0]);
      ::close(fds[1]);
      try {
        io::write_text_file("-", "to the pipe");
      } catch (...) {
        ::_exit(1);
      }
      ::_exit(0);
    }
    ::close(fds[1]);
    std::string got;
    char buf[256];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) got.append(buf, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    CHECK(got == "to the pipe");
  }
  SECTION("a full disk fails the write and keeps the old content") {
    // A file-size limit makes write() fail with EFBIG part-way, as a full disk fails with ENOSPC.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      std::signal(SIGXFSZ, SIG_IGN);
      const rlimit lim{4096, 4096};
      ::setrlimit(RLIMIT_FSIZE, &lim);
      try {
        io::write_text_file(target, std::string(1 << 20, 'x'));
      } catch (const InputError& e) {
        ::_exit(std::string(e.what()).find("write failed") != std::string::npos ? 0 : 2);
      }
      ::_exit(1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    CHECK(slurp(target) == "first");
    CHECK(leftovers(dir, {"pack.json"}).empty());
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
      // The temporary is "pack.json.tmp.<random>": find it.
      const auto find_tmp = [&] {
        const auto names = leftovers(dir, {"pack.json"});
        return names.empty() ? fs::path{} : dir / names.front();
      };
      std::error_code ec;
      auto tmp = find_tmp();
      auto size = fs::file_size(tmp, ec);
      for (int i = 0; i < 5000 && (ec || size == 0); ++i) {
        ::usleep(200);
        tmp = find_tmp();
        size = fs::file_size(tmp, ec);
      }
      caught_mid_write = !ec && size > 0 && size < (std::size_t{256} << 20);
      ::kill(child, SIGKILL);
      int status = 0;
      ::waitpid(child, &status, 0);
      CHECK(slurp(target) == "first");  // whatever the timing, the old file is whole
      for (const auto& name : leftovers(dir, {"pack.json"})) fs::remove(dir / name, ec);
    }
    CHECK(caught_mid_write);
  }
  fs::remove_all(dir);
}
