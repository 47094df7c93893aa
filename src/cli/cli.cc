#include "cli/cli.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <algorithm>
#include <exception>
#include <string_view>
#include <thread>
#include <vector>
#include <iostream>
#include <map>

#include <CLI/CLI.hpp>

#include "cli/batch.h"

namespace tongbao::cli {

void print_error(Io& io, const std::string& message) { io.err << io.program << ": error: " << message << "\n"; }

void print_warning(Io& io, const std::string& message) {
  io.err << io.program << ": warning: " << message << "\n";
}

CLI::Validator one_of(std::vector<std::string> words) {
  return CLI::Validator(
      [words](std::string& value) -> std::string {
        if (std::find(words.begin(), words.end(), value) != words.end()) return {};
        std::string list;
        for (std::size_t i = 0; i < words.size(); ++i) list += (i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + words[i];
        return "'" + value + "' is not one of " + list;
      },
      "", "one_of");
}

CLI::Validator whole_number_up_to(unsigned max) {
  return CLI::Validator(
      [max](std::string& value) -> std::string {
        const bool digits = !value.empty() && value.size() <= 10 &&
                            std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits && std::stoull(value) <= max) return {};
        return "'" + value + "' is not a whole number from 0 to " + std::to_string(max);
      },
      "", "whole_number_up_to");
}

CLI::Validator size_value() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        std::size_t i = 0;
        while (i < value.size() && value[i] >= '0' && value[i] <= '9') ++i;
        std::string unit = value.substr(i);
        for (char& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        static const std::vector<std::string> units = {"", "b", "k", "kb", "kib", "m", "mb", "mib", "g", "gb", "gib"};
        if (i > 0 && i <= 18 && std::find(units.begin(), units.end(), unit) != units.end()) return {};
        return "'" + value + "' is not a size: a number of bytes, or one followed by k, M or G";
      },
      "", "size_value");
}

void add_color_option(CLI::App& command, ColorChoice& choice) {
  command
      .add_option_function<std::string>(
          "--color",
          [&choice](const std::string& word) {
            choice = word == "always" ? ColorChoice::Always : word == "never" ? ColorChoice::Never : ColorChoice::Auto;
          },
          "Colour: auto (on a terminal; NO_COLOR, CLICOLOR_FORCE), always or never")
      ->check(one_of({"auto", "always", "never"}))
      ->option_text("WHEN");
}

void add_input_format_option(CLI::App& command, InputFormat& format) {
  command
      .add_option_function<std::string>(
          "--input-format",
          [&format](const std::string& word) {
            format = word == "text"       ? InputFormat::Text
                     : word == "html"     ? InputFormat::Html
                     : word == "markdown" ? InputFormat::Markdown
                                          : InputFormat::Auto;
          },
          "auto, text, html or markdown")
      ->check(one_of({"auto", "text", "html", "markdown"}));
}

bool use_color(const Io& io, ColorChoice choice, bool stream_is_terminal) {
  switch (choice) {
    case ColorChoice::Always: return true;
    case ColorChoice::Never: return false;
    case ColorChoice::Auto: break;
  }
  if (io.clicolor_force) return true;
  if (io.no_color) return false;
  return stream_is_terminal;
}

std::optional<std::vector<detail::BatchInput>> select_inputs(Io& io, const std::vector<std::string>& inputs,
                                                             const std::string& files0_from,
                                                             const std::vector<std::string>& globs,
                                                             OutputFormat format, const std::string& no_inputs_hint) {
  std::string usage_error;
  const auto named = detail::gather_named(inputs, files0_from, io.in, usage_error);
  if (!named) {
    print_error(io, usage_error + (inputs.empty() && files0_from.empty() ? no_inputs_hint : std::string()));
    return std::nullopt;
  }
  detail::Selection selection;
  selection.globs = globs;
  std::vector<std::string> empty_folders;
  std::vector<detail::BatchInput> selected = detail::collect_inputs(*named, selection, format, &empty_folders);
  if (empty_folders.empty()) return selected;
  std::string what = "no notice-like file (" + detail::notice_extensions_list() + "; --glob selects others)";
  if (!globs.empty()) {
    what = "no file matches --glob";
    for (const std::string& glob : globs) what += " '" + glob + "'";
  }
  if (selected.empty()) {  // every name was a folder, and none gave a file
    std::string folders;
    for (const std::string& folder : empty_folders) folders += (folders.empty() ? "" : ", ") + folder;
    print_error(io, "nothing to read: " + what + " in " + folders);
    return std::nullopt;
  }
  for (const std::string& folder : empty_folders) print_warning(io, folder + ": " + what + "; skipped");
  return selected;
}

