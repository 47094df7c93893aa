// read.cc - the first stage: the bytes of a file or a stream, refused past
// a limit before they are all in memory.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <istream>

#include <fmt/format.h>

#include "tongbao/parse.h"

namespace tongbao {
namespace {

// One byte past the limit is enough to know an input is too large.
std::size_t limit_to_read(std::size_t max_bytes) { return max_bytes == SIZE_MAX ? max_bytes : max_bytes + 1; }

Error too_large_error(const std::string& name, std::size_t max_bytes) {
  return Error{"too-large",
               fmt::format("{}: larger than the limit of {} bytes; raise it with --max-bytes", name, max_bytes)};
}

}  // namespace

Result<std::string> read_file(const std::string& path, std::size_t max_bytes) {
  const bool from_stdin = path == "-";
  const int fd = from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Error{"unreadable", fmt::format("{}: cannot open: {}", path, std::strerror(errno))};
  }
  // Straight system calls, not stdio: stdio would stat the file again and
  // read its end twice, and a batch reads thousands of files.
  std::string bytes;
  // A regular file is read straight into a string of its size: grown by
  // doubling, a 20 MB notice would take 32 MB and a copy at every step.
  // What stat says is a hint only: the loop reads whatever is really there.
  struct stat info {};
  std::size_t stat_size = SIZE_MAX;  // what a regular file's stat says, else unknown
  if (!from_stdin && fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    stat_size = static_cast<std::size_t>(info.st_size);
    if (info.st_size > 0 && static_cast<std::uint64_t>(info.st_size) <= max_bytes) {
      bytes.reserve(stat_size + 1);  // + 1: a file grown since stat shows as a full read
    }
  }
  const std::size_t read_limit = limit_to_read(max_bytes);
  int failure = 0;
  while (bytes.size() < read_limit) {
    if (bytes.size() == bytes.capacity()) {
      bytes.reserve(std::min(std::max<std::size_t>(bytes.capacity() * 2, 1 << 16), read_limit));
    }
    const std::size_t at = bytes.size();
    const std::size_t room = std::min(bytes.capacity(), read_limit) - at;
    bytes.resize(at + room);
    const ssize_t n = ::read(fd, bytes.data() + at, room);
    if (n < 0 && errno == EINTR) {
      bytes.resize(at);
      continue;
    }
    if (n < 0) failure = errno;
    bytes.resize(at + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
    if (n <= 0) break;
    // A short read of a regular file that brings it to the size stat gave
    // is its end: the read that would return 0 is spared.
    if (static_cast<std::size_t>(n) < room && bytes.size() == stat_size) break;
  }
  const bool too_large = bytes.size() > max_bytes;  // the record says why
  if (!from_stdin) ::close(fd);
  if (failure != 0) {
    return Error{"unreadable", fmt::format("{}: read failed: {}", path, std::strerror(failure))};
  }
  if (too_large) return too_large_error(path, max_bytes);
  return bytes;
}

Result<std::string> read_stream(std::istream& in, const std::string& name, std::size_t max_bytes) {
  std::streambuf* source = in.rdbuf();
  if (!source) return Error{"unreadable", fmt::format("{}: there is nothing to read from", name)};
  const std::size_t read_limit = limit_to_read(max_bytes);
  std::string bytes;
  std::array<char, 1 << 16> buffer;
  while (bytes.size() < read_limit) {
    const std::size_t want = std::min(buffer.size(), read_limit - bytes.size());
    const std::streamsize n = source->sgetn(buffer.data(), static_cast<std::streamsize>(want));
    if (n <= 0) break;
    bytes.append(buffer.data(), static_cast<std::size_t>(n));
  }
  if (bytes.size() > max_bytes) return too_large_error(name, max_bytes);
  return bytes;
}

}  // namespace tongbao
