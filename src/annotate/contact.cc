// contact.cc - contact lines of the closing.
#include "annotate/contact.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>

#include "annotate/entities.h"
#include "annotate/money.h"
#include "annotate/terms.h"
#include "text/utf8.h"
#include "scan/word_set.h"

namespace tongbao::detail {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// Longest address read, in bytes (about 60 characters).
constexpr std::size_t kMaxAddressBytes = 180;
// Footer neighbours are short: a long line next to a footer is text.
constexpr std::size_t kMaxFooterLineBytes = 300;
// Without a closing: how many paragraphs at the end may hold contacts, and
// how long a paragraph may be and still be a contact or signature line.
constexpr std::size_t kMaxTailSpans = 12;
constexpr std::size_t kMaxShortBytes = 240;

const WordSet& footer_markers() {
  static const WordSet words{terms::footer_markers()};
  return words;
}
const WordSet& invitation_words() {
  static const WordSet words{terms::invitation_words()};
  return words;
}
const WordSet& contact_labels() {
  static const WordSet words{terms::address_labels(), terms::postcode_labels(), terms::phone_labels()};
  return words;
}
const WordSet& fax_labels() {
  static const WordSet words{terms::fax_labels()};
  return words;
}

bool has_contact_label(std::string_view s) { return contact_labels().found_in(s) || s.find('@') != npos; }

std::size_t skip_colon(std::string_view s, std::size_t i) {
  for (int n = 0; n < 3 && i < s.size(); ++n) {
    std::size_t j = i;
    char32_t c = next_code_point(s, j);
    if (c != U':' && c != U'：' && c != U' ') break;
    i = j;
  }
  return i;
}

// Six digits after 邮编.
std::optional<std::string> postcode_in(std::string_view s) {
  for (std::string_view label : terms::postcode_labels()) {
    for (std::size_t at = s.find(label); at != npos; at = s.find(label, at + label.size())) {
      std::size_t i = skip_colon(s, at + label.size());
      DigitRun run = read_digits(s, i);
      if (run.count == 6) return std::string(s.substr(i, run.end - i));
    }
  }
  return std::nullopt;
}

bool ends_address(char32_t c) {
  return c == U';' || c == U'；' || c == U'。' || c == U',' || c == U'，' || c == U'(' || c == U'（' ||
         c == U' ' || c == U'、';
}

// The text after 邮寄地址: up to the next separator.
std::optional<std::string> address_in(std::string_view s) {
  for (std::string_view label : terms::address_labels()) {
    std::size_t at = s.find(label);
    if (at == npos) continue;
    std::size_t begin = skip_colon(s, at + label.size());
    std::size_t i = begin;
    while (i < s.size() && i - begin < kMaxAddressBytes) {
      std::size_t j = i;
      char32_t c = next_code_point(s, j);
      if (ends_address(c)) break;
      bool postcode_next = false;
      for (std::string_view pl : terms::postcode_labels()) postcode_next = postcode_next || starts_with(s.substr(i), pl);
      if (postcode_next) break;
      i = j;
    }
    if (i > begin) return std::string(s.substr(begin, i - begin));
  }
  return std::nullopt;
}

bool after_fax_label(std::string_view s, std::size_t begin) {
  std::size_t from = begin >= 12 ? begin - 12 : 0;
  return fax_labels().found_in(s.substr(from, begin - from));
}

}  // namespace

std::vector<bool> footer_spans(const std::vector<Span>& spans) {
  std::vector<bool> footer(spans.size(), false);
  for (std::size_t k = 0; k < spans.size(); ++k) {
    // Footer lines are short; long paragraphs are not searched.
    if (spans[k].text.size() > kMaxFooterLineBytes || !footer_markers().found_in(spans[k].text)) continue;
    footer[k] = true;
    auto neighbour = [&](std::size_t n) {
      std::string_view t = spans[n].text;
      return t.size() <= kMaxFooterLineBytes && has_contact_label(t) && !invitation_words().found_in(t);
    };
    for (std::size_t n = k + 1; n < spans.size() && (footer[n] || neighbour(n)); ++n) footer[n] = true;
    for (std::size_t n = k; n > 0 && neighbour(n - 1); --n) footer[n - 1] = true;
  }
  return footer;
}

