#pragma once
// Boost archives derived from the field tables (io/describe.hpp): every described type gets a
// serialize() and a class version here. The layout is the table's order; strings, lists and
// optionals use the guarded forms of io/detail/archive_support.hpp; enums travel as their
// canonical spelling (class version >= 2) or, in older archives, as a range-checked ordinal.
#include <boost/mpl/int.hpp>
#include <boost/mpl/integral_c_tag.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/version.hpp>

#include <fmt/format.h>

#include <optional>
#include <stdexcept>
#include <string_view>
#include <string>
#include <type_traits>
#include <vector>

#include "commissioning/core/spelling.hpp"
#include "commissioning/io/detail/archive_support.hpp"
#include "commissioning/io/describe.hpp"

namespace commissioning::io::archive_detail {

// Lists and optionals of spelled enums (the element type is only looked at when there is one).
template <class M>
inline constexpr bool is_spelled_vec = false;
template <class E>
inline constexpr bool is_spelled_vec<std::vector<E>> = HasSpellings<E>;
template <class M>
inline constexpr bool is_spelled_opt = false;
template <class E>
inline constexpr bool is_spelled_opt<std::optional<E>> = HasSpellings<E>;

[[noreturn]] void unknown_enum(const char* field, std::string_view what, std::string_view value);

template <class Ar, class M>
void described_value(Ar& ar, const char* name, M& v, unsigned version) {
  if constexpr (HasSpellings<M>) {
    if (version >= enum_spellings_since) {
      std::string text(Ar::is_saving::value ? spelling(v) : std::string_view{});
      field(ar, name, text);
      if constexpr (Ar::is_loading::value) {
        // Only canonical spellings are written; anything else is damage.
        bool found = false;
        for (std::size_t i = 0; i < spelling_count<M>() && !found; ++i)
          if (spelling(static_cast<M>(i)) == text) v = static_cast<M>(i), found = true;
        if (!found) unknown_enum(name, EnumSpellings<M>::what, text);
      }
    } else {
      auto raw = static_cast<std::int32_t>(v);
      ar& boost::serialization::make_nvp(name, raw);
      if constexpr (Ar::is_loading::value) {
        if (raw < 0 || static_cast<std::size_t>(raw) >= spelling_count<M>())
          unknown_enum(name, EnumSpellings<M>::what, std::to_string(raw));
        v = static_cast<M>(raw);
      }
    }
  } else if constexpr (is_spelled_vec<M>) {
    if (version < enum_spellings_since) {  // version 1 held a Boost list of ordinals
      if constexpr (Ar::is_loading::value) {
        std::vector<std::int32_t> raw;
        field(ar, name, raw);
        v.clear();
        for (const auto r : raw) {
          if (r < 0 || static_cast<std::size_t>(r) >= spelling_count<typename M::value_type>())
            unknown_enum(name, EnumSpellings<typename M::value_type>::what, std::to_string(r));
          v.push_back(static_cast<typename M::value_type>(r));
        }
      }
      return;  // archives are only written at the current version
    }
    std::uint64_t n = v.size();
    ar& boost::serialization::make_nvp("count", n);
    if constexpr (Ar::is_loading::value) {
      if (n > current_archive_limits().max_elements) too_large(name, n, current_archive_limits().max_elements);
      v.clear();
      v.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(n, 1024)));  // grow with real input
      for (std::uint64_t i = 0; i < n; ++i) {
        typename M::value_type e{};
        described_value(ar, "item", e, version);
        v.push_back(e);
      }
    } else {
      for (auto& e : v) described_value(ar, "item", e, version);
    }
  } else if constexpr (is_spelled_opt<M>) {
    bool present = v.has_value();
    field(ar, "present", present);  // a checked bool byte
    if constexpr (Ar::is_loading::value) {
      v.reset();
      if (present) {
        typename M::value_type e{};
        described_value(ar, name, e, version);
        v = e;
      }
    } else if (present) {
      described_value(ar, name, *v, version);
    }
  } else {
    field(ar, name, v);
  }
}

template <class M>
void check_at_most(std::string_view name, const M& m, std::uint64_t max) {
  if constexpr (std::is_integral_v<M> && !std::is_same_v<M, bool>) {
    if (m > 0 && static_cast<std::uint64_t>(m) > max)
      throw std::invalid_argument(fmt::format("\"{}\" is {}, over its limit of {}", name, m, max));
  } else if constexpr (requires { m.has_value(); *m; }) {
    if (m.has_value()) check_at_most(name, *m, max);
  }
}

template <class Ar, Described T>
void serialize_described(Ar& ar, T& v, unsigned version) {
  check_version<T>(version);
  if constexpr (Ar::is_loading::value) check_first_version(typeid(T).name(), version, first_class_version<T>());
  for_each_field<T>([&](const auto& f) {
    if (version < f.since_version) return;  // an older archive: the field keeps its default
    auto& m = v.*(f.member);
    described_value(ar, f.name.data(), m, version);  // names are string literals
    // The table's per-field rules hold for archives as for JSON: both formats accept the same
    // values (fuzz_archive_structure found a committee with an empty id that only JSON refused).
    if constexpr (Ar::is_loading::value) {
      if constexpr (requires { m.empty(); })
        if (f.presence == Presence::NonEmpty && m.empty())
          throw std::invalid_argument(fmt::format("\"{}\" must not be empty", f.name));
      check_at_most(f.name, m, f.max);
    }
  });
  if constexpr (Checked<T> && Ar::is_loading::value) Check<T>::check(v);
}

// A class built from its parts is stored as the parts' fields, inline: the same layout a
// hand-written serializer of the class gave, so its older archives still load.
template <class Ar, BuiltFromParts T>
void serialize_from_parts(Ar& ar, T& v, unsigned version) {
  using P = Parts<T>;
  typename P::type parts = Ar::is_saving::value ? P::of(v) : typename P::type{};
  serialize_described(ar, parts, version);
  if constexpr (Ar::is_loading::value) v = P::make(std::move(parts));
}

}  // namespace commissioning::io::archive_detail

namespace boost::serialization {

template <class Ar, class T>
  requires commissioning::io::Described<T>
void serialize(Ar& ar, T& v, const unsigned int version) {
  commissioning::io::archive_detail::serialize_described(ar, v, version);
}

template <class T>
  requires commissioning::io::Described<T>
struct version<T> {
  typedef mpl::integral_c_tag tag;
  typedef mpl::int_<static_cast<int>(commissioning::io::class_version<T>())> type;
  BOOST_STATIC_CONSTANT(int, value = version::type::value);
};

template <class Ar, class T>
  requires commissioning::io::BuiltFromParts<T>
void serialize(Ar& ar, T& v, const unsigned int version) {
  commissioning::io::archive_detail::serialize_from_parts(ar, v, version);
}

template <class T>
  requires commissioning::io::BuiltFromParts<T>
struct version<T> {
  typedef mpl::integral_c_tag tag;
  typedef mpl::int_<static_cast<int>(commissioning::io::class_version<typename commissioning::io::Parts<T>::type>())> type;
  BOOST_STATIC_CONSTANT(int, value = version::type::value);
};

}  // namespace boost::serialization
