// The fuzz corpora start from seeds in every format their target reads: every document kind as
// JSON and as each of the three archive formats, made from the seed fixtures. This test checks
// the committed seeds still load to the fixtures they were made from (so a layout change
// cannot leave the fuzzers starting from bytes that no longer parse; a seed of an older class
// version may stay, as long as it loads). Set COMMISSIONING_UPDATE_FUZZ_SEEDS=1 to rewrite them.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <variant>

#include "commissioning/fixtures/finance_seed.hpp"
#include "commissioning/fixtures/gpfv_staffordshire.hpp"
#include "commissioning/fixtures/pccc_2018.hpp"
#include "commissioning/fixtures/programme_seeds.hpp"
#include "commissioning/fixtures/synthetic_population.hpp"
#include "commissioning/io/documents.hpp"
#include "commissioning/io/json_finance.hpp"
#include "commissioning/io/json_governance.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/io/json_programme.hpp"
#include "commissioning/io/json_risk.hpp"
#include "golden.hpp"

using namespace commissioning;
namespace fs = std::filesystem;

namespace {

struct Seed {
  std::string target;  // the fuzz target whose corpus holds it
  io::AnyDocument document;
};

std::vector<Seed> seeds() {
  const auto pack = fixtures::pccc_pack_2018();
  fixtures::SyntheticOptions small;
  small.practices = 12;
  std::vector<Seed> s{
      {"fuzz_governance", pack},
      {"fuzz_governance", pack.committees.front()},
      {"fuzz_governance", *pack.action_log},
      {"fuzz_finance", fixtures::seed000_stoke_delegated()},
      {"fuzz_finance", fixtures::seed000_delegated_summary()},
      {"fuzz_finance", fixtures::seed000_underspend_2017_18()},
      {"fuzz_finance", fixtures::seed000_social_prescribing_staffing()},
      {"fuzz_finance", fixtures::seed000_social_prescribing_funding()},
      {"fuzz_finance", fixtures::seed003_luton_funding_streams()},
      {"fuzz_risk_programme", fixtures::staffordshire_gpfv_risks()},
      {"fuzz_risk_programme", fixtures::luton_programme()},
      {"fuzz_population", fixtures::synthetic_population(small)},
      {"fuzz_population", fixtures::synthetic_hierarchy(small)},
      {"fuzz_population", fixtures::illustrative_weights()},
  };
  return s;
}

fs::path corpus(const std::string& target) { return fs::path(COMMISSIONING_SOURCE_DIR) / "fuzz/corpus" / target; }

// Writes the seed when updating; then the committed file must give the fixture back.
template <class Load>
void check_seed_file(const fs::path& path, const std::string& bytes, bool update, Load load) {
  if (update) {
    fs::create_directories(path.parent_path());
    io::write_text_file(path.string(), bytes);
  }
  INFO(path.string());
  REQUIRE(fs::exists(path));
  CHECK(load(test_support::slurp(path)));
}

}  // namespace

TEST_CASE("every fuzz corpus has seeds of each document kind it reads, as JSON and in every archive format") {
  const bool update = std::getenv("COMMISSIONING_UPDATE_FUZZ_SEEDS") != nullptr;
  const auto all = seeds();
  // Every kind of document the library reads is among the seeds.
  REQUIRE(all.size() == std::variant_size_v<io::AnyDocument>);
  for (std::size_t kind = 0; kind < all.size(); ++kind) {
    const auto& seed = all[kind];
    REQUIRE(seed.document.index() == kind);  // listed in the variant's order: byte 0 below relies on it
    std::visit(
        [&](const auto& d) {
          using T = std::decay_t<decltype(d)>;
          const std::string name(io::document_kind(seed.document));
          // JSON: the area's target, and the differential target (JSON → archives → JSON).
          const std::string json = io::Json(d).dump(1) + "\n";
          const auto json_gives_d = [&](const std::string& text) {
            const auto back = io::read_any_document_text(text, name).document;
            return std::holds_alternative<T>(back) && std::get<T>(back) == d;
          };
          check_seed_file(corpus(seed.target) / (name + ".json"), json, update, json_gives_d);
          check_seed_file(corpus("fuzz_roundtrip") / (name + ".json"), json, update, json_gives_d);
          for (auto format : {io::ArchiveFormat::Text, io::ArchiveFormat::Xml, io::ArchiveFormat::Binary}) {
            const auto bytes = io::save_archive(d, format);
            const std::string ext(to_string(format));
            check_seed_file(corpus(seed.target) / (name + "." + ext), bytes, update,
                            [&](const std::string& b) { return io::load_archive<T>(b, format) == d; });
            // The structure-aware target: byte 0 says which kind and format follow.
            const auto selector = static_cast<char>(kind * 3 + static_cast<std::size_t>(format));
            check_seed_file(corpus("fuzz_archive_structure") / (name + "." + ext), selector + bytes, update,
                            [&](const std::string& b) {
                              return !b.empty() && b[0] == selector && io::load_archive<T>(b.substr(1), format) == d;
                            });
          }
        },
        seed.document);
  }
}
