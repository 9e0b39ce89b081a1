#pragma once
// Shared round-trip assertions: every archivable type must survive JSON and all three
// archive formats to an equal value. Areas reuse this for their entities.
#include <catch2/catch.hpp>

#include <type_traits>

#include "commissioning/io/archive.hpp"
#include "commissioning/io/json.hpp"

namespace test_support {

template <class T>
void require_round_trips(const T& value) {
  using namespace commissioning::io;
  const Json j = value;
  CAPTURE(j.dump());
  CHECK(from_json_text<T>(j.dump()) == value);
  // Enums are archived as fields of their entities (range-checked by enum_field), not alone.
  if constexpr (!std::is_enum_v<T>) {
    for (auto format : {ArchiveFormat::Text, ArchiveFormat::Xml, ArchiveFormat::Binary}) {
      CAPTURE(to_string(format));
      const auto bytes = save_archive(value, format);
      CHECK(load_archive<T>(bytes, format) == value);
    }
  }
}

}  // namespace test_support
