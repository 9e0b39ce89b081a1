// The population readers on untrusted bytes: NHS Digital registrations (strict, lenient, totals
// only), ODS epraccur and membership files, Fingertips exports, weights files, JSON tables and
// archives of tables, hierarchies and weights in each format; and the same bytes as a download
// (gzip or zip, io/compressed.hpp), as every reader that takes a path reads them. A value or an
// InputError; never a crash, never another exception.
#include <cstdint>
#include <string_view>

#include "commissioning/io/archive.hpp"
#include "commissioning/io/compressed.hpp"
#include "commissioning/io/population_files.hpp"
#include "commissioning/io/csv_population.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/population/aggregate.hpp"
#include "commissioning/population/site_populations.hpp"
#include "fuzz_support.hpp"

using namespace commissioning;

namespace {
template <class F>
void guarded(F f) {
  try {
    f();
  } catch (const InputError&) {
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  for (const bool lenient : {false, true})
    for (const bool keep : {false, true}) {
      io::RegistrationsOptions o;
      o.lenient = lenient;
      o.keep_ages = keep;
      o.max_line = 256;  // small limits reach the long-line paths with small inputs
      o.buffer_bytes = 1024;
      guarded([&] {
        const auto load = io::read_registrations_text(s, "fuzz.csv", o);
        (void)summarise(load.table, GroupBy::Commissioner);
      });
    }
  guarded([&] {
    // As read_population_file reads a path: decompressed when the bytes are gzip or zip.
    io::StringSource raw(s);
    io::DecompressedSource in(raw, "fuzz.zip");
    io::RegistrationsOptions o;
    o.lenient = true;
    o.max_line = 256;
    o.buffer_bytes = 1024;
    (void)io::read_population(in, in.name(), o);
  });
  guarded([&] {
    io::StringSource in(s);
    (void)io::read_epraccur(in, "fuzz-epraccur.csv", true);
  });
  guarded([&] {
    io::StringSource in(s);
    OrganisationHierarchy h;
    (void)io::read_memberships(in, "fuzz-members.csv", h, true);
  });
  guarded([&] {
    io::StringSource in(s);
    (void)io::read_fingertips(in, "fuzz-fingertips.csv");
  });
  guarded([&] { (void)io::read_weights(s, "fuzz-weights.csv"); });
  guarded([&] { (void)io::from_json_text<PopulationTable>(s, "fuzz.json"); });
  guarded([&] {
    ValidationReport r;
    rules::check(io::from_json_text<SiteCoverage>(s, "fuzz-sites.json"), "sites", r);
  });
  fuzz_support::each_archive<PopulationTable>(s, [](const PopulationTable& t) { (void)summarise(t, GroupBy::Commissioner); });
  fuzz_support::each_archive<OrganisationHierarchy>(s, [](const OrganisationHierarchy&) {});
  fuzz_support::each_archive<AgeSexWeights>(s, [](const AgeSexWeights&) {});
  return 0;
}
