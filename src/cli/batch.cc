// batch.cc - the batch engine: walk, ordered worker pool, atomic outputs,
// JSON Lines streaming. See batch.h for the contract.
#include "cli/batch.h"

#include <fcntl.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <fstream>
#include <iterator>
#include <istream>
#include <limits>
#include <map>
#include <mutex>
#include <ostream>
#include <set>
#include <system_error>
#include <thread>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "tongbao/parse.h"

namespace tongbao::detail {
namespace fs = std::filesystem;

namespace {

// The default selection: extensions under which archives save notices
// (plain text, Markdown, the page formats of government CMSs, and pages a
// browser saved whole as MHTML).
constexpr std::array<std::string_view, 14> kNoticeExtensions = {
    ".txt", ".htm", ".html", ".shtml", ".xhtml", ".jhtml", ".asp", ".aspx", ".jsp", ".php", ".md", ".markdown",
    ".mht",  ".mhtml"};

// media_type of a stream line -> how to read its content.
struct MediaTypeEntry {
  std::string_view media_type;
  InputFormat format;
};
constexpr std::array<MediaTypeEntry, 5> kMediaTypes = {{
    {"text/html", InputFormat::Html},
    {"application/xhtml+xml", InputFormat::Html},
    {"text/plain", InputFormat::Text},
    {"text/markdown", InputFormat::Markdown},
    {"text/x-markdown", InputFormat::Markdown},
}};

// Error codes this file gives (read_file and parse give the others).
constexpr const char* kUnreadable = "unreadable";
constexpr const char* kMalformed = "malformed-input";
constexpr const char* kTooLarge = "too-large";
constexpr const char* kInternal = "internal-error";

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// ---------------------------------------------------------------- walking

struct Found {
  std::string path;  // as the record names it
  std::string rel;   // relative to the named directory, '/'-separated
  std::optional<RecordError> error;
};

class Walker {
 public:
  Walker(const fs::path& root, const Selection& selection) : root_(root), selection_(selection) {}

  std::vector<Found> run() {
    enter(root_);
    walk(root_);
    std::sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) { return a.path < b.path; });
    return std::move(found_);
  }

 private:
  // Each directory is walked once (by device and inode): a link back to an
  // ancestor, or two links to one folder, cannot loop or duplicate.
  bool enter(const fs::path& dir) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) return true;  // the iterator reports the error
    return seen_.insert({static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)}).second;
  }

  std::string rel(const fs::path& p) const { return p.lexically_relative(root_).generic_string(); }

  bool selected(const fs::path& p) const {
    const std::string name = p.filename().string();
    if (selection_.globs.empty()) return is_notice_name(name);
    const std::string relative = rel(p);
    for (const std::string& glob : selection_.globs) {
      const bool by_path = glob.find('/') != std::string::npos;
      if (fnmatch(glob.c_str(), by_path ? relative.c_str() : name.c_str(), by_path ? FNM_PATHNAME : 0) == 0) {
        return true;
      }
    }
    return false;
  }

  void fail(const fs::path& p, const std::string& message) {
    found_.push_back({p.string(), rel(p), RecordError{kUnreadable, message}});
  }

  void walk(const fs::path& dir) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      fail(dir, fmt::format("{}: cannot read directory: {}; check its permissions", dir.string(), ec.message()));
      return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const fs::path& p = it->path();
      if (starts_with(p.filename().string(), ".")) continue;  // .git, editor files, our temporaries
      std::error_code link_ec;
      // The entry's own type as the directory listing gives it (a stat only
      // where the file system leaves it out): one system call less a file.
      const bool link = it->is_symlink(link_ec);
      fs::file_status target(link                         ? fs::file_type::symlink
                             : it->is_directory(link_ec)    ? fs::file_type::directory
                             : it->is_regular_file(link_ec) ? fs::file_type::regular
                                                            : fs::file_type::unknown);
      if (link) {
        target = fs::status(p, link_ec);
        if (link_ec || !fs::exists(target)) {
          if (selected(p)) {
            std::error_code read_ec;
            const fs::path to = fs::read_symlink(p, read_ec);
            fail(p, fmt::format("{}: dangling symbolic link to '{}'; fix or remove the link", p.string(),
                                to.string()));
          }
          continue;
        }
      }
      if (fs::is_directory(target)) {
        if (enter(p)) walk(p);
      } else if (fs::is_regular_file(target) && selected(p)) {
        found_.push_back({p.string(), rel(p), std::nullopt});
      }
    }
    if (ec) fail(dir, fmt::format("{}: reading the directory failed: {}", dir.string(), ec.message()));
  }

  fs::path root_;
  const Selection& selection_;
  std::set<std::pair<std::uint64_t, std::uint64_t>> seen_;
  std::vector<Found> found_;
};

