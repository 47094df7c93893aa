// html.cc - an HTML page to the paragraphs of its article body.
//
// libxml2's HTML parser runs in SAX mode: no libxml2 tree is built, the
// callbacks cut the text into paragraphs at block elements and record a flat
// pre-order list of elements (parent index, subtree end). Everything after
// parsing is loops over those two vectors, so a page nested 200 000 deep
// costs no C stack. The body container is the element whose subtree holds
// the most notice-like text (CJK, punctuation, markers) and the least link
// and chrome text; class/id names only weigh in as hints. See docs/html.md.
#include "blocks/html.h"

#include <fmt/format.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>

#include "scan/byte_scan.h"
#include "scan/text_weights.h"
#include "blocks/html_facts.h"
#include "blocks/html_input.h"
#include "blocks/ledger.h"
#include "blocks/page_labels.h"
#include "blocks/text_blocks.h"
#include "text/chars.h"
#include "text/dates.h"
#include "text/numerals.h"
#include "text/script.h"
#include "text/spaced_words.h"
#include "text/utf8.h"
#include "scan/utf8_validate.h"

namespace tongbao::detail {
namespace {

// ---------------------------------------------------------------- tables --

// What an element does to the text in it.
enum TagFlag : unsigned {
  kBlock = 1u << 0,       // starts and ends a paragraph
  kBreak = 1u << 1,       // <br>: ends a paragraph
  kCell = 1u << 2,        // table cell: a space between cells of one row
  kSkip = 1u << 3,        // subtree is not text (script, style, head, forms...)
  kChrome = 1u << 4,      // subtree is page chrome (nav, header, footer, aside)
  kHeading = 1u << 5,     // h1-h3: title candidates
  kLink = 1u << 6,        // <a>: its text is link text
  kTitleTag = 1u << 7,    // <title>
  kMeta = 1u << 8,        // <meta>
  kTitleHint = 1u << 9,   // class/id says "title"
  kCrumbHint = 1u << 10,  // class/id says "breadcrumb"
  kAsideHint = 1u << 11,  // sidebar, related list or menu (other articles): by tag or class/id
  kHidden = 1u << 12,     // not shown by default: display:none, hidden, aria-hidden
  kScript = 1u << 13,     // <script>: skipped, but its date variables are read (read_script_date)
  kBylineHint = 1u << 14, // class/id says "meta": the byline (author, account, date, counters)
  kPreformatted = 1u << 15,  // <pre>: its line ends are the text's (split_preformatted)
  kBold = 1u << 16,          // <b>, <strong>: a line all in bold may be an old layout's title
  kFallback = 1u << 17,      // <noscript>, <template>: skipped, but read when the page shows no article else
  kTextarea = 1u << 18,      // <textarea>: skipped, but its text read when it holds the article
  kTitleOnly = 1u << 19,     // class/id says "title" and nothing of the body (not bt_content)
  kTable = 1u << 20,         // <table>: a ledger's cells open no unit (ledger_cells)
  kRow = 1u << 21,           // <tr>
};

struct TagEntry {
  std::string_view name;
  unsigned flags;
};

// Unknown tags (<font>, <span>, <o:p>, <st1:chsdate>) are inline.
constexpr TagEntry kTags[] = {
    {"p", kBlock},
    {"div", kBlock},
    {"li", kBlock},
    {"ul", kBlock},
    {"ol", kBlock},
    {"dl", kBlock},
    {"dt", kBlock},
    {"dd", kBlock},
    {"h1", kBlock | kHeading},
    {"h2", kBlock | kHeading},
    {"h3", kBlock | kHeading},
    {"h4", kBlock},
    {"h5", kBlock},
    {"h6", kBlock},
    {"table", kBlock | kTable},
    {"tbody", kBlock},
    {"thead", kBlock},
    {"tfoot", kBlock},
    {"tr", kBlock | kRow},
    {"caption", kBlock},
    {"td", kCell},
    {"th", kCell},
    {"br", kBreak},
    {"hr", kBlock},
    {"blockquote", kBlock},
    {"pre", kBlock | kPreformatted},
    {"b", kBold},
    {"strong", kBold},
    {"center", kBlock},
    {"section", kBlock},
    {"article", kBlock},
    {"main", kBlock},
    {"address", kBlock},
    {"figure", kBlock},
    {"figcaption", kBlock},
    {"body", kBlock},
    {"html", kBlock},
    {"form", kBlock},
    {"fieldset", kBlock},
    {"legend", kBlock},
    {"script", kSkip | kScript},
    {"style", kSkip},
    {"noscript", kSkip | kFallback},
    {"template", kSkip | kFallback},
    {"head", kSkip},
    {"iframe", kSkip},
    {"object", kSkip},
    {"embed", kSkip},
    {"svg", kSkip},
    {"canvas", kSkip},
    {"select", kSkip},
    {"option", kSkip},
    {"textarea", kSkip | kTextarea},
    {"button", kSkip},
    {"input", kSkip},
    {"map", kSkip},
    {"audio", kSkip},
    {"video", kSkip},
    {"math", kSkip},
    {"nav", kBlock | kChrome | kAsideHint},
    {"header", kBlock | kChrome},  // also an <article>'s own header, with its title and date
    {"footer", kBlock | kChrome},  // also an <article>'s own footer, which may date it
    {"aside", kBlock | kChrome | kAsideHint},
    {"a", kLink},
    {"title", kTitleTag | kSkip},
    {"meta", kMeta},
};

// class and id names (case-insensitive; a name matches a whole class token
// or id, or one of its parts split at '-' and '_' when `part` is set).
// weight > 0: article body hint, < 0: chrome hint.
struct HintEntry {
  std::string_view name;
  int weight;
  unsigned flags;  // kTitleHint, kCrumbHint
  bool part;
};

// Ids of readers' comments and replies under an article (comment-12,
// reply_3): never its text.
constexpr std::string_view kReplyIdPrefixes[] = {"comment", "reply", "div-comment", "li-comment"};

constexpr HintEntry kHints[] = {
    {"trs_editor", 3, 0, false},
    {"zoom", 3, 0, false},
    {"custom_unionstyle", 3, 0, false},
    {"pages_content", 3, 0, false},
    {"main-txt", 3, 0, false},
    {"xxgk", 1, 0, true},
    {"article", 2, 0, true},
    {"content", 2, 0, true},
    {"con", 1, 0, false},
    {"detail", 2, 0, true},
    {"text", 1, 0, true},
    {"body", 1, 0, true},
    {"zw", 1, 0, true},
    {"nav", -3, kAsideHint, true},
    {"menu", -3, kAsideHint, true},
    {"footer", -3, 0, true},
    {"foot", -3, 0, true},
    {"bottom", -2, 0, true},
    {"copyright", -3, 0, true},
    {"share", -3, 0, true},
    {"bdshare", -3, 0, true},
    {"related", -3, kAsideHint, true},
    {"xgwz", -3, kAsideHint, true},
    {"xglj", -3, kAsideHint, true},
    {"sidebar", -3, kAsideHint, true},
    {"side", -3, kAsideHint, true},
    {"header", -2, 0, true},
    {"print", -2, 0, true},
    {"fontsize", -2, 0, true},
    {"breadcrumb", -3, kCrumbHint, true},
    {"crumb", -3, kCrumbHint, true},
    {"location", -3, kCrumbHint, true},
    {"position", -3, kCrumbHint, true},
    {"dqwz", -3, kCrumbHint, true},
    {"weizhi", -3, kCrumbHint, true},
    {"title", 0, kTitleHint, true},
    {"tit", 0, kTitleHint, true},
    {"bt", 0, kTitleHint, true},
    {"biaoti", 0, kTitleHint, true},
    {"meta", 0, kBylineHint, true},  // post-meta, entry-meta, rich_media_meta (WeChat)
};

// <meta> tags that name the article's facts, by priority within a field:
// the first one present wins. The name is read from name=, property= (Open
// Graph) or itemprop= (schema.org), case-insensitively. The government
// site ones (ArticleTitle, PubDate, ContentSource, SiteName, ColumnName)
// follow the GB/T 33476 guidelines; TRS, Hanweb, Ucap and other CMSs add
// their own date names.
struct MetaEntry {
  std::string_view name;
  Field field;
};
constexpr MetaEntry kMetaTags[] = {
    {"articletitle", Field::Title},
    {"og:title", Field::Title},
    {"pubdate", Field::Published},
    {"published", Field::Published},
    {"article:published_time", Field::Published},
    {"publishdate", Field::Published},
    {"datepublished", Field::Published},
    {"apub:time", Field::Published},  // 腾讯新闻
    {"firstpublishedtime", Field::Published},  // Hanweb jcms: 2024-10-16-10:21:37
    {"contentsource", Field::Origin},
    {"sitename", Field::Site},
    {"sitedomain", Field::Site},
    {"columnname", Field::Column},
    {"maketime", Field::MadeAt},
    {"others", Field::MadeAt},  // Hanweb: 页面生成时间 2025-01-14 10:33:08
};

// Web archives whose snapshot pages carry meta tags of their own (the
// snapshot's date as article:published_time): named by og:site_name or
// og:url, they make the page's meta dates the snapshot's, not the notice's.
constexpr std::string_view kWebArchives[] = {"archive.ph", "archive.today", "archive.is", "archive.li",
                                             "archive.vn", "archive.md"};

// libxml2 options. IGNORE_ENC: the bytes were decoded already; a
// <meta charset="gb2312"> must not make libxml2 decode them again. HUGE:
// no depth or text-size cap, our own walks are iterative.
constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NODEFDTD |
                              HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;

// A ledger's header is a few short labels: a longer row is prose.
constexpr std::size_t kMaxLedgerHeaderBytes = 480;

// ----------------------------------------------------------- small helpers --

std::string_view sv(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

// A character of a Chinese numeral a marker may be written with (一 … 十,
// 百, and 〇/零), by text/numerals.h's digits.
bool is_cjk_numeral(char32_t c) { return is_chinese_numeral_char(c) || c == U'百'; }

// A notice marker at the start of a paragraph: 一、 （一） 1. 一是 关于“.
bool starts_with_marker(std::string_view text) {
  if (starts_with(text, "关于“") || starts_with(text, "关于\"")) return true;
  std::size_t i = 0;
  int numerals = 0, digits = 0;
  char32_t c = text.empty() ? 0 : fold_width(next_code_point(text, i));
  const bool paren = c == '(';
  if (paren && i < text.size()) c = fold_width(next_code_point(text, i));
  while (numerals + digits < 4) {
    if (is_cjk_numeral(c))
      ++numerals;
    else if (c >= '0' && c <= '9')
      ++digits;
    else
      break;
    if (i >= text.size()) return false;
    c = fold_width(next_code_point(text, i));
  }
  if (numerals + digits == 0) return false;
  if (paren) return c == ')';
  if (numerals > 0) return c == U'、' || c == U'是';
  return c == '.' || c == U'、' || c == U'．';
}

// ------------------------------------------------------------ the parse --

struct Element {
  int parent = -1;
  int end = 0;             // index one past the last element of the subtree
  unsigned flags = 0;      // own TagFlags
  unsigned inherited = 0;  // own flags | the parent's inherited flags
  int hint = 0;            // sum of class/id hint weights
};

// What stands before a paragraph's first visible character and gives it no
// text: spaces of every width, line ends, and the invisible BOM and ZWSP.
bool is_leading_blank(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x3000 || c == 0xFEFF ||
         c == 0x200B || c == '\f' || c == '\v';
}

struct Paragraph {
  std::string raw;
  int line = 0;
  int column = 1;
  int owner = 0;  // innermost open element when its first text arrived
  int link_chars = 0;
  bool all_bold = true;  // every visible character inside <b> or <strong>
};

struct Walker {
  htmlParserCtxtPtr ctxt = nullptr;
  std::vector<Element> elements;
  std::vector<int> open;  // stack of open element indices
  std::vector<Paragraph> paragraphs;
  Paragraph current;
  bool current_started = false;  // current has a non-space character
  bool glue = false;             // a <br> in a heading: drop the white space that follows
  int link_depth = 0;
  std::string title_text;
  bool in_title = false;
  bool title_done = false;
  std::array<std::optional<std::string>, kFieldCount> meta;  // by Field
  std::optional<std::string> script_date;                    // var pubDate = "…" (read_script_date)
  std::optional<std::string> script_title;                   // var docTitle = "…" (read_script_title)
  bool snapshot = false;       // a web archive's snapshot page (kWebArchives): its meta dates are its own
  bool read_fallback = false;  // <noscript> and <template> read as shown (the second reading of a page without an article)
  bool fallback_text = false;  // a <noscript> or <template> skipped held text
  std::size_t fallback_bytes = 0;  // the text they held
  // The longest document an <iframe srcdoc> holds (a page saved whole, as
  // SingleFile saves frames), and where its tag ends in the source.
  std::string srcdoc;
  std::size_t srcdoc_offset = 0;  // where its tag ends in the source
  // The text of the longest <textarea> (an old CMS's preview shows the
  // article so), and where its tag ends in the source.
  std::string textarea, textarea_now;
  std::size_t textarea_offset = 0, textarea_now_offset = 0;
  // The longest article a <script> keeps as data (read_script_article),
  // and where its script starts in the source.
  std::string script_article, script_now;
  std::size_t script_article_offset = 0, script_now_offset = 0;
  std::array<int, kFieldCount> meta_rank = [] {
    std::array<int, kFieldCount> ranks{};
    ranks.fill(99);
    return ranks;
  }();

  // Line and column (characters) of byte `pos` of the source; paragraph
  // starts only move forward, so one pass over the page counts them all.
  std::string_view source;
  std::size_t pos = 0;
  int pos_line = 1;
  int pos_column = 1;

  void advance_to(std::size_t offset) {
    offset = std::min(offset, source.size());
    if (offset <= pos) return;
    // A line ends at LF, or at a CR not followed by LF (CRLF ends it at
    // the LF); a CR is never a column. The line of `offset` is what follows
    // the last line end: count the ends and the characters after the last
    // one, eight bytes at a time.
    const std::string_view gap = source.substr(pos, offset - pos);
    int line_ends = count_byte(gap, '\n');
    std::size_t last_end = gap.rfind('\n');
    const std::size_t first_cr = gap.find('\r');
    for (std::size_t cr = first_cr; cr != std::string_view::npos; cr = gap.find('\r', cr + 1)) {
      const std::size_t at = pos + cr;
      if (at + 1 < source.size() && source[at + 1] == '\n') continue;
      ++line_ends;
      if (last_end == std::string_view::npos || cr > last_end) last_end = cr;
    }
    auto columns = [&](std::string_view text) {
      return count_chars(text) - (first_cr == std::string_view::npos ? 0 : count_byte(text, '\r'));
    };
    if (last_end == std::string_view::npos) {
      pos_column += columns(gap);
    } else {
      pos_line += line_ends;
      pos_column = 1 + columns(gap.substr(last_end + 1));
    }
    pos = offset;
  }

  unsigned inherited() const { return open.empty() ? 0 : elements[open.back()].inherited; }

  void flush() {
    if (current_started) paragraphs.push_back(std::move(current));
    current = Paragraph{};
    current_started = false;
    glue = false;
  }

  // libxml2 interns element names in its dictionary, so a name comes back
  // at the same address all through a page: a small cache keyed by the
  // address (and checked by the text) saves hashing it for every element.
  struct CachedTag {
    const xmlChar* address = nullptr;
    std::array<char, 16> name{};  // NUL-terminated copy
    unsigned flags = 0;
  };
  std::array<CachedTag, 64> tag_cache{};

  unsigned tag_flags(const xmlChar* name) {
    static const auto* table = [] {
      auto* t = new std::unordered_map<std::string_view, unsigned>;
      for (const TagEntry& e : kTags) t->emplace(e.name, e.flags);
      return t;
    }();
    const std::string_view text = sv(name);
    CachedTag& slot = tag_cache[(reinterpret_cast<std::uintptr_t>(name) >> 4) % tag_cache.size()];
    if (name && slot.address == name && text == slot.name.data()) return slot.flags;
    const auto it = table->find(text);
    const unsigned flags = it == table->end() ? 0u : it->second;
    if (name && text.size() < slot.name.size()) {
      slot.address = name;
      std::memcpy(slot.name.data(), text.data(), text.size());
      slot.name[text.size()] = '\0';
      slot.flags = flags;
    }
    return flags;
  }

  void on_start(const xmlChar* name, const xmlChar** attrs) {
    Element el;
    el.flags = tag_flags(name);
    if ((el.flags & kFallback) && read_fallback) el.flags &= ~kSkip;
    // Microdata on a <time> (itemprop="datePublished" datetime="…") is a
    // meta tag in all but its name.
    if ((el.flags & kMeta) || (attrs && equals_ascii_ci(sv(name), "time"))) read_meta(attrs);
    if (attrs && equals_ascii_ci(sv(name), "iframe")) read_srcdoc(attrs);
    if (el.flags & kTextarea) {
      textarea_now.clear();
      textarea_now_offset = cursor();
    }
    if (el.flags & kScript) {
      script_now.clear();
      script_now_offset = cursor();
    }
    if (attrs) {
      for (const xmlChar** a = attrs; a[0]; a += 2) {
        std::string_view key = sv(a[0]);
        if (a[1] && (equals_ascii_ci(key, "class") || equals_ascii_ci(key, "id"))) {
          read_hints(sv(a[1]), el);
          if (equals_ascii_ci(key, "id") && is_reply(sv(a[1]))) el.flags |= kSkip;
        } else if (hides(key, sv(a[1]))) {
          el.flags |= kHidden;
        }
      }
    }
    if ((el.flags & kTitleHint) && el.hint <= 0) el.flags |= kTitleOnly;
    // A <br> inside a heading, or an element its class calls the title
    // (<td class="biaoti">), breaks a long title over two lines: one title,
    // its halves glued (the white space after the <br> is layout). Not in
    // an article's container that a title word names too (<td
    // class="bt_content">), whose <br>s part its paragraphs.
    const bool in_title_element = (inherited() & (kHeading | kTitleOnly)) != 0;
    if ((el.flags & kBlock) || ((el.flags & kBreak) && !in_title_element)) flush();
    if ((el.flags & kBreak) && in_title_element && current_started) glue = true;
    if ((el.flags & kCell) && current_started) current.raw += ' ';
    if (el.flags & kLink) ++link_depth;
    if (el.flags & kTitleTag) in_title = !title_done;
    // A <time> may show a day without its year or no day at all (06-24,
    // 3天前); its datetime says the day, and where what it shows holds no
    // whole date the text is read with the datetime in its place (on_end).
    if (attrs && equals_ascii_ci(sv(name), "time") && !(inherited() & kSkip)) {
      for (const xmlChar** a = attrs; a[0]; a += 2) {
        if (!a[1] || !equals_ascii_ci(sv(a[0]), "datetime")) continue;
        if (auto day = normalise_date(sv(a[1]))) {
          machine_time = {static_cast<int>(elements.size()), current.raw.size(), std::move(*day)};
        }
      }
    }
    el.parent = open.empty() ? -1 : open.back();
    el.inherited = el.flags | inherited();
    el.end = static_cast<int>(elements.size()) + 1;
    open.push_back(static_cast<int>(elements.size()));
    elements.push_back(el);  // void elements (<br>, <meta>) get their end event from libxml2 too
  }

  // The <time datetime> open, where its text starts in the paragraph, and its day.
  struct MachineTime {
    int element = -1;
    std::size_t raw_start = 0;
    std::string day;  // normalise_date of its datetime
  };
  std::optional<MachineTime> machine_time;

  // At a <time>'s end: what it showed stays when it holds a whole date
  // (2023-04-02, 最后更新：2023-04-02); else the datetime's day stands there.
  void end_machine_time(int index) {
    if (!machine_time || machine_time->element != index) return;
    MachineTime t = std::move(*machine_time);
    machine_time.reset();
    if (current_started && current.raw.size() >= t.raw_start) {
      if (normalise_date(std::string_view(current.raw).substr(t.raw_start))) return;
      current.raw.resize(t.raw_start);
    }
    std::replace(t.day.begin(), t.day.end(), 'T', ' ');
    add_text(" " + t.day + " ");
  }

  void read_srcdoc(const xmlChar** attrs) {
    for (const xmlChar** a = attrs; a[0]; a += 2) {
      if (!a[1] || !equals_ascii_ci(sv(a[0]), "srcdoc") || sv(a[1]).size() <= srcdoc.size()) continue;
      srcdoc = sv(a[1]);
      srcdoc_offset = cursor();
    }
  }

  // The parser's cursor as a byte offset of the source.
  std::size_t cursor() const {
    const auto* input = ctxt->input;
    return input->consumed + static_cast<std::size_t>(input->cur - input->base);
  }

  // Line and column of `offset`, counted afresh from the source's start
  // (for the few places asked for after the parse).
  std::pair<int, int> position_of(std::size_t offset) {
    pos = 0;
    pos_line = 1;
    pos_column = 1;
    advance_to(offset);
    return {pos_line, pos_column};
  }

  void on_end(std::string_view) {
    if (open.empty()) return;
    const int index = open.back();
    end_machine_time(index);
    open.pop_back();
    Element& el = elements[index];
    el.end = static_cast<int>(elements.size());
    if ((el.flags & kTextarea) && textarea_now.size() > textarea.size()) {
      textarea = std::move(textarea_now);
      textarea_offset = textarea_now_offset;
    }
    if ((el.flags & kScript) && script_now.size() > script_article.size()) {
      if (std::string article = read_script_article(script_now); article.size() > script_article.size()) {
        script_article = std::move(article);
        script_article_offset = script_now_offset;
      }
      script_now.clear();
    }
    if (el.flags & kBlock) flush();
    if ((el.flags & kLink) && link_depth > 0) --link_depth;
    if (el.flags & kTitleTag && in_title) {
      in_title = false;
      title_done = true;
    }
  }

  void read_hints(std::string_view value, Element& el) {
    std::size_t i = 0;
    while (i < value.size()) {
      while (i < value.size() && value[i] == ' ') ++i;
      std::size_t j = i;
      while (j < value.size() && value[j] != ' ') ++j;
      std::string_view token = value.substr(i, j - i);
      i = j;
      if (token.empty()) continue;
      // The token's parts between '-' and '_' (not the whole token), cut once for all hints.
      std::array<std::string_view, 16> parts;
      std::size_t part_count = 0;
      bool too_many_parts = false;
      for (std::size_t k = 0; k <= token.size();) {
        std::size_t m = k;
        while (m < token.size() && token[m] != '-' && token[m] != '_') ++m;
        if (m > k && m - k < token.size()) {
          if (part_count == parts.size()) too_many_parts = true;
          else parts[part_count++] = token.substr(k, m - k);
        }
        k = m + 1;
      }
      auto part_is = [&](std::string_view name) {
        for (std::size_t p = 0; p < part_count; ++p)
          if (equals_ascii_ci(parts[p], name)) return true;
        if (!too_many_parts) return false;
        for (std::size_t k = 0; k <= token.size();) {  // a token of many parts: all of them
          std::size_t m = k;
          while (m < token.size() && token[m] != '-' && token[m] != '_') ++m;
          if (m > k && m - k < token.size() && equals_ascii_ci(token.substr(k, m - k), name)) return true;
          k = m + 1;
        }
        return false;
      };
      for (const HintEntry& h : kHints) {
        const bool hit = equals_ascii_ci(token, h.name) || (h.part && part_count > 0 && part_is(h.name));
        if (hit) {
          el.hint += h.weight;
          el.flags |= h.flags;
        }
      }
    }
  }

  // A forum thread's replies and a blog's comments are readers' words, not
  // the article's: an id naming a comment or a reply (comment-12, reply_3),
  // or a thread's post after its first (Discuz's post_3318777; the first,
  // post_3318720, is the article, as WordPress's one <article id=post-9> is).
  bool seen_post = false;
  bool is_reply(std::string_view id) {
    const std::size_t cut = id.find_last_of("-_");
    if (cut == std::string_view::npos || cut == 0 || cut + 1 == id.size()) return false;
    for (char c : id.substr(cut + 1)) {
      if (c < '0' || c > '9') return false;
    }
    const std::string_view prefix = id.substr(0, cut);
    for (std::string_view reply : kReplyIdPrefixes) {
      if (equals_ascii_ci(prefix, reply)) return true;
    }
    if (!equals_ascii_ci(prefix, "post")) return false;
    const bool reply = seen_post;
    seen_post = true;
    return reply;
  }

  // An attribute that keeps the element from being shown by default: the
  // other copies of an article (elder-friendly, print, mobile) that a
  // page carries for its switches.
  static bool hides(std::string_view key, std::string_view value) {
    if (equals_ascii_ci(key, "hidden")) return true;
    if (equals_ascii_ci(key, "aria-hidden")) return equals_ascii_ci(value, "true");
    if (!equals_ascii_ci(key, "style")) return false;
    return style_says(value, "display", "none") || style_says(value, "visibility", "hidden");
  }

  // `property: value` in a style attribute, any case, spaces around the
  // colon. No copy: Word-made pages put a style on every <span>.
  static bool style_says(std::string_view style, std::string_view property, std::string_view value) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    for (std::size_t at = 0; at + property.size() <= style.size(); ++at) {
      if (!equals_ascii_ci(style.substr(at, property.size()), property)) continue;
      if (at > 0 && (is_ascii_alnum(static_cast<unsigned char>(style[at - 1])) || style[at - 1] == '-')) continue;
      std::size_t i = at + property.size();
      while (i < style.size() && blank(style[i])) ++i;
      if (i >= style.size() || style[i] != ':') continue;
      ++i;
      while (i < style.size() && blank(style[i])) ++i;
      if (equals_ascii_ci(style.substr(i, value.size()), value)) return true;
    }
    return false;
  }

  void read_meta(const xmlChar** attrs) {
    if (!attrs) return;
    std::string_view name, content;
    for (const xmlChar** a = attrs; a[0]; a += 2) {
      const std::string_view key = sv(a[0]);
      if (equals_ascii_ci(key, "name") || (name.empty() && (equals_ascii_ci(key, "property") ||
                                                            equals_ascii_ci(key, "itemprop"))))
        name = sv(a[1]);
      else if (equals_ascii_ci(key, "content") || (content.empty() && equals_ascii_ci(key, "datetime")))
        content = sv(a[1]);
    }
    if (equals_ascii_ci(name, "og:site_name") || equals_ascii_ci(name, "og:url")) {
      for (std::string_view archive : kWebArchives) snapshot = snapshot || content.find(archive) != std::string_view::npos;
    }
    for (int rank = 0; rank < static_cast<int>(std::size(kMetaTags)); ++rank) {
      const MetaEntry& m = kMetaTags[rank];
      const auto field = static_cast<std::size_t>(m.field);
      if (!equals_ascii_ci(name, m.name) || rank >= meta_rank[field]) continue;
      std::string value = fold_space(content);
      if (value.empty()) continue;
      meta[field] = std::move(value);
      meta_rank[field] = rank;
    }
  }

  // Founder's e-paper (方正) keeps an article's facts in a comment at the
  // head of its page, where a meta tag would be: <!--enpproperty
  // <articleid>41925</articleid><date>2024-12-02 00:00:00:0</date>…
  // <title>…</title>…enpproperty-->. The page shows only the date,
  // beside every article of the issue. Below every meta tag in rank.
  void on_comment(std::string_view text) {
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || !text.substr(start).starts_with("enpproperty")) return;
    auto element = [&](std::string_view tag) {
      const std::string open_tag = fmt::format("<{}>", tag), close_tag = fmt::format("</{}>", tag);
      const std::size_t from = text.find(open_tag);
      if (from == std::string_view::npos) return std::string_view();
      const std::size_t begin = from + open_tag.size(), end = text.find(close_tag, begin);
      return end == std::string_view::npos ? std::string_view() : text.substr(begin, end - begin);
    };
    constexpr int kBelowEveryMeta = static_cast<int>(std::size(kMetaTags));
    auto keep = [&](Field field, std::string value) {
      const auto f = static_cast<std::size_t>(field);
      if (value.empty() || meta_rank[f] <= kBelowEveryMeta) return;
      meta[f] = std::move(value);
      meta_rank[f] = kBelowEveryMeta;
    };
    // The time is always midnight (00:00:00:0): the day, no hour.
    if (const auto day = padded_date_at(element("date"))) keep(Field::Published, day->value.substr(0, 10));
    keep(Field::Title, fold_space(element("title")));
  }

