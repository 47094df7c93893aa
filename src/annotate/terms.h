// terms.h - the words the annotators look for, in one place.
//
// Notices name the same things in many ways (巡视组 / 巡視組, 诫勉 / 诫勉谈话,
// 追缴 / 追回). Every such list lives here, in the order it is tried (longer
// forms before their prefixes), so that adding a variant is a one-line change.
#pragma once

#include <span>
#include <string_view>

namespace tongbao::detail::terms {

// A written form and what it stands for.
struct Term {
  std::string_view text;
  std::string_view meaning;
};

// Inspection kinds as written (simplified and traditional) -> the record's kind.
std::span<const Term> inspection_kinds();
// What ends a team's name (巡察组 / 巡視組) -> the kind of inspection.
std::span<const Term> team_suffixes();
// Committees that send teams, longest first: 自治区党委 before 党委.
std::span<const std::string_view> team_committees();
// Committees named after an organisation (教育部党组, 省国资委党委), whose
// name may stand before them at greater length than a place's.
std::span<const std::string_view> organisation_committees();
// Committees that need the name before them (教育部, never a bare 部).
std::span<const std::string_view> named_committees();
// One-character names of an organisation before its 党委 or 党组 (校党委,
// 院党组, 局党组).
std::span<const std::string_view> short_organisations();
// Words that may stand before a committee without being part of the
// team's name (根据, 收到, 代表, 日, 上午 ...): the place qualifier of
// 新华区委第三巡察组 is what is left after them.
std::span<const std::string_view> team_lead_words();
// Words that may stand between a committee and 巡察组 without an ordinal
// (市委乡村振兴领域专项巡察组).
std::span<const std::string_view> team_themes();
// Words that say findings were fed back.
std::span<const std::string_view> feedback_words();
// How a feedback is given, written before 反馈: 正式, 集中…
std::span<const std::string_view> feedback_manners();
// 截至, 截止…: a date after them is the day a tally was taken.
std::span<const std::string_view> as_of_words();
// 审计局, 审计组…: who carries out an audit.
std::span<const std::string_view> audit_bodies();
// Audit offices a team is numbered in, and a place's one character before one.
std::span<const std::string_view> audit_offices();
std::span<const std::string_view> office_places();
// What joins the two ends of a period: 至, 到, dashes, 开始,至.
std::span<const std::string_view> range_connectors();
// What joins two ranges of one period: 3月1日至3月20日、4月6日至4月28日.
std::span<const std::string_view> range_joiners();
// Verbs that follow the target in 对X进行了巡察.
std::span<const std::string_view> target_verbs();
// The word before the target.
std::span<const std::string_view> target_openers();

// What opens an alias in parentheses after a target: (以下简称区科协).
std::span<const std::string_view> alias_openers();

// Accountability measures counted in people (组织处理 3人), longest first.
std::span<const std::string_view> accountability_terms();
// Verbs that introduce recovered funds (追缴资金7.132万元).
std::span<const std::string_view> fund_verbs();

// A count the notice states: prefix, a number, suffix, read literally
// (巡察反馈 25 个问题). `field` names the Summary field it fills; an empty
// prefix means the number is read backwards from the suffix.
struct CountPattern {
  std::string_view field;
  std::string_view prefix;
  std::string_view suffix;
};
std::span<const CountPattern> summary_patterns();
// Words allowed between a prefix and its number (整改完成率为76%).
std::span<const std::string_view> summary_fillers();
// What a count of people ends with (3人, 3名, 4人次).
std::span<const std::string_view> people_units();

// Contact labels.
std::span<const std::string_view> phone_labels();
std::span<const std::string_view> address_labels();
std::span<const std::string_view> postcode_labels();
// Labels of numbers that are not phones to call.
std::span<const std::string_view> fax_labels();
// Words of an invitation to supervise: a line with them is never footer.
std::span<const std::string_view> invitation_words();
// Lines with these belong to the page footer, not the notice.
std::span<const std::string_view> footer_markers();

// How a signature block's organisation line ends (党组, 委员会, 公司 ...).
std::span<const std::string_view> org_suffixes();

// Words that end a 文号's issuer prefix when read backwards from 〔:
// 根据桂审报〔2022〕3号 has the prefix 桂审报, not 根据桂审报.
std::span<const std::string_view> doc_number_lead_words();

// Words whose presence in a title marks a rectification notice of no known
// kind (then kind is 其他).
std::span<const std::string_view> rectification_words();

}  // namespace tongbao::detail::terms
