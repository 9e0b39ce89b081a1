#pragma once
// The archive entry points as templates. Include only in src/io/*.cpp, and instantiate with
// COMMISSIONING_ARCHIVE_INSTANTIATE(T) once per archivable type.
#include <boost/archive/archive_exception.hpp>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>

#include <sstream>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/io/archive.hpp"

namespace commissioning::io {

namespace archive_detail {
// Refuses input that does not start like an archive of the given format, before Boost reads
// its length-prefixed signature.
void check_header(std::string_view bytes, ArchiveFormat format, const std::string& source);
[[noreturn]] void rethrow_load_error(ArchiveFormat format, const std::string& source);
struct LimitsScope {
  explicit LimitsScope(const ArchiveLimits& l) : saved(current_archive_limits()) { set_archive_limits(l); }
  ~LimitsScope() { set_archive_limits(saved); }
  ArchiveLimits saved;
};
}  // namespace archive_detail

template <class T>
std::string save_archive(const T& value, ArchiveFormat format) {
  std::ostringstream os;
  switch (format) {
    case ArchiveFormat::Text: {
      boost::archive::text_oarchive ar(os);
      ar << boost::serialization::make_nvp("value", value);
      break;
    }
    case ArchiveFormat::Xml: {
      // no_header: Boost reads the XML trailer in the archive's destructor, where a damaged
      // trailer can only terminate the program; without a header there is no trailer.
      boost::archive::xml_oarchive ar(os, boost::archive::no_header);
      ar << boost::serialization::make_nvp("value", value);
      break;
    }
    case ArchiveFormat::Binary: {
      boost::archive::binary_oarchive ar(os);
      ar << boost::serialization::make_nvp("value", value);
      break;
    }
  }
  return std::move(os).str();
}

template <class T>
T load_archive(std::string_view bytes, ArchiveFormat format, const std::string& source) {
  archive_detail::check_header(bytes, format, source);
  archive_detail::LimitsScope scope(current_archive_limits());
  T value{};
  try {
    std::istringstream is{std::string(bytes)};
    switch (format) {
      case ArchiveFormat::Text: {
        boost::archive::text_iarchive ar(is);
        ar >> boost::serialization::make_nvp("value", value);
        break;
      }
      case ArchiveFormat::Xml: {
        // no_xml_tag_checking: Boost 1.74's end-tag check memcmp()s the expected name for the
        // length of the tag in the input, reading past the name when the input's tag is
        // longer (found by fuzz_core_archives). Values are still parsed and checked.
        boost::archive::xml_iarchive ar(is, boost::archive::no_header | boost::archive::no_xml_tag_checking);
        ar >> boost::serialization::make_nvp("value", value);
        break;
      }
      case ArchiveFormat::Binary: {
        boost::archive::binary_iarchive ar(is);
        ar >> boost::serialization::make_nvp("value", value);
        break;
      }
    }
  } catch (...) {
    archive_detail::rethrow_load_error(format, source);
  }
  return value;
}

}  // namespace commissioning::io

#define COMMISSIONING_ARCHIVE_INSTANTIATE(T)                                                   \
  template std::string commissioning::io::save_archive<T>(const T&, commissioning::io::ArchiveFormat); \
  template T commissioning::io::load_archive<T>(std::string_view, commissioning::io::ArchiveFormat,     \
                                                const std::string&);
