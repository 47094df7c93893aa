#include "blocks/markdown.h"

#include <cmark.h>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "blocks/html_facts.h"
#include "blocks/ledger.h"
#include "blocks/text_blocks.h"
#include "text/chars.h"
#include "text/dates.h"
#include "text/markers.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// Front matter keys that say something about the page, by priority within
// a field: the first key present wins (title before 标题, date before
// published...). Static-site generators (Jekyll, Hugo, Hexo) and the
// converters mirror sites run write these.
constexpr FrontMatterKey kFrontMatterKeys[] = {
    {"title", FrontMatterField::Title},
    {"标题", FrontMatterField::Title},
    {"date", FrontMatterField::Published},
    {"published", FrontMatterField::Published},
    {"publishdate", FrontMatterField::Published},
    {"publish_date", FrontMatterField::Published},
    {"pubdate", FrontMatterField::Published},
    {"发布时间", FrontMatterField::Published},
    {"发布日期", FrontMatterField::Published},
    {"source", FrontMatterField::Origin},
    {"来源", FrontMatterField::Origin},
    {"site", FrontMatterField::Site},
    {"sitename", FrontMatterField::Site},
};

// Tags that end a line of text in an HTML block (`<p>甲</p><p>乙</p>` is two
// paragraphs); other tags are dropped and the text around them joined.
constexpr std::string_view kLineTags[] = {"p",  "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5",
                                          "h6", "table", "ul", "ol", "blockquote", "section", "article"};

// The few character references an HTML block of a converted notice holds
// (cmark decodes them everywhere else, but leaves raw HTML as it is).
struct Entity {
  std::string_view name;
  std::string_view text;
};
constexpr Entity kEntities[] = {{"&nbsp;", "\u00A0"}, {"&amp;", "&"},      {"&lt;", "<"},
                                {"&gt;", ">"},        {"&quot;", "\""},    {"&apos;", "'"},
                                {"&ldquo;", "\u201C"}, {"&rdquo;", "\u201D"}, {"&mdash;", "\u2014"}};

bool ascii_equal_nocase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    char x = a[k], y = b[k];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Where each source line starts: LF, CRLF and a lone CR end a line, as for
// cmark and the text reader.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) starts_.push_back(i + 1);
    }
  }
  int lines() const { return static_cast<int>(starts_.size()); }
  // Line n (1-based) without its line end; empty past the end.
  std::string_view line(int n) const {
    if (n < 1 || n > lines()) return {};
    const std::size_t begin = starts_[static_cast<std::size_t>(n - 1)];
    std::size_t end = n < lines() ? starts_[static_cast<std::size_t>(n)] : text_.size();
    while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
    return text_.substr(begin, end - begin);
  }
  std::size_t start(int n) const { return starts_[static_cast<std::size_t>(n - 1)]; }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// ------------------------------------------------------- front matter ----

// A value as YAML or TOML writes a scalar: quotes removed ('' inside single
// quotes is one quote; a backslash escapes the next character inside double
// quotes), a comment after the value dropped.
std::string scalar_value(std::string_view v) {
  v = trim(v);
  std::string out;
  if (!v.empty() && (v.front() == '\'' || v.front() == '"')) {
    const char quote = v.front();
    for (std::size_t k = 1; k < v.size(); ++k) {
      if (v[k] == quote) {
        if (quote == '\'' && k + 1 < v.size() && v[k + 1] == '\'') {
          ++k;  // '' is a quote
        } else {
          return out;  // the closing quote: what follows is a comment
        }
      } else if (quote == '"' && v[k] == '\\' && k + 1 < v.size()) {
        ++k;
      }
      out += v[k];
    }
    return std::string(v);  // no closing quote: the value as written
  }
  if (const std::size_t hash = v.find(" #"); hash != std::string_view::npos) v = trim(v.substr(0, hash));
  return std::string(v);
}

const FrontMatterKey* front_matter_key(std::string_view key) {
  for (const FrontMatterKey& k : kFrontMatterKeys)
    if (ascii_equal_nocase(k.key, key)) return &k;
  return nullptr;
}

// The front matter's facts. A field's first key (in kFrontMatterKeys order)
// wins, whatever order the lines come in.
struct FrontMatter {
  int lines = 0;           // lines it takes, delimiters included; 0: none
  std::size_t bytes = 0;   // bytes it takes, up to the first body line
  PageFacts facts;
};

// Page facts from front matter's keys and values: a field's first key in
// kFrontMatterKeys wins, whatever order the keys come in.
class FactsByKey {
 public:
  explicit FactsByKey(PageFacts& facts) : facts_(facts) { ranks_.fill(std::size(kFrontMatterKeys)); }

  void take(const FrontMatterKey& key, std::string value) {
    const auto rank = static_cast<std::size_t>(&key - kFrontMatterKeys);
    std::size_t& best_rank = ranks_[static_cast<std::size_t>(key.field)];
    if (rank >= best_rank) return;
    std::string folded = fold_space(value);
    if (folded.empty()) return;
    switch (key.field) {
      // A mirror or static site appends its name as a page's <title> does
      // (…的通报 - 某某镜像站, …的通报 | site).
      case FrontMatterField::Title: facts_.title = strip_title_suffix(std::move(folded)); break;
      case FrontMatterField::Origin: facts_.origin = std::move(folded); break;
      case FrontMatterField::Site: facts_.site = std::move(folded); break;
      case FrontMatterField::Published: {
        // The first date of the value in the one date grammar: "2024-06-24",
        // "2024-06-24 16:38:00", "2024-06-24T16:38:00+08:00", "2024年6月24日".
        YearContext years;
        std::optional<std::string> date;
        for (const DateMatch& m : find_dates(folded, years)) {
          if (m.begin == 0 && m.value && m.day_precise) date = in_china_time(folded, Timestamp{*m.value, m.begin, m.end});
          break;
        }
        if (!date) date = english_date(folded);  // pubDate: 'Dec 29 2023'
        if (!date) return;  // not a date: the body's date line may still say
        facts_.published = std::move(date);
        break;
      }
    }
    best_rank = rank;
  }

