// _tongbao.cc - the compiled core of the Python module `tongbao`.
//
// A consumer of the public API (include/tongbao/) like the command line:
// each input is read (read_file) or taken as bytes, parsed (parse) and
// rendered as the CLI's compact JSON record (render_record), and the Python
// side (tongbao/__init__.py) json.loads that string. So a record in Python
// is, by construction, what `tongbao parse` writes for the same input.
//
// Parsing runs with the GIL released. `Batch` is the engine of
// parse_files(): jobs - 1 worker std::threads that never touch Python, and
// the calling thread, parse the paths, at most jobs * 4 records ahead of the
// reader; next() hands the records back in input order, with the GIL
// released while it parses or waits.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "cli/batch.h"
#include "cli/stats.h"
#include "tongbao/tongbao.h"
#include "tongbao/version.h"

namespace py = pybind11;

namespace {

// The error record's code for an exception, which is a bug; the CLI says the same.
constexpr const char* kInternal = "internal";

tongbao::detail::GroupBy group_by(const std::string& by) {
  tongbao::detail::GroupBy group = tongbao::detail::GroupBy::All;
  if (by != "all" && !tongbao::detail::parse_group_by(by, group)) {
    throw py::value_error("by must be 'all', 'year', 'kind', 'issuer' or 'site', not '" + by + "'");
  }
  return group;
}

tongbao::Options make_options(const std::string& input_format, const std::string& encoding, std::size_t max_bytes,
                              bool pedantic) {
  tongbao::Options options;
  if (input_format == "auto") {
    options.input_format = tongbao::InputFormat::Auto;
  } else if (input_format == "text") {
    options.input_format = tongbao::InputFormat::Text;
  } else if (input_format == "html") {
    options.input_format = tongbao::InputFormat::Html;
  } else if (input_format == "markdown") {
    options.input_format = tongbao::InputFormat::Markdown;
  } else {
    throw py::value_error("input_format must be 'auto', 'text', 'html' or 'markdown', not '" + input_format + "'");
  }
  if (max_bytes == 0) throw py::value_error("max_bytes must be at least 1");
  options.encoding = encoding;
  options.max_bytes = max_bytes;
  options.pedantic = pedantic;
  return options;
}

std::string error_record(const std::string& path, const std::string& code, const std::string& message) {
  tongbao::Document doc;
  doc.source.path = path;
  doc.error = tongbao::RecordError{code, message};
  return tongbao::render_record(doc, tongbao::OutputFormat::Json);
}

// Any exception here is a bug (or memory ran out); the input still gets a record.
template <typename Fn>
std::string guarded(const std::string& path, Fn&& fn) noexcept {
  try {
    return fn();
  } catch (const std::exception& e) {
    try {
      return error_record(path, kInternal, std::string("internal error: ") + e.what() + "; please report it");
    } catch (...) {
    }
  } catch (...) {
  }
  return std::string("{\"format\":\"") + tongbao::kFormat + "\",\"error\":{\"code\":\"internal\"}}";
}

// The JSON record of the file at `path`: an error record when it cannot be read.
std::string record_of_file(const std::string& path, const tongbao::Options& options) {
  return guarded(path, [&] {
    auto bytes = tongbao::read_file(path, options.max_bytes);
    if (!bytes) return error_record(path, bytes.error().code, bytes.error().message);
    const tongbao::Document doc = tongbao::parse(*bytes, path, options);
    return tongbao::render_record(doc, tongbao::OutputFormat::Json);
  });
}

std::string record_of_bytes(const std::string& bytes, const std::string& name, const tongbao::Options& options) {
  return guarded(name, [&] {
    if (bytes.size() > options.max_bytes) {
      // As read_file refuses a file past the limit, with the same code.
      return error_record(name, "too-large",
                          name + ": larger than the limit of " + std::to_string(options.max_bytes) +
                              " bytes; raise it with max_bytes=");
    }
    return tongbao::render_record(tongbao::parse(bytes, name, options), tongbao::OutputFormat::Json);
  });
}

// Parses paths on `jobs` threads and hands the records back in input order.
// The calling thread is one of them: when the record it asks for is not
// ready, it parses the next path no one has taken instead of waiting. So
// `jobs` threads are busy, not jobs + 1: in Python the caller spends about
// as long turning each record into dicts as a worker spends parsing it, and
// a third busy thread on two cores would slow the caller, whom the whole
// batch waits on.
class Batch {
 public:
  Batch(std::vector<std::string> paths, unsigned jobs, tongbao::Options options)
      : paths_(std::move(paths)), options_(std::move(options)), window_(std::size_t{jobs} * 4) {
    const std::size_t threads = std::min<std::size_t>(jobs - 1, paths_.size());
    workers_.reserve(threads);
    for (std::size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }

  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;

  ~Batch() { stop(); }

  // The next record in input order; nullopt after the last.
  std::optional<std::string> next() {
    std::unique_lock lock(mutex_);
    for (;;) {
      if (stopping_ || next_out_ == paths_.size()) return std::nullopt;
      auto found = done_.find(next_out_);
      if (found != done_.end()) {
        std::string record = std::move(found->second);
        done_.erase(found);
        ++next_out_;
        room_.notify_all();
        return record;
      }
      if (has_room()) {
        parse_one(lock);
      } else {
        ready_.wait(lock);
      }
    }
  }

  std::size_t size() const { return paths_.size(); }

  // Lets the workers finish the record in hand and joins them.
  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    room_.notify_all();
    for (std::thread& worker : workers_) {
      if (worker.joinable()) worker.join();
    }
  }

 private:
  // A path is left to take, and taking it keeps within the window.
  bool has_room() const { return next_in_ < paths_.size() && next_in_ < next_out_ + window_; }

