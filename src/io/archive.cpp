#include "commissioning/io/detail/archive_impl.hpp"
#include "commissioning/io/detail/archive_support.hpp"

#include <fmt/format.h>

#include <cstring>
#include <new>

#include "commissioning/core/text.hpp"

namespace commissioning::io {

namespace {
thread_local ArchiveLimits limits_in_force{};
}

const ArchiveLimits& current_archive_limits() noexcept { return limits_in_force; }
void set_archive_limits(const ArchiveLimits& limits) noexcept { limits_in_force = limits; }

std::string_view to_string(ArchiveFormat f) noexcept {
  switch (f) {
    case ArchiveFormat::Text: return "text";
    case ArchiveFormat::Xml: return "xml";
    case ArchiveFormat::Binary: return "binary";
  }
  return "?";
}

ArchiveFormat parse_archive_format(std::string_view s) {
  if (text::iequals(s, "text")) return ArchiveFormat::Text;
  if (text::iequals(s, "xml")) return ArchiveFormat::Xml;
  if (text::iequals(s, "binary")) return ArchiveFormat::Binary;
  throw ParseError("an archive format", s, 0, "expected text, xml or binary");
}

namespace archive_detail {

void too_large(const char* what, std::uint64_t n, std::size_t limit) {
  throw std::length_error(fmt::format("archive claims a {} of {} items, over the limit of {}", what, n, limit));
}

void unknown_enum(const char* field, std::string_view what, std::string_view value) {
  throw std::runtime_error(fmt::format("archive holds an unknown {} \"{}\" for {}", what, value, field));
}

void bad_bool(const char* name, unsigned byte) {
  throw std::runtime_error(fmt::format("archive holds {} for the yes/no field {} (only 0 or 1 is a bool)", byte, name));
}

void not_utf8(const char* name, std::string_view s) {
  throw std::runtime_error(fmt::format("archive holds text that is not UTF-8 for {}: {}", name, text::quoted(s)));
}

void check_version(const char* type, unsigned version, unsigned current) {
  if (version > current)
    throw std::runtime_error(fmt::format("{} was archived by a newer version (class version {} > {})", type, version, current));
}

void check_first_version(const char* type, unsigned version, unsigned first) {
  if (version < first)
    throw std::runtime_error(fmt::format("{} has class version {}, older than any this library wrote ({})", type, version, first));
}

void check_header(std::string_view bytes, ArchiveFormat format, const std::string& source) {
  static constexpr std::string_view signature = "serialization::archive";
  const auto& limits = current_archive_limits();
  if (bytes.size() > limits.max_bytes)
    throw InputError(source, 0, "", fmt::format("archive of {} bytes exceeds the limit of {}", bytes.size(), limits.max_bytes));
  bool ok = false;
  switch (format) {
    case ArchiveFormat::Text:
      ok = bytes.substr(0, 3) == "22 " && bytes.substr(3, signature.size()) == signature;
      break;
    case ArchiveFormat::Xml:
      ok = text::trim(bytes).substr(0, 6) == "<value";
      break;
    case ArchiveFormat::Binary: {
      std::uint64_t len = 0;
      if (bytes.size() >= 8 + signature.size()) std::memcpy(&len, bytes.data(), 8);
      ok = len == signature.size() && bytes.substr(8, signature.size()) == signature;
      break;
    }
  }
  if (!ok)
    throw InputError(source, 0, "", fmt::format("not a Boost {} archive (the header is missing or damaged)", to_string(format)));
}

void rethrow_load_error(ArchiveFormat format, const std::string& source) {
  const auto kind = to_string(format);
  try {
    throw;
  } catch (const InputError&) {
    throw;
  } catch (const boost::archive::archive_exception& e) {
    throw InputError(source, 0, "", fmt::format("damaged or truncated {} archive: {}", kind, e.what()));
  } catch (const std::bad_alloc&) {
    throw InputError(source, 0, "", fmt::format("{} archive asks for more memory than allowed", kind));
  } catch (const std::exception& e) {
    throw InputError(source, 0, "", fmt::format("invalid {} archive: {}", kind, e.what()));
  } catch (...) {
    throw InputError(source, 0, "", fmt::format("invalid {} archive", kind));
  }
}

}  // namespace archive_detail
}  // namespace commissioning::io