std::optional<Contact> find_contact(const std::vector<Span>& spans) {
  return find_contact(spans, footer_spans(spans));
}

std::optional<Contact> find_contact(const std::vector<Span>& spans, const std::vector<bool>& footer) {
  return find_contact(spans, footer, {});
}

namespace {

// The contact read from the closing (`has_closing`), or without one from
// the run of short or contact lines at the end.
std::optional<Contact> read_contact(const std::vector<Span>& spans, const std::vector<bool>& footer,
                                    const SpanStops& span_stops, bool has_closing) {
  // Without a closing, the contact block is the run of short or contact
  // lines at the end, up to the last long paragraph of text.
  std::size_t from = 0;
  if (!has_closing) {
    from = spans.size();
    for (std::size_t n = 0; from > 0 && n < kMaxTailSpans; ++n) {
      const Span& span = spans[from - 1];
      if (!footer[from - 1] && span.text.size() > kMaxShortBytes && !has_contact_label(span.text)) break;
      --from;
    }
  }
  Contact contact;
  // Only phones and e-mail addresses are read here, which no date changes:
  // with the span's StopBits at hand, its dates are not looked for.
  const std::vector<DateMatch> no_dates;
  for (std::size_t k = from; k < spans.size(); ++k) {
    const Span& span = spans[k];
    if (footer[k] || span.role == Role::Chrome) continue;
    if (has_closing ? span.role != Role::Closing : !has_contact_label(span.text)) continue;
    const std::vector<FoundEntity> found = k < span_stops.size() ? scan_entities(span.text, no_dates, span_stops[k])
                                                                 : scan_entities(span.text, no_dates);
    for (const FoundEntity& e : found) {
      std::string text(span.text.substr(e.begin, e.end - e.begin));
      if (e.type == EntityType::Phone && !after_fax_label(span.text, e.begin)) {
        if (std::find(contact.phones.begin(), contact.phones.end(), text) == contact.phones.end()) {
          contact.phones.push_back(text);
        }
      } else if (e.type == EntityType::Email) {
        if (std::find(contact.emails.begin(), contact.emails.end(), text) == contact.emails.end()) {
          contact.emails.push_back(text);
        }
      }
    }
    // A label the outline split off as a heading ((二)通讯地址 / 潘集区…)
    // still names what follows it.
    std::string text(span.text);
    if (k > 0) {
      std::string_view prev = spans[k - 1].text;
      while (!prev.empty() && (prev.back() == ':' || prev.back() == ' ')) prev.remove_suffix(1);
      if (ends_with(prev, "：")) prev.remove_suffix(std::string_view("：").size());
      for (std::string_view label : terms::address_labels()) {
        if (ends_with(prev, label)) {
          text = std::string(label) + ":" + text;
          break;
        }
      }
    }
    if (!contact.postcode) contact.postcode = postcode_in(text);
    if (!contact.address) contact.address = address_in(text);
  }
  if (contact.phones.empty() && contact.emails.empty() && !contact.postcode && !contact.address) {
    return std::nullopt;
  }
  return contact;
}

}  // namespace

std::optional<Contact> find_contact(const std::vector<Span>& spans, const std::vector<bool>& footer,
                                    const SpanStops& span_stops) {
  const bool has_closing =
      std::any_of(spans.begin(), spans.end(), [](const Span& s) { return s.role == Role::Closing; });
  std::optional<Contact> contact = read_contact(spans, footer, span_stops, has_closing);
  // A closing of the signature alone, its contact line run into the last
  // unit's paragraph (a Markdown paragraph's lines joined): the lines at
  // the end give it.
  if (!contact && has_closing) contact = read_contact(spans, footer, span_stops, false);
  return contact;
}

}  // namespace tongbao::detail