// Output names: the relative path with the format's extension; on a clash
// the full name plus extension, then numbered.
class OutputNamer {
 public:
  explicit OutputNamer(OutputFormat format) : ext_(output_extension(format)) {}

  std::string name(const std::string& rel) {
    fs::path replaced(rel);
    replaced.replace_extension(ext_);
    if (claim(replaced.generic_string())) return replaced.generic_string();
    if (claim(rel + ext_)) return rel + ext_;
    fs::path numbered(rel);
    const std::string stem = numbered.stem().string();
    for (int n = 2;; ++n) {
      numbered.replace_filename(fmt::format("{}.{}{}", stem, n, ext_));
      if (claim(numbered.generic_string())) return numbered.generic_string();
    }
  }

 private:
  bool claim(const std::string& name) { return taken_.insert(name).second; }
  std::string ext_;
  std::set<std::string> taken_;
};

// ---------------------------------------------------------------- workers

enum class Kind { Parsed, Warned, Failed, Skipped };

// What a worker hands the writer: the rendered record and how it went.
struct Outcome {
  Kind kind = Kind::Parsed;
  std::string rendered;  // for `out`; empty when written to its own file or skipped
  std::string error;     // the line for on_error, when failed
  std::uint64_t bytes = 0;
  int output_error = 0;     // with -o: errno of a failed write; the batch stops
  std::string output_path;  // the file it was for
  std::shared_ptr<const Document> document;  // for the sink, which writes it in the writer's turn
  std::function<void()> deliver;  // run_in_order: what the writer calls
};

using Work = std::function<Outcome()>;