unsigned jobs_or_cores(unsigned jobs) { return jobs != 0 ? jobs : std::max(std::thread::hardware_concurrency(), 1u); }

OutputError::OutputError(int error, const std::string& where)
    : std::runtime_error(where.empty() ? std::strerror(error) : where + ": " + std::strerror(error)),
      error_(error),
      where_(where) {}

FdOutBuf::FdOutBuf(int fd, std::size_t size, Writes writes) : fd_(fd), buffer_(size == 0 ? 1 : size) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  struct stat info {};
  // Behind only for a regular file: a pipe or a terminal gets each buffer
  // as it fills, and a closed pipe is seen at once.
  if (writes == Writes::kBehindToFile && ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    // Half a megabyte a hand-over: a few dozen wake-ups for a batch's
    // 30 MB of JSON Lines, not hundreds.
    buffer_.resize(std::max<std::size_t>(buffer_.size(), std::size_t{1} << 19));
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    writing_.resize(buffer_.size());
    try {
      writer_ = std::thread([this] { write_behind(); });
    } catch (const std::system_error&) {  // no thread: write here
      writing_ = {};
    }
  }
}

FdOutBuf::~FdOutBuf() {
  drain();
  if (writer_.joinable()) {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    writer_.join();
  }
}

bool FdOutBuf::write_all(const char* s, std::size_t n) {
  if (error_ != 0) return false;  // after a failure nothing more goes out
  while (n > 0) {
    const ssize_t written = ::write(fd_, s, n);
    if (written < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
      return false;
    }
    s += written;
    n -= static_cast<std::size_t>(written);
  }
  return true;
}

void FdOutBuf::write_behind() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return has_writing_ || stop_; });
    if (!has_writing_) return;  // stopped, and all written
    lock.unlock();
    write_all(writing_.data(), writing_size_);
    lock.lock();
    has_writing_ = false;
    changed_.notify_all();
  }
}

bool FdOutBuf::hand_over() {
  const auto size = static_cast<std::size_t>(pptr() - pbase());
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !has_writing_; });
    if (error_ != 0) return false;
    if (size > 0) {
      buffer_.swap(writing_);
      writing_size_ = size;
      has_writing_ = true;
    }
  }
  changed_.notify_all();
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return true;
}

bool FdOutBuf::drain() {
  if (writer_.joinable()) return hand_over();
  const bool ok = write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return ok;
}

FdOutBuf::int_type FdOutBuf::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

std::streamsize FdOutBuf::xsputn(const char* s, std::streamsize n) {
  if (error_ != 0) return 0;
  if (n <= epptr() - pptr()) {
    std::memcpy(pptr(), s, static_cast<std::size_t>(n));
    pbump(static_cast<int>(n));
    return n;
  }
  if (writer_.joinable()) {
    // Behind: through the buffers, whatever the size, so that no write
    // runs here.
    std::streamsize left = n;
    while (left > 0) {
      const std::streamsize room = epptr() - pptr();
      const std::streamsize take = std::min(left, room);
      std::memcpy(pptr(), s, static_cast<std::size_t>(take));
      pbump(static_cast<int>(take));
      s += take;
      left -= take;
      if (pptr() == epptr() && !hand_over()) return 0;
    }
    return n;
  }
  if (!drain() || !write_all(s, static_cast<std::size_t>(n))) return 0;
  return n;
}

int FdOutBuf::sync() {
  if (!drain()) return -1;
  if (writer_.joinable()) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !has_writing_; });
  }
  return error_ == 0 ? 0 : -1;
}

void check_output(std::ostream& out, bool flush) {
  if (flush && out.good()) out.flush();
  if (out.good()) return;
  int error = EIO;  // a stream that does not say why
  if (const auto* buf = dynamic_cast<const FdOutBuf*>(out.rdbuf()); buf != nullptr && buf->error() != 0) {
    error = buf->error();
  }
  throw OutputError(error, {});
}

namespace {

int parse_and_run(int argc, const char* const* argv, Io& io);

}  // namespace

// The one place where lost output is reported: whatever the subcommand,
// a failed write ends the run with one line and kOutputFailed.
int run(int argc, const char* const* argv, Io& io) {
  try {
    const int status = parse_and_run(argc, argv, io);
    check_output(io.out, true);
    return status;
  } catch (const OutputError& e) {
    if (e.error() != EPIPE) print_error(io, std::string("writing output: ") + e.what());
    return kOutputFailed;
  }
}

