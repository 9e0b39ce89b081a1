// gzip (zlib) and zip (libarchive) read as streams; see io/compressed.hpp.
#include "commissioning/io/compressed.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>
#include <zlib.h>

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <exception>
#include <vector>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning::io {

namespace {
constexpr std::size_t chunk = std::size_t{64} << 10;
// How many member names an error lists (an archive may hold millions): the listing stops there.
constexpr std::size_t listed_members = 20;
}  // namespace

std::string_view to_string(Compression c) noexcept {
  switch (c) {
    case Compression::None: return "none";
    case Compression::Gzip: return "gzip";
    case Compression::Zip: return "zip";
  }
  return "?";
}

Compression sniff_compression(PeekableSource& in) {
  const auto head = in.peek(4);
  if (head.size() >= 2 && head[0] == '\x1F' && head[1] == '\x8B') return Compression::Gzip;
  if (head == std::string_view("PK\x03\x04", 4) || head == std::string_view("PK\x05\x06", 4)) return Compression::Zip;
  return Compression::None;
}

class DecompressedSource::Decoder {
 public:
  virtual ~Decoder() = default;
  virtual std::size_t read(char* buffer, std::size_t capacity) = 0;
};

namespace {

// ---------------------------------------------------------------- gzip

class GzipDecoder final : public DecompressedSource::Decoder {
 public:
  GzipDecoder(ByteSource& in, const std::string& source) : in_{in}, source_{source}, buf_(chunk) {
    // 16 + MAX_WBITS: a gzip wrapper only (its CRC-32 and length are checked at each member's end).
    if (inflateInit2(&z_, 16 + MAX_WBITS) != Z_OK) throw InputError(source_, 0, "", "cannot start gzip decompression");
  }
  ~GzipDecoder() override { inflateEnd(&z_); }
  GzipDecoder(const GzipDecoder&) = delete;
  GzipDecoder& operator=(const GzipDecoder&) = delete;

  std::size_t read(char* buffer, std::size_t capacity) override {
    if (done_ || capacity == 0) return 0;
    const auto room = static_cast<uInt>(std::min<std::size_t>(capacity, UINT_MAX));
    z_.next_out = reinterpret_cast<Bytef*>(buffer);
    z_.avail_out = room;
    for (;;) {
      if (member_ended_) {
        // gzip allows members one after the other (`cat a.gz b.gz`): read the next one, if any.
        if (z_.avail_in == 0 && !refill()) {
          done_ = true;
          return 0;
        }
        if (z_.next_in[0] != 0x1F)
          throw InputError(source_, 0, "",
                           fmt::format("bytes after gzip member {} are not another gzip member", members_));
        inflateReset(&z_);
        member_ended_ = false;
        member_out_ = 0;
      }
      if (z_.avail_in == 0 && !refill())
        throw InputError(source_, 0, "",
                         fmt::format("truncated gzip data: the file ends inside member {} after {} decompressed bytes",
                                     members_ + 1, total_));
      const int r = inflate(&z_, Z_NO_FLUSH);
      const auto produced = static_cast<std::size_t>(room - z_.avail_out);
      total_ += produced - counted_;
      member_out_ += produced - counted_;
      counted_ = produced;
      if (r == Z_STREAM_END) {
        ++members_;
        member_ended_ = true;
      } else if (r != Z_OK && r != Z_BUF_ERROR) {
        fail(r);
      }
      if (produced > 0) {
        counted_ = 0;
        return produced;
      }
    }
  }

 private:
  bool refill() {
    if (eof_) return false;
    const auto n = in_.read(reinterpret_cast<char*>(buf_.data()), buf_.size());
    if (n == 0) {
      eof_ = true;
      return false;
    }
    z_.next_in = buf_.data();
    z_.avail_in = static_cast<uInt>(n);
    return true;
  }

  [[noreturn]] void fail(int r) const {
    std::string why = z_.msg != nullptr ? z_.msg : r == Z_MEM_ERROR ? "out of memory" : r == Z_NEED_DICT ? "needs a preset dictionary" : "zlib error";
    if (why == "incorrect data check") why += " (the CRC-32 does not match the data)";
    if (why == "incorrect length check") why += " (the length does not match the data)";
    if (members_ > 0 && member_out_ == 0 && why == "incorrect header check")
      throw InputError(source_, 0, "",
                       fmt::format("bytes after gzip member {} are not another gzip member ({})", members_, why));
    throw InputError(source_, 0, "",
                     fmt::format("damaged gzip data in member {} after {} decompressed bytes: {}", members_ + 1, total_,
                                 why));
  }