 private:
  PageFacts& facts_;
  std::array<std::size_t, 4> ranks_;  // rank of the key that gave each field so far
};

// Hugo's third front matter: a JSON object from the first line to a line
// that is "}" alone ({ "title": "…", "date": "2023-12-20T15:00:00+08:00" }).
// A first "{" that opens no such object is text.
FrontMatter read_json_front_matter(const LineIndex& lines) {
  FrontMatter fm;
  int close = 0;
  for (int n = 2; n <= lines.lines() && close == 0; ++n) {
    if (trim(lines.line(n)) == "}") close = n;
  }
  if (close == 0) return fm;
  const std::size_t end = lines.start(close) + lines.line(close).size();
  const std::string_view object = lines.text().substr(0, end);
  const nlohmann::json json = nlohmann::json::parse(object.begin(), object.end(), nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) return fm;
  fm.lines = close;
  fm.bytes = close < lines.lines() ? lines.start(close + 1) : end;
  FactsByKey facts(fm.facts);
  for (const auto& [key, value] : json.items()) {
    const FrontMatterKey* k = front_matter_key(key);
    if (k && value.is_string()) facts.take(*k, value.get<std::string>());
  }
  return fm;
}

FrontMatter read_front_matter(const LineIndex& lines) {
  FrontMatter fm;
  std::string_view first = trim(lines.line(1));
  if (first.starts_with("\xEF\xBB\xBF")) first.remove_prefix(3);
  const bool yaml = first == "---", toml = first == "+++";
  if (first == "{") return read_json_front_matter(lines);
  if (!yaml && !toml) return fm;
  int close = 0;
  for (int n = 2; n <= lines.lines() && close == 0; ++n) {
    const std::string_view l = trim(lines.line(n));
    if (yaml ? (l == "---" || l == "...") : l == "+++") close = n;
  }
  if (close == 0) return fm;  // not front matter: cmark reads the "---" as a rule
  fm.lines = close;
  fm.bytes = close < lines.lines() ? lines.start(close + 1) : lines.start(close) + lines.line(close).size();
  FactsByKey facts(fm.facts);
  for (int n = 2; n < close; ++n) {
    const std::string_view l = lines.line(n);
    if (l.empty() || l.front() == ' ' || l.front() == '\t' || l.front() == '#') continue;  // nested or comment
    const std::size_t sep = l.find(yaml ? ':' : '=');
    if (sep == std::string_view::npos) continue;
    std::string key = scalar_value(l.substr(0, sep));
    const FrontMatterKey* k = front_matter_key(key);
    if (!k) continue;
    std::string_view raw = trim(l.substr(sep + 1));
    std::string value;
    if (yaml && (raw == "|" || raw == ">" || raw == "|-" || raw == ">-")) {
      // A block scalar: the indented lines after the key, joined (no space
      // between the lines of a Chinese title).
      for (int m = n + 1; m < close; ++m) {
        const std::string_view next = lines.line(m);
        if (next.empty() || (next.front() != ' ' && next.front() != '\t')) break;
        value += trim(next);
      }
    } else if (yaml && raw.empty() && k->field == FrontMatterField::Published) {
      // A map of dates (MkDocs Material's blog: date: / created: … /
      // updated: …): the day it was created is the day it was published.
      for (int m = n + 1; m < close; ++m) {
        const std::string_view next = lines.line(m);
        if (next.empty() || (next.front() != ' ' && next.front() != '\t')) break;
        const std::string_view entry = trim(next);
        if (entry.starts_with("created:")) value = scalar_value(trim(entry.substr(std::string_view("created:").size())));
      }
    } else {
      value = scalar_value(raw);
    }
    facts.take(*k, std::move(value));
  }
  return fm;
}

// ------------------------------------------------------------ HTML blocks ----

bool is_line_tag(std::string_view tag) {
  std::size_t b = 0;
  if (b < tag.size() && tag[b] == '/') ++b;
  std::size_t e = b;
  while (e < tag.size() && ((tag[e] >= 'a' && tag[e] <= 'z') || (tag[e] >= 'A' && tag[e] <= 'Z') ||
                            (tag[e] >= '0' && tag[e] <= '9')))
    ++e;
  const std::string_view name = tag.substr(b, e - b);
  for (std::string_view t : kLineTags)
    if (ascii_equal_nocase(t, name)) return true;
  return false;
}

