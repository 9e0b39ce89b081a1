#pragma once
// The one writer for every output file. Nothing is written in place: the content goes to a
// new temporary file beside the destination, opened with O_CREAT|O_EXCL|O_NOFOLLOW (a planted
// file or symlink is never followed or reused), flushed and fsync'd, given the old file's
// permission bits, then renamed over the destination. Any failure, or destruction without
// commit(), removes the temporary and leaves the old file whole. A process killed mid-write
// leaves its temporary (`<file>.tmp.<random>`) beside an intact old file.
//
// The destination must be a regular file or absent: devices, FIFOs, directories and
// symlinks are refused, so `--out /dev/full` cannot replace a device node. The path "-" is
// standard output (written directly, for piping).
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace commissioning::io {

class AtomicFile {
 public:
  // Opens the temporary (or standard output for "-"). Throws InputError naming the path.
  explicit AtomicFile(std::string path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();  // without commit(): the temporary is removed, the destination untouched

  std::ostream& stream() noexcept;
  void write(std::string_view bytes) { stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size())); }
  // Flushes and renames into place. Throws InputError naming the path on any failure (a full
  // disk, a rename that fails), after removing the temporary.
  void commit();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace commissioning::io