  ByteSource& in_;
  std::string source_;
  std::vector<unsigned char> buf_;
  z_stream z_{};
  bool eof_{false};
  bool done_{false};
  bool member_ended_{false};
  unsigned members_{0};          // members read to their end
  std::uint64_t total_{0};       // decompressed bytes so far
  std::uint64_t member_out_{0};  // of the current member
  std::size_t counted_{0};       // bytes of this read() already counted
};

// ---------------------------------------------------------------- zip

class ZipDecoder final : public DecompressedSource::Decoder {
 public:
  ZipDecoder(ByteSource& in, const std::string& source, const std::string& member)
      : in_{in}, source_{source}, name_{source}, buf_(chunk) {
    if (a_ == nullptr) throw InputError(source_, 0, "", "cannot start zip decompression");
    // Streaming: the members are read from their local headers as the bytes come, so a pipe
    // reads as a file does and nothing is kept but the member being read.
    archive_read_support_format_zip_streamable(a_.get());
    if (archive_read_open(a_.get(), this, nullptr, &ZipDecoder::pull, nullptr) != ARCHIVE_OK) fail("cannot open the zip");
    std::vector<std::string> others;
    std::size_t files = 0;
    for (;;) {
      archive_entry* e = next_file();
      if (e == nullptr) {
        if (files == 0) throw InputError(source_, 0, "", "an empty zip archive: it holds no file");
        throw InputError(source_, 0, "",
                         fmt::format("the zip archive has no member named '{}'; it holds {}", member,
                                     listing(others, files, false)));
      }
      ++files;
      std::string name = entry_name(e);
      if (member.empty() || name == member) {
        name_ = fmt::format("{}:{}", source_, name);
        if (archive_entry_is_encrypted(e) != 0)
          throw InputError(name_, 0, "", "the zip member is encrypted: encrypted zip members cannot be read");
        first_ = std::move(name);
        named_ = !member.empty();
        return;
      }
      if (others.size() < listed_members) others.push_back(std::move(name));
    }
  }
  ZipDecoder(const ZipDecoder&) = delete;
  ZipDecoder& operator=(const ZipDecoder&) = delete;

  const std::string& name() const noexcept { return name_; }

  std::size_t read(char* buffer, std::size_t capacity) override {
    if (done_ || capacity == 0) return 0;
    const auto n = archive_read_data(a_.get(), buffer, capacity);
    if (n < 0) fail("cannot read the zip member");
    if (n > 0) return static_cast<std::size_t>(n);
    done_ = true;
    // A named member must be the only one of its name: zip allows two entries with one name
    // (an appended update), and which one a tool reads differs (found by an independent
    // trial). The rest of the archive is read for it: a stream shows later entries only then.
    if (named_) {
      while (archive_entry* e = next_file())
        if (entry_name(e) == first_)
          throw InputError(name_, 0, "",
                           fmt::format("the zip archive holds more than one member named '{}': which one is meant is unclear", first_));
    }
    // The only member, as none was named: refuse an archive that holds more (after the first
    // member, as a stream shows the next one only then).
    if (!named_) {
      std::vector<std::string> members{first_};
      std::size_t files = 1;
      while (members.size() < listed_members) {
        archive_entry* e = next_file();
        if (e == nullptr) break;
        ++files;
        members.push_back(entry_name(e));
      }
      if (files > 1) {
        // Suggest the first CSV member: a download's readme or licence is rarely what is meant.
        const auto csv = std::find_if(members.begin(), members.end(), [](const std::string& m) {
          return m.size() >= 4 && text::iequals(std::string_view(m).substr(m.size() - 4), ".csv");
        });
        const auto& suggested = csv != members.end() ? *csv : members[0];
        // A name held twice cannot be named (see above): say so rather than suggest it.
        if (std::count(members.begin(), members.end(), suggested) > 1)
          throw InputError(source_, 0, "",
                           fmt::format("the zip archive holds {}, more than one of them named '{}': which one is "
                                       "meant is unclear",
                                       listing(members, files, members.size() >= listed_members), suggested));
        throw InputError(source_, 0, "",
                         fmt::format("the zip archive holds {}; name the one to read as {}:{}",
                                     listing(members, files, members.size() >= listed_members), source_, suggested));
      }
    }
    return 0;
  }

 private:
  // The next regular file's header (directory entries are not members), or nullptr at the end.
  archive_entry* next_file() {
    for (;;) {
      archive_entry* e = nullptr;
      const int r = archive_read_next_header(a_.get(), &e);
      if (r == ARCHIVE_EOF) return nullptr;
      if (r < ARCHIVE_WARN) fail("cannot read the zip");
      if (archive_entry_filetype(e) == AE_IFREG) return e;
    }
  }

