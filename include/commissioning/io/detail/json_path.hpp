#pragma once
// Where a JSON reader is, as an RFC 6901 JSON Pointer ("/meetings/0/agenda/2/start"), kept
// while reading instead of inside every nlohmann::json value (JSON_DIAGNOSTICS changes the
// layout of nlohmann::json for every consumer, so the library does not define it).
//
// Readers push a scope per object member and array element they descend into; an error
// raised with json_detail::fail(at, reason) names the pointer of `at`, found from the
// innermost scope. The stack is per thread.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace commissioning::io::json_detail {

class JsonPathScope {
 public:
  JsonPathScope(const nlohmann::json& node, std::string_view key);  // a member
  JsonPathScope(const nlohmann::json& node, std::size_t index);     // an array element
  explicit JsonPathScope(const nlohmann::json& root);               // a document's root
  enum Anchor { anchor };
  JsonPathScope(const nlohmann::json& node, Anchor);  // a node reached some other way
  ~JsonPathScope();
  JsonPathScope(const JsonPathScope&) = delete;
  JsonPathScope& operator=(const JsonPathScope&) = delete;
};

bool in_scope() noexcept;
const nlohmann::json* innermost_node() noexcept;
// The pointer of `at`: searched under the innermost scope's node, then under the root.
std::string pointer_of(const nlohmann::json& at);
// The innermost scope's pointer ("" at the root).
std::string current_pointer();
// The pointer of the innermost scope the last exception unwound through ("" if none): the
// place of an error that did not carry one (nlohmann's own out_of_range and type_error).
std::string unwound_pointer();
// "/a~1b/0": a key appended with RFC 6901 escaping.
std::string append_pointer(std::string_view base, std::string_view key);

// An error found while converting JSON to a value, with where it is.
class JsonPathError : public std::runtime_error {
 public:
  JsonPathError(std::string pointer, std::string reason);
  const std::string& pointer() const noexcept { return pointer_; }
  const std::string& reason() const noexcept { return reason_; }

 private:
  std::string pointer_;
  std::string reason_;
};

}  // namespace commissioning::io::json_detail