// The text lines of an HTML block: comments and tags dropped, a line broken
// at the tags of kLineTags and at the source's line ends, the references of
// kEntities and numeric ones decoded.
struct HtmlLine {
  std::string text;
  int line = 0;            // of the block's source lines, 0-based
  std::size_t offset = 0;  // bytes into that line where the text starts
};
std::vector<HtmlLine> html_block_lines(std::string_view html) {
  std::vector<HtmlLine> out;
  std::string current;
  int line = 0, current_line = 0;
  std::size_t line_begin = 0, current_offset = 0;
  auto flush = [&] {
    if (!current.empty()) out.push_back({std::move(current), current_line, current_offset});
    current.clear();
    current_line = line;
  };
  std::size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (current.empty()) current_offset = i - line_begin;
    if (c == '\n') {
      ++line;
      flush();
      ++i;
      line_begin = i;
    } else if (html.compare(i, 4, "<!--") == 0) {
      const std::size_t end = html.find("-->", i + 4);
      const std::size_t stop = end == std::string_view::npos ? html.size() : end + 3;
      line += static_cast<int>(std::count(html.begin() + static_cast<std::ptrdiff_t>(i),
                                          html.begin() + static_cast<std::ptrdiff_t>(stop), '\n'));
      if (const std::size_t nl = html.substr(i, stop - i).rfind('\n'); nl != std::string_view::npos)
        line_begin = i + nl + 1;
      if (current.empty()) current_line = line;
      i = stop;
    } else if (c == '<' && i + 1 < html.size() &&
               (((html[i + 1] | 0x20) >= 'a' && (html[i + 1] | 0x20) <= 'z') || html[i + 1] == '/' ||
                html[i + 1] == '!' || html[i + 1] == '?')) {
      const std::size_t end = html.find('>', i + 1);
      const std::size_t stop = end == std::string_view::npos ? html.size() : end + 1;
      const bool breaks = is_line_tag(html.substr(i + 1, stop - i - 1));
      line += static_cast<int>(std::count(html.begin() + static_cast<std::ptrdiff_t>(i),
                                          html.begin() + static_cast<std::ptrdiff_t>(stop), '\n'));
      if (const std::size_t nl = html.substr(i, stop - i).rfind('\n'); nl != std::string_view::npos)
        line_begin = i + nl + 1;
      if (breaks) flush();
      if (current.empty()) current_line = line;
      i = stop;
    } else if (c == '&') {
      const Entity* hit = nullptr;
      for (const Entity& e : kEntities)
        if (html.compare(i, e.name.size(), e.name) == 0) hit = &e;
      if (hit) {
        current += hit->text;
        i += hit->name.size();
        continue;
      }
      // &#NNNN; or &#xHHHH;
      std::size_t k = i + 1;
      char32_t value = 0;
      bool ok = k < html.size() && html[k] == '#';
      if (ok) {
        ++k;
        const bool hex = k < html.size() && (html[k] | 0x20) == 'x';
        if (hex) ++k;
        const std::size_t digits_begin = k;
        while (k < html.size() && k - digits_begin < 7) {
          const char d = html[k];
          int digit = -1;
          if (d >= '0' && d <= '9') digit = d - '0';
          else if (hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f') digit = (d | 0x20) - 'a' + 10;
          if (digit < 0) break;
          value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
          ++k;
        }
        ok = k > digits_begin && k < html.size() && html[k] == ';' && value > 0 && value <= 0x10FFFF &&
             (value < 0xD800 || value > 0xDFFF);
      }
      if (ok) {
        append_utf8(current, value);
        i = k + 1;
      } else {
        current += c;
        ++i;
      }
    } else {
      current += c;
      ++i;
    }
  }
  flush();
  return out;
}

// ------------------------------------------------------------ the walk ----

// Turns cmark's tree into Blocks: a leaf block's inline text is gathered
// into `text` and becomes one Block when the leaf ends (or at a hard line
// break). Iterative (cmark's iterator), so deep nesting cannot overflow the
// stack.
class Walker {
 public:
  Walker(const LineIndex& lines, int line_offset, Blocks& blocks, PageFacts& facts)
      : lines_(lines), line_offset_(line_offset), blocks_(blocks), facts_(facts) {}