  void on_text(std::string_view text) {
    if (in_title) {
      if (title_text.size() < 4096) title_text.append(text.substr(0, 4096));
      return;
    }
    if (inherited() & kSkip) {
      if (!open.empty() && (elements[static_cast<std::size_t>(open.back())].flags & kTextarea)) textarea_now.append(text);
      if (inherited() & kFallback) {
        fallback_bytes += text.size();
        if (!fallback_text) {
          fallback_text = std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) > ' '; });
        }
      }
      if (!open.empty() && (elements[static_cast<std::size_t>(open.back())].flags & kScript)) {
        script_now.append(text);
        if (!script_date) script_date = read_script_date(text);
        if (!script_title) script_title = read_script_title(text);
        // What the script writes where it stands (发布日期：<script>
        // document.write('2024-07-15')</script>) is text of the line it is on.
        const bool written_here = current_started && open.size() >= 2 &&
                                  !(elements[static_cast<std::size_t>(open[open.size() - 2])].inherited & kSkip);
        if (written_here) {
          if (auto written = read_written_text(text)) add_text(*written);
        }
      }
      return;
    }
    add_text(text);
  }

  // Text of the page at the parser's cursor, into the current paragraph.
  void add_text(std::string_view text) {
    if (glue && current_started) {
      std::size_t i = 0;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
      if (i == text.size()) return;
      text.remove_prefix(i);
      glue = false;
    }
    if (!current_started) {
      // The first non-space character gives the paragraph its line: the
      // parser's line is at the end of this chunk, so count back the line
      // ends between that character and the end.
      std::size_t i = 0;
      while (i < text.size()) {
        std::size_t next = i;
        if (!is_leading_blank(next_code_point(text, next))) break;
        i = next;
      }
      if (i == text.size()) {
        current.raw.append(text);
        return;
      }
      // The parser's cursor is at the end of this chunk (entities come as
      // chunks of their own), so the character sits rest.size() bytes
      // before it in the source. Lines and columns are counted here, not
      // by libxml2, which counts neither lone CRs nor beyond an int.
      // When libxml2 flushes a full buffer, its cursor still stands on the
      // last character copied: check the source to tell.
      const std::string_view rest = text.substr(i);
      std::size_t end = cursor();
      if (end < source.size() &&
          !(end >= text.size() && source.compare(end - text.size(), text.size(), text) == 0)) {
        std::size_t next = end;
        next_code_point(source, next);
        if (next >= text.size() && source.compare(next - text.size(), text.size(), text) == 0)
          end = next;
      }
      advance_to(end >= rest.size() ? end - rest.size() : 0);
      current.line = pos_line;
      current.column = pos_column;
      current.owner = open.empty() ? 0 : open.back();
      current_started = true;
    }
    current.raw.append(text);
    if (current.all_bold && !(inherited() & kBold)) {
      for (char c : text) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          current.all_bold = false;
          break;
        }
      }
    }
    if (link_depth > 0) {
      for (unsigned char b : text) current.link_chars += (b & 0xC0) != 0x80 && b > ' ';
    }
  }
};

