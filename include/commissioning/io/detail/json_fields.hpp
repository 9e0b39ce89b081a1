#pragma once
// Helpers for from_json/to_json of documents with optional fields: absent means empty.
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "commissioning/io/json.hpp"

namespace commissioning::io::json_detail {

// Each read opens a JSON Pointer scope on the member (and on each element of a list), so an
// error raised inside, even nlohmann's own "key not found", names the place it happened.
inline void read(const Json& j, const char* key, std::string& out) {
  if (!j.contains(key)) return;
  JsonPathScope at(j.at(key), key);
  out = as_string(j.at(key));
}
inline void read(const Json& j, const char* key, bool& out) {
  if (!j.contains(key)) return;
  if (!j.at(key).is_boolean()) fail(j.at(key), std::string("expected true or false, found ") + j.at(key).type_name());
  out = j.at(key).get<bool>();
}
template <class T>
void read(const Json& j, const char* key, T& out) {
  if (!j.contains(key)) return;
  JsonPathScope at(j.at(key), key);
  out = j.at(key).get<T>();
}
template <class T>
void read(const Json& j, const char* key, std::optional<T>& out) {
  out.reset();
  if (!j.contains(key) || j.at(key).is_null()) return;
  JsonPathScope at(j.at(key), key);
  out = j.at(key).get<T>();
}
template <class T>
void read(const Json& j, const char* key, std::vector<T>& out) {
  out.clear();
  if (!j.contains(key)) return;
  const auto& a = j.at(key);
  JsonPathScope at(a, key);
  if (!a.is_array()) fail(a, std::string("expected an array, found ") + a.type_name());
  out.reserve(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    JsonPathScope element(a[i], i);
    if constexpr (std::is_same_v<T, std::string>) out.push_back(as_string(a[i]));
    else out.push_back(a[i].template get<T>());
  }
}
// Integer in [lo, hi], with the path in the error.
int read_int(const Json& j, int lo, int hi, std::string_view what);

inline void write(Json& j, const char* key, const std::string& v) {
  if (!v.empty()) j[key] = v;
}
inline void write(Json& j, const char* key, bool v) {  // false is the default: left out
  if (v) j[key] = true;
}
template <class T>
void write(Json& j, const char* key, const std::optional<T>& v) {
  if (v) j[key] = *v;
}
template <class T>
void write(Json& j, const char* key, const std::vector<T>& v) {
  if (!v.empty()) j[key] = v;
}

}  // namespace commissioning::io::json_detail