  void walk(cmark_node* root) {
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(root), cmark_iter_free);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      if (ev == CMARK_EVENT_ENTER) enter(node);
      else exit(node);
    }
  }

 private:
  // Source line (of the whole input) and byte offset where a node starts.
  int line_of(cmark_node* node) const { return cmark_node_get_start_line(node) + line_offset_; }
  std::size_t anchor_of(cmark_node* node) const {
    const int line = line_of(node);
    if (line < 1 || line > lines_.lines()) return std::string_view::npos;
    const int column = std::max(1, cmark_node_get_start_column(node));
    // On the body's first line cmark counts from the end of the front matter.
    const std::size_t base = lines_.start(line);
    return std::min(base + static_cast<std::size_t>(column - 1), base + lines_.line(line).size());
  }

  void begin(int line, std::size_t anchor) {
    text_.clear();
    line_ = line;
    anchor_ = anchor;
    soft_break_ = false;
    anchor_linked_ = false;
    own_text_ = false;
    if (!marker_.empty()) {  // the first text of an ordered list item
      text_ = marker_ + " ";
      anchor_ = marker_anchor_;
      line_ = marker_line_;
      marker_.clear();
    }
  }

  void append(std::string_view s) {
    if (s.empty()) return;
    if (in_anchor_link_ > 0) {
      anchor_linked_ = true;
    } else if (s.find_first_not_of(' ') != std::string_view::npos) {
      own_text_ = true;
    }
    if (soft_break_ && !text_.empty()) {
      // A soft line break joins the lines of a paragraph: a space between
      // two words of Latin script, nothing between Chinese characters.
      std::size_t end = text_.size();
      const char32_t before = prev_code_point(text_, end);
      std::size_t begin = 0;
      const char32_t after = next_code_point(s, begin);
      if (before < 0x80 && after < 0x80 && before != ' ' && after != ' ') text_ += ' ';
    }
    soft_break_ = false;
    text_ += s;
  }

  // The column (characters, 1-based) where `text` starts on `line`: where
  // its first characters stand in the source a little after the node's
  // start (after `**`, `#`, `> `, a tag), else the node's start. Sets
  // found_ to that byte offset in the whole text. The search looks no
  // further than kColumnWindow bytes, so a line of many blocks costs
  // linear time.
  static constexpr std::size_t kColumnWindow = 512;
  int column_of(std::string_view text, int line, std::size_t anchor) {
    const std::string_view source = lines_.line(line);
    if (source.empty() && line > lines_.lines()) return 1;
    const std::size_t base = lines_.start(line);
    std::size_t from = anchor == std::string_view::npos || anchor < base ? 0 : anchor - base;
    from = std::min(from, source.size());
    const std::string_view window = source.substr(from, kColumnWindow);
    // Three characters, else one: entities and emphasis may stand between
    // the source's characters of the text.
    std::size_t at = std::string_view::npos;
    for (int chars : {3, 1}) {
      std::size_t prefix = 0;
      for (int k = 0; k < chars && prefix < text.size(); ++k) next_code_point(text, prefix);
      at = window.find(text.substr(0, prefix));
      if (at != std::string_view::npos) {
        at += from;
        found_ = base + at + prefix;
        break;
      }
    }
    if (at == std::string_view::npos) {
      at = from;
      found_ = base + from;
    }
    // Characters before `at`, counted on from the last block's when it is
    // on the same line: a line of many blocks is counted once, not per block.
    int chars = 0;
    if (line == counted_line_ && at >= counted_bytes_) {
      chars = counted_chars_ + count_chars(source.substr(counted_bytes_, at - counted_bytes_));
    } else {
      chars = count_chars(source.substr(0, at));
    }
    counted_line_ = line;
    counted_bytes_ = at;
    counted_chars_ = chars;
    return 1 + chars;
  }

  // CommonMark's flanking rules were written for text with spaces between
  // words: `**（一）加强领导。**正文` is no emphasis to them (the closing run
  // stands between 。 and 正), and both `**` stay text. Chinese writers and
  // converters bold run-in headings so, and a marker behind a `**` is lost.
  // When the block's source lines escape no `*`, every `**` left in its text is
  // such an unmatched run; if they pair up, they are emphasis and go. When
  // they do not, those around a marker go still (at the block's start, or
  // right after a closing bracket): in `**（1）**修编…；<br>**（2）**引进…`
  // CommonMark gives the run after （1） to a strong that the one before
  // （2） closes, and the <br> leaves one unmatched run in each block. A run
  // alone elsewhere (注**乙) is text.
  void drop_unmatched_strong_runs() {
    if (!in_leaf_ || text_.find("**") == std::string::npos) return;
    for (int n = line_; n <= leaf_line_ + breaks_ && n <= lines_.lines(); ++n)
      if (lines_.line(n).find("\\*") != std::string_view::npos) return;
    std::vector<std::size_t> runs;
    for (std::size_t at = text_.find("**"); at != std::string::npos; at = text_.find("**", at + 2)) runs.push_back(at);
    const bool paired = runs.size() % 2 == 0;
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
      std::size_t before = *it;
      const char32_t c = before == 0 ? 0 : prev_code_point(text_, before);
      const bool by_marker = text_.find_first_not_of(' ') == *it || c == U'）' || c == U')';
      if (paired || by_marker) text_.erase(*it, 2);
    }
  }

  // turndown writes <em> as _…_, which CommonMark leaves as text when a
  // Chinese character follows the closing underscore (_一是_坚持…): a pair
  // of underscores around a few non-Latin words, the first at the text's
  // start or after punctuation or a space (never between two characters of
  // a word, as in a page title's 通报_巡察工作_某县), is that emphasis.
  void drop_literal_underscore_emphasis() {
    constexpr std::size_t kMaxEmphasisBytes = 64;
    for (std::size_t i = text_.find('_'); i != std::string::npos; i = text_.find('_', i + 1)) {
      if (i + 1 >= text_.size() || static_cast<unsigned char>(text_[i + 1]) < 0x80) continue;
      if (i > 0) {
        std::size_t before = i;
        const char32_t c = prev_code_point(text_, before);
        if (c != ' ' && (c < 0x80 || is_ideograph(c))) continue;
      }
      const std::size_t close = text_.find('_', i + 1);
      if (close == std::string::npos || close - i > kMaxEmphasisBytes ||
          static_cast<unsigned char>(text_[close - 1]) < 0x80 ||
          text_.find(' ', i + 1) < close) {
        continue;
      }
      text_.erase(close, 1);
      text_.erase(i, 1);
      i = close - 2;
    }
  }

  void flush() {
    drop_unmatched_strong_runs();
    drop_literal_underscore_emphasis();
    drop_link_syntax_of_other_dialects(text_);
    drop_block_syntax_of_other_dialects(text_);
    std::string folded = fold_space(text_);
    text_.clear();
    soft_break_ = false;
    if (folded.empty()) return;
    // A table of contents (a list of links to the page's own headings)
    // repeats the headings: the headings themselves follow.
    if (anchor_linked_ && !own_text_) return;
    // A table's delimiter row (|---|:---:|) is layout.
    if (table_rows_ && folded.find_first_not_of("|-: ") == std::string::npos) return;
    const int column = column_of(folded, line_, anchor_);
    blocks_.add_copy(std::move(folded), line_, column, ledger_rows_);
  }

  // A line of a code or HTML block: a block of its own, its text starting
  // about `offset` bytes into the source line.
  void add_line(std::string_view text, int line, std::size_t offset = 0) {
    begin(line, line >= 1 && line <= lines_.lines() ? lines_.start(line) + offset : std::string_view::npos);
    append(text);
    flush();
  }

  void enter(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING:
        ++leaves_;
        if (leaves_ == 1) titled_ = cmark_node_get_type(node) == CMARK_NODE_HEADING && cmark_node_get_heading_level(node) == 1;
        if (cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH &&
            ((leaves_ == 2 && titled_ && read_properties(node, ": ")) || (leaves_ == 1 && read_properties(node, ":: "))))
          break;
        leaf_line_ = line_of(node);
        breaks_ = 0;
        begin(leaf_line_, anchor_of(node));
        in_leaf_ = true;
        table_rows_ = cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH && is_table(node);
        // A ledger's header row (| 序号 | 反馈问题 | 整改措施 | … |): its rows' cells open no unit.
        ledger_rows_ = table_rows_ && names_ledger_columns(lines_.line(line_of(node)));
        break;
      case CMARK_NODE_LINK: {
        const char* url = cmark_node_get_url(node);
        if (url && url[0] == '#') ++in_anchor_link_;
        break;
      }
      case CMARK_NODE_ITEM: {
        cmark_node* list = cmark_node_parent(node);
        if (list && cmark_node_get_list_type(list) == CMARK_ORDERED_LIST) {
          marker_ = item_marker(node, list);
          marker_line_ = line_of(node);
          marker_anchor_ = anchor_of(node);
        }
        break;
      }
      case CMARK_NODE_CODE_BLOCK: code_block(node); break;
      case CMARK_NODE_HTML_BLOCK: {
        const char* literal = cmark_node_get_literal(node);
        for (const HtmlLine& l : html_block_lines(literal ? literal : "")) add_line(l.text, line_of(node) + l.line, l.offset);
        break;
      }
      case CMARK_NODE_IMAGE: ++in_image_; break;  // its alt text is not text of the notice
      case CMARK_NODE_TEXT:
        // Logseq writes a block's properties on the lines under its text
        // (heading:: 1, collapsed:: true): settings of the outliner, no text.
        if (in_leaf_ && breaks_ > 0 && is_block_property(leaf_line_ + breaks_)) break;
        // Pandoc's fenced divs (::: {style="text-align: right"} … :::) are
        // layout, and their fences end the lines of text around them.
        if (in_leaf_ && is_div_fence(leaf_line_ + breaks_)) {
          hard_break();
          fence_line_ = leaf_line_ + breaks_;
          break;
        }
        [[fallthrough]];
      case CMARK_NODE_CODE:
        if (in_leaf_ && in_image_ == 0) {
          const char* literal = cmark_node_get_literal(node);
          if (literal) append(literal);
        }
        break;
      case CMARK_NODE_SOFTBREAK:
        ++breaks_;
        // CommonMark has no tables: a table's rows are one paragraph to it,
        // and each row is a line of its own (| 发布时间 | 2024-06-24 |).
        if (table_rows_ || fence_line_ == leaf_line_ + breaks_ - 1 || (breaks_ == 1 && opens_admonition(leaf_line_)) ||
            opens_unit(leaf_line_ + breaks_))
          hard_break();
        else
          soft_break_ = true;
        break;
      case CMARK_NODE_LINEBREAK:
        ++breaks_;
        hard_break();
        break;
      case CMARK_NODE_HTML_INLINE: {
        // <br> in a paragraph is a hard break; other inline tags are dropped.
        const char* literal = cmark_node_get_literal(node);
        const std::string_view tag = literal ? literal : "";
        if (tag.size() > 3 && ascii_equal_nocase(tag.substr(0, 3), "<br") &&
            (tag[3] == '>' || tag[3] == '/' || tag[3] == ' '))
          hard_break();
        break;
      }
      default: break;
    }
  }

  void exit(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HEADING:
        drop_attributes();
        flush();
        in_leaf_ = false;
        break;
      case CMARK_NODE_PARAGRAPH:
        drop_attributes();
        flush();
        in_leaf_ = false;
        table_rows_ = false;
        break;
      case CMARK_NODE_LINK: {
        const char* url = cmark_node_get_url(node);
        if (url && url[0] == '#' && in_anchor_link_ > 0) --in_anchor_link_;
        break;
      }
      case CMARK_NODE_ITEM:
        if (!marker_.empty()) add_line("", marker_line_);  // an item with no text: its marker alone
        break;
      case CMARK_NODE_IMAGE: --in_image_; break;
      default: break;
    }
  }

  // Whether source line n is a Logseq block property: a key of Latin
  // letters, digits, - and _, then :: and its value.
  bool is_block_property(int n) const {
    if (n < 1 || n > lines_.lines()) return false;
    std::string_view l = lines_.line(n);
    const std::size_t at = l.find_first_not_of(" \t>");
    if (at == std::string_view::npos || !is_ascii_letter(static_cast<unsigned char>(l[at]))) return false;
    std::size_t k = at;
    while (k < l.size() && (is_ascii_alnum(static_cast<unsigned char>(l[k])) || l[k] == '-' || l[k] == '_')) ++k;
    return l.substr(k).starts_with(":: ") || l.substr(k) == "::";
  }

  // Whether source line n is a fence of a pandoc div: ::: or more colons,
  // alone or with the div's attributes or class ({style="…"}, {.right}, right).
  bool is_div_fence(int n) const {
    if (n < 1 || n > lines_.lines()) return false;
    std::string_view l = lines_.line(n);
    const std::size_t at = l.find_first_not_of(" >");
    if (at == std::string_view::npos) return false;
    l.remove_prefix(at);
    std::size_t colons = 0;
    while (colons < l.size() && l[colons] == ':') ++colons;
    if (colons < 3) return false;
    const std::string_view rest = l.substr(colons);
    const std::size_t word = rest.find_first_not_of(' ');
    if (word == std::string_view::npos) return true;
    if (rest[word] == '{') return rest.back() == '}';
    for (std::size_t k = word; k < rest.size(); ++k) {
      const char c = rest[k];
      if (!(is_ascii_alnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ' ' || c == ':')) return false;
    }
    return true;
  }

  // Notion exports a page as its # title, then its properties a line each
  // (Created: June 5, 2024 9:30 AM, Tags: …, URL: …); Logseq opens a page
  // with them, written title:: … and published:: [[2024-05-08]]: page facts,
  // as front matter's are, where front matter gave none. A paragraph of
  // such lines only (`separator` after each key), each key a short name
  // (Latin letters and spaces, or ideographs: users name properties 来源),
  // one of them a key front matter knows.
  bool read_properties(cmark_node* node, std::string_view separator) {
    const int first = line_of(node), last = cmark_node_get_end_line(node) + line_offset_;
    if (first < 1 || last > lines_.lines()) return false;
    constexpr std::size_t kMaxKeyBytes = 24;
    std::vector<std::pair<std::string_view, std::string_view>> properties;
    for (int n = first; n <= last; ++n) {
      const std::string_view l = trim(lines_.line(n));
      const std::size_t colon = l.find(separator);
      if (colon == std::string_view::npos || colon == 0 || colon > kMaxKeyBytes) return false;
      const std::string_view key = l.substr(0, colon);
      for (std::size_t i = 0; i < key.size();) {
        const char32_t c = next_code_point(key, i);
        if (!is_ascii_letter(c) && c != ' ' && !is_ideograph(c)) return false;
      }
      std::string_view value = trim(l.substr(colon + separator.size()));
      if (value.starts_with("[[") && value.ends_with("]]")) value = value.substr(2, value.size() - 4);  // a page link
      properties.emplace_back(key, value);
    }
    if (std::none_of(properties.begin(), properties.end(), [](const auto& p) { return front_matter_key(p.first); })) {
      return false;
    }
    PageFacts read;
    FactsByKey by_key(read);
    for (const auto& [key, value] : properties) {
      if (const FrontMatterKey* k = front_matter_key(key)) by_key.take(*k, std::string(value));
    }
    if (!facts_.title) facts_.title = std::move(read.title);
    if (!facts_.published) facts_.published = std::move(read.published);
    if (!facts_.origin) facts_.origin = std::move(read.origin);
    if (!facts_.site) facts_.site = std::move(read.site);
    return true;
  }

  // Whether every source line of a paragraph is a table row (starts with
  // |, spaces and block quote marks aside), two lines at least.
  bool is_table(cmark_node* node) const {
    const int first = line_of(node), last = cmark_node_get_end_line(node) + line_offset_;
    if (last <= first || first < 1 || last > lines_.lines()) return false;
    for (int n = first; n <= last; ++n) {
      const std::string_view l = lines_.line(n);
      const std::size_t at = l.find_first_not_of(" >");
      if (at == std::string_view::npos || l[at] != '|') return false;
    }
    return true;
  }

  // Whether source line n opens an MkDocs admonition (!!! note, ??? question,
  // ???+ …): its indented body, which CommonMark takes for the title's
  // paragraph continued, starts a block of its own.
  // So does the title line of an Obsidian callout or a GitHub alert
  // (> [!quote]- 三、下一步工作打算, > [!NOTE]) for the lines quoted under it.
  bool opens_admonition(int n) const {
    if (n < 1 || n > lines_.lines()) return false;
    const std::string_view l = trim(lines_.line(n));
    if (l.starts_with("!!! ") || l.starts_with("??? ") || l.starts_with("???+ ")) return true;
    const std::size_t at = l.find_first_not_of("> ");
    return at != std::string_view::npos && at > 0 && callout_length(l.substr(at)) > 0;
  }

  // Whether source line n opens a numbered unit (二、, （一）, 3., 问题1:),
  // quote marks, indentation and bold aside. A writer who separated a
  // notice's lines by single newlines (a note app's paste, a plain-text
  // archive) meant each heading to stand alone, where CommonMark runs them
  // into one paragraph: a soft break before such a line ends the block, as
  // a hard one does. Measures (二是) stay inside their paragraph, as the
  // outline reads them there.
  // The line before must have ended where a heading may follow: at a stop
  // (。；：！？), or as a heading or a title (a marker at its start, or no
  // clause mark in it). Text wrapped by hand runs on over a numeral that
  // only looks like a marker (…计划在今年 / 三、四季度分步实施…).
  bool opens_unit(int n) const {
    if (n < 2 || n > lines_.lines()) return false;
    const std::string_view l = unit_line(lines_.line(n));
    const std::optional<Marker> marker = match_marker(l);
    if (!marker || marker->kind == NodeKind::Measure) return false;
    std::string_view before = unit_line(lines_.line(n - 1));
    while (!before.empty() && (before.back() == ' ' || before.back() == '\\' || before.back() == '*')) before.remove_suffix(1);
    if (before.empty()) return true;
    std::size_t end = before.size();
    const char32_t last = fold_width(prev_code_point(before, end));
    if (last == U'。' || last == U';' || last == U':' || last == U'!' || last == U'?') return true;
    const std::optional<Marker> above = match_marker(before);
    if (above && above->kind != NodeKind::Measure) return true;
    return before.find("，") == std::string_view::npos && before.find(',') == std::string_view::npos &&
           before.find("。") == std::string_view::npos;
  }

  // A source line without its quote marks, indentation and opening bold.
  static std::string_view unit_line(std::string_view l) {
    const std::size_t at = l.find_first_not_of(" \t>");
    if (at == std::string_view::npos) return {};
    l.remove_prefix(at);
    while (l.starts_with("**") || l.starts_with("__")) l.remove_prefix(2);
    return l;
  }

  // Bytes of an Obsidian callout's or GitHub alert's type at the start of
  // `t` ([!quote]-, [!NOTE], [!tip]+), with the space after it; 0 if none.
  static std::size_t callout_length(std::string_view t) {
    if (!t.starts_with("[!")) return 0;
    std::size_t i = 2;
    while (i < t.size() && (is_ascii_letter(static_cast<unsigned char>(t[i])) || t[i] == '-' || t[i] == '_')) ++i;
    if (i == 2 || i >= t.size() || t[i] != ']') return 0;
    ++i;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;  // folded or open
    if (i < t.size() && t[i] != ' ') return 0;
    while (i < t.size() && t[i] == ' ') ++i;
    return i;
  }

  // Block syntax of dialects CommonMark reads as text, at a paragraph's
  // start: MkDocs' admonitions (!!! note "说明", ??? question "（一）关于…的
  // 问题", ???+ …) give their title, Docsify's callouts (?> 发布时间：…,
  // !> …) their text.
  static void drop_block_syntax_of_other_dialects(std::string& text) {
    std::size_t start = 0;
    while (start < text.size() && text[start] == ' ') ++start;
    const std::string_view t = std::string_view(text).substr(start);
    // An Obsidian callout's title, a GitHub alert (nothing after its type),
    // a GFM task list's checkbox (- [x] 1.关于…的问题): the text after them.
    if (const std::size_t callout = callout_length(t)) {
      text.erase(0, start + callout);
      return;
    }
    for (std::string_view box : {std::string_view("[ ] "), std::string_view("[x] "), std::string_view("[X] ")}) {
      if (t.starts_with(box)) {
        text.erase(0, start + box.size());
        return;
      }
    }
    for (std::string_view callout : {std::string_view("?> "), std::string_view("!> ")}) {
      if (t.starts_with(callout)) {
        text.erase(0, start + callout.size());
        return;
      }
    }
    std::size_t mark = 0;
    if (t.starts_with("!!!") || t.starts_with("???")) mark = 3;
    if (mark == 0) return;
    if (mark < t.size() && t[mark] == '+') ++mark;  // ???+ opens expanded
    if (mark >= t.size() || t[mark] != ' ') return;
    // the type (note, tip, question …), then the title in quotes, if any
    std::size_t i = mark + 1;
    while (i < t.size() && (is_ascii_letter(static_cast<unsigned char>(t[i])) || t[i] == '-' || t[i] == ' ')) ++i;
    std::string_view title = t.substr(i);
    if (title.size() >= 2 && title.front() == '"' && title.back() == '"') title = title.substr(1, title.size() - 2);
    text = std::string(title);
  }

  // Whether `s` starts as pandoc's attributes do after their {: an #id, a
  // .class, or a key=value ({style="font-family: 黑体"}).
  static bool opens_pandoc_attributes(std::string_view s) {
    if (s.empty()) return false;
    if (s[0] == '#' || s[0] == '.') return true;
    std::size_t k = 0;
    while (k < s.size() && (is_ascii_alnum(static_cast<unsigned char>(s[k])) || s[k] == '-' || s[k] == '_')) ++k;
    return k > 0 && k < s.size() && s[k] == '=' && is_ascii_letter(static_cast<unsigned char>(s[0]));
  }

  // Links and spans of dialects CommonMark reads as text: Obsidian's and
  // wikis' [[target]] and [[target|shown]] give what they show; Pandoc's
  // bracketed spans [text]{.class} and anchors []{#_Toc4871} give their text.
  static void drop_link_syntax_of_other_dialects(std::string& text) {
    if (text.find('[') == std::string::npos && text.find("==") == std::string::npos) return;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
      if (text.compare(i, 2, "[[") == 0) {
        const std::size_t close = text.find("]]", i + 2);
        const std::string_view inner = std::string_view(text).substr(i + 2, close - i - 2);
        if (close != std::string::npos && inner.find_first_of("[]\n") == std::string_view::npos) {
          const std::size_t bar = inner.rfind('|');
          out += bar == std::string_view::npos ? inner : inner.substr(bar + 1);
          i = close + 2;
          continue;
        }
      }
      // Typora's and Obsidian's highlights: ==一是== is 一是.
      if (text.compare(i, 2, "==") == 0) {
        i += 2;
        continue;
      }
      if (text[i] == '[') {
        const std::size_t close = text.find(']', i + 1);
        if (close != std::string::npos && close + 1 < text.size() && text[close + 1] == '{' &&
            opens_pandoc_attributes(std::string_view(text).substr(close + 2))) {
          const std::size_t end = text.find('}', close + 2);
          const std::string_view inner = std::string_view(text).substr(i + 1, close - i - 1);
          if (end != std::string::npos && inner.find('[') == std::string_view::npos) {
            out += inner;
            i = end + 1;
            continue;
          }
        }
      }
      out += text[i++];
    }
    text = std::move(out);
  }

  // Pandoc, kramdown and Hugo give a heading attributes at its end
  // (## 一、总体情况 {#overview .unnumbered}), and kramdown a paragraph on the
  // line under it (中共某局党组 / {: .text-right}); CommonMark leaves them text.
  void drop_attributes() {
    std::size_t end = text_.size();
    while (end > 0 && text_[end - 1] == ' ') --end;
    if (end == 0 || text_[end - 1] != '}') return;
    const std::size_t open = text_.rfind('{', end - 1);
    if (open == std::string::npos || open + 1 >= end ||
        (text_[open + 1] != '#' && text_[open + 1] != '.' && text_[open + 1] != ':')) {
      return;
    }
    if (text_.find_first_of("{}", open + 1) != end - 1) return;
    std::size_t keep = open;
    while (keep > 0 && text_[keep - 1] == ' ') --keep;
    text_.erase(keep);
  }

  // A hard line break (or <br>) ends a block: the text after it starts the
  // next one, on the source line the breaks so far have reached.
  void hard_break() {
    if (!in_leaf_) return;
    const int before = line_;
    found_ = std::string_view::npos;
    flush();
    const int line = leaf_line_ + breaks_;
    // After a <br> the text goes on on the same line, past the text before.
    const std::size_t from = line == before && found_ != std::string_view::npos ? found_ : std::string_view::npos;
    begin(line, from != std::string_view::npos ? from : line <= lines_.lines() ? lines_.start(line) : std::string_view::npos);
  }

  // The marker of an ordered list item as a reader sees it: the list's
  // start number and the item's place in it, as CommonMark renders it (a
  // list written 1. 1. 1. shows 1. 2. 3.), with the delimiter written.
  std::string item_marker(cmark_node* item, cmark_node* list) const {
    int number = cmark_node_get_list_start(list);
    for (cmark_node* n = cmark_node_first_child(list); n && n != item; n = cmark_node_next(n)) ++number;
    return std::to_string(number) + (cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ")" : ".");
  }

  // Each line of a code block is a block, as each line of a text is: an
  // indented paragraph of a notice (four spaces) is an indented code block.
  void code_block(cmark_node* node) {
    const char* literal = cmark_node_get_literal(node);
    std::string_view code = literal ? literal : "";
    int line = line_of(node);
    const std::size_t anchor = anchor_of(node);
    if (anchor != std::string_view::npos) {
      const std::string_view opening = lines_.line(line).substr(anchor - lines_.start(line));
      if (opening.starts_with("```") || opening.starts_with("~~~")) ++line;  // fenced: text from the next line
    }
    while (!code.empty()) {
      const std::size_t nl = code.find('\n');
      add_line(code.substr(0, nl), line);
      if (nl == std::string_view::npos) break;
      code.remove_prefix(nl + 1);
      ++line;
    }
  }

  const LineIndex& lines_;
  int line_offset_;
  Blocks& blocks_;

  std::string text_;             // the current block's text, not folded yet
  int line_ = 0;                 // its source line
  std::size_t anchor_ = 0;       // where its node starts in the source
  std::size_t found_ = 0;        // past the start of the last block's text in the source
  int counted_line_ = 0;         // column_of's count so far: on this line,
  std::size_t counted_bytes_ = 0;  // the bytes before this offset
  int counted_chars_ = 0;        // are this many characters
  bool soft_break_ = false;      // a soft break before the next text
  PageFacts& facts_;
  int leaves_ = 0;               // paragraphs and headings entered so far
  bool titled_ = false;          // the first of them is a # heading
  bool in_leaf_ = false;         // in a paragraph or heading
  int leaf_line_ = 0;            // where the current paragraph or heading starts
  int breaks_ = 0;               // line breaks passed in it
  int in_image_ = 0;
  int in_anchor_link_ = 0;       // inside a link to a place on the page (#…)
  bool anchor_linked_ = false;   // the block has text of such a link
  bool own_text_ = false;        // the block has text outside such links
  bool table_rows_ = false;      // a paragraph of table rows (| a | b |): a line each
  bool ledger_rows_ = false;     // …whose header names a ledger's columns (blocks/ledger.h)
  int fence_line_ = 0;           // the last div fence line (:::) passed in a paragraph
  std::string marker_;           // an ordered item's marker, for its first text
  int marker_line_ = 0;
  std::size_t marker_anchor_ = 0;
};

