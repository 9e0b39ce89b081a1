#pragma once
// Where bytes come from, and the bounded ways of reading them. Every loader reads through a
// ByteSource exactly once: a file, standard input ("-"), a pipe, a FIFO or `/dev/stdin` is
// never reopened, so a format can be sniffed from the first bytes (PeekableSource) and the same
// bytes then read by the reader the sniff chose. Memory is bounded everywhere: a line longer
// than its limit is an InputError naming the source and line, and a whole-file read stops at
// its byte limit (a `/dev/zero` or an endless pipe cannot grow memory without end).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning::io {

inline constexpr std::size_t default_max_line = std::size_t{64} << 10;           // 64 KiB
inline constexpr std::size_t default_max_document = std::size_t{256} << 20;      // 256 MiB

// Where bytes come from. read() returns 0 at the end.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual std::size_t read(char* buffer, std::size_t capacity) = 0;
  // The total size where it is known (a regular file), for progress reports.
  virtual std::optional<std::uint64_t> size() const { return std::nullopt; }
};

// A file by path; "-" is standard input. Pipes, FIFOs and character devices are read as they
// come, once. A regular file that grows or shrinks while it is read is refused.
class FileSource final : public ByteSource {
 public:
  explicit FileSource(const std::string& path);  // throws InputError when it cannot be opened
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;
  std::size_t read(char* buffer, std::size_t capacity) override;
  std::optional<std::uint64_t> size() const override { return size_; }
  const std::string& path() const noexcept { return path_; }

 private:
  int fd_{-1};
  bool owned_{true};
  std::string path_;
  std::optional<std::uint64_t> size_;
  std::uint64_t read_{0};
};

// Bytes in memory (not copied: the text must outlive the source).
class StringSource final : public ByteSource {
 public:
  explicit StringSource(std::string_view text) : text_{text} {}
  std::size_t read(char* buffer, std::size_t capacity) override;
  std::optional<std::uint64_t> size() const override { return text_.size(); }

 private:
  std::string_view text_;
  std::size_t at_{0};
};

// A source whose first bytes can be looked at before they are read: the sniffing buffer is
// then served to the reader first, so nothing is lost on a pipe.
class PeekableSource final : public ByteSource {
 public:
  explicit PeekableSource(ByteSource& in) : in_{in} {}
  // Up to n bytes from the current position (fewer only at the end); reads as needed and
  // consumes nothing.
  std::string_view peek(std::size_t n);
  std::size_t read(char* buffer, std::size_t capacity) override;
  std::optional<std::uint64_t> size() const override { return in_.size(); }

 private:
  ByteSource& in_;
  std::string buffered_;
  std::size_t at_{0};
  bool eof_{false};
};

// The first line of a source (without BOM or line end), looked at without consuming it.
// Throws InputError naming the source and line 1 when the line is longer than max_line.
std::string peek_first_line(PeekableSource& in, const std::string& source, std::size_t max_line = default_max_line);
// The first byte that is not white space (or a BOM) in the first `window` bytes; nullopt for
// a source that is empty or all white space so far.
std::optional<char> peek_first_significant(PeekableSource& in, std::size_t window = 4096);

// Reads the rest of a source into memory; throws InputError naming the source when it holds
// more than max_bytes (it stops reading there).
std::string read_all(ByteSource& in, const std::string& source, std::size_t max_bytes = default_max_document);
// Reads a whole file that must fit in memory (a document, not a national dataset: those are
// streamed). Throws InputError naming the file when it cannot be read or exceeds max_bytes.
std::string read_text_file(const std::string& path, std::size_t max_bytes = default_max_document);
// Writes through io::AtomicFile (io/atomic_file.hpp): a new O_EXCL|O_NOFOLLOW temporary
// beside the file, the old mode kept, then rename; non-regular destinations are refused;
// the old file stays whole on any failure; "-" is standard output.
void write_text_file(const std::string& path, std::string_view content);

