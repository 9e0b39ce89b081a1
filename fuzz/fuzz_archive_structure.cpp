// Archives of every document kind, mutated with knowledge of their structure. Byte 0 chooses
// the document type and archive format; the rest is the archive. Random byte flips rarely get
// past an archive's header and length prefixes, so the mutator below changes whole tokens of
// text and XML archives (a count, a length, a class version, an enum spelling) and writes
// boundary integers over binary archives' fields. Whatever loads must then survive its own
// formats: saved again and loaded it equals itself, and so does its JSON.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "commissioning/io/documents.hpp"
#include "commissioning/io/json_finance.hpp"
#include "commissioning/io/json_governance.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/io/json_programme.hpp"
#include "commissioning/io/json_risk.hpp"
#include "fuzz_support.hpp"

using namespace commissioning;

namespace {

constexpr std::size_t kinds = std::variant_size_v<io::AnyDocument>;

template <class T>
void exercise(std::string_view bytes, io::ArchiveFormat format) {
  T value;
  try {
    value = io::load_archive<T>(bytes, format, "fuzz-archive");
  } catch (const InputError&) {
    return;
  }
  const auto again = io::save_archive(value, format);
  T back;
  try {
    back = io::load_archive<T>(again, format, "fuzz-archive-again");
  } catch (const InputError& e) {
    std::fprintf(stderr, "a loaded archive, saved again, does not load: %s\n", e.what());
    fuzz_support::broken("archive re-save refused");
  }
  if (!(back == value)) fuzz_support::broken("archive re-save changed the value");
  try {
    const auto doc = io::read_any_document_text(io::Json(value).dump(), "fuzz-archive.json").document;
    const auto* same = std::get_if<T>(&doc);
    if (same == nullptr || !(*same == value)) fuzz_support::broken("JSON of a loaded archive changed the value");
  } catch (const InputError& e) {
    // An archive may hold a value JSON refuses (a rule only JSON checks): that is a finding too,
    // since both formats must accept the same values.
    std::fprintf(stderr, "JSON of a loaded archive does not load: %s\n", e.what());
    fuzz_support::broken("JSON of a loaded archive refused");
  }
}

template <std::size_t... I>
void dispatch(std::size_t kind, std::string_view bytes, io::ArchiveFormat format, std::index_sequence<I...>) {
  ((kind == I ? exercise<std::variant_alternative_t<I, io::AnyDocument>>(bytes, format) : void()), ...);
}

// ------------------------------------------------------------------ the mutator

constexpr std::int64_t interesting[] = {0, 1, 2, 3, 7, 127, 128, 255, 256, 1000, 65535, 65536,
                                        2147483647LL, 2147483648LL, 4294967295LL, 4294967296LL,
                                        -1, -2, 9223372036854775807LL};

bool separator(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '<' || c == '>'; }

// Text and XML archives: replace, delete or duplicate one whitespace- or tag-delimited token.
std::size_t mutate_tokens(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned seed) {
  std::vector<std::pair<std::size_t, std::size_t>> tokens;  // [begin, end) of each token
  for (std::size_t i = 1; i < size;) {
    while (i < size && separator(static_cast<char>(data[i]))) ++i;
    const std::size_t b = i;
    while (i < size && !separator(static_cast<char>(data[i]))) ++i;
    if (i > b) tokens.emplace_back(b, i);
  }
  if (tokens.empty()) return 0;
  const auto [b, e] = tokens[seed % tokens.size()];
  std::string token(reinterpret_cast<const char*>(data + b), e - b);
  std::string replacement;
  switch ((seed >> 8) % 4) {
    case 0: replacement = std::to_string(interesting[(seed >> 12) % std::size(interesting)]); break;
    case 1: {  // a nearby number, when the token is one
      const bool numeric = !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!numeric || token.size() > 18) return 0;
      const auto v = std::stoll(token) + static_cast<long long>((seed >> 12) % 5) - 2;
      replacement = std::to_string(v);
      break;
    }
    case 2: replacement.clear(); break;                      // delete the token
    default: replacement = token + " " + token; break;       // duplicate it
  }
  std::string out(reinterpret_cast<const char*>(data), b);
  out += replacement;
  out.append(reinterpret_cast<const char*>(data + e), size - e);
  if (out.size() > max_size) return 0;
  std::memcpy(data, out.data(), out.size());
  return out.size();
}

// Binary archives: a boundary integer written over 1, 4 or 8 bytes at some offset, which is
// where Boost keeps collection counts, string lengths, class versions and enum codes.
std::size_t mutate_binary(std::uint8_t* data, std::size_t size, unsigned seed) {
  if (size < 10) return 0;
  const std::size_t widths[] = {1, 4, 8};
  const std::size_t width = widths[(seed >> 4) % 3];
  if (size - 1 <= width) return 0;
  const std::size_t at = 1 + (seed >> 8) % (size - 1 - width);
  const auto v = static_cast<std::uint64_t>(interesting[(seed >> 20) % std::size(interesting)]);
  for (std::size_t k = 0; k < width; ++k) data[at + k] = static_cast<std::uint8_t>(v >> (8 * k));
  return size;
}

}  // namespace

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
  // A third of the time libFuzzer's own mutations (they find what token edits cannot).
  if (size < 2 || seed % 3 == 0) return LLVMFuzzerMutate(data, size, max_size);
  const auto format = static_cast<io::ArchiveFormat>(data[0] % 3);
  const std::size_t n = format == io::ArchiveFormat::Binary ? mutate_binary(data, size, seed)
                                                            : mutate_tokens(data, size, max_size, seed);
  return n != 0 ? n : LLVMFuzzerMutate(data, size, max_size);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const auto format = static_cast<io::ArchiveFormat>(data[0] % 3);
  const std::size_t kind = (data[0] / 3u) % kinds;
  dispatch(kind, {reinterpret_cast<const char*>(data) + 1, size - 1}, format, std::make_index_sequence<kinds>{});
  return 0;
}