Walker* walker_of(void* ctx) {
  return static_cast<Walker*>(static_cast<htmlParserCtxtPtr>(ctx)->_private);
}

void sax_start(void* ctx, const xmlChar* name, const xmlChar** attrs) {
  walker_of(ctx)->on_start(name, attrs);
}
void sax_end(void* ctx, const xmlChar* name) { walker_of(ctx)->on_end(sv(name)); }
void sax_comment(void* ctx, const xmlChar* text) { walker_of(ctx)->on_comment(sv(text)); }

void sax_text(void* ctx, const xmlChar* text, int length) {
  if (length > 0)
    walker_of(ctx)->on_text(
        std::string_view(reinterpret_cast<const char*>(text), static_cast<std::size_t>(length)));
}

// A <pre> keeps its line ends (text pasted from a PDF or a mail, a line to
// a source line): each line of it is a paragraph, at its own source line
// and column, as text input's lines are.
// Which paragraphs are cells of a ledger: a table whose first or second
// row names a ledger's columns (names_ledger_columns). A notice publishes
// its problems so (整改台账); the table's group rows (一、…方面) and cells
// (1.…；2.…) would open units amid the notice's own headings. A layout
// table holding the whole page names no such columns.
std::vector<bool> ledger_cells(const std::vector<Paragraph>& paragraphs, const std::vector<Element>& elements) {
  std::vector<bool> cells(paragraphs.size(), false);
  if (elements.empty()) return cells;
  auto enclosing = [&](int e, unsigned flag) {
    for (; e >= 0; e = elements[static_cast<std::size_t>(e)].parent) {
      if (elements[static_cast<std::size_t>(e)].flags & flag) return e;
    }
    return -1;
  };
  std::vector<std::pair<int, bool>> tables;  // decided: table element, whether a ledger
  for (std::size_t k = 0; k < paragraphs.size(); ++k) {
    const int owner = paragraphs[k].owner;
    if (!(elements[static_cast<std::size_t>(owner)].inherited & kTable)) continue;  // most paragraphs
    const int table = enclosing(owner, kTable);
    auto decided = !tables.empty() && tables.back().first == table  // most often the paragraph before's
                       ? tables.end() - 1
                       : std::find_if(tables.begin(), tables.end(), [&](const auto& t) { return t.first == table; });
    if (decided == tables.end()) {
      // The first two rows' text, a row's cells parted by spaces.
      // A menu's row of links (问题反馈 | 整改进展 | …) is no header.
      bool ledger = false;
      int rows = 0, row = -2, link_chars = 0;
      std::string text;
      auto header = [&] { return 2 * link_chars < count_chars(text) && names_ledger_columns(text); };
      for (std::size_t m = k; m < paragraphs.size() && !ledger; ++m) {
        const int o = paragraphs[m].owner;
        if (enclosing(o, kTable) != table) break;
        const int r = enclosing(o, kRow);
        if (r != row) {
          if (rows > 0) ledger = header();
          if (++rows > 2) break;
          row = r;
          text.clear();
          link_chars = 0;
        }
        link_chars += paragraphs[m].link_chars;
        // A header is a few short labels: a longer row is prose, read no further.
        if (text.size() + paragraphs[m].raw.size() > kMaxLedgerHeaderBytes) {
          text.clear();
          break;
        }
        text.append(fold_space(paragraphs[m].raw)).push_back(' ');
      }
      if (!ledger && rows <= 2) ledger = header();
      tables.emplace_back(table, ledger);
      decided = tables.end() - 1;
    }
    cells[k] = decided->second;
  }
  return cells;
}