// How deep the containers a line opens or continues may nest: its block
// quote and list markers (`>`, `-`, `*`, `+`, `1.`, `1)` followed by a
// space), plus half its indent before a list marker (a list nested by
// indentation, a level every two spaces at least). A bound for the guard
// against pathological input, not a reading of the line.
int nesting_bound(std::string_view line) {
  int depth = 0;
  std::size_t i = 0;
  for (;;) {
    std::size_t spaces = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
      ++i;
      ++spaces;
    }
    if (i >= line.size()) return depth;
    const auto followed_by_space = [&](std::size_t k) {
      return k >= line.size() || line[k] == ' ' || line[k] == '\t';
    };
    if (line[i] == '>') {
      ++depth;
      ++i;
      continue;
    }
    std::size_t k = i;
    while (k < line.size() && k - i < 9 && line[k] >= '0' && line[k] <= '9') ++k;
    const bool ordered = k > i && k < line.size() && (line[k] == '.' || line[k] == ')') && followed_by_space(k + 1);
    const bool bullet = (line[i] == '-' || line[i] == '*' || line[i] == '+') && followed_by_space(i + 1);
    if (!ordered && !bullet) return depth;
    depth += 1 + static_cast<int>(spaces / 2);
    i = ordered ? k + 1 : i + 1;
  }
}

}  // namespace

