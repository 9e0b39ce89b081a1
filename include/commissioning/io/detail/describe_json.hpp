#pragma once
// JSON derived from the field tables (io/describe.hpp) and the spelling tables
// (core/spelling.hpp). Include in src/io only; a described type gets its JSON with
//   COMMISSIONING_JSON_DECLARE(T)                in the area's io/json_<area>.hpp
//   COMMISSIONING_JSON_FROM_FIELDS(T)            in src/io/json_<area>.cpp
#include <fmt/format.h>

#include <concepts>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/spelling.hpp"
#include "commissioning/io/describe.hpp"
#include "commissioning/io/detail/json_path.hpp"
#include "commissioning/io/json.hpp"

namespace commissioning::io::describe_json {

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

// Optional fields are left out when they hold nothing.
template <class M>
bool is_empty(const M& v) {
  if constexpr (std::is_same_v<M, std::string> || is_vector<M>::value) return v.empty();
  else if constexpr (is_optional<M>::value) return !v.has_value();
  else if constexpr (std::is_same_v<M, bool>) return !v;
  else return false;
}

template <class M>
Json write_value(const M& v);

// Through a field's codec (json_as); without one, the value's own form. A codec that takes
// one element is applied inside an optional and to each element of a list.
template <class K, class M>
Json write_value_as(const M& v) {
  if constexpr (std::is_void_v<K>) return write_value(v);
  else if constexpr (is_optional<M>::value) return v ? write_value_as<K>(*v) : Json(nullptr);
  else if constexpr (requires { K::write(v); }) return K::write(v);
  else {
    static_assert(is_vector<M>::value, "json_as<K>: K::write takes neither the value nor its elements");
    Json a = Json::array();
    for (const auto& item : v) a.push_back(write_value_as<K>(item));
    return a;
  }
}

template <Described T>
void write_fields(Json& j, const T& v) {
  for_each_field<T>([&](const auto& f) {
    const auto& m = v.*(f.member);
    using M = std::remove_cvref_t<decltype(m)>;
    if constexpr (Described<M>) {
      if (f.inline_json) return write_fields(j, m);
    }
    if (f.presence == Presence::Optional && is_empty(m)) return;
    if constexpr (std::equality_comparable<M>) {
      if (f.omit_if_default && m == T{}.*(f.member)) return;
    }
    j[std::string(f.name)] = write_value_as<typename std::remove_cvref_t<decltype(f)>::codec>(m);
  });
}

template <Described T>
void write_object(Json& j, const T& v) {
  j = Json::object();
  if constexpr (DescribedDocument<T>) j["kind"] = std::string(Fields<T>::kind);
  write_fields(j, v);
}

template <class M>
Json write_value(const M& v) {
  if constexpr (HasSpellings<M>) {
    return std::string(spelling(v));
  } else if constexpr (is_vector<M>::value) {
    Json a = Json::array();
    for (const auto& item : v) a.push_back(write_value(item));
    return a;
  } else if constexpr (is_optional<M>::value) {
    return v ? write_value(*v) : Json(nullptr);
  } else if constexpr (Described<M>) {
    Json j;
    write_object(j, v);
    return j;
  } else {
    return Json(v);
  }
}

template <class M>
void read_value(const Json& j, M& out, std::uint64_t max);

template <class K, class M>
void read_value_as(const Json& j, M& out, std::uint64_t max) {
  if constexpr (std::is_void_v<K>) {
    read_value(j, out, max);
  } else if constexpr (is_optional<M>::value) {
    if (j.is_null()) return out.reset();
    typename M::value_type value{};
    read_value_as<K>(j, value, max);
    out = std::move(value);
  } else if constexpr (std::is_convertible_v<decltype(K::read(j)), M>) {
    out = K::read(j);
  } else {
    static_assert(is_vector<M>::value, "json_as<K>: K::read gives neither the value nor its elements");
    if (!j.is_array()) json_detail::fail(j, fmt::format("expected an array, found {}", j.type_name()));
    out.clear();
    out.reserve(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) {
      json_detail::JsonPathScope scope(j[i], i);
      out.push_back(K::read(j[i]));
    }
  }
}

// The names a table reads from one JSON object: its fields and those of inlined members.
template <Described T, class F>
void for_each_key(F&& f) {
  for_each_field<T>([&](const auto& field) {
    using M = std::remove_cvref_t<decltype(std::declval<T&>().*(field.member))>;
    if constexpr (Described<M>) {
      if (field.inline_json) return for_each_key<M>(f);
    }
    f(field.name);
  });
}

template <Described T>
void read_fields(const Json& j, T& v);

// `also` names one more key the caller reads itself (a table part's "unit" when it stands alone).
template <Described T>
void read_object(const Json& j, T& v, std::string_view also = {}) {
  std::optional<json_detail::JsonPathScope> anchor;  // reached through a hand-written reader
  if (json_detail::innermost_node() != &j) anchor.emplace(j, json_detail::JsonPathScope::anchor);
  if (!j.is_object()) json_detail::fail(j, fmt::format("expected an object, found {}", j.type_name()));
  // The kind first: a document of another kind is named as such, not as its first odd field.
  if constexpr (DescribedDocument<T>) json_detail::check_kind(j, Fields<T>::kind);
  // Unknown keys are refused: a misspelt optional field must not vanish silently.
  for (auto it = j.begin(); it != j.end(); ++it) {
    bool known = (DescribedDocument<T> && it.key() == "kind") || (!also.empty() && it.key() == also);
    for_each_key<T>([&](std::string_view name) { known = known || it.key() == name; });
    if (!known) {
      std::string list;
      for_each_key<T>([&](std::string_view name) { list += (list.empty() ? "" : ", ") + std::string(name); });
      json_detail::fail(j, fmt::format("unknown field \"{}\" (expected: {})", it.key(), list));
    }
  }
  v = T{};
  read_fields(j, v);
}

template <Described T>
void read_fields(const Json& j, T& v) {
  for_each_field<T>([&](const auto& f) {
    using M = std::remove_cvref_t<decltype(v.*(f.member))>;
    if constexpr (Described<M>) {
      if (f.inline_json) return read_fields(j, v.*(f.member));
    }
    const auto it = j.find(std::string(f.name));
    const bool optional = f.presence == Presence::Optional || f.presence == Presence::Written;
    if (it == j.end() || (optional && it->is_null())) {
      if (!optional) json_detail::fail(j, fmt::format("\"{}\" is required", f.name));
      return;
    }
    json_detail::JsonPathScope scope(*it, f.name);
    auto& m = v.*(f.member);
    read_value_as<typename std::remove_cvref_t<decltype(f)>::codec>(*it, m, f.max);
    if constexpr (requires { m.empty(); })  // a string or a list
      if (f.presence == Presence::NonEmpty && m.empty())
        json_detail::fail(*it, fmt::format("\"{}\" must not be empty", f.name));
  });
  try {
    for_each_field<T>([&](const auto& f) {  // once the fields they follow from are read
      if (!f.implied) return;
      if (const auto it = j.find(std::string(f.name)); it == j.end() || it->is_null()) v.*(f.member) = f.implied(v);
    });
    if constexpr (Checked<T>) Check<T>::check(v);
  } catch (const std::invalid_argument& e) {
    json_detail::fail(j, e.what());
  }
}

template <class I>
I read_integer(const Json& j, std::uint64_t max) {
  constexpr auto lo = std::numeric_limits<I>::min();
  const std::uint64_t hi = std::min<std::uint64_t>(static_cast<std::uint64_t>(std::numeric_limits<I>::max()), max);
  const auto range = fmt::format("a whole number from {} to {}", lo, hi);
  if (j.is_number_unsigned()) {
    const auto n = j.get<std::uint64_t>();
    if (n > hi) json_detail::fail(j, fmt::format("{} is out of range: expected {}", n, range));
    return static_cast<I>(n);
  }
  if (j.is_number_integer()) {
    const auto n = j.get<std::int64_t>();
    if (n < 0 && (std::is_unsigned_v<I> || n < static_cast<std::int64_t>(lo)))
      json_detail::fail(j, fmt::format("{} is out of range: expected {}", n, range));
    if (n > 0 && static_cast<std::uint64_t>(n) > hi)
      json_detail::fail(j, fmt::format("{} is out of range: expected {}", n, range));
    return static_cast<I>(n);
  }
  json_detail::fail(j, fmt::format("expected {}, found {}", range, j.type_name()));
}

template <class M>
void read_value(const Json& j, M& out, std::uint64_t max) {
  if constexpr (std::is_same_v<M, std::string>) {
    out = json_detail::as_string(j);
  } else if constexpr (std::is_same_v<M, bool>) {
    if (!j.is_boolean()) json_detail::fail(j, fmt::format("expected true or false, found {}", j.type_name()));
    out = j.get<bool>();
  } else if constexpr (std::is_integral_v<M>) {
    out = read_integer<M>(j, max);
  } else if constexpr (std::is_floating_point_v<M>) {
    if (!j.is_number()) json_detail::fail(j, fmt::format("expected a number, found {}", j.type_name()));
    out = j.get<M>();
  } else if constexpr (HasSpellings<M>) {
    // An enum's own reader, where it has one, reads it here too (parse_rag's error names the
    // choices as documents write them).
    if constexpr (requires { from_json(j, out); }) from_json(j, out);
    else out = json_detail::parse_string(j, [](const std::string& s) { return parse_spelling<M>(s); });
  } else if constexpr (is_optional<M>::value) {
    if (j.is_null()) {
      out.reset();
    } else {
      typename M::value_type value{};
      read_value(j, value, max);
      out = std::move(value);
    }
  } else if constexpr (is_vector<M>::value) {
    if (!j.is_array()) json_detail::fail(j, fmt::format("expected an array, found {}", j.type_name()));
    out.clear();
    out.reserve(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) {
      json_detail::JsonPathScope scope(j[i], i);
      typename M::value_type item{};
      read_value(j[i], item, max);
      out.push_back(std::move(item));
    }
  } else if constexpr (Described<M>) {
    read_object(j, out);
  } else {
    // A type with its own from_json (a value with invariants): its errors get this path.
    try {
      out = j.get<M>();
    } catch (const Json::exception& e) {
      json_detail::fail_where_raised(j, e);
    } catch (const std::invalid_argument& e) {
      json_detail::fail(j, e.what());
    }
  }
}

// A class built from its parts (io/describe.hpp): read them, then build, so the checks a
// constructor makes are reported at the object's pointer.
template <BuiltFromParts T>
void read_from_parts(const Json& j, T& v, std::string_view also = {}) {
  typename Parts<T>::type parts{};
  read_object(j, parts, also);
  try {
    v = Parts<T>::make(std::move(parts));
  } catch (const ElementError& e) {  // at the element, when the document has it
    const auto list = j.find(std::string(e.field()));
    const bool there = list != j.end() && list->is_array() && e.index() < list->size();
    json_detail::fail(there ? (*list)[e.index()] : j, e.what());
  } catch (const std::invalid_argument& e) {
    json_detail::fail(j, e.what());
  }
}

}  // namespace commissioning::io::describe_json

