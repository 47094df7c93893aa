#include "annotate/terms.h"

namespace tongbao::detail::terms {
namespace {

using namespace std::string_view_literals;

constexpr Term kInspectionKinds[] = {
    {"巡视"sv, "巡视"sv}, {"巡視"sv, "巡视"sv}, {"巡察"sv, "巡察"sv},
    {"审计"sv, "审计"sv}, {"審計"sv, "审计"sv},
};

constexpr Term kTeamSuffixes[] = {
    {"巡察组"sv, "巡察"sv}, {"巡察組"sv, "巡察"sv},
    {"巡视组"sv, "巡视"sv}, {"巡視組"sv, "巡视"sv},
    {"巡察工作组"sv, "巡察"sv}, {"巡察工作組"sv, "巡察"sv},
    {"巡视工作组"sv, "巡视"sv}, {"巡視工作組"sv, "巡视"sv},
};

constexpr std::string_view kTeamCommittees[] = {
    "自治区党委"sv, "自治區黨委"sv, "中央"sv, "省委"sv, "市委"sv, "区委"sv, "區委"sv,
    "县委"sv, "縣委"sv, "州委"sv, "旗委"sv, "盟委"sv, "党组"sv, "黨組"sv, "党委"sv, "黨委"sv,
    "部"sv,  // a ministry's own teams: 教育部第一巡视组
    "工委"sv,  // a working committee's: 省委教育工委第三巡察组, 街道党工委
};

constexpr std::string_view kOrganisationCommittees[] = {"党组"sv, "黨組"sv, "党委"sv, "黨委"sv, "部"sv, "工委"sv};

// Committees that name no body without the name before them: 教育部, never
// a bare 部.
constexpr std::string_view kNamedCommittees[] = {"部"sv, "工委"sv};

// One-character names of an organisation before its 党委/党组, as its own
// people write them: 校党委 (the university's), 院党组, 局党组, 厅党组, and a
// ministry's units its 部党组.
constexpr std::string_view kShortOrganisations[] = {
    "校"sv, "院"sv, "局"sv, "厅"sv, "廳"sv, "所"sv, "司"sv, "行"sv, "社"sv, "委"sv, "办"sv, "辦"sv, "部"sv};

constexpr std::string_view kTeamLeadWords[] = {
    // verbs and prepositions that often stand right before a team's name;
    // longer words before the one-character ones they start with
    "对标对表"sv, "對標對表"sv, "对标"sv, "對標"sv, "对于"sv, "對於"sv, "成立"sv, "吸收"sv, "组织"sv,
    "組織"sv, "会同"sv, "會同"sv, "迎接"sv, "督促"sv, "通过"sv, "通過"sv, "作为"sv, "作為"sv,
    "协助"sv, "協助"sv, "随同"sv, "接到"sv, "接获"sv, "接獲"sv,
    "根据"sv, "根據"sv, "按照"sv, "依据"sv, "依據"sv, "收到"sv, "代表"sv, "落实"sv, "落實"sv,
    "配合"sv, "接受"sv, "对照"sv, "對照"sv, "经过"sv, "經過"sv, "召开"sv, "召開"sv, "听取"sv,
    "聽取"sv, "传达"sv, "傳達"sv, "针对"sv, "針對"sv, "关于"sv, "關於"sv, "同意"sv, "认真"sv,
    "支持"sv, "围绕"sv, "圍繞"sv, "聚焦"sv, "结合"sv, "結合"sv, "学习"sv, "學習"sv, "研究"sv,
    "梳理"sv, "认领"sv, "認領"sv, "整改"sv, "中共"sv, "上午"sv, "下午"sv, "近日"sv, "日前"sv, "当天"sv, "當天"sv,
    "同日"sv, "随后"sv, "隨後"sv, "其中"sv, "并于"sv, "並於"sv, "由"sv, "经"sv, "經"sv,
    "对"sv, "對"sv, "向"sv, "与"sv, "與"sv, "在"sv, "为"sv, "為"sv, "于"sv, "於"sv, "将"sv,
    "將"sv, "被"sv, "据"sv, "據"sv, "从"sv, "從"sv, "日"sv, "号"sv, "號"sv, "的"sv, "了"sv,
    "并"sv, "並"sv, "通报"sv, "通報"sv, "汇报"sv, "匯報"sv,
    // the copula of a measure (三是对市委第六巡察组移交的…) or of prose
    "是"sv,
};

constexpr std::string_view kTeamThemes[] = {
    "专项"sv, "專項"sv, "提级"sv, "提級"sv, "交叉"sv, "联动"sv, "聯動"sv, "机动"sv, "機動"sv,
};

// How an inspection hands its findings over: a team's 反馈; an audit's
// report, issued to the audited body (…于2023年8月28日出具了审计报告).
// 回饋 is Taiwan's and Hong Kong's word for a team's feedback (a zh-TW
// mirror converts 反馈 to it).
constexpr std::string_view kFeedbackWords[] = {"反馈"sv, "反饋"sv, "回饋"sv, "出具了审计报告"sv, "出具审计报告"sv,
                                               "出具了審計報告"sv, "出具審計報告"sv};
// How a feedback is given, between its receiver and 反馈 (向省委正式反馈,
// 向局党组集中反馈): no part of the receiver's name.
constexpr std::string_view kFeedbackManners[] = {"正式"sv, "集中"sv, "书面"sv, "当面"sv, "统一"sv};

// Offices and teams that audit (县审计局派出审计组，对…进行了审计): an
// audit has no numbered team, so a period in the body is its audit's when
// the sentence names one of them.
constexpr std::string_view kAuditBodies[] = {"审计署"sv, "审计厅"sv, "审计局"sv, "审计组"sv, "審計署"sv, "審計廳"sv,
                                             "審計局"sv, "審計組"sv};

// The offices an audit team is numbered in (省审计厅第五审计组, 集团公司审计部
// 第二审计组, 县审计局经济责任审计二组).
constexpr std::string_view kAuditOffices[] = {"审计署"sv, "审计厅"sv, "审计局"sv, "审计部"sv, "审计处"sv,
                                              "审计中心"sv, "審計署"sv, "審計廳"sv, "審計局"sv, "審計部"sv,
                                              "審計處"sv, "審計中心"sv};

// A place's one character before its office (县审计局, 省审计厅).
constexpr std::string_view kOfficePlaces[] = {"省"sv, "市"sv, "县"sv, "縣"sv, "区"sv, "區"sv, "州"sv, "旗"sv};

// Words before a date that make it the day a tally was taken
// (截至2024年8月10日，反馈的11个问题已完成整改9个), not the day of an event.
constexpr std::string_view kAsOfWords[] = {"截至"sv, "截止"sv, "截止到"sv, "截至到"sv};

constexpr std::string_view kRangeConnectors[] = {
    "开始,至"sv, "开始，至"sv, "開始,至"sv, "開始，至"sv, "开始至"sv, "開始至"sv, "起至"sv, "起,至"sv, "起，至"sv, "至"sv, "到"sv, "——"sv, "—"sv, "–"sv,
    "－"sv, "-"sv, "~"sv, "～"sv,
};

constexpr std::string_view kRangeJoiners[] = {"、"sv, ","sv, "，"sv, "和"sv, "及"sv, "以及"sv};

constexpr std::string_view kTargetVerbs[] = {
    "进行了"sv, "进行"sv, "進行了"sv, "進行"sv, "开展了"sv, "开展"sv, "開展了"sv, "開展"sv,
    "实施了"sv, "实施"sv, "進駐"sv, "进驻"sv,
};

constexpr std::string_view kTargetOpeners[] = {"对"sv, "對"sv};

constexpr std::string_view kAliasOpeners[] = {"以下简称"sv, "以下簡稱"sv, "下称"sv};

constexpr std::string_view kAccountabilityTerms[] = {
    "组织处理"sv, "組織處理"sv, "诫勉谈话"sv, "誡勉談話"sv, "诫勉"sv, "誡勉"sv,
    "批评教育"sv, "批評教育"sv, "提醒谈话"sv, "提醒談話"sv, "批评帮助"sv,
    "责令检查"sv, "責令檢查"sv, "通报批评"sv, "通報批評"sv, "谈话函询"sv, "函询"sv,
    "问责追责"sv, "问责"sv, "問責"sv, "交由纪委调查"sv,
};

constexpr std::string_view kFundVerbs[] = {
    "追缴"sv, "追繳"sv, "清退"sv, "追回"sv, "挽回"sv,
};

constexpr CountPattern kSummaryPatterns[] = {
    {"problems"sv, "反馈"sv, "个问题"sv},       {"problems"sv, "反馈"sv, "个具体问题"sv},
    {"problems"sv, "反馈问题"sv, "个"sv},       {"problems"sv, "反馈了"sv, "个问题"sv},
    {"problems"sv, "反映"sv, "个问题"sv},       {"problems"sv, "指出"sv, "个问题"sv},
    {"problems"sv, "反饋"sv, "個問題"sv},       {"completed"sv, "已完成整改"sv, "个"sv},
    {"completed"sv, "已整改到位"sv, "个"sv},    {"completed"sv, "已整改"sv, "个"sv},
    {"completed"sv, "已完成"sv, "个"sv},        {"completed"sv, "完成整改"sv, "个"sv},
    {"completed"sv, "已完成整改"sv, "個"sv},    {"in_progress"sv, "正在整改"sv, "个"sv},
    {"in_progress"sv, "持续整改"sv, "个"sv},    {"in_progress"sv, "正在推进"sv, "个"sv},
    {"in_progress"sv, "正在整改"sv, "個"sv},    {"rate"sv, "整改完成率"sv, "%"sv},
    {"rate"sv, "整改完成率"sv, "％"sv},         {"rate"sv, "整改率"sv, "%"sv},
    {"rate"sv, "整改率"sv, "％"sv},             {"measures"sv, ""sv, "项整改措施"sv},
    {"measures"sv, ""sv, "条整改措施"sv},       {"measures"sv, ""sv, "条具体整改措施"sv},
    {"measures"sv, ""sv, "项具体整改措施"sv},   {"measures"sv, "整改措施"sv, "项"sv},
    {"measures"sv, "整改措施"sv, "条"sv},       {"rules"sv, "制度"sv, "项"sv},
    {"rules"sv, "制度"sv, "个"sv},              {"rules"sv, "制度"sv, "件"sv},
    {"rules"sv, ""sv, "项制度"sv},              {"rules"sv, ""sv, "个制度"sv},
    {"people_disciplined"sv, "处分"sv, "人"sv}, {"people_disciplined"sv, "处分"sv, "名"sv},
    {"people_disciplined"sv, "處分"sv, "人"sv},
};

constexpr std::string_view kSummaryFillers[] = {"达到"sv, "達到"sv, "为"sv, "為"sv, "达"sv, "共"sv};

constexpr std::string_view kPeopleUnits[] = {"人次"sv, "人"sv, "名"sv};

constexpr std::string_view kPhoneLabels[] = {
    "联系电话"sv, "聯繫電話"sv, "举报电话"sv, "值班电话"sv, "咨询电话"sv, "监督电话"sv,
    "电话"sv, "電話"sv, "热线"sv, "手机"sv, "座机"sv, "Tel"sv, "TEL"sv,
};

constexpr std::string_view kAddressLabels[] = {
    "邮寄地址"sv, "郵寄地址"sv, "通讯地址"sv, "通訊地址"sv, "联系地址"sv, "地址"sv,
};

constexpr std::string_view kPostcodeLabels[] = {"邮政编码"sv, "邮编"sv, "郵編"sv, "郵政編碼"sv};

constexpr std::string_view kFaxLabels[] = {"传真"sv, "傳真"sv, "传 真"sv};

constexpr std::string_view kInvitationWords[] = {"欢迎"sv, "歡迎"sv, "监督"sv, "監督"sv, "联系方式"sv, "反映"sv};

constexpr std::string_view kFooterMarkers[] = {
    "版权所有"sv, "版權所有"sv, "ICP备"sv, "ICP備"sv, "公网安备"sv, "公網安備"sv,
    "All Rights Reserved"sv, "主办单位"sv, "主辦單位"sv, "网站标识码"sv, "備案號"sv,
    "备案号"sv, "技术支持"sv, "承办单位"sv, "Copyright"sv, "新闻热线"sv,
};

constexpr std::string_view kOrgSuffixes[] = {
    "党组"sv, "黨組"sv, "党委"sv, "黨委"sv, "委员会"sv, "委員會"sv, "党工委"sv, "工委"sv,
    "办公室"sv, "辦公室"sv, "巡察组"sv, "巡察組"sv, "巡视组"sv, "巡視組"sv, "政府"sv,
    "公司"sv, "集团"sv, "集團"sv, "中心"sv, "局"sv, "厅"sv, "廳"sv, "委"sv, "院"sv,
    "会"sv, "會"sv, "部"sv, "室"sv, "所"sv, "社"sv, "处"sv, "處"sv, "站"sv, "馆"sv,
    "校"sv, "支部"sv,
};

constexpr std::string_view kDocNumberLeadWords[] = {
    "根据"sv, "根據"sv, "依据"sv, "依據"sv, "按照"sv, "印发"sv, "印發"sv, "出台"sv,
    "下发"sv, "下發"sv, "转发"sv, "轉發"sv, "制定"sv, "见"sv, "的"sv, "和"sv, "及"sv,
    "与"sv, "了"sv, "即"sv, "为"sv, "以"sv, "在"sv,
};

constexpr std::string_view kRectificationWords[] = {"整改"sv};

}  // namespace

std::span<const Term> inspection_kinds() { return kInspectionKinds; }
std::span<const Term> team_suffixes() { return kTeamSuffixes; }
std::span<const std::string_view> team_committees() { return kTeamCommittees; }
std::span<const std::string_view> team_themes() { return kTeamThemes; }
std::span<const std::string_view> organisation_committees() { return kOrganisationCommittees; }
std::span<const std::string_view> named_committees() { return kNamedCommittees; }
std::span<const std::string_view> short_organisations() { return kShortOrganisations; }
std::span<const std::string_view> team_lead_words() { return kTeamLeadWords; }
std::span<const std::string_view> feedback_words() { return kFeedbackWords; }
std::span<const std::string_view> feedback_manners() { return kFeedbackManners; }
std::span<const std::string_view> as_of_words() { return kAsOfWords; }
std::span<const std::string_view> audit_bodies() { return kAuditBodies; }
std::span<const std::string_view> audit_offices() { return kAuditOffices; }
std::span<const std::string_view> office_places() { return kOfficePlaces; }
std::span<const std::string_view> range_connectors() { return kRangeConnectors; }
std::span<const std::string_view> range_joiners() { return kRangeJoiners; }
std::span<const std::string_view> target_verbs() { return kTargetVerbs; }
std::span<const std::string_view> target_openers() { return kTargetOpeners; }
std::span<const std::string_view> alias_openers() { return kAliasOpeners; }
std::span<const std::string_view> accountability_terms() { return kAccountabilityTerms; }
std::span<const std::string_view> fund_verbs() { return kFundVerbs; }
std::span<const CountPattern> summary_patterns() { return kSummaryPatterns; }
std::span<const std::string_view> summary_fillers() { return kSummaryFillers; }
std::span<const std::string_view> people_units() { return kPeopleUnits; }
std::span<const std::string_view> phone_labels() { return kPhoneLabels; }
std::span<const std::string_view> address_labels() { return kAddressLabels; }
std::span<const std::string_view> postcode_labels() { return kPostcodeLabels; }
std::span<const std::string_view> fax_labels() { return kFaxLabels; }
std::span<const std::string_view> invitation_words() { return kInvitationWords; }
std::span<const std::string_view> footer_markers() { return kFooterMarkers; }
std::span<const std::string_view> org_suffixes() { return kOrgSuffixes; }
std::span<const std::string_view> doc_number_lead_words() { return kDocNumberLeadWords; }
std::span<const std::string_view> rectification_words() { return kRectificationWords; }

}  // namespace tongbao::detail::terms
