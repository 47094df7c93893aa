// headline.h - reading a page's headline: the title of a page that is not
// (or not shaped like) a notice, and the copy of a header line that title
// rules judge.
#pragma once

#include <string>
#include <string_view>

namespace tongbao::detail {

// A header line as title rules judge it: the pinyin a converter left after
// characters dropped (關(guān)於 -> 關於) and letter-spaced ideographs joined
// (巡 察 公 告 -> 巡察公告). The title itself keeps what was written.
std::string title_reading(std::string_view text);

// Whether `reading` (title_reading of a header line's simplified shadow,
// prefixes already stripped) reads as a headline: short, no sentence inside
// or at its end, no shouting (!?), not a menu, navigation chain, label
// line, byline, site name, welcome banner, dated line or file name.
bool looks_like_headline(std::string_view reading);

// Whether `reading` is a problem heading or the rest of one that a
// passage's cut left at its start (重要指示批示精神不够深入”的问题,
// 于领导班子建设方面的问题): it ends as a problem heading does (…的问题,
// …问题的整改), or closes a quote it never opened.
bool reads_as_heading_rest(std::string_view reading);

// Whether a headline `reading` reads as a kicker (引题) set over the news
// headline proper: parallel phrases parted by spaces, each a few
// characters without a digit (压实政治责任　深化政治巡察). The line under it
// tells what happened (十五届县委第一轮巡察完成进驻) and is the title.
bool is_kicker(std::string_view reading);

}  // namespace tongbao::detail