// Runs the work that `next` hands out (called by one thread at a time, in
// order) in `jobs` threads, and calls `emit` (one call at a time) in the
// order `next` gave. At most `window` outcomes are in flight, so memory is
// bounded by the documents in the window, not by the batch.
//
// The thread that finishes the outcome due next emits it, and any due after
// it that are ready: a writer thread woken for every outcome cost two
// context switches a document, a tenth more CPU at -j2.
void run_ordered(unsigned jobs, std::size_t window, const std::function<std::optional<Work>()>& next,
                 const std::function<void(Outcome&&)>& emit) {
  if (jobs <= 1) {
    // One job: read, parse and write in this thread. A worker thread would
    // only add a hand-off (a futex wake and a context switch) per input.
    while (std::optional<Work> work = next()) emit((*work)());
    return;
  }
  std::mutex state_mutex;   // issued, emitted, exhausted, emitting, done, failures
  std::mutex source_mutex;  // next(), and the order of sequence numbers
  std::condition_variable space_cv;
  std::size_t issued = 0, emitted = 0;
  bool exhausted = false;
  bool emitting = false;       // a thread is emitting: it takes what is due before it lets go
  bool emit_failed = false;    // emit() threw: nothing more is emitted
  std::exception_ptr failure;  // from next() or emit(): stop everything, then rethrow
  std::map<std::size_t, Outcome> done;

  // With state_mutex held by `lock`: emits what is due, unless a thread is
  // at it already (it checks again under the lock before it stops).
  auto emit_due = [&](std::unique_lock<std::mutex>& lock) {
    if (emitting) return;
    emitting = true;
    for (auto it = done.find(emitted); it != done.end() && !emit_failed; it = done.find(emitted)) {
      Outcome outcome = std::move(it->second);
      done.erase(it);
      ++emitted;
      lock.unlock();
      space_cv.notify_all();
      try {
        emit(std::move(outcome));
        lock.lock();
      } catch (...) {
        lock.lock();
        if (!failure) failure = std::current_exception();
        emit_failed = true;
        exhausted = true;  // workers take nothing more
        space_cv.notify_all();
      }
    }
    emitting = false;
  };

  auto worker = [&] {
    for (;;) {
      Work work;
      std::size_t seq = 0;
      {
        std::lock_guard source_lock(source_mutex);
        {
          std::unique_lock lock(state_mutex);
          space_cv.wait(lock, [&] { return exhausted || issued < emitted + window; });
          if (exhausted) return;
        }
        std::optional<Work> got;
        std::exception_ptr failed;
        try {
          got = next();
        } catch (...) {  // out of memory reading input, say: finish what was taken, then rethrow
          failed = std::current_exception();
        }
        std::lock_guard lock(state_mutex);
        if (failed && !failure) failure = failed;
        if (!got) {
          exhausted = true;
          space_cv.notify_all();
          return;
        }
        work = std::move(*got);
        seq = issued++;
      }
      Outcome outcome = work();
      std::unique_lock lock(state_mutex);
      done.emplace(seq, std::move(outcome));
      emit_due(lock);
    }
  };

  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (unsigned i = 0; i < jobs; ++i) {
    try {
      threads.emplace_back(worker);
    } catch (const std::system_error&) {  // out of threads: go on with those we have
      if (threads.empty()) throw;
      break;
    }
  }
  for (std::thread& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

std::string with_path(const std::string& path, const std::string& message) {
  // read_file's messages, and "line N of standard input: ..." for the id "line N", already name it.
  const bool named = starts_with(message, path + ":") || starts_with(message, path + " ");
  return named ? message : path + ": " + message;
}

bool has_warning(const Document& doc) {
  return std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity != Severity::Note; });
}

// Writes `content` to `target` through a temporary file in the same
// directory and a rename, so that the name never holds a partial record.
// A failed write or close (disk full, I/O error) sets `write_error`: the
// next file would fail alike, so the batch stops; other failures (a
// directory in the way, permissions) are the input's.
std::optional<std::string> write_atomically(const fs::path& target, std::string_view content, mode_t mode,
                                            int& write_error) {
  write_error = 0;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) return fmt::format("cannot create directory {}: {}", target.parent_path().string(), ec.message());
  std::string temp = (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return fmt::format("cannot create a temporary file for {}: {}", target.string(), std::strerror(errno));
  std::size_t written = 0;
  int saved = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      saved = errno;
      break;
    }
    written += static_cast<std::size_t>(n);
  }
  if (saved == 0 && ::fchmod(fd, mode) != 0) saved = errno;
  if (::close(fd) != 0 && saved == 0 && errno != EINTR) saved = errno;
  write_error = saved;
  if (saved == 0 && std::rename(temp.c_str(), target.c_str()) != 0) saved = errno;
  if (saved != 0) {
    ::unlink(temp.c_str());
    return fmt::format("cannot write {}: {}", target.string(), std::strerror(saved));
  }
  return std::nullopt;
}

// Files are created as the umask allows (mkstemp alone would give 0600).
mode_t output_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return static_cast<mode_t>(0666 & ~mask);
}

struct Engine {
  Engine(const BatchOptions& options, std::ostream& out, std::size_t record_count)
      : options_(options), out_(out), mode_(output_mode()) {
    write_ = options.write;
    write_.record_count = record_count;
    file_write_ = options.write;
    file_write_.record_count = 1;
  }

