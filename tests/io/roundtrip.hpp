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

namespace test_support {

// JSON → binary → XML → text → JSON: a value survives the whole chain unchanged.
template <class T>
T through_every_format(const T& value) {
  using namespace commissioning::io;
  const auto from_json = from_json_text<T>(Json(value).dump());
  const auto from_binary = load_archive<T>(save_archive(from_json, ArchiveFormat::Binary), ArchiveFormat::Binary);
  const auto from_xml = load_archive<T>(save_archive(from_binary, ArchiveFormat::Xml), ArchiveFormat::Xml);
  const auto from_text = load_archive<T>(save_archive(from_xml, ArchiveFormat::Text), ArchiveFormat::Text);
  return from_json_text<T>(Json(from_text).dump());
}

}  // namespace test_support
