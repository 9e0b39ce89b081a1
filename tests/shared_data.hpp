#pragma once
// Access to the real NHS files in ../shared. They are not part of the project: a user's clone
// does not have them, so tests that need them skip with a message.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

namespace test_support {

inline std::string shared_path(const std::string& relative) {
  return std::string(COMMISSIONING_SHARED_DIR) + "/" + relative;
}

// Returns the path, or an empty string after WARN-ing that the file is absent.
inline std::string shared_file_or_skip(const std::string& relative) {
  const auto path = shared_path(relative);
  if (!std::filesystem::exists(path)) {
    WARN("skipped: " << path << " is absent (it lives in ../shared beside the project)");
    return {};
  }
  return path;
}

}  // namespace test_support
