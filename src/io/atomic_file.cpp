#include "commissioning/io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <random>
#include <streambuf>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning::io {

namespace {

// A stream buffer over a file descriptor that remembers the first write error.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd) { setp(buf_.data(), buf_.data() + buf_.size()); }
  int error() const noexcept { return error_; }
  bool drain() {
    const char* p = pbase();
    std::size_t n = static_cast<std::size_t>(pptr() - pbase());
    while (n > 0 && error_ == 0) {
      const auto w = ::write(fd_, p, n);
      if (w < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        break;
      }
      p += w;
      n -= static_cast<std::size_t>(w);
    }
    setp(buf_.data(), buf_.data() + buf_.size());
    return error_ == 0;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  int fd_;
  int error_ = 0;
  std::array<char, 1 << 16> buf_{};
};

std::string errno_text(int e) { return std::strerror(e); }

}  // namespace

struct AtomicFile::Impl {
  std::string path;
  std::string tmp;  // empty for standard output
  int fd = -1;
  bool committed = false;
  FdBuf buf;
  std::ostream out;
  Impl(std::string p, std::string t, int f) : path(std::move(p)), tmp(std::move(t)), fd(f), buf(f), out(&buf) {}
  void discard() noexcept {
    if (!tmp.empty()) {
      if (fd >= 0) ::close(fd);
      fd = -1;
      ::unlink(tmp.c_str());
    }
  }
};

AtomicFile::AtomicFile(std::string path) {
  if (path == "-") {
    std::cout.flush();  // whatever the program printed first stays first
    impl_ = std::make_unique<Impl>(std::move(path), std::string{}, STDOUT_FILENO);
    return;
  }
  if (path.empty()) throw InputError("<output>", 0, "", "no output file named");
  if (path.find('\0') != std::string::npos)  // open(2) would write to the path cut at the NUL
    throw InputError(text::printable(path), 0, "", "the path holds a NUL byte: no file may have such a name");
  struct stat st {};
  mode_t mode = 0666;  // new files: the umask applies
  bool keep_mode = false;
  if (::lstat(path.c_str(), &st) == 0) {
    if (!S_ISREG(st.st_mode))
      throw InputError(path, 0, "",
                       "not a regular file: refusing to replace it (write to a regular file, or \"-\" for standard output)");
    mode = st.st_mode & 07777;
    keep_mode = true;
  } else if (errno != ENOENT) {
    throw InputError(path, 0, "", fmt::format("cannot write: {}", errno_text(errno)));
  }
  // A fresh name in the destination's directory, created exclusively and never through a link.
  std::random_device rd;
  for (int attempt = 0; attempt < 100; ++attempt) {
    const auto tmp = fmt::format("{}.tmp.{:08x}", path, rd());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, keep_mode ? 0600 : mode);
    if (fd < 0) {
      if (errno == EEXIST) continue;
      throw InputError(path, 0, "", fmt::format("cannot open for writing: {}", errno_text(errno)));
    }
    if (keep_mode && ::fchmod(fd, mode) != 0) {
      const int e = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      throw InputError(path, 0, "", fmt::format("cannot keep the file's permissions: {}", errno_text(e)));
    }
    impl_ = std::make_unique<Impl>(std::move(path), tmp, fd);
    return;
  }
  throw InputError(path, 0, "", "cannot find a free temporary name beside the file");
}

AtomicFile::~AtomicFile() {
  if (impl_ && !impl_->committed) impl_->discard();
}

std::ostream& AtomicFile::stream() noexcept { return impl_->out; }

void AtomicFile::commit() {
  Impl& i = *impl_;
  i.out.flush();
  const bool to_stdout = i.tmp.empty();
  if (!i.buf.drain() || !i.out) {
    const int e = i.buf.error();
    i.discard();
    throw InputError(i.path, 0, "", fmt::format("write failed (disk full?): {}", e ? errno_text(e) : "stream error"));
  }
  if (to_stdout) {
    i.committed = true;
    return;
  }
  if (::fsync(i.fd) != 0 || ::close(i.fd) != 0) {
    const int e = errno;
    i.fd = -1;
    i.discard();
    throw InputError(i.path, 0, "", fmt::format("write failed: {}", errno_text(e)));
  }
  i.fd = -1;
  // The destination may have become something else since it was checked: refuse again
  // rather than rename over a device or directory.
  struct stat st {};
  if (::lstat(i.path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    i.discard();
    throw InputError(i.path, 0, "", "not a regular file: refusing to replace it");
  }
  if (::rename(i.tmp.c_str(), i.path.c_str()) != 0) {
    const int e = errno;
    i.discard();
    throw InputError(i.path, 0, "", fmt::format("cannot replace the file: {}", errno_text(e)));
  }
  i.committed = true;
  // Make the rename durable; a directory that cannot be synced is not an error.
  const auto dir = std::filesystem::path(i.path).parent_path();
  const int dfd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    (void)::fsync(dfd);
    ::close(dfd);
  }
}

}  // namespace commissioning::io
