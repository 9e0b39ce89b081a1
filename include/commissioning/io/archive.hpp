#pragma once
// Boost.Serialization archives (text, XML, binary) for any entity the library can archive.
// This header is light: the archive machinery is compiled once in src/io and instantiated
// there for each entity type (see archive_impl.hpp).
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace commissioning::io {

enum class ArchiveFormat { Text, Xml, Binary };
std::string_view to_string(ArchiveFormat f) noexcept;
ArchiveFormat parse_archive_format(std::string_view s);  // "text", "xml", "binary"

// Bounds applied while loading untrusted archives: a forged length prefix must not turn a
// ten-byte file into a gigabyte allocation.
struct ArchiveLimits {
  std::size_t max_bytes = std::size_t{1} << 30;     // whole archive
  std::size_t max_string = std::size_t{16} << 20;   // one string
  std::size_t max_elements = std::size_t{1} << 26;  // one collection
};

template <class T>
std::string save_archive(const T& value, ArchiveFormat format);
// Throws InputError (source, reason) for anything that is not a well-formed archive of T.
template <class T>
T load_archive(std::string_view bytes, ArchiveFormat format, const std::string& source = "<archive>");

// The limits in force for loads on this thread (set by load_archive).
const ArchiveLimits& current_archive_limits() noexcept;
void set_archive_limits(const ArchiveLimits& limits) noexcept;

}  // namespace commissioning::io