  // The record of one document, rendered, counted, and with -o written.
  Outcome finish(Document doc, const std::string& output) const {
    Outcome o;
    o.bytes = doc.source.bytes;
    o.kind = doc.error ? Kind::Failed : has_warning(doc) ? Kind::Warned : Kind::Parsed;
    if (doc.error) o.error = with_path(doc.source.path, doc.error->message);
    if (options_.sink) {
      o.document = std::make_shared<const Document>(std::move(doc));
      return o;
    }
    if (!options_.output_dir) {
      // One job renders in the writer's thread, in order: the record can go
      // straight out, and a big one need not be held whole.
      if (options_.jobs <= 1) {
        write_record(out_, doc, options_.format, write_);
      } else {
        o.rendered = render_record(doc, options_.format, write_);
      }
      return o;
    }
    const std::string content = render_prologue(options_.format, file_write_) +
                                render_record(doc, options_.format, file_write_) +
                                render_epilogue(options_.format, file_write_);
    const fs::path target = *options_.output_dir / output;
    if (auto failure = write_atomically(target, content, mode_, o.output_error)) {
      o.kind = Kind::Failed;
      o.error = with_path(doc.source.path, *failure);
      if (o.output_error != 0) o.output_path = target.string();
    }
    return o;
  }

  Outcome error_outcome(const std::string& path, const char* code, const std::string& message,
                        const std::string& output) const {
    Document doc;
    doc.source.path = path;
    doc.error = RecordError{code, message};
    return finish(std::move(doc), output);
  }

  // Any exception here is a bug; the input still gets its record.
  Outcome guarded(const std::string& path, const std::string& output, const std::function<Outcome()>& fn) const {
    try {
      return fn();
    } catch (const std::exception& e) {
      try {
        return error_outcome(path, kInternal, fmt::format("internal error: {}; please report it", e.what()), output);
      } catch (...) {
      }
    } catch (...) {
    }
    Outcome o;
    o.kind = Kind::Failed;
    o.error = path + ": internal error; please report it";
    return o;
  }

  Outcome process_file(const BatchInput& input) const {
    return guarded(input.path, input.output, [&] {
      if (options_.output_dir && options_.skip_existing) {
        std::error_code ec;
        if (fs::exists(*options_.output_dir / input.output, ec)) {
          Outcome skipped;
          skipped.kind = Kind::Skipped;
          return skipped;
        }
      }
      auto bytes = read_input(input, options_.stdin_stream, options_.parse.max_bytes);
      if (!bytes) return error_outcome(input.path, bytes.error().code.c_str(), bytes.error().message, input.output);
      if (options_.sink && options_.sink->holds(input.path, *bytes)) {
        Outcome held;
        held.kind = Kind::Skipped;
        held.bytes = bytes->size();
        return held;
      }
      return parse_and_finish(std::move(*bytes), input.path, input.output);
    });
  }

  // The record of `bytes`. The record holds all it needs: a big input's
  // bytes need not sit beside its rendering.
  Outcome parse_and_finish(std::string bytes, const std::string& path, const std::string& output) const {
    Document doc = parse(bytes, path, options_.parse);
    std::string().swap(bytes);
    return finish(std::move(doc), output);
  }

  Outcome process_line(const std::string& line, std::size_t line_number, bool overlong) const {
    const std::string fallback_id = fmt::format("line {}", line_number);
    return guarded(fallback_id, {}, [&] {
      if (overlong) {
        return error_outcome(fallback_id, kTooLarge,
                             fmt::format("line {} of standard input is longer than {} bytes; raise --max-bytes",
                                         line_number, stream_line_limit()),
                             {});
      }
      StreamInput in = parse_stream_line(line, line_number, options_.parse.input_format);
      if (in.error) return error_outcome(in.id, kMalformed, *in.error, {});
      if (options_.sink && options_.sink->holds(in.id, in.bytes)) {
        Outcome held;
        held.kind = Kind::Skipped;
        held.bytes = in.bytes.size();
        return held;
      }
      Options opts = options_.parse;
      opts.input_format = in.input_format;
      if (!in.encoding.empty()) opts.encoding = in.encoding;
      return finish(parse(in.bytes, in.id, opts), {});
    });
  }