void split_preformatted(std::vector<Paragraph>& paragraphs, const std::vector<Element>& elements) {
  auto preformatted = [&](const Paragraph& p) {
    return !elements.empty() && (elements[static_cast<std::size_t>(p.owner)].inherited & kPreformatted) &&
           p.raw.find('\n') != std::string::npos;
  };
  if (std::none_of(paragraphs.begin(), paragraphs.end(), preformatted)) return;
  std::vector<Paragraph> out;
  out.reserve(paragraphs.size());
  for (Paragraph& p : paragraphs) {
    if (!preformatted(p)) {
      out.push_back(std::move(p));
      continue;
    }
    // raw.line and raw.column are those of the paragraph's first visible
    // character; later lines count on from it.
    int lines_after_first = -1;  // -1 until the first line with text
    std::size_t start = 0;
    while (start <= p.raw.size()) {
      std::size_t end = p.raw.find('\n', start);
      if (end == std::string::npos) end = p.raw.size();
      const std::string_view piece = std::string_view(p.raw).substr(start, end - start);
      std::size_t lead = 0;
      int lead_chars = 0;
      while (lead < piece.size()) {
        std::size_t next = lead;
        if (!is_leading_blank(next_code_point(piece, next))) break;
        lead = next;
        ++lead_chars;
      }
      if (lead < piece.size()) {
        Paragraph part;
        part.raw = std::string(piece);
        part.line = p.line + std::max(lines_after_first, 0);
        part.column = lines_after_first > 0 ? 1 + lead_chars : p.column;
        part.owner = p.owner;
        part.all_bold = p.all_bold;
        if (lines_after_first < 0) lines_after_first = 0;
        out.push_back(std::move(part));
      }
      if (lines_after_first >= 0) ++lines_after_first;
      start = end + 1;
    }
  }
  paragraphs = std::move(out);
}

// ------------------------------------------------------------ scoring ----

// A paragraph's text as the page gives it, before Blocks keeps it.
struct OwnedBlock {
  std::string text;
  int line = 0;
  int column = 1;
  bool table_cell = false;  // Block::table_cell
};

struct Scored {
  OwnedBlock block;
  int owner = 0;
  unsigned flags = 0;   // owner's inherited flags
  bool chrome = false;  // widget, footer, info line, breadcrumb
  bool linky = false;   // mostly link text and no sentence
  bool bold = false;    // all in bold (Paragraph::all_bold)
  double good = 0, bad = 0;
  int said = -1;  // index of what it says of the page (Said), -1 for nothing
};

// What a paragraph says of the page, for the few that say something (kept
// apart: a long page has 100 000 paragraphs and a handful of these).
struct Said {
  // As an info line (发布时间:… 来源:…), or as the info line at the end of a
  // heading. Which info line speaks for the article is decided once the
  // article is found (choose_info).
  std::optional<std::string> published, origin;
  bool heading_info = false;  // the values come from an info line inside this heading
  // A date alone on its line (<div class="time">2024-06-24 16:38</div>):
  // the article's only next to its title, a signature's inside the body.
  std::optional<std::string> bare_date;
  // A line that can only be the page's date: a date leading values whose
  // labels are icons (<i class="icon-time"></i>2024-07-08 <i
  // class="icon-eye"></i>1268 …), or a widget setting the day apart
  // (<span>29</span><span>2024-07</span>). The article's next to its title.
  std::optional<std::string> page_date;
  // The published_rank of the label that gave `published` (-1: none did).
  int published_rank = -1;
};

// A date alone on its line dates the article from this many paragraphs
// below the article's start (its title, or its first paragraph).
constexpr std::size_t kBareDateReach = 3;

