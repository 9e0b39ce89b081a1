#pragma once
// JSON is the interchange format for other tools and Python. Serialization is non-intrusive:
// to_json/from_json live here, beside (not inside) the types. Errors carry the JSON path
// (nlohmann's JSON_DIAGNOSTICS is on for every target that links the library).
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <string_view>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/io/detail/json_path.hpp"
#include "commissioning/io/source.hpp"  // read_text_file, write_text_file

namespace commissioning::io {

using Json = nlohmann::json;

struct JsonLimits {
  std::size_t max_bytes = std::size_t{256} << 20;  // 256 MiB
  int max_depth = 64;
};

// Parses untrusted text. Throws InputError naming source and line for malformed JSON,
// nesting deeper than the limit, or oversized input.
Json parse_json(std::string_view text, const std::string& source = "<json>", JsonLimits limits = {});
Json read_json_file(const std::string& path, JsonLimits limits = {});

// Turns any exception raised while converting JSON into an InputError that names the source
// and the JSON path ("/agenda/3/start").
[[noreturn]] void rethrow_as_input_error(const std::string& source);

// Helpers for from_json implementations.
namespace json_detail {
[[noreturn]] void fail(const Json& at, const std::string& reason);
void reject_unknown_keys(const Json& object, std::initializer_list<std::string_view> allowed);
const std::string& as_string(const Json& j);
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

// Load a document of a given type from JSON text; errors as InputError with path.
template <class T>
T from_json_text(std::string_view text, const std::string& source = "<json>") {
  const Json j = parse_json(text, source);
  try {
    json_detail::JsonPathScope root(j);
    return j.get<T>();
  } catch (...) {
    rethrow_as_input_error(source);
  }
}

}  // namespace commissioning::io