  std::size_t stream_line_limit() const {
    const std::size_t max = options_.parse.max_bytes;
    const std::size_t cap = std::numeric_limits<std::size_t>::max() / 4;
    return (max > cap ? cap : max) * 2 + (std::size_t{64} << 10);
  }

  // The writer's side: output, counts, errors, progress.
  // A write that failed ends the batch (cli::OutputError): the records
  // after it would be lost too, and the summary must not count them.
  void emit(Outcome&& o) {
    if (o.output_error != 0) throw cli::OutputError(o.output_error, o.output_path);
    if (!o.rendered.empty()) out_ << o.rendered;
    if (o.document) options_.sink->write(*o.document);
    if (!options_.output_dir && !options_.sink) cli::check_output(out_);  // with one job finish() wrote the record
    ++stats_.inputs;
    stats_.bytes += o.bytes;
    switch (o.kind) {
      case Kind::Parsed: ++stats_.parsed; break;
      case Kind::Warned: ++stats_.parsed; ++stats_.warned; break;
      case Kind::Failed: ++stats_.failed; break;
      case Kind::Skipped: ++stats_.skipped; break;
    }
    if (!o.error.empty() && options_.on_error) options_.on_error(o.error);
    if (options_.on_progress) {
      options_.on_progress(BatchProgress{stats_.inputs, total_, stats_.bytes, elapsed()});
    }
  }

  double elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

  std::size_t window() const { return std::max(options_.jobs, 1u) * std::max<std::size_t>(options_.window_per_job, 1); }

  const BatchOptions& options_;
  std::ostream& out_;
  mode_t mode_;
  WriteOptions write_, file_write_;
  BatchStats stats_;
  std::size_t total_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// Reads one line without its '\n' (a '\r' before it is kept: JSON ignores
// it). Keeps at most `limit` bytes and sets `overlong` beyond; false at EOF.
bool read_line(std::istream& in, std::string& line, std::size_t limit, bool& overlong) {
  line.clear();
  overlong = false;
  std::streambuf* sb = in.rdbuf();
  bool any = false;
  for (;;) {
    const int c = sb->sbumpc();
    if (c == std::char_traits<char>::eof()) return any;
    any = true;
    if (c == '\n') return true;
    if (line.size() < limit) {
      line.push_back(static_cast<char>(c));
    } else {
      overlong = true;
    }
  }
}

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

}  // namespace

// ---------------------------------------------------------------- public

bool is_notice_name(std::string_view file_name) {
  const std::string ext = ascii_lower(fs::path(file_name).extension().string());
  if (ext.empty()) return true;
  return std::find(kNoticeExtensions.begin(), kNoticeExtensions.end(), ext) != kNoticeExtensions.end();
}

const char* output_extension(OutputFormat format) {
  switch (format) {
    case OutputFormat::Json: return ".json";
    case OutputFormat::Jsonl: return ".jsonl";
    case OutputFormat::Xml: return ".xml";
    case OutputFormat::Csv: return ".csv";
    case OutputFormat::Outline: return ".txt";
  }
  return ".json";
}

std::string notice_extensions_list() {
  std::string list;
  for (std::string_view ext : kNoticeExtensions) {
    if (!list.empty()) list += ' ';
    list += ext;
  }
  return list;
}

