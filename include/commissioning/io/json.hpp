#pragma once
// JSON is the interchange format for other tools and Python. Serialization is non-intrusive:
// to_json/from_json live here, beside (not inside) the types. Errors carry the JSON Pointer
// of the value they are about, tracked while reading (io/detail/json_path.hpp).
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/io/detail/json_path.hpp"
#include "commissioning/io/source.hpp"  // read_text_file, write_text_file

namespace commissioning::io {

using Json = nlohmann::json;

// Bounds for untrusted JSON. Memory is bounded by the number of values, not the bytes: two
// bytes ("[]") make a value of about 60 bytes in memory, so a byte limit alone lets a 64 MB
// file take gigabytes. Each value (null, bool, number, string, array, object; an object
// member counts once for its value) costs at most about 200 bytes plus its string bytes;
// docs/reliability.md states the bound measured under an rlimit.
struct JsonLimits {
  std::size_t max_bytes = std::size_t{256} << 20;  // 256 MiB of text
  int max_depth = 64;
  std::size_t max_values = std::size_t{4} << 20;  // 4,194,304 values
};

// Parses untrusted text in one pass that counts values and depth as it builds, so a document
// over a limit is refused before it is built. Throws InputError naming source and line for
// malformed JSON (including text after a NUL byte), nesting deeper than max_depth, more than
// max_values values, oversized input, a duplicated key (with its JSON path), or memory
// running out while building (std::bad_alloc becomes an InputError, never a terminate).
Json parse_json(std::string_view text, const std::string& source = "<json>", JsonLimits limits = {});
Json read_json_file(const std::string& path, JsonLimits limits = {});

// Turns any exception raised while converting JSON into an InputError that names the source
// and the JSON path ("/agenda/3/start").
[[noreturn]] void rethrow_as_input_error(const std::string& source);

// Helpers for from_json implementations.
namespace json_detail {
[[noreturn]] void fail(const Json& at, const std::string& reason);
// For an exception caught from nlohmann itself: the place is where it was raised (the
// innermost scope it unwound through) when known, else `at`.
[[noreturn]] void fail_where_raised(const Json& at, const Json::exception& e);
void reject_unknown_keys(const Json& object, std::initializer_list<std::string_view> allowed);
// A document's "kind" is optional when reading (files written before it was) but, when
// present, must be this document's: a programme is not read as a risk register.
void check_kind(const Json& object, std::string_view kind);
const std::string& as_string(const Json& j);
// A whole number range-checked into T: nlohmann's get<T>() casts silently, so 4294967296
// read as std::uint32_t would be 0. Fails at the value's path with what it is for.
template <class T>
T whole_number(const Json& j, std::string_view what) {
  static_assert(std::is_integral_v<T> && !std::is_same_v<T, bool>);
  const auto range = " (expected a whole number from " + std::to_string(std::numeric_limits<T>::min()) + " to " +
                     std::to_string(std::numeric_limits<T>::max()) + ")";
  if (j.is_number_unsigned()) {
    const auto v = j.get<std::uint64_t>();
    if (std::in_range<T>(v)) return static_cast<T>(v);
    fail(j, std::string(what) + ": " + std::to_string(v) + " is out of range" + range);
  }
  if (j.is_number_integer()) {
    const auto v = j.get<std::int64_t>();
    if (std::in_range<T>(v)) return static_cast<T>(v);
    fail(j, std::string(what) + ": " + std::to_string(v) + " is out of range" + range);
  }
  fail(j, std::string(what) + ": expected a whole number, found " + j.type_name());
}
// Runs a text parser on a JSON string, reporting ParseError at the value's path.
template <class F>
auto parse_string(const Json& j, F parse) {
  const auto& s = as_string(j);
  try {
    return parse(s);
  } catch (const ParseError& e) {
    fail(j, e.what());
  } catch (const std::invalid_argument& e) {
    fail(j, e.what());
  }
}
}  // namespace json_detail

// Convert a parsed document to a type; errors as InputError with path.
template <class T>
T from_json_value(const Json& j, const std::string& source = "<json>") {
  try {
    json_detail::JsonPathScope root(j);
    return j.get<T>();
  } catch (...) {
    rethrow_as_input_error(source);
  }
}
// Load a document of a given type from JSON text or a file: one parse, one tree.
template <class T>
T from_json_text(std::string_view text, const std::string& source = "<json>") {
  return from_json_value<T>(parse_json(text, source), source);
}
template <class T>
T from_json_file(const std::string& path) {
  return from_json_value<T>(read_json_file(path), path);
}

}  // namespace commissioning::io
