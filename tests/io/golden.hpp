#pragma once
// Golden files: values written by an earlier version must load to equal values. Set
// COMMISSIONING_UPDATE_GOLDEN=1 to (re)write them, on purpose only, and bump the class
// version of any type whose layout changed.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "commissioning/io/archive.hpp"
#include "commissioning/io/json.hpp"

namespace test_support {

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE(in);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

template <class T>
void check_golden(const std::string& name, const T& expected, const std::string& area = "core") {
  namespace fs = std::filesystem;
  using namespace commissioning;
  const fs::path dir = fs::path(COMMISSIONING_SOURCE_DIR) / "tests/io/golden" / area;
  const bool update = std::getenv("COMMISSIONING_UPDATE_GOLDEN") != nullptr;
  const auto json_path = dir / (name + ".json");
  if (update) {
    fs::create_directories(dir);
    io::write_text_file(json_path.string(), io::Json(expected).dump(2) + "\n");
  }
  INFO(name);
  CHECK(io::from_json_text<T>(slurp(json_path), json_path.string()) == expected);
  for (auto format : {io::ArchiveFormat::Text, io::ArchiveFormat::Xml, io::ArchiveFormat::Binary}) {
    const auto path = dir / (name + "." + std::string(to_string(format)));
    if (update) io::write_text_file(path.string(), io::save_archive(expected, format));
    INFO(path.string());
    CHECK(io::load_archive<T>(slurp(path), format, path.string()) == expected);
  }
}

}  // namespace test_support