// Which info line speaks for the article: the one inside its heading, else
// the one nearest to its first paragraph within the smallest element
// around the article that holds one (the info line just above the body
// before one further away), never one in a sidebar, related list, menu or
// footer. A sidebar's 发布时间 or a related list's dates are not the
// article's. `get` picks the field; -1 when no paragraph has it.
template <class Get>
int choose_info(const std::vector<Scored>& paras, const std::vector<Said>& saids, const std::vector<Element>& elements,
                int body_element, std::size_t first_body, std::size_t title_at, Get get) {
  auto says = [&](const Scored& p) { return p.said >= 0 && get(saids[static_cast<std::size_t>(p.said)]); };
  if (title_at < paras.size() && says(paras[title_at]) && saids[static_cast<std::size_t>(paras[title_at].said)].heading_info)
    return static_cast<int>(title_at);
  // The elements around the body, innermost first: nested ranges, so the
  // smallest one around a paragraph is found by bisection.
  std::vector<int> around;
  for (int e = body_element < 0 ? 0 : body_element; e >= 0; e = elements[e].parent) around.push_back(e);
  auto level_of = [&](int owner) {
    std::size_t lo = 0, hi = around.size();  // first level whose element holds owner
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      const Element& el = elements[around[mid]];
      if (owner >= around[mid] && owner < el.end) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  // A paragraph in a sidebar: under an element that says so (nav, a
  // class with side or related) which does not hold the article's body
  // too (<div class="right-side"> around a page's main column).
  auto in_aside = [&](const Scored& p) {
    if (!(p.flags & kAsideHint)) return false;
    for (int e = p.owner; e >= 0; e = elements[static_cast<std::size_t>(e)].parent) {
      const Element& el = elements[static_cast<std::size_t>(e)];
      const bool holds_body = body_element >= e && body_element < el.end;
      if ((el.flags & kAsideHint) && !holds_body) return true;
    }
    return false;
  };
  int chosen = -1;
  std::size_t chosen_level = 0, chosen_rank = 0;
  for (std::size_t k = 0; k < paras.size(); ++k) {
    const Scored& p = paras[k];
    if (!says(p) || in_aside(p)) continue;
    const std::size_t level = level_of(p.owner);
    // before the body: the nearer the better; after it: behind everything before it
    const std::size_t rank = k < first_body ? first_body - k : paras.size() + (k - first_body);
    if (chosen < 0 || level < chosen_level || (level == chosen_level && rank < chosen_rank)) {
      chosen = static_cast<int>(k);
      chosen_level = level;
      chosen_rank = rank;
    }
  }
  return chosen;
}

// A paragraph this long is a copy's fingerprint; shorter ones (整改时限:长期坚持)
// repeat within one article.
constexpr std::size_t kMinCopyKeyBytes = 24;
// A copy holds at least this many body paragraphs and this much weight,
// and this share of its weight is text the rest of the body has too.
constexpr int kMinCopyParagraphs = 3;
constexpr double kMinCopyWeight = 100;
constexpr double kMinCopyShare = 0.8;
// Pairs of repeated paragraphs looked at before giving up.
constexpr int kMaxCopyPairs = 4096;
// A line without a heading's markup is taken for the title only when it
// spells most of the <title> and is this long: column names are shorter.
constexpr int kMinPlainTitleChars = 10;

// Sites carry the article a second time for an elder-friendly or accessible
// view (适老化, 无障碍), a print view or a mobile view, hidden until a switch
// shows it. When the body element holds both, every unit would be read
// twice. A copy is the element, below the smallest one holding a paragraph
// and its repetition, whose body paragraphs are mostly (kMinCopyShare) text
// the rest of the body has too: the later one is dropped, unless the
// earlier one is hidden and the later one shown, or the later one is the
// more complete (then the earlier copy is the one that repeats). Marks the
// dropped copies' paragraphs (their headings too) in `in_copy` and returns
// the line of each dropped copy's first paragraph.
std::vector<int> drop_duplicate_copies(const std::vector<Scored>& paras, const std::vector<Element>& elements,
                                       std::vector<char>& in_body, std::vector<char>& in_copy) {
  std::vector<int> dropped;
  // Repeated texts: the paragraphs' hashes sorted (a hash map cost a few
  // per cent of a long page's parse), runs of one text grouped. For each
  // paragraph with a repetition, the first and last index of its text.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::pair<std::size_t, std::size_t>> hashes;  // (hash, paragraph)
  for (std::size_t k = 0; k < paras.size(); ++k) {
    if (in_body[k] && paras[k].block.text.size() >= kMinCopyKeyBytes)
      hashes.emplace_back(std::hash<std::string_view>{}(paras[k].block.text), k);
  }
  std::sort(hashes.begin(), hashes.end());
  std::vector<std::size_t> first_of(paras.size(), kNone), last_of(paras.size(), kNone);
  std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (earlier, later) paragraph
  for (std::size_t i = 0; i < hashes.size();) {
    std::size_t j = i + 1;
    while (j < hashes.size() && hashes[j].first == hashes[i].first) ++j;
    // one hash, usually one text: split the run by text, in paragraph order
    for (std::size_t a = i; a < j; ++a) {
      const std::size_t first = hashes[a].second;
      if (first_of[first] != kNone) continue;
      std::size_t last = first;
      for (std::size_t b = a + 1; b < j; ++b) {
        const std::size_t k = hashes[b].second;
        if (first_of[k] != kNone || paras[k].block.text != paras[first].block.text) continue;
        first_of[k] = first;
        last = k;
        if (paras[first].owner != paras[k].owner) pairs.emplace_back(first, k);
      }
      first_of[first] = first;
      for (std::size_t b = a; b < j; ++b)
        if (first_of[hashes[b].second] == first) last_of[hashes[b].second] = last;
    }
    i = j;
  }
  if (pairs.empty()) return dropped;
  std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) { return x.second < y.second; });
  auto holds = [&](int e, int owner) { return owner >= e && owner < elements[e].end; };
  // The child of `ancestor` on the way up from `owner`; -1 if owner is ancestor.
  auto child_toward = [&](int ancestor, int owner) {
    if (owner == ancestor) return -1;
    int e = owner;
    while (e >= 0 && elements[e].parent != ancestor) e = elements[e].parent;
    return e == ancestor ? -1 : e;
  };
  // Drops the copy rooted at e (a member paragraph is at index member) if
  // it is one. Each element is weighed once: a failed one fails again.
  std::vector<int> weighed;
  auto try_drop = [&](int e, std::size_t member) {
    if (e < 0 || std::find(weighed.begin(), weighed.end(), e) != weighed.end()) return false;
    weighed.push_back(e);
    std::size_t lo = member, hi = member + 1;
    while (lo > 0 && holds(e, paras[lo - 1].owner)) --lo;
    while (hi < paras.size() && holds(e, paras[hi].owner)) ++hi;
    int count = 0;
    double weight = 0, repeated = 0;
    for (std::size_t k = lo; k < hi; ++k) {
      if (!in_body[k]) continue;
      ++count;
      weight += paras[k].good;
      if (first_of[k] != kNone && (first_of[k] < lo || last_of[k] >= hi)) repeated += paras[k].good;
    }
    if (count < kMinCopyParagraphs || weight < kMinCopyWeight || repeated < kMinCopyShare * weight) return false;
    int line = 0;
    for (std::size_t k = lo; k < hi; ++k) {
      if (in_body[k] && line == 0) line = paras[k].block.line;
      in_body[k] = 0;
      in_copy[k] = 1;
    }
    dropped.push_back(line);
    return true;
  };
  int looked = 0;
  for (const auto& [earlier, later] : pairs) {
    if (!in_body[earlier] || !in_body[later]) continue;  // in a copy dropped already
    if (++looked > kMaxCopyPairs) break;
    const int a = paras[earlier].owner, b = paras[later].owner;
    int common = elements[b].parent;
    while (common >= 0 && !holds(common, a)) common = elements[common].parent;
    if (common < 0) continue;
    const int later_copy = child_toward(common, b), earlier_copy = child_toward(common, a);
    const bool earlier_hidden = earlier_copy >= 0 && (elements[earlier_copy].inherited & kHidden);
    const bool later_hidden = later_copy >= 0 && (elements[later_copy].inherited & kHidden);
    if (earlier_hidden && !later_hidden) {
      if (!try_drop(earlier_copy, earlier)) try_drop(later_copy, later);
    } else if (!try_drop(later_copy, later)) {
      try_drop(earlier_copy, earlier);
    }
  }
  return dropped;
}

void measure(Scored& p, int link_chars, int chars) {
  const std::string& s = p.block.text;
  const TextWeights w = text_weights(s);
  const int full_stops = w.full_stops;
  const int punct = w.punct + full_stops;
  const int cjk = w.cjk;
  p.linky = link_chars * 2 > chars && full_stops == 0;
  if (p.chrome || p.linky || (p.flags & kChrome)) {
    p.bad = chars;
    return;
  }
  p.good = cjk + 2.0 * punct + (starts_with_marker(s) ? 30 : 0);
}

}  // namespace