// Reads lines (or CSV records) through one fixed-size buffer. A line is ended by \n (a \r
// before it is dropped); with `quoted_newlines`, a line end inside an RFC 4180 quoted field
// does not end the record. A record longer than max_line is reported as TooLong and, if
// asked, skipped to its end without being stored. A UTF-8 byte order mark at the start of
// the source is dropped.
class LineReader {
 public:
  using Progress = std::function<void(std::uint64_t, std::optional<std::uint64_t>)>;
  struct Options {
    std::size_t max_line{default_max_line};
    std::size_t buffer_bytes{std::size_t{1} << 20};
    bool quoted_newlines{false};
    Progress progress;  // called now and then with the bytes read and the size, where known
  };
  enum class Result { Line, TooLong, End };

  LineReader(ByteSource& in, Options options);

  // line: the record without its line end, valid until the next call. For TooLong, `skipped`
  // holds the record's length so far and, when skip is true, the reader has moved past it.
  Result next(std::string_view& line, std::uint64_t& skipped, bool skip) {
    // The common case inline: a whole quote-free line already in the buffer.
    if (started_ && scanned_ == 0 && state_ == Quote::FieldStart && begin_ < end_) {
      const void* nl = std::memchr(buf_.data() + begin_, '\n', end_ - begin_);
      if (nl != nullptr) {
        const auto at = static_cast<std::size_t>(static_cast<const char*>(nl) - buf_.data());
        if (!opt_.quoted_newlines || !quote_before(begin_, at)) {
          line = take(at, at + 1);
          if (line.size() <= opt_.max_line) return Result::Line;
          skipped = line.size();
          return Result::TooLong;
        }
      }
    }
    return next_slow(line, skipped, skip);
  }

  // Whether the last record returned ended at the end of the input with no line end: a file
  // cut short mid-row looks like this, so readers of formats that always end lines report it.
  bool last_line_unterminated() const noexcept { return unterminated_; }

  // The line on which the last record returned starts (1-based).
  std::uint64_t line_number() const noexcept { return record_line_; }
  // Physical lines consumed so far.
  std::uint64_t lines() const noexcept { return lines_; }
  std::uint64_t bytes() const noexcept { return bytes_; }
  std::size_t max_line() const noexcept { return opt_.max_line; }

 private:
  enum class Quote : std::uint8_t { FieldStart, Unquoted, Quoted, QuoteInQuoted };
  Result next_slow(std::string_view& line, std::uint64_t& skipped, bool skip);
  std::size_t fill();
  // Looks for the end of the record in [begin_ + scanned_, end_); returns its offset.
  std::optional<std::size_t> find_end();
  std::string_view take(std::size_t at, std::size_t next) {
    std::string_view line(buf_.data() + begin_, at - begin_);
    begin_ = next;
    record_line_ = lines_ + 1;
    lines_ += 1 + newlines_;
    newlines_ = 0;
    scanned_ = 0;
    state_ = Quote::FieldStart;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
  }
  // Whether a quote lies in [i, limit): one memchr per buffer of quote-free text, not one per
  // line (the registrations files have no quotes; this keeps their lines at one memchr each).
  bool quote_before(std::size_t i, std::size_t limit) {
    if (quote_at_ != no_quote && quote_at_ < i) {  // scanned past it
      quote_at_ = no_quote;
      quote_searched_ = i;
    }
    if (quote_at_ == no_quote && quote_searched_ < limit) search_quote(i);
    return quote_at_ != no_quote && quote_at_ < limit;
  }
  void search_quote(std::size_t i);
  void forget_quotes() noexcept {
    quote_at_ = no_quote;
    quote_searched_ = 0;
  }

  ByteSource& in_;
  Options opt_;
  std::vector<char> buf_;
  std::size_t begin_{0}, end_{0}, scanned_{0};
  Quote state_{Quote::FieldStart};
  static constexpr std::size_t no_quote = ~std::size_t{0};
  std::size_t quote_at_{no_quote};  // the next quote at or after the scan, where known
  std::size_t quote_searched_{0};   // searched up to here (no quote before it but quote_at_)
  std::uint64_t newlines_{0};  // line ends inside quotes in the pending record
  bool eof_{false};
  bool started_{false};
  bool unterminated_{false};
  std::uint64_t record_line_{0};
  std::uint64_t lines_{0};
  std::uint64_t bytes_{0};
  std::uint64_t last_progress_{0};
  std::optional<std::uint64_t> size_;
};

}  // namespace commissioning::io