namespace {

// Edit distance, for "did you mean": names here are a few bytes long.
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The closest of `names` to `word`, when it is close enough to be a typo.
std::string suggestion(std::string_view word, const std::vector<std::string>& names) {
  std::string best;
  std::size_t best_distance = 3;  // two edits at most: --verison, pasre
  for (const std::string& name : names) {
    const std::size_t d = distance(word, name);
    if (d < best_distance) {
      best = name;
      best_distance = d;
    }
  }
  return best;
}

int unknown(Io& io, std::string_view what, std::string_view word, const std::vector<std::string>& names) {
  std::string message = std::string("unknown ") + std::string(what) + " '" + std::string(word) + "'";
  if (const std::string near = suggestion(word, names); !near.empty()) message += "; did you mean '" + near + "'?";
  print_error(io, message);
  io.err << "Run '" << io.program << " --help' for the commands.\n";
  return kUsage;
}

int parse_and_run(int argc, const char* const* argv, Io& io) {
  CLI::App app{"tongbao: rectification notices (巡视/巡察整改通报) to structured records", "tongbao"};
  app.set_version_flag("-V,--version", std::string("tongbao ") + TONGBAO_VERSION);
  app.require_subcommand(1);
  std::map<const CLI::App*, Runner> runners;
  auto add = [&](Runner runner) { runners[app.get_subcommands({}).back()] = std::move(runner); };
  add(add_parse_command(app, io));
  add(add_check_command(app, io));
  add(add_schema_command(app, io));
  add(add_stats_command(app, io));
  std::vector<std::string> commands;
  for (const CLI::App* sub : app.get_subcommands({})) commands.push_back(sub->get_name());
  // The first word decides: a command, `help [COMMAND]`, or a top-level
  // option; anything else gets the tool's own words, not CLI11's.
  const std::string first = argc > 1 ? argv[1] : "";
  const bool is_command = std::find(commands.begin(), commands.end(), first) != commands.end();
  if (first == "help") {
    if (argc == 2) {
      io.out << app.help();
      return kOk;
    }
    const std::string topic = argv[2];
    if (std::find(commands.begin(), commands.end(), topic) == commands.end()) return unknown(io, "command", topic, commands);
    io.out << app.get_subcommand(topic)->help();
    return kOk;
  }
  if (!first.empty() && !is_command) {
    const std::vector<std::string> options = {"--help", "--version", "-h", "-V"};
    if (first[0] != '-') {
      std::vector<std::string> words = commands;
      words.push_back("help");
      return unknown(io, "command", first, words);
    }
    if (std::find(options.begin(), options.end(), first) == options.end()) return unknown(io, "option", first, options);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();
    return kOk;
  } catch (const CLI::CallForAllHelp&) {
    io.out << app.help("", CLI::AppFormatMode::All);
    return kOk;
  } catch (const CLI::CallForVersion&) {
    io.out << "tongbao " << TONGBAO_VERSION << "\n";
    return kOk;
  } catch (const CLI::ExtrasError& e) {
    // Past the command name, the inputs take every plain word: what is left
    // over is an option the command does not have.
    if (is_command) {
      const CLI::App* command = app.get_subcommand(first);
      std::vector<std::string> names;
      for (const CLI::Option* option : command->get_options()) {
        for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
        for (const std::string& name : option->get_snames()) names.push_back("-" + name);
      }
      const std::string_view what = e.what();
      const std::size_t colon = what.find(": ");
      const std::string word(colon == std::string_view::npos ? what : what.substr(colon + 2));
      std::string message = "unknown option '" + word + "' for '" + first + "'";
      if (const std::string near = suggestion(word, names); !near.empty()) message += "; did you mean '" + near + "'?";
      print_error(io, message);
      io.err << "Run '" << io.program << " " << first << " --help' for usage.\n";
      return kUsage;
    }
    print_error(io, e.what());
    io.err << "Run '" << io.program << " --help' for the commands.\n";
    return kUsage;
  } catch (const CLI::ParseError& e) {
    print_error(io, e.what());
    // Point to the help of the command whose words were wrong.
    io.err << "Run '" << io.program << (is_command ? " " + first : std::string()) << " --help' for usage.\n";
    return kUsage;
  }
  for (const auto& [sub, runner] : runners) {
    if (sub->parsed()) {
      try {
        return runner();
      } catch (const OutputError&) {
        throw;  // run() reports it
      } catch (const std::exception& e) {  // a bug, not bad input: say so, do not crash
        print_error(io, std::string("internal error: ") + e.what() + "; please report it");
        return kInputFailed;
      }
    }
  }
  return kUsage;
}

}  // namespace

}  // namespace tongbao::cli