std::vector<BatchInput> collect_inputs(const std::vector<std::string>& named, const Selection& selection,
                                       OutputFormat format, std::vector<std::string>* empty_folders) {
  std::vector<BatchInput> inputs;
  OutputNamer namer(format);
  for (const std::string& name : named) {
    if (name == "-") {
      inputs.push_back({"-", namer.name("stdin"), std::nullopt});
      continue;
    }
    std::error_code ec;
    const fs::path path(name);
    if (fs::is_directory(path, ec)) {
      const std::size_t before = inputs.size();
      for (Found& f : Walker(path, selection).run()) {
        inputs.push_back({std::move(f.path), namer.name(f.rel), std::move(f.error)});
      }
      if (inputs.size() == before && empty_folders) empty_folders->push_back(name);
      continue;
    }
    BatchInput input{name, namer.name(path.filename().string()), std::nullopt};
    if (fs::is_symlink(fs::symlink_status(path, ec)) && !fs::exists(path, ec)) {
      std::error_code read_ec;
      input.error = RecordError{kUnreadable, fmt::format("{}: dangling symbolic link to '{}'; fix or remove the link",
                                                         name, fs::read_symlink(path, read_ec).string())};
    }
    inputs.push_back(std::move(input));
  }
  return inputs;
}

std::vector<std::string> split_nul_paths(std::string_view bytes) {
  std::vector<std::string> paths;
  while (!bytes.empty()) {
    const std::size_t end = bytes.find('\0');
    const std::string_view one = bytes.substr(0, end);
    if (!one.empty()) paths.emplace_back(one);
    if (end == std::string_view::npos) break;
    bytes.remove_prefix(end + 1);
  }
  return paths;
}

std::optional<std::vector<std::string>> gather_named(const std::vector<std::string>& inputs,
                                                     const std::string& files0_from, std::istream& in,
                                                     std::string& usage_error) {
  if (inputs.empty() && files0_from.empty()) {
    usage_error = "no inputs; name files or directories ('-' for standard input), or use --files0-from";
    return std::nullopt;
  }
  if (std::count(inputs.begin(), inputs.end(), "-") + (files0_from == "-" ? 1 : 0) > 1) {
    usage_error = "standard input can be read only once; use '-' or --files0-from - once";
    return std::nullopt;
  }
  std::vector<std::string> named = inputs;
  if (files0_from.empty()) return named;
  std::string list;
  if (files0_from == "-") {
    list.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } else {
    std::ifstream file(files0_from, std::ios::binary);
    if (!file) {
      usage_error = files0_from + ": cannot open the --files0-from list; check the path";
      return std::nullopt;
    }
    list.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  }
  for (std::string& path : split_nul_paths(list)) named.push_back(std::move(path));
  return named;
}

Result<std::string> read_input(const BatchInput& input, std::istream* stdin_stream, std::size_t max_bytes) {
  if (input.error) return Error{input.error->code, input.error->message};
  if (input.path == "-") {
    if (!stdin_stream) return Error{kUnreadable, "-: standard input is not available"};
    return read_stream(*stdin_stream, "-", max_bytes);
  }
  return read_file(input.path, max_bytes);
}

void run_in_order(std::size_t count, unsigned jobs,
                  const std::function<std::function<void()>(std::size_t)>& work) {
  jobs = std::max(jobs, 1u);
  std::size_t next_index = 0;
  run_ordered(
      jobs, std::size_t{jobs} * 4,
      [&]() -> std::optional<Work> {
        if (next_index == count) return std::nullopt;
        const std::size_t i = next_index++;
        return Work([&work, i] {
          Outcome o;
          o.deliver = work(i);
          return o;
        });
      },
      [](Outcome&& o) {
        if (o.deliver) o.deliver();
      });
}

BatchStats run_batch(const std::vector<BatchInput>& inputs, const BatchOptions& options, std::ostream& out) {
  Engine engine(options, out, inputs.size());
  engine.total_ = inputs.size();
  const bool to_stream = !options.output_dir && !options.sink;
  if (to_stream) out << render_prologue(options.format, engine.write_);
  std::size_t next_index = 0;
  run_ordered(
      options.jobs, engine.window(),
      [&]() -> std::optional<Work> {
        if (next_index == inputs.size()) return std::nullopt;
        const BatchInput* input = &inputs[next_index++];
        return Work([&engine, input] { return engine.process_file(*input); });
      },
      [&](Outcome&& o) { engine.emit(std::move(o)); });
  if (to_stream) {
    out << render_epilogue(options.format, engine.write_);
    cli::check_output(out);
  }
  engine.stats_.seconds = engine.elapsed();
  return engine.stats_;
}

