// summary.h - the totals a notice states in words (巡察反馈25个问题,已完成整改
// 19个、正在整改6个,整改完成率76%; 诫勉0人; 制定及修改完善制度12项; 追缴资金
// 7.132万元). Never computed: a figure not written is left null.
#pragma once

#include <optional>
#include <vector>

#include "annotate/inspection.h"
#include "tongbao/document.h"

namespace tongbao::detail {

// Counts follow the patterns of terms::summary_patterns(), the first in the
// text winning; people_handled lists each accountability term the text counts
// in people, in the order named; funds_recovered_yuan sums the amounts that a
// fund verb introduces directly (追缴资金7.132万元, not 追回2021年度多拨付的
// 人才奖励5.99万元, which is one case, not a total). nullopt when none is stated.
std::optional<Summary> find_summary(const std::vector<Sentence>& sentences);

}  // namespace tongbao::detail
