// Byte sources, the bounded line/record reader, whole-file reads and the atomic writer.
#include "commissioning/io/source.hpp"

#include "commissioning/io/atomic_file.hpp"
#include "commissioning/io/compressed.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning::io {

namespace {
constexpr std::string_view bom = "\xEF\xBB\xBF";
// Standard input can be read once: a second `-` (say, the file and --hierarchy both) would
// otherwise read as an empty file, and be reported as one (second trial).
std::atomic<bool> stdin_read_to_end{false};
}  // namespace

// ---------------------------------------------------------------- sources

FileSource::FileSource(const std::string& path) : path_{path} {
  if (path == "-") {
    if (stdin_read_to_end.load())
      throw InputError("<stdin>", 0, "",
                       "standard input was already read to its end by an earlier argument: give a file for one of them");
    fd_ = STDIN_FILENO;
    owned_ = false;
    path_ = "<stdin>";
  } else {
    // open(2) would read the path only up to a NUL: another file than the one named.
    if (path.find('\0') != std::string::npos)
      throw InputError(text::printable(path), 0, "", "the path holds a NUL byte: no file has such a name");
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw InputError(path, 0, "", fmt::format("cannot read: {}", std::strerror(errno)));
  }
  struct stat st {};
  if (::fstat(fd_, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      if (owned_) ::close(fd_);
      fd_ = -1;
      throw InputError(path, 0, "", "is a directory, not a file");
    }
    if (S_ISREG(st.st_mode)) size_ = static_cast<std::uint64_t>(st.st_size);
  }
#ifdef POSIX_FADV_SEQUENTIAL
  if (size_) (void)::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
}

FileSource::~FileSource() {
  if (fd_ >= 0 && owned_) ::close(fd_);
}

std::size_t FileSource::read(char* buffer, std::size_t capacity) {
  for (;;) {
    const auto n = ::read(fd_, buffer, capacity);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw InputError(path_, 0, "", fmt::format("read failed: {}", std::strerror(errno)));
    read_ += static_cast<std::uint64_t>(n);
    if (n == 0 && !owned_ && fd_ == STDIN_FILENO) stdin_read_to_end.store(true);
    // A file appended to or truncated while it is read would give a table of neither the old
    // file nor the new one: refuse it. (An unlinked file is still read whole, as opened.)
    if (size_ && (read_ > *size_ || (n == 0 && read_ != *size_)))
      throw InputError(path_, 0, "",
                       fmt::format("the file changed while it was being read ({} bytes when opened, {} by now)",
                                   *size_, read_));
    return static_cast<std::size_t>(n);
  }
}

std::size_t StringSource::read(char* buffer, std::size_t capacity) {
  const auto n = std::min(capacity, text_.size() - at_);
  if (n > 0) std::memcpy(buffer, text_.data() + at_, n);
  at_ += n;
  return n;
}

std::string_view PeekableSource::peek(std::size_t n) {
  if (at_ > 0) {
    buffered_.erase(0, at_);
    at_ = 0;
  }
  while (buffered_.size() < n && !eof_) {
    const auto old = buffered_.size();
    const auto want = std::min<std::size_t>(n - old, std::size_t{64} << 10);
    buffered_.resize(old + want);
    const auto got = in_.read(buffered_.data() + old, want);
    buffered_.resize(old + got);
    if (got == 0) eof_ = true;
  }
  return std::string_view(buffered_).substr(0, n);
}

std::size_t PeekableSource::read(char* buffer, std::size_t capacity) {
  if (at_ < buffered_.size()) {
    const auto n = std::min(capacity, buffered_.size() - at_);
    std::memcpy(buffer, buffered_.data() + at_, n);
    at_ += n;
    if (at_ == buffered_.size()) {
      buffered_.clear();
      buffered_.shrink_to_fit();
      at_ = 0;
    }
    return n;
  }
  if (eof_) return 0;
  return in_.read(buffer, capacity);
}