BatchStats run_stream(std::istream& in, const BatchOptions& options, std::ostream& out) {
  // The number of records is not known in advance: "many".
  Engine engine(options, out, std::numeric_limits<std::size_t>::max());
  if (!options.sink) out << render_prologue(options.format, engine.write_);
  std::size_t line_number = 0;
  const std::size_t limit = engine.stream_line_limit();
  run_ordered(
      options.jobs, engine.window(),
      [&]() -> std::optional<Work> {
        std::string line;
        bool overlong = false;
        for (;;) {
          if (!read_line(in, line, limit, overlong)) return std::nullopt;
          ++line_number;
          if (overlong || !blank(line)) break;
        }
        return Work([&engine, line = std::move(line), number = line_number, overlong] {
          return engine.process_line(line, number, overlong);
        });
      },
      [&](Outcome&& o) { engine.emit(std::move(o)); });
  if (!options.sink) {
    out << render_epilogue(options.format, engine.write_);
    cli::check_output(out);
  }
  engine.stats_.seconds = engine.elapsed();
  return engine.stats_;
}

std::optional<std::string> decode_base64(std::string_view text) {
  static const std::array<signed char, 256> values = [] {
    std::array<signed char, 256> v{};
    v.fill(-1);
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i) v[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return v;
  }();
  std::string out;
  out.reserve(text.size() / 4 * 3 + 3);
  std::uint32_t acc = 0;
  int bits = 0;
  bool padding = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (c == '=') {
      padding = true;
      continue;
    }
    const signed char v = values[static_cast<unsigned char>(c)];
    if (v < 0 || padding) return std::nullopt;  // a stray character, or data after '='
    acc = (acc << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  if (bits >= 6) return std::nullopt;  // one lone character cannot encode a byte
  return out;
}

StreamInput parse_stream_line(std::string_view line, std::size_t line_number, InputFormat default_format) {
  StreamInput in;
  in.id = fmt::format("line {}", line_number);
  in.input_format = default_format;
  const std::string where = fmt::format("line {} of standard input", line_number);
  const std::string shape = R"(each line must be {"id": ..., "content": "..."} or {"id": ..., "content_base64": "..."})";
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    in.error = fmt::format("{}: not valid JSON (at byte {}); {}", where, e.byte, shape);
    return in;
  }
  if (!json.is_object()) {
    in.error = fmt::format("{}: not a JSON object; {}", where, shape);
    return in;
  }
  const auto id = json.find("id");
  if (id != json.end() && id->is_string()) {
    in.id = id->get<std::string>();
  } else if (id != json.end() && id->is_number()) {
    in.id = id->dump();
  } else {
    in.error = fmt::format("{}: no \"id\" (a string or number); {}", where, shape);
    return in;
  }
  const auto content = json.find("content");
  const auto base64 = json.find("content_base64");
  const bool has_content = content != json.end(), has_base64 = base64 != json.end();
  if (has_content == has_base64) {
    in.error = fmt::format("{}: {}; {}", where,
                           has_content ? "both \"content\" and \"content_base64\"" : "no \"content\"", shape);
    return in;
  }
  if (has_content) {
    if (!content->is_string()) {
      in.error = fmt::format("{}: \"content\" is not a string; {}", where, shape);
      return in;
    }
    in.bytes = content->get<std::string>();
    in.encoding = "UTF-8";
  } else {
    std::optional<std::string> bytes;
    if (base64->is_string()) bytes = decode_base64(base64->get_ref<const std::string&>());
    if (!bytes) {
      in.error = fmt::format("{}: \"content_base64\" is not a base64 string; {}", where, shape);
      return in;
    }
    in.bytes = std::move(*bytes);
  }
  const auto media = json.find("media_type");
  if (media != json.end() && media->is_string()) {
    std::string type = ascii_lower(media->get<std::string>());
    type = type.substr(0, type.find(';'));  // "text/html; charset=gbk"
    while (!type.empty() && type.back() == ' ') type.pop_back();
    for (const MediaTypeEntry& entry : kMediaTypes) {
      if (entry.media_type == type) in.input_format = entry.format;
    }
  }
  return in;
}

