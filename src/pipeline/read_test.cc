#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "tongbao/parse.h"

using tongbao::read_file;
using tongbao::read_stream;

namespace {

// A file of `content` under the temporary directory, removed at the end.
struct TempFile {
  std::string path;
  explicit TempFile(const std::string& content) {
    path = (std::filesystem::temp_directory_path() / "tongbao-read-XXXXXX").string();
    const int fd = ::mkstemp(path.data());
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size()));
    ::close(fd);
  }
  ~TempFile() { std::remove(path.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
};

}  // namespace

TEST_CASE("read_file reads a file whole, up to its limit exactly", "[read]") {
  std::string content = "一、总体情况\n";
  for (int i = 0; i < 20000; ++i) content += "整改落实。\r\n";  // past one 64 KiB read
  const TempFile file(content);
  auto whole = read_file(file.path, content.size());
  REQUIRE(whole);
  CHECK(*whole == content);

  auto over = read_file(file.path, content.size() - 1);
  REQUIRE_FALSE(over);
  CHECK(over.error().code == "too-large");
  CHECK(over.error().message == file.path + ": larger than the limit of " + std::to_string(content.size() - 1) +
                                    " bytes; raise it with --max-bytes");

  const TempFile empty("");
  auto nothing = read_file(empty.path, 10);
  REQUIRE(nothing);
  CHECK(nothing->empty());
}

TEST_CASE("read_file names the file it cannot open and says why", "[read]") {
  const std::string path = (std::filesystem::temp_directory_path() / "tongbao-read-no-such-file").string();
  auto missing = read_file(path, 100);
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == "unreadable");
  CHECK(missing.error().message == path + ": cannot open: No such file or directory");
}

TEST_CASE("read_file reads what is not a regular file until it ends, and refuses a directory", "[read]") {
  // A named pipe: no size to trust, so it is read until the writer closes it.
  const std::string fifo = (std::filesystem::temp_directory_path() / ("tongbao-read-fifo-" + std::to_string(::getpid()))).string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string content;
  for (int i = 0; i < 30000; ++i) content += "一是整改。";  // several pipe buffers
  std::thread writer([&] {
    std::ofstream out(fifo, std::ios::binary);
    out << content;
  });
  auto got = read_file(fifo, SIZE_MAX);
  writer.join();
  std::remove(fifo.c_str());
  REQUIRE(got);
  CHECK(got->size() == content.size());
  CHECK(*got == content);

  const std::string dir = std::filesystem::temp_directory_path().string();
  auto refused = read_file(dir, 100);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == "unreadable");
  CHECK(refused.error().message == dir + ": read failed: Is a directory");
}

TEST_CASE("read_stream reads a stream whole and stops one byte past its limit", "[read]") {
  struct Case {
    std::size_t size, limit;
    bool fits;
  };
  const Case cases[] = {
      {0, 0, true},         {0, 5, true},          {5, 5, true},          {6, 5, false},
      {70000, 70000, true}, {70001, 70000, false}, {200000, 10, false}, {131072, 65536, false},
  };
  for (const Case& c : cases) {
    INFO(c.size << " bytes, limit " << c.limit);
    std::string content(c.size, 'a');
    for (std::size_t k = 0; k < content.size(); k += 7) content[k] = static_cast<char>('0' + k % 10);
    std::istringstream in(content);
    auto got = read_stream(in, "-", c.limit);
    REQUIRE(static_cast<bool>(got) == c.fits);
    if (c.fits) {
      CHECK(*got == content);
    } else {
      CHECK(got.error().code == "too-large");
      CHECK(got.error().message == "-: larger than the limit of " + std::to_string(c.limit) +
                                       " bytes; raise it with --max-bytes");
      // Refused without reading the rest: at most the limit and one byte were taken.
      CHECK(static_cast<std::size_t>(in.tellg()) <= c.limit + 1);
    }
  }
}
