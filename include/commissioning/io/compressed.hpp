#pragma once
// Files as downloaded: gzip and zip read as they stream, never unpacked to disk. The format is
// told by its first bytes, not by its name (1F 8B: gzip; "PK\3\4" or "PK\5\6": zip), so a
// `.csv` that is really a zip, or a download without an extension, reads the same.
//
// - gzip (zlib): every member of a multi-member file, one after the other, as gzip allows.
//   Bytes after the last member that do not start another member are refused.
// - zip (libarchive, streaming: a pipe or standard input reads the same as a file): an
//   archive with exactly one file member reads that member. To read one member of several,
//   name it after the archive's path and a colon: `registrations.zip:gp-reg-pat-prac-all.csv`.
//   An archive of several members, none named, is refused with the list of its members; an
//   archive with no file member is refused.
// - One layer only: what the gzip or zip holds is read as it is (a .csv.gz inside a zip is
//   not unpacked again).
//
// Decompressed bytes obey the same limits as the bytes of a plain file (the line limit, the
// whole-document limit): a zip bomb is stopped by the reader's limit, not by the disk or the
// memory. Damage (a truncated file, a bad CRC, an encrypted member, a compression method the
// library cannot read) is an InputError naming the file, the member and the reason.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "commissioning/io/source.hpp"

namespace commissioning::io {

enum class Compression : std::uint8_t { None, Gzip, Zip };
std::string_view to_string(Compression c) noexcept;  // "none", "gzip", "zip"

// By the first bytes, which are looked at and not consumed.
Compression sniff_compression(PeekableSource& in);

// Reads `in` decompressed when its first bytes say gzip or zip, else as it is. `source` names
// it in errors; `member` names the zip member to read (empty: the archive's only file member;
// a member named for a source that is not a zip is an InputError).
class DecompressedSource final : public ByteSource {
 public:
  DecompressedSource(ByteSource& in, std::string source, std::string member = {});
  ~DecompressedSource() override;
  DecompressedSource(const DecompressedSource&) = delete;
  DecompressedSource& operator=(const DecompressedSource&) = delete;

  std::size_t read(char* buffer, std::size_t capacity) override;
  // The underlying size for a source that is not compressed; unknown otherwise (a header's
  // claim of the decompressed size is not trusted).
  std::optional<std::uint64_t> size() const override;

  Compression compression() const noexcept { return compression_; }
  // For messages: the source, or "archive.zip:member" for a zip member.
  const std::string& name() const noexcept { return name_; }

  class Decoder;

 private:
  PeekableSource peek_;
  Compression compression_{Compression::None};
  std::string name_;
  std::unique_ptr<Decoder> decoder_;
};

// A file by path, decompressed as above: what every reader that takes a path reads through.
// "-" is standard input. A path that does not exist but whose part before a colon is a file
// (`archive.zip:member.csv`, `-:member.csv`) names a zip member.
class InputFile final : public ByteSource {
 public:
  explicit InputFile(const std::string& path);
  ~InputFile() override;
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  std::size_t read(char* buffer, std::size_t capacity) override { return decompressed_->read(buffer, capacity); }
  std::optional<std::uint64_t> size() const override { return decompressed_->size(); }
  Compression compression() const noexcept { return decompressed_->compression(); }
  // The path as given, or "archive.zip:member" for a zip member (the member found when the
  // archive's only member was not named).
  const std::string& name() const noexcept { return decompressed_->name(); }

 private:
  std::unique_ptr<FileSource> file_;
  std::unique_ptr<DecompressedSource> decompressed_;
};

}  // namespace commissioning::io
