#pragma once
// Each entity's fields, listed once. JSON reading and writing, the unknown-key check, Boost
// archives and Python conversion are all derived from this list (io/detail/describe_json.hpp,
// io/detail/describe_archive.hpp), so adding an optional field to an entity is a change to
// the entity and to its table only.
//
//   COMMISSIONING_FIELDS(governance::Organisation,
//     field("id", &S::id).non_empty(),
//     field("name", &S::name).non_empty(),
//     field("kind", &S::kind).required(),
//     field("aliases", &S::aliases),
//     field("ods_code", &S::ods_code))
//
// Inside the table `S` names the described type. A field is optional unless marked:
// - required(): must be present when reading;
// - non_empty(): required, and a string or list that is not empty;
// - written(): optional, but written even when empty (a list whose default is not empty);
// - at_most(n): an integer no greater than n (every integer is range-checked for its type);
// - since(v): added in archive class version v (older archives do not hold it);
// - json_as<K>(): JSON through the area's codec K (K::write(value) -> Json, K::read(Json) ->
//   value, applied inside an optional and, when K reads one element, to each element of a
//   list), for a value whose JSON form depends on the document ("£139k" in finance); archives
//   ignore it;
// - inlined(): JSON only: the member's own fields sit in this object, not under its name (a
//   budget line's six figures);
// - omit_default(): JSON only: an optional field left out when it equals its default (a line
//   kind that is "spend");
// - implied_by(f): JSON may leave it out when the other fields say it (an action's status is
//   what its outcome says): then it is f(the object as read), once every other field is read;
//   f may refuse with std::invalid_argument. Archives always hold it.
// Optional fields are left out of JSON when empty (an empty string or list, no value, false).
// A document's table (COMMISSIONING_DOCUMENT_FIELDS) also names its "kind": written always,
// checked when present on reading.
//
// The order of the list is the archive layout: append new fields at the end with since().
// Archives store enums by their canonical spelling (core/spelling.hpp) from class version 2;
// version-1 archives held ordinals and still load.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace commissioning::io {

enum class Presence : std::uint8_t { Optional, Required, NonEmpty, Written };

template <class C, class M, class Codec = void>
struct Field {
  using codec = Codec;
  std::string_view name;
  M C::*member;
  Presence presence = Presence::Optional;
  unsigned since_version = 1;
  std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
  bool inline_json = false;
  bool omit_if_default = false;
  M (*implied)(const C&) = nullptr;

  constexpr Field required() const { return with(Presence::Required); }
  constexpr Field non_empty() const { return with(Presence::NonEmpty); }
  constexpr Field written() const { return with(Presence::Written); }
  constexpr Field at_most(std::uint64_t n) const {
    Field f = *this;
    f.max = n;
    return f;
  }
  constexpr Field since(unsigned v) const {
    Field f = *this;
    f.since_version = v;
    return f;
  }
  template <class K>
  constexpr Field<C, M, K> json_as() const {
    return {name, member, presence, since_version, max, inline_json, omit_if_default, implied};
  }
  constexpr Field inlined() const {
    Field f = *this;
    f.inline_json = true;
    return f;
  }
  constexpr Field omit_default() const {
    Field f = *this;
    f.omit_if_default = true;
    return f;
  }
  constexpr Field implied_by(M (*f)(const C&)) const {
    Field g = *this;
    g.implied = f;
    return g;
  }

 private:
  constexpr Field with(Presence p) const {
    Field f = *this;
    f.presence = p;
    return f;
  }
};

template <class C, class M>
constexpr Field<C, M> field(std::string_view name, M C::*member) {
  return Field<C, M>{name, member};
}

template <class T>
struct Fields;  // specialised by COMMISSIONING_FIELDS

template <class T>
concept Described = requires { Fields<T>::list; };

template <class T>
concept DescribedDocument = Described<T> && requires { Fields<T>::kind; };

// Archives store enum spellings from this class version on.
inline constexpr unsigned enum_spellings_since = 2;

template <Described T>
constexpr unsigned class_version() {
  unsigned v = enum_spellings_since;
  std::apply([&](const auto&... f) { ((v = f.since_version > v ? f.since_version : v), ...); }, Fields<T>::list);
  return v;
}

// The oldest class version that stores any of T's fields. An archive claiming an older one
// would read every element of a collection of T from no bytes at all, so it is refused.
template <Described T>
constexpr unsigned first_class_version() {
  unsigned v = class_version<T>();
  std::apply([&](const auto&... f) { ((v = f.since_version < v ? f.since_version : v), ...); }, Fields<T>::list);
  return v;
}

// A class with invariants is read and written through its parts: a plain described struct
// holding what its checked constructor takes, in the class's archive layout. The area says
// how to take a value apart and build it again (building runs the checks):
//   template <> struct io::Parts<T> { using type = TParts; static type of(const T&); static T make(type); };
// JSON and archives then come from the parts' table (COMMISSIONING_JSON_FROM_PARTS; the
// archive's class version is the parts').
template <class T>
struct Parts;

// Thrown by Parts<T>::make when one element of a list field is refused (a narrative figure
// that points nowhere): JSON reports it at that element's pointer. See each_element.
class ElementError : public std::invalid_argument {
 public:
  ElementError(std::string_view field, std::size_t index, const std::string& reason)
      : std::invalid_argument(reason), field_(field), index_(index) {}
  std::string_view field() const noexcept { return field_; }
  std::size_t index() const noexcept { return index_; }

 private:
  std::string_view field_;  // a field name from a table: a string literal
  std::size_t index_;
};

// Calls f(element) for each element of a list field, moving it; a refusal (std::invalid_argument)
// becomes an ElementError naming the element.
template <class V, class F>
void each_element(std::string_view field, V&& list, F&& f) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    try {
      f(std::move(list[i]));
    } catch (const std::invalid_argument& e) {
      throw ElementError(field, i, e.what());
    }
  }
}

template <class T>
concept BuiltFromParts = requires { typename Parts<T>::type; } && Described<typename Parts<T>::type>;

// A rule across a described aggregate's fields (a percentage change needs a baseline year):
//   template <> struct io::Check<T> { static void check(const T&); };  // throws std::invalid_argument
// runs after every read of a T, from JSON (reported at the object's pointer) or an archive.
template <class T>
struct Check;

template <class T>
concept Checked = requires(const T& v) { Check<T>::check(v); };

// Calls f(field) for each field of T, in table order (Python bindings use this).
template <Described T, class F>
constexpr void for_each_field(F&& f) {
  std::apply([&](const auto&... fs) { (f(fs), ...); }, Fields<T>::list);
}

}  // namespace commissioning::io

#define COMMISSIONING_FIELDS(T, ...)                                         \
  template <>                                                                \
  struct commissioning::io::Fields<T> {                                      \
    using S = T;                                                             \
    static constexpr auto list = std::make_tuple(__VA_ARGS__);               \
  };

#define COMMISSIONING_DOCUMENT_FIELDS(T, KIND, ...)                          \
  template <>                                                                \
  struct commissioning::io::Fields<T> {                                      \
    using S = T;                                                             \
    static constexpr std::string_view kind = KIND;                           \
    static constexpr auto list = std::make_tuple(__VA_ARGS__);               \
  };