namespace {

// What one reading of a page found besides its blocks.
struct Reading {
  bool fallback_text = false;  // a skipped <noscript> or <template> held text
  std::size_t fallback_bytes = 0;  // the text they held
  std::size_t body = 0;        // paragraphs of the article, the title aside
  std::string srcdoc;          // the longest <iframe srcdoc> document
  int srcdoc_line = 0, srcdoc_column = 1;
  std::string textarea;        // the longest <textarea>'s text
  int textarea_line = 0;
  std::string script_article;  // the longest article a <script> keeps as data
  int script_article_line = 0, script_article_column = 1;
  std::optional<std::string> script_title;  // the title a script keeps (read_script_title)
};

// One reading of the page; `read_fallback` reads <noscript> and <template> as shown.
HtmlPage read_page(std::string_view input, bool read_fallback, Reading* reading) {
  HtmlPage page;
  std::string storage;
  int capped_line = 0;
  const std::string_view utf8 =
      word_conditionals(numeric_references(cap_depth(sanitise(input, storage), storage, &capped_line), storage), storage);
  if (capped_line > 0) {
    page.diagnostics.push_back(
        {Severity::Note,
         "html-deep-nesting",
         fmt::format("elements nest more than {} deep from here on; the deeper tags "
                     "were ignored and their text kept",
                     kMaxDepth),
         capped_line,
         1,
         {}});
  }
  if (utf8.size() > static_cast<std::size_t>(INT32_MAX)) {
    page.diagnostics.push_back(
        {Severity::Error, "html-too-large", "the page is larger than 2 GiB", 1, 1, {}});
    return page;
  }

  // libxml2 wants one xmlInitParser() before threads use it (parse -jN).
  static const bool libxml_ready = (xmlInitParser(), true);
  (void)libxml_ready;

  Walker walker;
  walker.read_fallback = read_fallback;
  walker.elements.reserve(utf8.size() / 256 + 16);
  // A root for text outside every element, so that every paragraph has an owner.
  walker.elements.push_back(Element{});
  walker.open.push_back(0);
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  sax.startElement = sax_start;
  sax.endElement = sax_end;
  sax.characters = sax_text;
  sax.ignorableWhitespace = sax_text;
  sax.cdataBlock = sax_text;
  sax.comment = sax_comment;

  htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(
      utf8.empty() ? " " : utf8.data(), utf8.empty() ? 1 : static_cast<int>(utf8.size()));
  if (!ctxt) {
    page.diagnostics.push_back({Severity::Error,
                                "html-parser",
                                "libxml2 could not start on the page (out of memory?)",
                                1,
                                1,
                                {}});
    return page;
  }
  std::memcpy(ctxt->sax, &sax, sizeof sax);
  ctxt->_private = &walker;
  htmlCtxtUseOptions(ctxt, kParseOptions);
  // The text is UTF-8 already; without this libxml2 guesses from the page.
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  walker.ctxt = ctxt;
  walker.source = utf8;
  htmlParseDocument(ctxt);
  const bool stopped = ctxt->instate == XML_PARSER_EOF && ctxt->input &&
                       ctxt->input->cur < ctxt->input->end && ctxt->errNo != 0;
  const int stop_line = ctxt->input ? ctxt->input->line : 0;
  htmlFreeParserCtxt(ctxt);
  walker.flush();
  while (!walker.open.empty()) walker.on_end({});
  if (stopped) {
    page.diagnostics.push_back(
        {Severity::Warning,
         "html-truncated",
         "the HTML parser stopped before the end of the page; text after this line is lost",
         stop_line,
         1,
         {}});
  }

  // Facts from <meta> and <title>.
  PageFacts& facts = page.facts;
  auto meta = [&](Field f) -> std::optional<std::string>& {
    return walker.meta[static_cast<std::size_t>(f)];
  };
  // The article's title: ArticleTitle, then <title> unless it names only
  // the kind of page (详情页_某某网). A title a script writes into the page
  // stands for such a <title>, or for one that holds it with the site's
  // name: a script's other strings named …title (a tooltip, a widget's
  // caption) are no article's.
  if (walker.snapshot) {
    meta(Field::Published).reset();
    meta(Field::MadeAt).reset();
  }
  facts.title = meta(Field::Title);
  const bool kind_of_page = names_no_article(walker.title_text);
  if (!facts.title && walker.script_title &&
      (kind_of_page || walker.title_text.find(*walker.script_title) != std::string::npos)) {
    facts.title = walker.script_title;
  }
  if (!facts.title && !kind_of_page) {
    std::string title = strip_title_suffix(fold_space(walker.title_text));
    if (!title.empty()) facts.title = std::move(title);
  }
  if (meta(Field::Published)) facts.published = normalise_date(*meta(Field::Published));
  facts.origin = meta(Field::Origin);
  facts.site = meta(Field::Site);
  // Info lines and breadcrumbs are read into each paragraph first; the
  // breadcrumb keeps the first one, the info line is chosen below.
  PageFacts said;
  std::vector<Said> saids;

  // Paragraphs with their weights.
  const std::vector<Element>& elements = walker.elements;
  split_preformatted(walker.paragraphs, elements);
  const std::vector<bool> in_ledger = ledger_cells(walker.paragraphs, elements);
  std::vector<Scored> paras;
  paras.reserve(walker.paragraphs.size());
  for (std::size_t r = 0; r < walker.paragraphs.size(); ++r) {
    Paragraph& raw = walker.paragraphs[r];
    Scored p;
    p.block.text = fold_space(raw.raw);
    if (p.block.text.empty()) continue;
    p.block.table_cell = in_ledger[r];
    p.block.line = raw.line;
    p.block.column = raw.column;
    p.owner = raw.owner;
    p.bold = raw.all_bold;
    p.flags = elements.empty() ? 0 : elements[raw.owner].inherited;
    int chars = count_chars(p.block.text);
    // Chrome lines are short; long paragraphs skip the phrase tables, and
    // so do sentences (all three readers turn down a text with 。).
    const bool short_line = chars <= 200 && p.block.text.find("。") == std::string::npos;
    said = PageFacts{};
    bool heading_info = false;
    std::optional<std::string> bare_date, page_date;
    if (short_line && read_info_line(p.block.text, said)) {
      p.chrome = true;
    } else if (short_line && !elements.empty() && (elements[raw.owner].flags & kBylineHint) &&
               !(p.flags & (kHeading | kTitleHint))) {
      // A byline's short lines (the author, a WeChat account's name, a bare
      // count) are the page's; a date among them is kept aside as the page's.
      // Its own element says so: a container of the whole article may be
      // named …-meta-… too.
      p.chrome = true;
      std::size_t end = 0;
      if (auto when = leading_date(p.block.text, &end)) page_date = std::move(when);
    } else if ((p.flags & (kHeading | kTitleHint)) && split_heading_info(p.block.text, said)) {
      heading_info = true;
      chars = count_chars(p.block.text);
    } else if (short_line) {
      // 2024-06-24 16:38 来源:… — the labels may follow a bare date; a date
      // alone is kept aside (bare_date) and stays text.
      std::size_t end = 0;
      if (auto when = leading_date(p.block.text, &end)) {
        std::string_view rest = trim_spaces(std::string_view(p.block.text).substr(end));
        // A bar may part the date from the labels (2024-9-3 15:22 | 发布者: …).
        for (std::string_view bar : {"|", "｜", "丨"}) {
          if (starts_with(rest, bar)) rest = trim_spaces(rest.substr(bar.size()));
        }
        // A date in brackets alone ([2024-04-22]) is as often a listed
        // link's as the page's: left to the text's reading.
        if (rest.empty()) {
          if (p.block.text[0] >= '0' && p.block.text[0] <= '9') bare_date = std::move(when);
        } else if (read_info_line(rest, said)) {
          p.chrome = true;
          said.published = std::move(when);
        } else if (is_unlabelled_values(rest)) {
          page_date = std::move(when);
        }
      } else {
        page_date = date_widget(p.block.text);
      }
      p.chrome = p.chrome || read_breadcrumb(p.block.text, (p.flags & kCrumbHint) != 0, facts) ||
                 is_chrome_phrase(p.block.text, chars);
    }
    if (said.published || said.origin || bare_date || page_date || heading_info) {
      p.said = static_cast<int>(saids.size());
      saids.push_back(Said{std::move(said.published), std::move(said.origin), heading_info, std::move(bare_date),
                           std::move(page_date), said.published_key});
    }
    measure(p, raw.link_chars, chars);
    paras.push_back(std::move(p));
    raw.raw = std::string();
  }
  if (facts.breadcrumb.empty() && meta(Field::Column))
    facts.breadcrumb.push_back(*meta(Field::Column));

  // Container scores: each paragraph's weight goes to its owner, then every
  // element adds its total to its parent (pre-order: children come later).
  std::vector<double> good(elements.size(), 0.0), bad(elements.size(), 0.0);
  for (const Scored& p : paras) {
    good[p.owner] += p.good;
    bad[p.owner] += p.bad;
  }
  for (std::size_t k = elements.size(); k-- > 1;) {
    const int parent = elements[k].parent;
    if (parent < 0) continue;
    good[parent] += good[k];
    bad[parent] += bad[k];
  }
  int best = -1;
  double best_score = 0;
  for (std::size_t k = 0; k < elements.size(); ++k) {
    const Element& el = elements[k];
    if (el.inherited & (kSkip | kChrome) || good[k] <= 0) continue;
    const double factor = el.hint > 0 ? 1.25 : el.hint < 0 ? 0.5 : 1.0;
    const double score = (good[k] - bad[k]) * factor;
    if (score > best_score) {  // ties keep the outer element: no text lost
      best_score = score;
      best = static_cast<int>(k);
    }
  }
  const int first = best < 0 ? 0 : best;
  const int last = best < 0 ? static_cast<int>(elements.size()) : elements[best].end;
  auto inside = [&](const Scored& p) { return p.owner >= first && p.owner < last; };

  auto clean = [](const Scored& p) { return !p.chrome && !p.linky && !(p.flags & kChrome); };
  std::vector<char> in_body(paras.size(), 0);
  std::size_t first_body = paras.size(), last_body = 0;
  for (std::size_t k = 0; k < paras.size(); ++k) {
    if (!inside(paras[k]) || !clean(paras[k])) continue;
    in_body[k] = 1;
    first_body = std::min(first_body, k);
    last_body = k;
  }
  // A preamble or a signature just outside the container (in its parent,
  // e.g. <td><div id=zoom>…</div>2024年6月17日</td>) belongs to the body:
  // take neighbouring paragraphs of the parent until the first chrome or
  // link paragraph (the info line above, the share bar below).
  if (best >= 0 && first_body < paras.size() && elements[best].parent >= 0) {
    const Element& scope = elements[elements[best].parent];
    const int scope_first = elements[best].parent, scope_last = scope.end;
    auto extends = [&](const Scored& p) {
      return p.owner >= scope_first && p.owner < scope_last && clean(p) && p.good > 0;
    };
    // A date alone above the body is the page's (<div class="time">), not
    // the notice's: a signature's date stands below.
    while (first_body > 0 && extends(paras[first_body - 1]) &&
           !(paras[first_body - 1].said >= 0 && saids[static_cast<std::size_t>(paras[first_body - 1].said)].bare_date)) in_body[--first_body] = 1;
    while (last_body + 1 < paras.size() && extends(paras[last_body + 1])) in_body[++last_body] = 1;
  }
  // A page's date line that the container holds, first or after the
  // heading it opens with, is not the notice's text.
  auto page_date_at = [&](std::size_t k) -> const std::optional<std::string>& {
    static const std::optional<std::string> none;
    return k < paras.size() && paras[k].said >= 0 ? saids[static_cast<std::size_t>(paras[k].said)].page_date : none;
  };
  if (first_body < paras.size()) {
    const std::size_t after_heading =
        (paras[first_body].flags & (kHeading | kTitleHint)) ? first_body + 1 : paras.size();
    if (after_heading < paras.size() && in_body[after_heading] && page_date_at(after_heading)) {
      in_body[after_heading] = 0;
    }
    if (page_date_at(first_body)) {
      in_body[first_body] = 0;
      while (++first_body < paras.size() && !in_body[first_body]) {
      }
    }
  }

  // One article: a second copy of it (elder-friendly, print, mobile view)
  // inside the body element is dropped, and said so.
  std::vector<char> in_copy(paras.size(), 0);
  if (first_body < paras.size()) {
    // One note for the page, at the first dropped copy: a page of many
    // copies is one fact, not one note each.
    const std::vector<int> copies = drop_duplicate_copies(paras, elements, in_body, in_copy);
    if (!copies.empty()) {
      page.diagnostics.push_back(
          {Severity::Note,
           "html-duplicate-article",
           copies.size() == 1
               ? std::string("the page holds the article a second time (an elder-friendly, accessible, print or "
                             "mobile copy) from here on; that copy was dropped and the article read once")
               : fmt::format("the page holds the article {} more times (elder-friendly, accessible, print or "
                             "mobile copies), the first from here on; the copies were dropped and the article "
                             "read once",
                             copies.size()),
           *std::min_element(copies.begin(), copies.end()),
           1,
           {}});
    }
    first_body = paras.size();
    for (std::size_t k = 0; k < paras.size(); ++k) {
      if (in_body[k]) {
        first_body = k;
        break;
      }
    }
  }

  // The title usually sits just above the body (before the container, or in
  // an <article><header> inside it): the nearest heading before the first
  // body paragraph, preferring one that matches the <meta>/<title> title.
  const Scored* title = nullptr;
  std::string joined_title;  // the title's two paragraphs run together, where it was set in two
  const Scored* nearest = nullptr;
  // Old table layouts set the title in <font><b> without a heading or a
  // class: a line that is most of the <title> (站点--标题) is the title too.
  // The line may set the title out with spaces (<title>巡察公告</title>,
  // <strong>巡 察 公 告</strong>): the line is the title as the page shows it.
  auto spells_title_spaced = [&](const Scored& p) {
    if (!facts.title || p.block.text.find(' ') == std::string::npos) return false;
    std::string word = p.block.text;
    std::erase(word, ' ');
    if (count_chars(word) < 2 || spaced_word_length(p.block.text, word) != p.block.text.size()) return false;
    const std::string_view named = *facts.title;  // the site's name may stand before or after it
    return named.starts_with(word) || named.ends_with(word);
  };
  auto spells_most_of_title = [&](const Scored& p) {
    if (!facts.title) return false;
    const int chars = count_chars(p.block.text);
    return (chars >= kMinPlainTitleChars && 2 * chars >= count_chars(*facts.title) &&
            facts.title->find(p.block.text) != std::string::npos) ||
           spells_title_spaced(p);
  };
  // A list view's <title> cut with an ellipsis (…专项巡视反馈...-九江市人民政府):
  // a candidate that opens with what stands before the ellipsis is the title.
  std::string_view cut_title;
  if (facts.title) {
    const std::string_view named = *facts.title;
    const std::size_t dots = std::min(named.find("..."), named.find("…"));
    if (dots != std::string_view::npos && count_chars(named.substr(0, dots)) >= kMinPlainTitleChars) {
      cut_title = named.substr(0, dots);
    }
  }
  auto opens_cut_title = [&](const Scored& p) {
    return !cut_title.empty() && p.block.text.size() > cut_title.size() &&
           std::string_view(p.block.text).starts_with(cut_title);
  };
  auto consider = [&](std::size_t k, bool linked) {
    const Scored& p = paras[k];
    if (p.chrome || p.linky != linked || (p.flags & kSkip) || in_copy[k]) return;
    // A line all in bold is a candidate where the page names no title of its
    // own (a print view's <title>打印页面</title>, an old table layout's <b>),
    // or where the <title> names the site that the line names with more
    // (<title>某市住房和城乡建设局</title>, <b>中共某市住房和城乡建设局党组关于…</b>).
    const bool bold_title =
        p.bold && (!facts.title || (p.block.text.size() > facts.title->size() &&
                                    p.block.text.find(*facts.title) != std::string::npos));
    if (!(p.flags & (kHeading | kTitleHint)) && !spells_most_of_title(p) && !bold_title) return;
    if (count_chars(p.block.text) < 6) return;
    // A subtitle's heading under the title (<h2>——关于…的阶段性情况</h2>).
    if (starts_with(p.block.text, "—")) return;
    if (facts.title && (facts.title->find(p.block.text) != std::string::npos ||
                        p.block.text.find(*facts.title) != std::string::npos || spells_title_spaced(p) ||
                        opens_cut_title(p))) {
      // The title set in two paragraphs, the issuer over 关于… (<p
      // class="t1">中共某局党组</p><p class="t2">关于…的通报</p>): the
      // <title> holds the two run together.
      if (k > 0 && title == &paras[k - 1] && facts.title->find(title->block.text + p.block.text) != std::string::npos) {
        joined_title = title->block.text + p.block.text;
      } else {
        joined_title.clear();
      }
      title = &p;
    }
    nearest = &p;
  };
  for (std::size_t k = 0; k < first_body; ++k) consider(k, false);
  // A heading that links to its own page (<h2><a href=…>title</a></h2>) is
  // the title when the page has no other: the one such heading before the
  // body, not in an aside, longer than a site's name linking home (<h1><a
  // href="/">某区人民政府</a></h1>). Several are a list's (a search page's
  // hits).
  if (!title && !nearest) {
    constexpr int kMinLinkedTitleChars = 12;
    std::vector<std::size_t> linked;  // on the whole page: a list's are anywhere
    for (std::size_t k = 0; k < paras.size() && linked.size() < 2; ++k) {
      const Scored& p = paras[k];
      if (p.linky && (p.flags & kHeading) && !(p.flags & kAsideHint) && count_chars(p.block.text) >= kMinLinkedTitleChars) {
        linked.push_back(k);
      }
    }
    if (linked.size() == 1 && linked[0] < first_body) consider(linked[0], true);
  }
  if (!title && !facts.title) title = nearest;
  if (title && opens_cut_title(*title)) facts.title = title->block.text;  // the whole of the cut <title>
  // A <title> that names only the site or the kind of notice, repeated by
  // the site's heading (<h1 class="sitename">某县人民政府</h1>) or a banner
  // (巡 察 整 改 公 告), and the article's own title further down in a
  // heading or an element its class calls the title (<td class="title">),
  // more than twice as long: the latter is the title.
  if (title && nearest && nearest != title && !meta(Field::Title) && facts.title &&
      (title->block.text == *facts.title || spells_title_spaced(*title)) && (nearest->flags & (kHeading | kTitleHint)) &&
      count_chars(nearest->block.text) > 2 * count_chars(title->block.text)) {
    title = nearest;
    joined_title.clear();
    facts.title = nearest->block.text;
  }
  // A site's 繁體 switch converts the page, not its <title> or ArticleTitle:
  // the nearest heading is the title when both read alike once simplified,
  // and keeps the page's characters.
  if (!title && nearest && facts.title && count_chars(nearest->block.text) >= kMinPlainTitleChars) {
    const std::string simplified = simplified_chinese(nearest->block.text);
    if (simplified != nearest->block.text && simplified_chinese(*facts.title).find(simplified) != std::string::npos) {
      title = nearest;
    }
  }
  // A <title> that names only the site or the column (某某市人民政府) matches
  // no heading: the nearest heading, longer than it, is the title then.
  // So is one that ends as a <title> naming the issuer shorter does, before
  // the site's name (<title>学院党委关于…的通报-某某大学某某学院</title>, <div
  // class="bt">中共某某大学某某学院委员会关于…的通报</div>), and is longer
  // than it. ArticleTitle is the article's by definition and stays.
  auto ends_as_shorter_title = [&](const Scored& p) {
    std::string_view named = *facts.title;
    std::size_t cut = named.size();  // where the last separator starts
    for (std::size_t at = named.size(); at > 0;) {
      if (is_title_separator(prev_code_point(named, at))) {
        cut = at;
        break;
      }
    }
    if (cut == named.size() || cut == 0) return false;
    named = trim_ascii_spaces(named.substr(0, cut));
    constexpr std::size_t kEndingBytes = 6;  // two ideographs: 通报, 报告, 公告
    const std::string_view text = p.block.text;
    return named.size() >= kEndingBytes && text.size() > named.size() &&
           text.ends_with(named.substr(named.size() - kEndingBytes)) && count_chars(text) > count_chars(named);
  };
  if (!title && !meta(Field::Title) && nearest && facts.title &&
      (count_chars(nearest->block.text) > count_chars(*facts.title) || ends_as_shorter_title(*nearest))) {
    title = nearest;
    facts.title = nearest->block.text;
  }

  // The article's info line: the page's meta tags win, then the info line
  // in or nearest to the article, then the page's making time.
  const std::size_t title_at = title ? static_cast<std::size_t>(title - paras.data()) : paras.size();
  const std::size_t near = std::min(first_body, paras.size());
  // A date alone on its line between the title and the body, or just
  // above the title (with no title: just above the body). Further away
  // it may be anything's: a list's, a sidebar's, a signature's.
  auto bare = [&](std::size_t k) {
    const Scored& p = paras[k];
    return p.said >= 0 && saids[static_cast<std::size_t>(p.said)].bare_date && !in_body[k] && !in_copy[k] &&
           !(p.flags & kAsideHint);
  };
  if (!facts.published) {
    const int k = choose_info(paras, saids, elements, best, near, title_at,
                              [](const Said& s) { return s.published.has_value(); });
    // An info line below the article (a comment's 发布于 …) gives way to a
    // blog's post date alone on its line right above the title.
    const bool below = k >= 0 && static_cast<std::size_t>(k) >= near;
    const std::size_t start = std::min(title_at, near);  // the title, or the body that took it in
    const bool dated_over_title = start > 0 && start < paras.size() && bare(start - 1);
    if (k >= 0 && !(below && dated_over_title)) {
      // Info lines laid a label to a line (发文日期… / 发布日期… / 更新时间…):
      // the strongest label of the run the chosen one stands in.
      auto label_rank = [&](std::size_t j) {
        const Scored& p = paras[j];
        if (p.said < 0) return -1;
        const Said& s = saids[static_cast<std::size_t>(p.said)];
        return s.published ? s.published_rank : -1;
      };
      const auto chosen = static_cast<std::size_t>(k);
      std::size_t best_line = chosen;
      if (label_rank(chosen) >= 0) {
        std::size_t run_first = chosen, run_last = chosen;  // the run of labelled info lines around it
        while (run_first > 0 && label_rank(run_first - 1) >= 0) --run_first;
        while (run_last + 1 < paras.size() && label_rank(run_last + 1) >= 0) ++run_last;
        // Nearest first, above before below: an equal rank keeps the nearer.
        auto weigh = [&](std::size_t j) {
          if (label_rank(j) < label_rank(best_line)) best_line = j;
        };
        for (std::size_t j = chosen; j-- > run_first;) weigh(j);
        for (std::size_t j = chosen + 1; j <= run_last; ++j) weigh(j);
      }
      facts.published = saids[static_cast<std::size_t>(paras[best_line].said)].published;
    }
  }
  if (!facts.published) {
    // The article starts at its title, or (a heading taken into the body)
    // at its first paragraph: the date follows within a few paragraphs or
    // stands right above.
    const std::size_t start = std::min(title_at, near);
    std::vector<std::size_t> order;
    for (std::size_t k = start + 1; k < paras.size() && k <= start + kBareDateReach; ++k) order.push_back(k);
    if (start > 0 && start < paras.size()) order.push_back(start - 1);
    for (std::size_t k : order) {
      if (!bare(k)) continue;
      facts.published = saids[static_cast<std::size_t>(paras[k].said)].bare_date;
      break;
    }
  }
  if (!facts.published) {
    // A page's date line just above the article's start or just below it,
    // or above the info line just above the start (2024 10/11 09:32:15 /
    // 来源：… / the title).
    const std::size_t start = std::min(title_at, near);
    const bool info_above = start >= 2 && start - 1 < paras.size() && paras[start - 1].chrome && paras[start - 1].said >= 0;
    for (std::size_t k : {start + 1, start - 1, start + 2, info_above ? start - 2 : paras.size()}) {
      if (k >= paras.size() || in_body[k] || in_copy[k] || paras[k].linky || (paras[k].flags & kAsideHint)) continue;
      if (const auto& date = page_date_at(k)) {
        facts.published = date;
        break;
      }
    }
  }
  // An e-paper's toolbar dates the day's paper, and so the article in it:
  // a date (with its weekday) before the article with an edition's label
  // at most two paragraphs on (2021年09月14日 星期二 / 上一期 | 下一期 /
  // 第03版：要闻). Alone, such a date is a site's widget of today.
  if (!facts.published) {
    for (std::size_t k = 0; k < near && !facts.published; ++k) {
      const std::optional<std::string>& date = page_date_at(k);
      if (!date) continue;
      for (std::size_t j = k + 1; j < near && j <= k + kEditionLabelReach; ++j) {
        if (is_edition_label(paras[j].block.text)) {
          facts.published = date;
          break;
        }
      }
    }
  }
  // A date only a script knows (var pubDate = "…", WeChat's publish_time):
  // after everything the page shows, before the time the CMS made the page.
  if (!facts.published) facts.published = walker.script_date;
  if (!facts.published && meta(Field::MadeAt)) facts.published = normalise_date(*meta(Field::MadeAt));
  if (!facts.origin) {
    const int k = choose_info(paras, saids, elements, best, near, title_at,
                              [](const Said& s) { return s.origin.has_value(); });
    if (k >= 0) facts.origin = saids[static_cast<std::size_t>(paras[static_cast<std::size_t>(k)].said)].origin;
  }

  if (title) {
    const bool joined = !joined_title.empty() && title > paras.data();
    const Scored& opening = joined ? *(title - 1) : *title;
    page.blocks.add_copy(joined ? joined_title : title->block.text, opening.block.line, opening.block.column);
  }
  for (std::size_t k = first_body; k < paras.size(); ++k) {
    OwnedBlock& b = paras[k].block;
    if (in_body[k]) page.blocks.add_copy(std::move(b.text), b.line, b.column, b.table_cell);
  }
  reading->fallback_text = walker.fallback_text;
  reading->fallback_bytes = walker.fallback_bytes;
  reading->body = page.blocks.size() - (title ? 1 : 0);
  reading->srcdoc = std::move(walker.srcdoc);
  if (!reading->srcdoc.empty()) {
    std::tie(reading->srcdoc_line, reading->srcdoc_column) = walker.position_of(walker.srcdoc_offset);
  }
  reading->textarea = std::move(walker.textarea);
  if (!reading->textarea.empty()) reading->textarea_line = walker.position_of(walker.textarea_offset).first;
  reading->script_article = std::move(walker.script_article);
  reading->script_title = walker.script_title;
  if (!reading->script_article.empty()) {
    std::tie(reading->script_article_line, reading->script_article_column) =
        walker.position_of(walker.script_article_offset);
  }
  return page;
}

}  // namespace

