// problems.h - the problem a heading names.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tongbao::detail {

// The problem named by a heading (marker and label already removed):
//   关于“X”的问题 / 关于“X”问题的整改 / 关于“X”问题 / 针对“X”问题  -> X
//   关于X的问题 (no quotes; quotes inside X kept)                   -> X
// A closing quote that is missing (关于“X的问题) is tolerated. Area
// headings (在“X”方面, 关于X方面, X方面存在的主要问题, whatever 问题 stands
// inside them) and headings that name no problem give nullopt.
// `shadow` is the simplified shadow of `heading` (same byte offsets).
std::optional<std::string> find_problem(std::string_view heading, std::string_view shadow);

// Whether `heading` stands over a field of problems (关于X方面的问题,
// 关于X方面问题的整改): an area heading, which names no problem itself.
bool heads_problem_area(std::string_view heading);

}  // namespace tongbao::detail