  // Takes the next path and parses it with the lock released.
  void parse_one(std::unique_lock<std::mutex>& lock) {
    const std::size_t index = next_in_++;
    lock.unlock();
    std::string record = record_of_file(paths_[index], options_);
    lock.lock();
    done_.emplace(index, std::move(record));
    ready_.notify_all();
  }

  void work() {
    std::unique_lock lock(mutex_);
    for (;;) {
      room_.wait(lock, [this] { return stopping_ || next_in_ == paths_.size() || has_room(); });
      if (stopping_ || next_in_ == paths_.size()) return;
      parse_one(lock);
    }
  }

  const std::vector<std::string> paths_;
  const tongbao::Options options_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable ready_;  // a record was finished
  std::condition_variable room_;   // the reader took one, or stop
  std::size_t next_in_ = 0;        // the next path a thread takes
  std::size_t next_out_ = 0;       // the next record next() returns
  std::map<std::size_t, std::string> done_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace

PYBIND11_MODULE(_tongbao, m) {
  m.doc() = "The compiled core of tongbao; use the package `tongbao`, which returns records as dicts.";
  m.attr("version") = TONGBAO_VERSION_STRING;
  m.attr("record_format") = tongbao::kFormat;

  m.def(
      "collect",
      [](const std::vector<std::string>& named, const std::vector<std::string>& globs) {
        std::vector<std::string> paths;
        py::gil_scoped_release release;
        tongbao::detail::Selection selection;
        selection.globs = globs;
        for (const auto& input : tongbao::detail::collect_inputs(named, selection, tongbao::OutputFormat::Jsonl)) {
          paths.push_back(input.path);
        }
        return paths;
      },
      py::arg("named"), py::arg("globs"),
      "The files `tongbao parse` takes for these inputs, in its order: folders walked as the CLI walks them.");

  m.def(
      "parse_file_json",
      [](const std::string& path, const std::string& input_format, const std::string& encoding,
         std::size_t max_bytes, bool pedantic) {
        const tongbao::Options options = make_options(input_format, encoding, max_bytes, pedantic);
        py::gil_scoped_release release;
        return record_of_file(path, options);
      },
      py::arg("path"), py::arg("input_format"), py::arg("encoding"), py::arg("max_bytes"), py::arg("pedantic"),
      "The record of the file at `path` as the CLI's compact JSON (an error record if it cannot be read).");

  m.def(
      "parse_bytes_json",
      [](const py::bytes& content, const std::string& name, const std::string& input_format,
         const std::string& encoding, std::size_t max_bytes, bool pedantic) {
        const tongbao::Options options = make_options(input_format, encoding, max_bytes, pedantic);
        std::string bytes = content;  // copied: the parse runs without the GIL
        py::gil_scoped_release release;
        return record_of_bytes(bytes, name, options);
      },
      py::arg("content"), py::arg("name"), py::arg("input_format"), py::arg("encoding"), py::arg("max_bytes"),
      py::arg("pedantic"), "The record of `content`, recorded as source.path `name`, as compact JSON.");

  // The figures of `tongbao stats --format json`, by the same code, so the
  // report's tables and the command line's agree by construction.
  m.def(
      "stats_json",
      [](const std::vector<std::string>& records, const std::string& by) {
        tongbao::detail::Stats stats(group_by(by));
        py::gil_scoped_release release;
        for (std::size_t i = 0; i < records.size(); ++i) {
          auto json = nlohmann::json::parse(records[i], nullptr, /*allow_exceptions=*/false);
          std::optional<tongbao::detail::RecordFacts> facts;
          if (!json.is_discarded()) facts = tongbao::detail::facts_of(json);
          if (!facts) {
            py::gil_scoped_acquire acquire;
            throw py::value_error("record " + std::to_string(i + 1) + " is not a tongbao record");
          }
          stats.add(*facts);
        }
        return stats.render_json().dump();
      },
      py::arg("records"), py::arg("by"), "`tongbao stats --format json` over records given as JSON texts.");
  m.def(
      "stats_archive_json",
      [](const std::string& path, const std::string& by) {
        tongbao::detail::Stats stats(group_by(by));
        std::string error;
        std::vector<tongbao::detail::RecordFacts> all;
        {
          py::gil_scoped_release release;
          all = tongbao::detail::facts_of_archive(path, error);
        }
        if (!error.empty()) throw py::value_error(path + ": " + error);
        for (const auto& facts : all) stats.add(facts);
        return stats.render_json().dump();
      },
      py::arg("path"), py::arg("by"), "`tongbao stats --format json` over a SQLite archive.");

  py::class_<Batch>(m, "Batch", "Parses files on jobs threads, the caller's among them; next() gives their JSON records in input order.")
      .def(py::init([](std::vector<std::string> paths, unsigned jobs, const std::string& input_format,
                       const std::string& encoding, std::size_t max_bytes, bool pedantic) {
             if (jobs == 0) throw py::value_error("jobs must be at least 1");
             tongbao::Options options = make_options(input_format, encoding, max_bytes, pedantic);
             return std::make_unique<Batch>(std::move(paths), jobs, std::move(options));
           }),
           py::arg("paths"), py::arg("jobs"), py::arg("input_format"), py::arg("encoding"), py::arg("max_bytes"),
           py::arg("pedantic"))
      .def("next", &Batch::next, py::call_guard<py::gil_scoped_release>(),
           "The next JSON record in input order, or None after the last.")
      .def("close", &Batch::stop, py::call_guard<py::gil_scoped_release>(), "Stops the workers.")
      .def("__len__", &Batch::size);
}
