#pragma once
// Building blocks for non-intrusive Boost.Serialization of library types, with the guards
// untrusted archives need: every string and collection length is checked against
// current_archive_limits() before anything is allocated.
//
// Write a type's serializer with field(): field(ar, "name", value) saves or loads, choosing
// the guarded form for strings, vectors and optionals.
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>
#include <boost/serialization/binary_object.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/version.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <vector>

#include "commissioning/core/text.hpp"
#include "commissioning/io/archive.hpp"

namespace commissioning::io::archive_detail {

template <class Ar>
inline constexpr bool is_xml = std::is_same_v<Ar, boost::archive::xml_iarchive> ||
                               std::is_same_v<Ar, boost::archive::xml_oarchive>;

[[noreturn]] void too_large(const char* what, std::uint64_t n, std::size_t limit);

template <class Ar, class T>
void field(Ar& ar, const char* name, T& value);

[[noreturn]] void bad_bool(const char* name, unsigned byte);
// A string that is not UTF-8: JSON could not hold it, so an archive must not either (a
// document loaded from an archive is written as JSON by every tool).
[[noreturn]] void not_utf8(const char* name, std::string_view s);

// Booleans. Boost 1.74's binary archive copies the byte straight into a bool and only
// assert()s that it is 0 or 1: any other byte is undefined behaviour in a release build and
// an abort in a debug one. Read the byte as a byte and refuse anything but 0 and 1. (Text and
// XML archives parse the value with a stream, which already fails on anything else.) The
// byte on the wire is the same as Boost's own bool, so archives stay compatible.
template <class Ar>
void field(Ar& ar, const char* name, bool& b) {
  if constexpr (std::is_same_v<Ar, boost::archive::binary_iarchive>) {
    unsigned char byte = 0;
    ar >> boost::serialization::make_nvp(name, byte);
    if (byte > 1) bad_bool(name, byte);
    b = byte == 1;
  } else {
    ar& boost::serialization::make_nvp(name, b);
  }
}

// Bytes that are not text (a packed column of counts): a string's layout, not checked as UTF-8.
struct Blob {
  std::string bytes;
};

template <class Ar>
void string_bytes(Ar& ar, const char* name, std::string& s) {
  if constexpr (is_xml<Ar>) {
    // XML strings carry no length prefix: the text itself bounds them (max_bytes), and one
    // longer than max_string is refused after reading, like a forged prefix in the others.
    ar& boost::serialization::make_nvp(name, s);
    if constexpr (Ar::is_loading::value) {
      if (s.size() > current_archive_limits().max_string) too_large("string", s.size(), current_archive_limits().max_string);
    }
  } else if constexpr (Ar::is_saving::value) {
    std::uint64_t n = s.size();
    ar << boost::serialization::make_nvp("size", n);
    if (n != 0) ar << boost::serialization::make_nvp(name, boost::serialization::make_binary_object(s.data(), s.size()));
  } else {
    std::uint64_t n = 0;
    ar >> boost::serialization::make_nvp("size", n);
    if (n > current_archive_limits().max_string) too_large("string", n, current_archive_limits().max_string);
    s.assign(static_cast<std::size_t>(n), '\0');
    if (n != 0) ar >> boost::serialization::make_nvp(name, boost::serialization::make_binary_object(s.data(), s.size()));
  }
}

template <class Ar>
void field(Ar& ar, const char* name, Blob& b) {
  string_bytes(ar, name, b.bytes);
}

template <class Ar>
void field(Ar& ar, const char* name, std::string& s) {
  string_bytes(ar, name, s);
  if constexpr (Ar::is_loading::value) {
    if (!text::is_utf8(s)) not_utf8(name, s);
  }
}

template <class Ar, class T>
void field(Ar& ar, const char* name, std::vector<T>& v) {
  std::uint64_t n = v.size();
  ar& boost::serialization::make_nvp("count", n);
  if constexpr (Ar::is_saving::value) {
    for (auto& item : v) field(ar, "item", item);
  } else {
    if (n > current_archive_limits().max_elements) too_large(name, n, current_archive_limits().max_elements);
    v.clear();
    v.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(n, 1024)));  // grow with real input
    for (std::uint64_t i = 0; i < n; ++i) {
      T item{};
      field(ar, "item", item);
      v.push_back(std::move(item));
    }
  }
}

template <class Ar, class T>
void field(Ar& ar, const char* name, std::optional<T>& o) {
  bool present = o.has_value();
  field(ar, "present", present);
  if constexpr (Ar::is_saving::value) {
    if (present) field(ar, name, *o);
  } else {
    if (present) {
      T value{};
      field(ar, name, value);
      o = std::move(value);
    } else {
      o.reset();
    }
  }
}

template <class Ar, class K, class V>
void field(Ar& ar, const char* name, std::map<K, V>& m) {
  std::uint64_t n = m.size();
  ar& boost::serialization::make_nvp("count", n);
  if constexpr (Ar::is_saving::value) {
    for (auto& [k, v] : m) {
      K key = k;
      field(ar, "key", key);
      field(ar, "value", v);
    }
  } else {
    if (n > current_archive_limits().max_elements) too_large(name, n, current_archive_limits().max_elements);
    m.clear();
    for (std::uint64_t i = 0; i < n; ++i) {
      K key{};
      V value{};
      field(ar, "key", key);
      field(ar, "value", value);
      m.emplace(std::move(key), std::move(value));
    }
  }
}

// Enums travel as their underlying integer and are range-checked on load.
template <class Ar, class E>
void enum_field(Ar& ar, const char* name, E& e, E last) {
  auto raw = static_cast<std::int32_t>(e);
  ar& boost::serialization::make_nvp(name, raw);
  if constexpr (Ar::is_loading::value) {
    if (raw < 0 || raw > static_cast<std::int32_t>(last))
      throw std::runtime_error(std::string("archive holds an unknown value for ") + name);
    e = static_cast<E>(raw);
  }
}

template <class Ar, class T>
void field(Ar& ar, const char* name, T& value) {
  if constexpr (std::is_enum_v<T>) {
    static_assert(sizeof(T) == 0, "use enum_field for enums, with the last valid value");
  } else {
    ar& boost::serialization::make_nvp(name, value);
  }
}

// A class version newer than this build knows is refused (Boost checks this too; the
// explicit check gives a clearer message).
void check_version(const char* type, unsigned version, unsigned current);
// A class version older than the first that stored any field: refused (see first_class_version).
void check_first_version(const char* type, unsigned version, unsigned first);
template <class T>
void check_version(unsigned version) {
  check_version(typeid(T).name(), version, boost::serialization::version<T>::value);
}

}  // namespace commissioning::io::archive_detail