std::string peek_first_line(PeekableSource& in, const std::string& source, std::size_t max_line) {
  auto view = in.peek(max_line + bom.size() + 2);
  if (view.substr(0, bom.size()) == bom) view.remove_prefix(bom.size());
  const auto nl = view.find('\n');
  if (nl == std::string_view::npos && view.size() > max_line)
    throw InputError(source, 1, "",
                     fmt::format("the first line is over {} bytes long: not a line-oriented text file", max_line));
  auto line = view.substr(0, nl);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return std::string(line);
}

std::optional<char> peek_first_significant(PeekableSource& in, std::size_t window) {
  auto view = in.peek(window);
  if (view.substr(0, bom.size()) == bom) view.remove_prefix(bom.size());
  const auto at = view.find_first_not_of(" \t\r\n");
  if (at == std::string_view::npos) return std::nullopt;
  return view[at];
}

// ---------------------------------------------------------------- whole files

std::string read_all(ByteSource& in, const std::string& source, std::size_t max_bytes) {
  if (const auto size = in.size(); size && *size > max_bytes)
    throw InputError(source, 0, "", fmt::format("file of {} bytes exceeds the limit of {}", *size, max_bytes));
  std::string out;
  if (const auto size = in.size()) out.reserve(static_cast<std::size_t>(*size));
  constexpr std::size_t chunk = std::size_t{64} << 10;
  for (;;) {
    const auto old = out.size();
    const auto want = std::min(chunk, max_bytes + 1 - old);
    // Grow by doubling, but never past the limit: resize() alone would double 256 MiB to 512
    // MiB, and a reallocation holds the old buffer and the new one at once. Once doubling
    // would reach the limit, go straight to it, so an endless input peaks at 1.5x the limit.
    if (old + want > out.capacity()) {
      auto next = std::max(out.capacity() * 2, old + want);
      if (next >= max_bytes / 2) next = max_bytes + 1;
      out.reserve(std::min(next, max_bytes + 1));
    }
    out.resize(old + want);
    const auto n = in.read(out.data() + old, want);
    out.resize(old + n);
    if (n == 0) break;
    if (out.size() > max_bytes)
      throw InputError(source, 0, "", fmt::format("more than {0} bytes: exceeds the limit of {0}", max_bytes));
  }
  return out;
}

std::string read_text_file(const std::string& path, std::size_t max_bytes) {
  InputFile in(path);
  return read_all(in, in.name(), max_bytes);
}

void write_text_file(const std::string& path, std::string_view content) {
  AtomicFile out(path);
  out.write(content);
  out.commit();
}

// ---------------------------------------------------------------- lines and records

LineReader::LineReader(ByteSource& in, Options options) : in_{in}, opt_{std::move(options)}, size_{in.size()} {
  // Room for a whole record of the limit; a small source gets a small buffer, which grows up
  // to the limit only when a record needs it.
  std::size_t want = std::max(opt_.buffer_bytes, std::size_t{4096});
  if (size_ && *size_ + 16 < want) want = static_cast<std::size_t>(*size_ + 16);
  buf_.resize(std::max(want, std::size_t{64}));
}

std::size_t LineReader::fill() {
  const auto n = in_.read(buf_.data() + end_, buf_.size() - end_);
  if (n == 0) eof_ = true;
  end_ += n;
  bytes_ += n;
  if (opt_.progress && (bytes_ - last_progress_ >= (std::uint64_t{8} << 20) || n == 0)) {
    last_progress_ = bytes_;
    opt_.progress(bytes_, size_);
  }
  return n;
}

void LineReader::search_quote(std::size_t i) {
  const std::size_t from = std::max(quote_searched_, i);
  const void* q = from < end_ ? std::memchr(buf_.data() + from, '"', end_ - from) : nullptr;
  quote_at_ = q != nullptr ? static_cast<std::size_t>(static_cast<const char*>(q) - buf_.data()) : no_quote;
  quote_searched_ = end_;
}

