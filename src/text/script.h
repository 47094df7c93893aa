// script.h - Chinese text in the other script: a whole string as it reads in
// simplified characters, through ICU's Traditional-Simplified transliterator.
// For the rare comparisons that need every character (a page's title shown
// in traditional characters against its simplified <title>); the outline's
// rules match a small table instead (outline/lexicon.h, simplified_shadow),
// which is cheap enough for every paragraph and keeps byte offsets.
#pragma once

#include <string>
#include <string_view>

namespace tongbao::detail {

// `utf8` in simplified characters. ICU converts some words too (巡察 reads
// 巡查): compare two texts each read through it, not one with the other's
// original. Each thread keeps its own transliterator.
std::string simplified_chinese(std::string_view utf8);

}  // namespace tongbao::detail