  static la_ssize_t pull(archive*, void* self, const void** out) {
    auto* z = static_cast<ZipDecoder*>(self);
    try {
      const auto n = z->in_.read(z->buf_.data(), z->buf_.size());
      if (n == 0) z->ended_ = true;
      *out = z->buf_.data();
      return static_cast<la_ssize_t>(n);
    } catch (...) {  // no exception may cross libarchive's C frames: rethrown by fail()
      z->error_ = std::current_exception();
      return -1;
    }
  }

  static std::string entry_name(archive_entry* e) {
    const char* utf8 = archive_entry_pathname_utf8(e);
    const char* raw = utf8 != nullptr ? utf8 : archive_entry_pathname(e);
    return raw != nullptr ? std::string(raw) : std::string("(unnamed)");
  }

  static std::string listing(const std::vector<std::string>& names, std::size_t files, bool more) {
    std::string out = fmt::format("{} file member{}", more ? fmt::format("at least {}", files) : std::to_string(files),
                                  files == 1 ? "" : "s");
    if (names.empty()) return out;
    out += " (";
    for (std::size_t i = 0; i < names.size(); ++i) out += (i > 0 ? ", " : "") + names[i];
    if (more || names.size() < files) out += ", …";
    return out + ")";
  }

  [[noreturn]] void fail(std::string_view what) {
    if (error_) std::rethrow_exception(error_);
    const char* why = archive_error_string(a_.get());
    const std::string reason = why != nullptr ? why : "damaged zip archive";
    if (ended_)
      throw InputError(name_, 0, "", fmt::format("truncated zip data: the file ends before the archive does ({})", reason));
    throw InputError(name_, 0, "", fmt::format("{}: {}", what, reason));
  }

  ByteSource& in_;
  std::string source_;
  std::string name_;
  std::vector<char> buf_;
  // Owned by the member, not freed in a destructor: a constructor that refuses a zip runs no
  // destructor, and LeakSanitizer found the reader leaking on every refused zip.
  std::unique_ptr<archive, decltype(&archive_read_free)> a_{archive_read_new(), &archive_read_free};
  std::exception_ptr error_;
  std::string first_;
  bool named_{false};
  bool done_{false};
  bool ended_{false};  // the underlying source has reached its end
};

}  // namespace

// ---------------------------------------------------------------- DecompressedSource

DecompressedSource::DecompressedSource(ByteSource& in, std::string source, std::string member)
    : peek_{in}, name_{std::move(source)} {
  compression_ = sniff_compression(peek_);
  switch (compression_) {
    case Compression::None:
      if (!member.empty())
        throw InputError(name_, 0, "", fmt::format("not a zip archive, so it has no member '{}'", member));
      break;
    case Compression::Gzip:
      if (!member.empty())
        throw InputError(name_, 0, "", fmt::format("a gzip file, not a zip archive: it has no member '{}'", member));
      decoder_ = std::make_unique<GzipDecoder>(peek_, name_);
      break;
    case Compression::Zip: {
      auto zip = std::make_unique<ZipDecoder>(peek_, name_, member);
      name_ = zip->name();
      decoder_ = std::move(zip);
      break;
    }
  }
}

DecompressedSource::~DecompressedSource() = default;

std::size_t DecompressedSource::read(char* buffer, std::size_t capacity) {
  return decoder_ ? decoder_->read(buffer, capacity) : peek_.read(buffer, capacity);
}

std::optional<std::uint64_t> DecompressedSource::size() const {
  if (compression_ == Compression::None) return peek_.size();
  return std::nullopt;
}

// ---------------------------------------------------------------- InputFile

namespace {
bool exists(const std::string& path) {
  struct stat st {};
  return path == "-" || ::stat(path.c_str(), &st) == 0;
}
}  // namespace

InputFile::InputFile(const std::string& path) {
  std::string file = path;
  std::string member;
  if (!exists(path)) {
    // archive.zip:member.csv — the first colon whose part before it is a file.
    for (auto colon = path.find(':'); colon != std::string::npos; colon = path.find(':', colon + 1)) {
      if (colon > 0 && exists(path.substr(0, colon))) {
        file = path.substr(0, colon);
        member = path.substr(colon + 1);
        break;
      }
    }
  }
  file_ = std::make_unique<FileSource>(file);
  decompressed_ = std::make_unique<DecompressedSource>(*file_, file, member);
}

InputFile::~InputFile() = default;

}  // namespace commissioning::io