std::optional<std::size_t> LineReader::find_end() {
  const char* const base = buf_.data();
  std::size_t i = begin_ + scanned_;
  if (!opt_.quoted_newlines) {
    const void* nl = i < end_ ? std::memchr(base + i, '\n', end_ - i) : nullptr;
    if (nl != nullptr) return static_cast<std::size_t>(static_cast<const char*>(nl) - base);
    scanned_ = end_ - begin_;
    return std::nullopt;
  }
  // RFC 4180: a quote opens a quoted field only at the start of a field; inside one, a doubled
  // quote is a quote and a line end is data. Quote-free stretches are skipped with memchr.
  while (i < end_) {
    switch (state_) {
      case Quote::FieldStart:
      case Quote::Unquoted: {
        const void* nlp = std::memchr(base + i, '\n', end_ - i);
        const std::size_t limit = nlp != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nlp) - base) : end_;
        if (!quote_before(i, limit)) {
          if (nlp != nullptr) return limit;
          if (limit > i) state_ = base[limit - 1] == ',' ? Quote::FieldStart : Quote::Unquoted;
          i = end_;
          break;
        }
        const auto q = quote_at_;
        const bool at_field_start = q == i ? state_ == Quote::FieldStart : base[q - 1] == ',';
        state_ = at_field_start ? Quote::Quoted : Quote::Unquoted;
        i = q + 1;
        break;
      }
      case Quote::Quoted: {
        const void* qp = std::memchr(base + i, '"', end_ - i);
        const std::size_t limit = qp != nullptr ? static_cast<std::size_t>(static_cast<const char*>(qp) - base) : end_;
        newlines_ += static_cast<std::uint64_t>(std::count(base + i, base + limit, '\n'));
        if (qp == nullptr) {
          i = end_;
          break;
        }
        state_ = Quote::QuoteInQuoted;
        i = limit + 1;
        break;
      }
      case Quote::QuoteInQuoted: {
        const char c = base[i];
        if (c == '\n') return i;
        state_ = c == '"' ? Quote::Quoted : c == ',' ? Quote::FieldStart : Quote::Unquoted;
        ++i;
        break;
      }
    }
  }
  scanned_ = end_ - begin_;
  return std::nullopt;
}

LineReader::Result LineReader::next_slow(std::string_view& line, std::uint64_t& skipped, bool skip) {
  if (!started_) {
    while (end_ < bom.size() && !eof_) fill();
    if (std::string_view(buf_.data(), end_).substr(0, bom.size()) == bom) begin_ = bom.size();
    started_ = true;
  }
  for (;;) {
    if (const auto at = find_end()) {
      line = take(*at, *at + 1);
      if (line.size() > opt_.max_line) {
        skipped = line.size();
        return Result::TooLong;
      }
      return Result::Line;
    }
    if (eof_) {
      if (begin_ < end_) {
        line = take(end_, end_);
        unterminated_ = true;
        if (line.size() > opt_.max_line) {
          skipped = line.size();
          return Result::TooLong;
        }
        return Result::Line;
      }
      return Result::End;
    }
    const std::size_t pending = end_ - begin_;
    if (pending > opt_.max_line) {
      record_line_ = lines_ + 1;
      skipped = pending;
      if (!skip) return Result::TooLong;
      // Stream to the end of the record, keeping nothing.
      begin_ = end_ = scanned_ = 0;
      forget_quotes();
      for (;;) {
        const auto n = fill();
        if (n == 0) {
          lines_ += 1 + newlines_;
          newlines_ = 0;
          state_ = Quote::FieldStart;
          begin_ = end_ = scanned_ = 0;
          forget_quotes();
          return Result::TooLong;
        }
        if (const auto at = find_end()) {
          skipped += *at;
          begin_ = *at + 1;
          lines_ += 1 + newlines_;
          newlines_ = 0;
          scanned_ = 0;
          state_ = Quote::FieldStart;
          return Result::TooLong;
        }
        skipped += n;
        begin_ = end_ = scanned_ = 0;
        forget_quotes();
      }
    }
    if (begin_ > 0) {
      std::memmove(buf_.data(), buf_.data() + begin_, pending);
      begin_ = 0;
      end_ = pending;
      forget_quotes();
    }
    if (end_ == buf_.size()) buf_.resize(std::min(buf_.size() * 2, opt_.max_line + 2));
    fill();
  }
}

}  // namespace commissioning::io