#define COMMISSIONING_JSON_FROM_FIELDS(T)                                                      \
  void to_json(::commissioning::io::Json& j, const T& v) {                                     \
    ::commissioning::io::describe_json::write_object(j, v);                                    \
  }                                                                                            \
  void from_json(const ::commissioning::io::Json& j, T& v) {                                   \
    ::commissioning::io::describe_json::read_object(j, v);                                     \
  }

#define COMMISSIONING_JSON_FROM_PARTS(T)                                                       \
  void to_json(::commissioning::io::Json& j, const T& v) {                                     \
    ::commissioning::io::describe_json::write_object(j, ::commissioning::io::Parts<T>::of(v)); \
  }                                                                                            \
  void from_json(const ::commissioning::io::Json& j, T& v) {                                   \
    ::commissioning::io::describe_json::read_from_parts(j, v);                                 \
  }

// An enum with a spelling table: JSON is its canonical spelling; reading accepts variants.
#define COMMISSIONING_JSON_FROM_SPELLINGS(E)                                                   \
  void to_json(::commissioning::io::Json& j, const E& v) { j = std::string(::commissioning::spelling(v)); } \
  void from_json(const ::commissioning::io::Json& j, E& v) {                                   \
    v = ::commissioning::io::json_detail::parse_string(                                        \
        j, [](const std::string& s) { return ::commissioning::parse_spelling<E>(s); });        \
  }

// A value written as text ("7.1", "Enc. 6.1", "Q1 2018/19"): JSON is TEXT(v); reading runs
// PARSE on the string, whose ParseError or std::invalid_argument is reported at the value.
#define COMMISSIONING_JSON_AS_TEXT(T, TEXT, PARSE)                                             \
  void to_json(::commissioning::io::Json& j, const T& v) { j = TEXT(v); }                      \
  void from_json(const ::commissioning::io::Json& j, T& v) {                                   \
    v = ::commissioning::io::json_detail::parse_string(j, [](const std::string& s) { return PARSE(s); }); \
  }
