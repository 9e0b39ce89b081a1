// JSON loading of the vocabulary types from untrusted bytes: a value or an InputError.
#include <cstdint>
#include <string_view>

#include "commissioning/io/json_core.hpp"

using namespace commissioning;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  try {
    (void)io::from_json_text<PersonName>(s);
  } catch (const InputError&) {
  }
  try {
    (void)io::from_json_text<WrittenDate>(s);
  } catch (const InputError&) {
  }
  try {
    (void)io::from_json_text<ReportedAmount>(s);
  } catch (const InputError&) {
  }
  try {
    (void)io::from_json_text<std::vector<Diagnostic>>(s);
  } catch (const InputError&) {
  }
  return 0;
}