// Paragraphs a <textarea> must hold to be an article's text, or a
// <noscript> or <template> beside what a page shows.
constexpr std::size_t kMinHiddenArticleParagraphs = 3;

// Whether a <textarea>'s text is markup (the article's HTML, escaped into
// it for a script to show), not lines as typed: it opens with a tag, and
// paragraphs' tags part it.
bool holds_markup(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || text[first] != '<' || first + 1 >= text.size()) return false;
  if (!is_ascii_letter(static_cast<unsigned char>(text[first + 1]))) return false;
  for (std::string_view tag : {"<p", "<P", "<div", "<DIV", "<br", "<BR"}) {
    if (text.find(tag) != std::string_view::npos) return true;
  }
  return false;
}

HtmlPage html_to_blocks(std::string_view input) {
  Reading reading;
  HtmlPage page = read_page(input, false, &reading);
  // A page that a script fills (a Vue or React shell) may carry the article
  // for readers without scripts in <noscript> alone, or for the script to
  // copy in a <template>: read it there when the page shows no article else.
  // The text of a page's article: its last `body` blocks.
  auto body_bytes = [](const HtmlPage& p, std::size_t body) {
    std::size_t bytes = 0;
    for (std::size_t k = p.blocks.size() - body; k < p.blocks.size(); ++k) bytes += p.blocks[k].text.size();
    return bytes;
  };
  // Not where the <noscript> only asks for scripts (You need to enable
  // JavaScript to run this app.) and a script's data holds the article.
  // A page may show a line while its script loads (正在加载…): what they
  // hold is read where it is more than twice the text of what is shown.
  if (const std::size_t shown = body_bytes(page, reading.body);
      reading.fallback_text && (reading.body == 0 || reading.fallback_bytes > 2 * shown)) {
    Reading again;
    HtmlPage fallback = read_page(input, true, &again);
    if (again.body > 0 && reading.script_article.size() <= 2 * body_bytes(fallback, again.body) &&
        (reading.body == 0 || (body_bytes(fallback, again.body) > 2 * shown &&
                               again.body >= reading.body + kMinHiddenArticleParagraphs))) {
      return fallback;
    }
  }
  // An old CMS's preview shows the article as the text of a <textarea>
  // (the lines as typed, no tags), and some CMSs keep it there as escaped
  // markup for a script to show (<textarea style="display:none">&lt;p&gt;…):
  // where it holds more than twice the text of the page's own article, its
  // lines, or the markup's paragraphs, are the article's. A comment box's
  // few words are not.
  if (!reading.textarea.empty() && reading.textarea.size() > 2 * body_bytes(page, reading.body)) {
    std::vector<OwnedBlock> lines;
    if (holds_markup(reading.textarea)) {
      Reading inner;
      const HtmlPage shown = read_page(reading.textarea, false, &inner);
      for (std::size_t k = shown.blocks.size() - inner.body; k < shown.blocks.size(); ++k) {
        const Block& b = shown.blocks.list()[k];
        lines.push_back(OwnedBlock{std::string(b.text), b.line, b.column});
      }
    } else {
      for (const Block& b : text_to_blocks(reading.textarea)) lines.push_back(OwnedBlock{std::string(b.text), b.line, b.column});
    }
    if (lines.size() >= kMinHiddenArticleParagraphs) {
      // In their place among the page's paragraphs, by source line.
      const std::size_t before = page.blocks.size();
      for (OwnedBlock& b : lines) page.blocks.add_copy(std::move(b.text), reading.textarea_line + b.line - 1, b.column);
      std::vector<Block> list = page.blocks.list();
      const std::size_t first_body = before - reading.body;
      std::size_t at = first_body;
      while (at < before && list[at].line <= reading.textarea_line) ++at;
      std::rotate(list.begin() + static_cast<std::ptrdiff_t>(at), list.begin() + static_cast<std::ptrdiff_t>(before), list.end());
      page.blocks.replace_list(std::move(list));
      reading.body += lines.size();
    }
  }
  // A page saved whole (SingleFile) keeps a frame's document in its
  // <iframe srcdoc>: where the frame holds more than twice the text of the
  // page's own article (an info line, a caption), the article is the
  // frame's, under the page's own title and dates. Its paragraphs are at
  // the frame's tag, the source of their text.
  if (!reading.srcdoc.empty()) {
    Reading inner;
    HtmlPage frame = read_page(reading.srcdoc, false, &inner);
    if (inner.body > 0 && body_bytes(frame, inner.body) > 2 * body_bytes(page, reading.body)) {
      const std::size_t frame_title = frame.blocks.size() - inner.body;
      for (std::size_t k = frame_title; k < frame.blocks.size(); ++k) {
        page.blocks.add_copy(std::string(frame.blocks[k].text), reading.srcdoc_line, reading.srcdoc_column);
      }
      if (!page.facts.published) page.facts.published = frame.facts.published;
      if (!page.facts.origin) page.facts.origin = frame.facts.origin;
    }
  }
  // A page that a script renders from its data (window.DATA = {"content_html":
  // "<p>…"}) shows no article of its own: where the script's article holds
  // more than twice the text of what was taken for the page's, its
  // paragraphs are the article's, at the script's tag, the source of their
  // text (what the page shows stays: its headline may be the title).
  // (Its markup is longer than its text: a string no longer than twice the
  // page's article cannot hold more, and is not read.)
  if (reading.script_article.size() > 2 * body_bytes(page, reading.body)) {
    Reading inner;
    HtmlPage data = read_page(reading.script_article, false, &inner);
    if (inner.body > 0 && body_bytes(data, inner.body) > 2 * body_bytes(page, reading.body)) {
      for (std::size_t k = data.blocks.size() - inner.body; k < data.blocks.size(); ++k) {
        page.blocks.add_copy(std::string(data.blocks[k].text), reading.script_article_line,
                             reading.script_article_column);
      }
      // The page showed no title either (a React shell: <title> the
      // site's name): the title the script's data keeps beside the article.
      const bool titled = page.blocks.size() - inner.body > reading.body;
      if (!titled && reading.script_title && !(page.facts.title && *page.facts.title == *reading.script_title)) {
        page.facts.title = reading.script_title;
      }
    }
  }
  return page;
}

}  // namespace tongbao::detail