OutputFile::OutputFile(std::string path, std::string temp, int fd)
    : path_(std::move(path)),
      temp_(std::move(temp)),
      fd_(fd),
      buf_(std::make_unique<cli::FdOutBuf>(fd, 64 * 1024, cli::FdOutBuf::Writes::kBehindToFile)),
      stream_(std::make_unique<std::ostream>(buf_.get())) {}

OutputFile::OutputFile(OutputFile&& other) noexcept
    : path_(std::move(other.path_)),
      temp_(std::move(other.temp_)),
      fd_(other.fd_),
      buf_(std::move(other.buf_)),
      stream_(std::move(other.stream_)) {
  other.fd_ = -1;
  other.temp_.clear();
}

OutputFile::~OutputFile() {
  stream_.reset();
  buf_.reset();  // its last flush goes to the temporary, which is removed anyway
  if (fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) ::unlink(temp_.c_str());
}

std::optional<OutputFile> OutputFile::open(const std::string& path, std::string& error) {
  const fs::path target(path);
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  return OutputFile(path, std::move(temp), fd);
}

void OutputFile::commit() {
  cli::check_output(*stream_, true);
  int saved = 0;
  if (::fchmod(fd_, output_mode()) != 0) saved = errno;
  if (::close(fd_) != 0 && saved == 0 && errno != EINTR) saved = errno;
  fd_ = -1;
  if (saved == 0 && std::rename(temp_.c_str(), path_.c_str()) != 0) saved = errno;
  if (saved != 0) throw cli::OutputError(saved, {});
  temp_.clear();  // renamed: nothing to remove
}

std::string check_output_dir(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return ec.message();
  if (!fs::is_directory(dir, ec)) return std::strerror(ENOTDIR);
  std::string probe = (fs::path(dir) / ".tongbao-probe.XXXXXX").string();
  const int fd = ::mkstemp(probe.data());
  if (fd < 0) return std::strerror(errno);
  ::close(fd);
  ::unlink(probe.c_str());
  return {};
}

std::string format_summary(const BatchStats& stats) {
  const double mb = static_cast<double>(stats.bytes) / 1e6;
  const double rate = stats.seconds > 0 ? mb / stats.seconds : 0.0;
  return fmt::format("{} inputs: {} parsed ({} with warnings), {} failed, {} skipped; {:.1f} MB in {:.1f} s ({:.1f} MB/s)",
                     stats.inputs, stats.parsed, stats.warned, stats.failed, stats.skipped, mb, stats.seconds, rate);
}

std::string format_progress(const BatchProgress& progress) {
  const double mb = static_cast<double>(progress.bytes) / 1e6;
  const double rate = progress.seconds > 0 ? mb / progress.seconds : 0.0;
  if (progress.total == 0) return fmt::format("{} records, {:.1f} MB/s", progress.done, rate);
  std::string line = fmt::format("{}/{} files, {:.1f} MB/s", progress.done, progress.total, rate);
  if (progress.done > 0 && progress.done < progress.total) {
    const double left = progress.seconds / static_cast<double>(progress.done) *
                        static_cast<double>(progress.total - progress.done);
    const auto whole = static_cast<long long>(left + 0.5);
    line += fmt::format(", {}:{:02} left", whole / 60, whole % 60);
  }
  return line;
}

}  // namespace tongbao::detail
