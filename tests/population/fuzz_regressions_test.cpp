// Inputs a fuzzer once crashed on. Each must give a table or an InputError, in every mode.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/io/csv_population.hpp"
#include "commissioning/population/aggregate.hpp"

using namespace commissioning;

TEST_CASE("fuzzer findings in the registrations reader stay fixed") {
  for (const auto& entry : std::filesystem::directory_iterator(COMMISSIONING_SOURCE_DIR "/tests/population/regressions")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    const auto text = ss.str();
    for (const bool lenient : {false, true})
      for (const bool keep : {false, true}) {
        INFO(entry.path().filename().string() << " lenient=" << lenient << " keep_ages=" << keep);
        io::RegistrationsOptions o;
        o.lenient = lenient;
        o.keep_ages = keep;
        o.max_line = 256;
        o.buffer_bytes = 1024;
        try {
          const auto load = io::read_registrations_text(text, "regression.csv", o);
          (void)summarise(load.table, GroupBy::Commissioner);
          CHECK(lenient);  // strict mode must refuse these files
          CHECK_FALSE(load.report.empty());  // and lenient mode must say what it left out
        } catch (const InputError&) {
        }
      }
  }
}