std::span<const FrontMatterKey> front_matter_keys() { return kFrontMatterKeys; }

bool is_markdown_path(std::string_view path) {
  for (std::string_view ext : {std::string_view(".md"), std::string_view(".markdown")}) {
    if (path.size() > ext.size() && ascii_equal_nocase(path.substr(path.size() - ext.size()), ext)) return true;
  }
  return false;
}

MarkdownPage markdown_to_blocks(std::string_view utf8) {
  MarkdownPage page;
  const LineIndex lines(utf8);
  FrontMatter fm = read_front_matter(lines);
  page.facts = std::move(fm.facts);
  const std::string_view body = utf8.substr(fm.bytes);
  for (int n = fm.lines + 1; n <= lines.lines(); ++n) {
    if (nesting_bound(lines.line(n)) <= kMaxMarkdownNesting) continue;
    page.diagnostics.push_back({Severity::Note, "markdown-deep-nesting",
                                fmt::format("quotes or lists nest more than {} deep; the Markdown was read as plain text",
                                            kMaxMarkdownNesting),
                                n, 1, {}});
    for (const Block& b : text_to_blocks(body)) page.blocks.add_copy(std::string(b.text), b.line + fm.lines, b.column);
    return page;
  }
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(
      cmark_parse_document(body.data(), body.size(), CMARK_OPT_VALIDATE_UTF8), cmark_node_free);
  if (!root) return page;
  Walker walker(lines, fm.lines, page.blocks, page.facts);
  walker.walk(root.get());
  return page;
}

}  // namespace tongbao::detail
