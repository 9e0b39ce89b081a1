#include "commissioning/io/json.hpp"

#include <fmt/format.h>

#include "commissioning/io/detail/json_path.hpp"


namespace commissioning::io {

namespace {
std::size_t line_of(std::string_view text, std::size_t byte) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return line;
}
}  // namespace

Json parse_json(std::string_view text, const std::string& source, JsonLimits limits) {
  if (text.size() > limits.max_bytes)
    throw InputError(source, 0, "", fmt::format("JSON of {} bytes exceeds the limit of {}", text.size(), limits.max_bytes));
  // nlohmann's parser recurses; refuse deep nesting before it can exhaust the stack.
  int depth = 0;
  std::size_t line = 1;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') ++line;
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limits.max_depth)
        throw InputError(source, line, "", fmt::format("JSON nested deeper than {} levels", limits.max_depth));
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    throw InputError(source, line_of(text, e.byte == 0 ? 0 : e.byte - 1), "",
                     fmt::format("not valid JSON: {}", e.what()));
  } catch (const Json::exception& e) {  // e.g. a number beyond double's range
    throw InputError(source, 0, "", fmt::format("not valid JSON: {}", e.what()));
  }
}

Json read_json_file(const std::string& path, JsonLimits limits) {
  return parse_json(read_text_file(path, limits.max_bytes), path, limits);
}

void rethrow_as_input_error(const std::string& source) {
  try {
    throw;
  } catch (const InputError&) {
    throw;
  } catch (const json_detail::JsonPathError& e) {
    throw InputError(source, 0, e.pointer().empty() ? "/" : e.pointer(), e.reason());
  } catch (const Json::exception& e) {
    // With JSON_DIAGNOSTICS the message holds the path: "[json.exception.x] (/a/0/b) reason".
    std::string msg = e.what();
    std::string path;
    if (const auto open = msg.find("] ("); open != std::string::npos) {
      const auto close = msg.find(") ", open);
      if (close != std::string::npos) {
        path = msg.substr(open + 3, close - open - 3);
        msg = msg.substr(close + 2);
      }
    } else if (const auto br = msg.find("] "); br != std::string::npos) {
      msg = msg.substr(br + 2);
    }
    throw InputError(source, 0, path.empty() ? "/" : path, msg);
  } catch (const std::exception& e) {
    throw InputError(source, 0, "", e.what());
  }
}

namespace json_detail {

void fail(const Json& at, const std::string& reason) {
  if (in_scope()) throw JsonPathError(pointer_of(at), reason);
  throw Json::other_error::create(501, reason, &at);  // a caller outside any document scope
}

void reject_unknown_keys(const Json& object, std::initializer_list<std::string_view> allowed) {
  if (!object.is_object()) fail(object, fmt::format("expected an object, found {}", object.type_name()));
  for (const auto& [key, value] : object.items()) {
    bool known = false;
    for (auto a : allowed) known = known || key == a;
    if (!known) {
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      fail(object, fmt::format("unknown field \"{}\" (expected: {})", key, list));
    }
  }
}

const std::string& as_string(const Json& j) {
  if (!j.is_string()) fail(j, fmt::format("expected a string, found {}", j.type_name()));
  return j.get_ref<const std::string&>();
}

}  // namespace json_detail
}  // namespace commissioning::io
