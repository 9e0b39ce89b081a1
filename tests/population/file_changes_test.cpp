// Nothing lost under faults: a registrations file that changes while it is being read is an
// error naming the file, never a crash and never a table of half of each version.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/fixtures/synthetic_population.hpp"
#include "commissioning/io/csv_population.hpp"

using namespace commissioning;
namespace fs = std::filesystem;

namespace {
std::string small_month() {
  fixtures::SyntheticOptions options;
  options.practices = 20;
  std::ostringstream out;
  fixtures::write_synthetic_registrations(out, options, io::RegistrationsFormat::SingleYear);
  return out.str();
}
}  // namespace

TEST_CASE("a registrations file that changes while it is read is an error naming the file") {
  const auto dir = fs::temp_directory_path() / ("commissioning-changes-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const auto path = (dir / "month.csv").string();
  const auto text = small_month();
  { std::ofstream(path, std::ios::binary) << text; }
  io::RegistrationsOptions options;
  options.buffer_bytes = 4096;  // several reads, so the change lands mid-file

  SECTION("appended to after it was opened") {
    io::FileSource source(path);
    { std::ofstream(path, std::ios::binary | std::ios::app) << text.substr(text.find('\n') + 1); }
    CHECK_THROWS_WITH(io::read_registrations(source, path, options),
                      Catch::Contains(path) && Catch::Contains("changed while it was being read"));
  }
  SECTION("truncated after it was opened") {
    io::FileSource source(path);
    fs::resize_file(path, text.size() / 2);
    CHECK_THROWS_AS(io::read_registrations(source, path, options), InputError);
  }
  SECTION("removed after it was opened: read whole, as it was when opened") {
    io::FileSource source(path);
    fs::remove(path);
    const auto load = io::read_registrations(source, path, options);
    CHECK(load.table == io::read_registrations_text(text, "text", options).table);
  }
  fs::remove_all(dir);
}
