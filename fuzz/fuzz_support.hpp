#pragma once
// What every fuzz target shares: the errors that are an answer (InputError, ParseError), the
// three archive formats a target tries on the same bytes, and how a broken invariant is
// reported (abort with a message, so libFuzzer keeps the input as a finding).
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/io/archive.hpp"

namespace fuzz_support {

// Runs f; an InputError or ParseError is a correct answer to bad bytes. Anything else escapes
// to libFuzzer and is a finding.
template <class F>
void guarded(F&& f) {
  try {
    f();
  } catch (const commissioning::InputError&) {
  } catch (const commissioning::ParseError&) {
  }
}

inline constexpr commissioning::io::ArchiveFormat archive_formats[] = {
    commissioning::io::ArchiveFormat::Text, commissioning::io::ArchiveFormat::Xml,
    commissioning::io::ArchiveFormat::Binary};

// Loads the bytes as an archive of T in each format and hands every value that loads to use.
template <class T, class Use>
void each_archive(std::string_view bytes, Use&& use) {
  for (auto format : archive_formats) {
    guarded([&] { use(commissioning::io::load_archive<T>(bytes, format, "fuzz-archive")); });
  }
}

[[noreturn]] inline void broken(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

}  // namespace fuzz_support
