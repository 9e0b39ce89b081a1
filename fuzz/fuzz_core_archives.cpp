// Boost archives of the vocabulary types from untrusted bytes, in each format: a value or an
// InputError, with bounded memory (run with -rss_limit_mb).
#include <cstdint>
#include <string_view>

#include "commissioning/io/archive.hpp"
#include "commissioning/core/person_name.hpp"
#include "commissioning/core/date.hpp"
#include "commissioning/core/diagnostic.hpp"
#include "commissioning/core/parse_error.hpp"

using namespace commissioning;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto format = static_cast<io::ArchiveFormat>(data[0] % 3);
  const std::string_view s(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    (void)io::load_archive<PersonName>(s, format);
  } catch (const InputError&) {
  }
  try {
    (void)io::load_archive<WrittenDate>(s, format);
  } catch (const InputError&) {
  }
  try {
    (void)io::load_archive<Diagnostic>(s, format);
  } catch (const InputError&) {
  }
  return 0;
}
