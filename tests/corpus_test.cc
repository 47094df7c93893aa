// Scores on the real notices in ../shared/corpus (skipped when absent).
#include <catch2/catch.hpp>
#include <filesystem>
#include <iostream>

#include "corpus_score.h"

using tongbao::test::normalise_marker;

namespace {
std::filesystem::path corpus(const char* folder) { return std::filesystem::path(TONGBAO_SHARED_DIR) / "corpus" / folder; }
}  // namespace

TEST_CASE("markers are compared after NFKC folding", "[corpus]") {
  CHECK(normalise_marker("（一）") == "(一)");
  CHECK(normalise_marker("1．") == "1.");
  CHECK(normalise_marker("１２．") == "12.");
  CHECK(normalise_marker("一、") == "一、");
  CHECK(normalise_marker("( 1 )") == "(1)");
}

TEST_CASE("corpus: scores on the 24 shared excerpts", "[corpus]") {
  if (!std::filesystem::exists(corpus("excerpts"))) {
    WARN("SKIPPED: ../shared/corpus/excerpts is absent");
    return;
  }
  const auto score = tongbao::test::score_folder(corpus("excerpts"));
  std::cout << tongbao::test::format_score("excerpts", score);
  for (const auto& miss : score.misses) std::cout << "  miss: " << miss << "\n";
  CHECK(score.documents == 24);
  CHECK(score.markers.f1() >= 0.95);
  CHECK(score.measures.f1() >= 0.95);
  CHECK(score.problems.f1() >= 0.95);
  CHECK(score.title.value() >= 0.95);
  CHECK(score.published.value() >= 0.95);
}

TEST_CASE("corpus: scores on the passages", "[corpus]") {
  if (!std::filesystem::exists(corpus("passages"))) {
    WARN("SKIPPED: ../shared/corpus/passages is absent");
    return;
  }
  const auto score = tongbao::test::score_folder(corpus("passages"));
  std::cout << tongbao::test::format_score("passages", score);
  for (const auto& miss : score.misses) std::cout << "  miss: " << miss << "\n";
  CHECK(score.markers.f1() >= 0.90);
  CHECK(score.measures.f1() >= 0.90);
  CHECK(score.problems.f1() >= 0.90);
  CHECK(score.title.value() >= 0.90);
  CHECK(score.published.value() >= 0.90);
}

// The project's own corpus (tests/corpus/README.md): page openings from
// about 190 sites, split once by site. Rules are written against the tuning
// half only; the test half is scored and its misses are listed in
// docs/accuracy.md. The floors below are today's scores (rounded down):
// title and published raised by the headline model of issue 17, problems,
// measures and inspection facts by its rules for them, so that no later
// rule makes either half worse unnoticed; the goal (0.95 on
// everything) is reported, and asserted where it is met.
namespace {
std::filesystem::path own_corpus(const char* half) { return std::filesystem::path(TONGBAO_SOURCE_DIR) / "tests" / "corpus" / half; }
std::filesystem::path fixtures(const char* folder) {
  return std::filesystem::path(TONGBAO_SOURCE_DIR) / "tests" / "fixtures" / folder;
}

// What a scored folder must keep: its number of documents and a floor for
// each field (a negative floor: not held).
struct Floors {
  int documents = 0;
  double markers = -1, measures = -1, problems = -1, title = -1, published = -1, signed_on = -1, inspection = -1,
         notice = -1;
};

// Scores `folder`, prints the score and its misses, and holds it to `floors`.
void check_floors(const char* name, const std::filesystem::path& folder, const Floors& floors) {
  INFO(name);
  const auto score = tongbao::test::score_folder(folder);
  std::cout << tongbao::test::format_score(name, score);
  for (const auto& miss : score.misses) std::cout << "  miss: " << miss << "\n";
  CHECK(score.documents == floors.documents);
  if (floors.markers >= 0) CHECK(score.markers.f1() >= floors.markers);
  if (floors.measures >= 0) CHECK(score.measures.f1() >= floors.measures);
  if (floors.problems >= 0) CHECK(score.problems.f1() >= floors.problems);
  if (floors.title >= 0) CHECK(score.title.value() >= floors.title);
  if (floors.published >= 0) CHECK(score.published.value() >= floors.published);
  if (floors.signed_on >= 0) CHECK(score.signed_on.value() >= floors.signed_on);
  if (floors.inspection >= 0) CHECK(score.inspection.value() >= floors.inspection);
  if (floors.notice >= 0) CHECK(score.notice.value() >= floors.notice);
}
}  // namespace

TEST_CASE("corpus: scores on the project's own page openings", "[corpus]") {
  const auto tune = tongbao::test::score_folder(own_corpus("tune"));
  const auto test = tongbao::test::score_folder(own_corpus("test"));
  std::cout << tongbao::test::format_score("own corpus, tuning half", tune);
  std::cout << tongbao::test::format_score("own corpus, test half", test);
  // Tuning-half misses are what rules may be written against; test-half
  // misses are only listed (docs/accuracy.md groups them by cause).
  for (const auto& miss : tune.misses) std::cout << "  tuning-half miss: " << miss << "\n";
  for (const auto& miss : test.misses) std::cout << "  test-half miss: " << miss << "\n";
  CHECK(tune.documents == 309);
  CHECK(test.documents == 258);
  for (const auto* half : {&tune, &test}) {
    CHECK(half->markers.f1() >= 0.97);
    CHECK(half->measures.f1() >= 0.99);
    CHECK(half->problems.f1() >= 0.95);
    CHECK(half->title.value() >= 0.95);
    CHECK(half->published.value() >= 0.97);
    CHECK(half->inspection.value() >= 0.96);
    CHECK(half->notice.value() >= 0.95);
  }
}

// Sixteen pages as a crawler saves their visible text (tests/fixtures/
// saved-text/), written and annotated blind by a helper who had read neither
// tongbao's code nor its fixtures: site headers, menus, breadcrumbs, info
// lines of every form, titles with a <title>'s suffix, after a column's
// name, in traditional characters or missing, bodies wrapped at 36
// characters, a GB18030 file, and four pages that are no notice. Scored
// before any rule was written from them: title 0.688, published 0.938,
// not-a-notice 0.875, inspection facts 0.975, markers and measures 1.000.
// The floors are today's scores; docs/accuracy.md lists what is left.
// A seventh blind round (2026-12-07), in tests/fixtures/blind-round7/:
// twenty whole notices and near relatives saved as text (txt8-*: 【问题】/
// 【整改】 pairs, 问题1: headings, a ministry's unit, a Big5-style page, a
// column's list with tab-separated dates, news of an inspection's meetings,
// a work report with a ——subtitle) and sixteen notices kept as Markdown by
// mirrors, note apps and converters (md8-*: Hugo, Jekyll, Astro's English
// pubDate, Obsidian wiki links, a Notion export, html2text, markdownify,
// Pandoc's spans and anchors, a GitHub archive's tables). Annotated blind;
// six annotations corrected to record-format.md, each saying why in its
// meta.json. Scored before any rule was written from them: text titles
// 0.900, published 0.950, not-a-notice 0.900, teams 0.938, measures 0.986;
// Markdown titles, published, signed and not-a-notice 0.938, problems 0.972.
// The floors are today's scores.
TEST_CASE("corpus: the seventh blind round, text and Markdown", "[corpus]") {
  check_floors("blind round 7", fixtures("blind-round7"),
               {.documents = 36, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.99,
                .published = 0.99, .signed_on = 0.99, .inspection = 0.99, .notice = 0.99});
}

// An eighth blind round (2026-12-07), in tests/fixtures/blind-round8/:
// thirty page openings saved as text (openings/: chrome of every kind, titles
// over lines or behind labels and 文号, info lines in many forms, date
// widgets, index tables, four traditional pages, five near relatives) and
// thirty passages from the middle and the end of notices (passages/: dense
// measures, every problem heading form, headings broken over two lines,
// attachments and 印发 lines under signatures, four traditional, three
// audit reports). Annotated blind; eight annotations corrected to
// record-format.md, each saying why in its meta.json. Scored before any
// rule: openings title and published 1.000, not-a-notice 0.900, teams
// 0.962; passages signed 0.967, markers 0.997, problems 0.974, kinds 0.800.
// A passage has no sentence that announces the notice, so not-a-notice is
// not scored on passages. The floors are today's scores.
TEST_CASE("corpus: the eighth blind round, openings and passages", "[corpus]") {
  check_floors("blind round 8, openings", fixtures("blind-round8/openings"),
               {.documents = 30, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.99,
                .published = 0.99, .inspection = 0.99, .notice = 0.99});
  check_floors("blind round 8, passages", fixtures("blind-round8/passages"),
               {.documents = 30, .markers = 0.99, .measures = 0.99, .problems = 0.99, .signed_on = 0.99,
                .inspection = 0.95});
}

// A ninth blind round (2026-12-07), in tests/fixtures/blind-round9/: twenty
// whole notices in forms not tried before (a Word document's 版头 and 版记,
// an OCR'd scan, a forum post, labelled lines under each problem, a table
// of contents, emoji and bullets from an app, CRLF with a BOM, GB18030,
// attachments before and after the signature). Annotated blind; three
// annotations corrected to record-format.md. Scored before any rule:
// title 0.900, signed 0.950, markers 0.979. Since: a title set in two lines
// by hand, a table of contents, attachments around the signature. Left: a
// WeChat repost's headline taken for the notice's title it quotes
// (txt10-09), a forum thread's replies after the signature (txt10-03).
TEST_CASE("corpus: the ninth blind round, whole notices", "[corpus]") {
  check_floors("blind round 9", fixtures("blind-round9"),
               {.documents = 20, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.95,
                .published = 0.99, .signed_on = 0.95, .inspection = 0.99, .notice = 0.99});
}

// A tenth blind round (2026-12-07), in tests/fixtures/blind-round10/:
// fourteen notices and near relatives kept as Markdown by Chinese platforms
// and tools (语雀, CSDN, 知乎, 简书, 飞书, 腾讯文档, Typora, VitePress, Hexo,
// MkDocs, GitBook, Docsify, a 公众号 converter, a Zotero note). Three
// annotations corrected. Scored before any rule: published 0.857, markers
// 0.962, measures 0.972, problems 0.942, title, signed and not-a-notice
// 0.929. Since: highlights (==一是==), MkDocs admonitions, Docsify
// callouts; since the thirteenth round, a soft break before a line that
// opens a unit (简书: 一、… / （一）… without blank lines) ends the block.
// Left: a 知乎 footer's 发布于 date, a signature in one quoted paragraph,
// and a reading note's headline with a question mark.
TEST_CASE("corpus: the tenth blind round, Markdown of Chinese platforms", "[corpus]") {
  check_floors("blind round 10", fixtures("blind-round10"),
               {.documents = 14, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.92,
                .published = 0.92, .signed_on = 0.92, .inspection = 0.99, .notice = 0.92});
}

// An eleventh blind round (2026-12-07), in tests/fixtures/blind-round11/:
// thirty page openings written to make the title and the date hard to
// find (文号 and 【栏目】 above titles, titles split over lines, letter-
// spaced, traditional, repeated, behind a ——subtitle; date widgets; index
// tables; info lines below the first paragraph), five near relatives.
// Three annotations corrected. Scored before any rule: title 0.800,
// published 0.933, signed and not-a-notice 0.967. Since: a repost's
// headline gives way to the notice's title with its issuer; an issuer's
// name broken above the title opens it; a notice's 关于…的报告 under a
// site's line. Left: a letter-spaced issuer over the title, a traditional
// title broken before its 审计查出问题, a page flattened into one line, and
// an index table's 发布日期 behind a label spaced out (文　　号).
TEST_CASE("corpus: the eleventh blind round, page openings", "[corpus]") {
  check_floors("blind round 11", fixtures("blind-round11"),
               {.documents = 30, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.89,
                .published = 0.93, .signed_on = 0.99, .inspection = 0.99, .notice = 0.99});
}

TEST_CASE("corpus: text saved from pages and written blind", "[corpus]") {
  check_floors("saved text", fixtures("saved-text"),
               {.documents = 16, .markers = 0.99, .measures = 0.99, .problems = 0.97, .title = 0.99,
                .published = 0.99, .inspection = 0.98, .notice = 0.87});
}

// A twelfth blind round (2026-12-07), in tests/fixtures/blind-round12/:
// twenty-four texts written blind to hide the title and the date (titles
// under a news headline, behind an editor's note, letter-spaced, over
// three lines, after a 标　　题 row; 成文日期 and 发布日期 tables; widgets)
// and two real openings (h6-24, h6-26) from a batch gathered the same day,
// whose hosts fall in the test half but from which rules were written.
// Five annotations corrected. Scored before any rule: title 0.750 (texts),
// published 1.000, measures 0.971. Since: a notice's own title after a
// headline, spaced table keys, letter-spaced issuer lines, an editor's
// note before the title, an enumeration broken at its comma or inside a
// measure's marker (…；三 / 是…).
TEST_CASE("corpus: the twelfth blind round, texts that hide title and date", "[corpus]") {
  check_floors("blind round 12", fixtures("blind-round12"),
               {.documents = 26, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.99,
                .published = 0.99, .signed_on = 0.99, .inspection = 0.99, .notice = 0.99});
}

// A thirteenth blind round (2026-12-07), in tests/fixtures/blind-round13/:
// sixteen Markdown files as converters, static sites and note apps leave
// them. Two annotations corrected. Scored before any rule: markers 0.939,
// measures 0.959, problems 0.941, published 0.875, signed 0.938. Since: a
// soft break before a line that opens a unit ends the block; callouts,
// task boxes, kramdown attribute lines, Logseq properties, turndown's
// _emphasis_, unmatched bold by a marker. Left: a clipping's note that
// quotes the original's 发布日期 in a sentence (md13-10).
TEST_CASE("corpus: the thirteenth blind round, Markdown as its writers leave it", "[corpus]") {
  check_floors("blind round 13", fixtures("blind-round13"),
               {.documents = 16, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.99,
                .published = 0.93, .signed_on = 0.99, .inspection = 0.99, .notice = 0.99});
}

// A fourteenth blind round (2026-12-07), in tests/fixtures/blind-round14/:
// twenty texts that vary what stands before the title. Scored before any
// rule of the round: title 0.850, published 0.950, team and period 0.950,
// the rest 1.000 (with the build at the start of the day, before rounds 12
// and 13: title 0.650). Since: dates spaced out by OCR, a team's qualifier
// stopped at 关于, a <title> echo or a headline giving way to the notice's
// title over one to three lines, 原标题, a bracketed date under the title.
TEST_CASE("corpus: the fourteenth blind round, what stands before the title", "[corpus]") {
  check_floors("blind round 14", fixtures("blind-round14"),
               {.documents = 20, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.99,
                .published = 0.99, .signed_on = 0.99, .inspection = 0.99, .notice = 0.99});
}

// A sixteenth blind round (2026-12-07), in tests/fixtures/blind-round16/:
// eighteen whole notices and near relatives saved as text by browsers, PDF
// and Word copies, WeChat and a mobile reader (txt16-*: a page on one line
// with its indents, titles as wide as a PDF's wrap, CRLF, traditional
// characters, 第一部分 over 一、), and four real openings (h8-01, h8-16,
// h9-08, h9-16) from a batch gathered the same day whose hosts fall in the
// test half but from which rules were written. Three annotations corrected
// (a feedback date's year given by its own sentence; 将一是 is no measure;
// an inspection's kind in simplified characters). Scored before any rule
// of the round: texts title 0.944, signed 0.889, measures 0.985, problems
// 0.961. Since: a problem's heading and the signature cut from a flattened
// paragraph, a measure that goes on with its numbering across a wrapped
// line, a title as wide as the wrap, WeChat's controls as chrome, headlines
// with their subtitles, repeated headlines, a dateline's source.
TEST_CASE("corpus: the sixteenth blind round, whole notices as text and real openings", "[corpus]") {
  check_floors("blind round 16", fixtures("blind-round16"),
               {.documents = 22, .markers = 0.98, .measures = 0.99, .problems = 0.99, .title = 0.99,
                .published = 0.95, .signed_on = 0.99, .inspection = 0.97, .notice = 0.99});
}

// A seventeenth blind round (2026-12-07), in tests/fixtures/blind-round17/:
// twenty openings that hide their title and date the way pages do (txt17-*:
// a sidebar of dated articles before the title, an e-paper's page label,
// a kicker over the headline, a title in a table row, a today's widget)
// and fourteen Markdown files as archiving tools write them (md17-*:
// MarkDownload, Obsidian's clipper, Joplin, Zotero, pandoc from .docx and
// HTML, Hexo, Hugo, a GitHub README, Notion, 语雀, Typora, turndown,
// html2text). Annotations corrected: problems written with their 关于…的问题
// (txt17) reduced to the problem; a feedback date's year from the sentence
// before (txt17-02, md17-13); an audit office is no team (md17-04, md17-10);
// a list page has no title (md17-03). Scored before any rule of the round:
// texts title 0.850, published 0.950, not-a-notice 0.950; Markdown 1.000 but
// for the conventions above. Since: a list of other articles and an
// e-paper's page label are chrome, the headlines of an inspection's start and
// collective feedback, an audit's report dates its feedback. Left: a kicker
// (引题) over a news headline is taken for it (txt17-14).
TEST_CASE("corpus: the seventeenth blind round, hidden titles and Markdown archives", "[corpus]") {
  check_floors("blind round 17", fixtures("blind-round17"),
               {.documents = 34, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.97,
                .published = 0.99, .signed_on = 0.99, .inspection = 0.99, .notice = 0.99});
}

// An eighteenth blind round (2026-12-07), in tests/fixtures/blind-round18/:
// sixteen whole notices and near relatives whose bodies are hard to read
// (txt18-*: PDF copies without indents, OCR scans with spaced digits and
// 一 、, Word exports five levels deep with ⑴ and ①, measures run together,
// flattened 整改台账 tables, 问题1: headings) and twenty-four passages from a
// notice's middle or end (psg18-*). Annotations corrected to record-format:
// 针对“X”问题 names X and 问题1: is a marker that names its problem (txt18-06,
// txt18-08). Scored before any rule of the round: texts title 0.875,
// markers 0.942, problems 0.915 (0.972 with the corrections); passages
// not-a-notice 0.542, problems 0.979. Since: a passage's invitation to
// supervise or its problem units make it a notice's, area headings decided
// on the finished outline, a title set in two lines after a title's word,
// ⑴ and OCR's 一 、 as markers, OCR's spaced-out dates (2 0 2 3 年 5 月 8 日).
TEST_CASE("corpus: the eighteenth blind round, hard bodies and passages", "[corpus]") {
  check_floors("blind round 18", fixtures("blind-round18"),
               {.documents = 40, .markers = 0.99, .measures = 0.99, .problems = 0.98, .title = 0.99,
                .published = 0.99, .signed_on = 0.99, .inspection = 0.99, .notice = 0.97});
}

// A nineteenth blind round (2026-12-07), in tests/fixtures/blind-round19/:
// twelve whole notices and twelve passages (txt19-*: web, PDF, Word,
// WeChat and OCR copies; a title in three lines, a slogan headline over the
// notice's title as its subtitle, a kicker; problem headings in every form,
// area headings with their problems told in prose; measures in flattened
// 整改台账 rows, tab- and bar-separated) and one real opening whose host the
// split puts in the test half, kept here because a rule was written from
// it (h11-21: an index table's next key on the title's line). Annotations
// corrected to record-format: 问题N: is a marker (txt19-05, txt19-16), the
// notice's own title without the slogan (txt19-09), the passage's kind as
// it writes it (txt19-21). Scored before any rule of the round: title
// 0.917, markers 0.975 (1.000 with the corrections), measures 0.990,
// problems 0.969, not-a-notice 0.958. Since: a title wrapped twice, the
// notice's title as a subtitle, a 一是 at a cell's edge, 关于X方面的问题 an
// area, a passage of area headings a notice's.
TEST_CASE("corpus: the nineteenth blind round, texts and passages", "[corpus]") {
  check_floors("blind round 19", fixtures("blind-round19"),
               {.documents = 25, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.99,
                .published = 0.99, .signed_on = 0.99, .inspection = 0.99, .notice = 0.95});
}

// A twentieth blind round (2026-12-07), in tests/fixtures/blind-round20/:
// twenty-four texts (txt20-*: web pages with chrome above and below, a
// 公众号 post, PDF text with running headers and form feeds, a Word export
// with a table of contents and footnotes, traditional characters, CRLF and
// U+3000 indents, an e-mail forward; titles in 【】 and 《》, in three lines,
// under a repost's headline; an audit report to a people's congress; a
// roundup) and sixteen Markdown files from sixteen tools (Hugo's TOML,
// Jekyll, Hexo in zh-TW, VuePress, Docusaurus, Obsidian, Notion, 语雀, 飞书,
// a GitHub archive, pandoc, turndown, html2text, markdownify, MkDocs
// Material, a reader-mode mirror). Annotations corrected to the anatomy:
// a table of contents opens no units (txt20-04), a 一是 that opens no
// clause is no measure (txt20-03, md20-06). Scored before any rule of the
// round: texts title 0.875, published 0.958, problems 0.978, not-a-notice
// 0.958; Markdown title 0.938, published 0.938, measures 0.976, problems
// 0.958. Since: titles in brackets, under an e-mail's header, from the
// front matter over a note box's label; 回饋; a roundup's title; MkDocs'
// map of dates.
TEST_CASE("corpus: the twentieth blind round, texts and Markdown", "[corpus]") {
  check_floors("blind round 20", fixtures("blind-round20"),
               {.documents = 40, .markers = 0.99, .measures = 0.99, .problems = 0.96, .title = 0.99,
                .published = 0.97, .signed_on = 0.99, .inspection = 0.98, .notice = 0.99});
}

// A twenty-first blind round (2026-12-07), in tests/fixtures/blind-round21/:
// twenty whole notices laid out as twenty kinds of real sites lay them out
// (txt21-*: a county portal, a 纪委监委 site, a ministry, an enterprise, a
// university, a hospital, a bank, an e-paper, a people's congress, a court,
// a 供销社, a 税务局 …: chrome above the title and below the signature,
// related lists with dates, titles after a column's name in two lines or
// labelled 标题：), twenty-four passages from notices' middles and ends
// (psg21-*), and one real opening whose host the split puts in the test
// half, kept here because a rule was written from it (h12-05: a round's
// themed team). Scored before any rule of the round: texts title 0.850,
// published 0.950, signed 0.900, problems 0.940; passages not-a-notice
// 0.833, problems 0.959. Since: titles after a column's name, an e-paper's
// toolbar, related lists' headings as footer, a range's end in Chinese
// numerals, passages whose paragraphs open on rectification labels or the
// problem they answer, a verb inside a team's name run.
TEST_CASE("corpus: the twenty-first blind round, whole notices and passages", "[corpus]") {
  check_floors("blind round 21", fixtures("blind-round21"),
               {.documents = 45, .markers = 0.99, .measures = 0.99, .problems = 0.94, .title = 0.99,
                .published = 0.99, .signed_on = 0.99, .inspection = 0.97, .notice = 0.95});
}

// A twenty-second blind round (2026-12-07), in tests/fixtures/blind-round22/:
// twenty whole texts (txt22-*: titles ending in 公示, 汇报 or 台账, an
// issuer's name broken over two lines, dates as 2024.3.5 or 07-16-2024,
// signatures of two bodies), twenty-four passages (psg22-*: middles that
// never name the inspection again, a rectification ledger, a policy's
// interpretation, a work summary), sixteen Markdown files (md22-*: Hugo,
// Jekyll, Hexo, VuePress, Docusaurus, Obsidian, Logseq, pandoc with spans
// and divs, turndown, markdownify, html2text, Notion, 语雀, a 公众号
// exporter), fourteen HTML pages (cms22-*: JeeCMS, 中企动力, 凡科, PbootCMS,
// MetInfo in Big5, a repost, an article only in a script's JSON, Liferay,
// KesionCMS, an old ASP site, a WordPress print view, an accessible view,
// EyouCMS; GBK, GB18030 and a lying charset), and one real opening whose
// host the split puts in the test half, kept here because a rule was
// written from it (h13-05: the title again in two lines below the info
// line). Scored before any rule of the round: real openings (h13, 30)
// title 0.900; passages title 0.958, not-a-notice 0.875, team 0.875,
// problems 0.959; Markdown title 0.875, published 0.938, signed 0.938;
// texts title 0.900, published 0.950; pages published 0.929, signed
// 0.786, problems 0.961. Since: a title repeated in two lines, a party
// body's name broken before the title's line, column and crawl-time
// labels, Logseq's properties and pandoc's spans, passages that name no
// inspection, ledgers and interpretations, a team's name after 是 or 通报,
// a heading broken by <br> inside its quote, a blog's byline.
TEST_CASE("corpus: the twenty-second blind round, texts, passages, Markdown and pages", "[corpus]") {
  check_floors("blind round 22", fixtures("blind-round22"),
               {.documents = 75, .markers = 0.99, .measures = 0.97, .problems = 0.95, .title = 0.97,
                .published = 0.97, .signed_on = 0.94, .inspection = 0.95, .notice = 0.97});
}

// A twenty-third blind round (2026-12-07), in tests/fixtures/blind-round23/:
// twenty whole texts in shapes the rounds before rarely had (txt23-*: the
// older central style, 第一/首先 or 一是 alone at the top, decimals, a
// problem table flattened to text, an audit report to a people's congress,
// a company's audit 公告, text out of a PDF with running headers and page
// numbers, an OCR'd scan, feedback quoted before each rectification, two
// signatures; a plan, an internal summary, a team's report, a news story),
// thirty-four passages cut at random offsets out of twelve whole texts
// (psg23-*), nine real texts kept in public repositories (real23-*: one
// notice's middle, news items), and one real opening whose host
// the split puts in the test half, kept here because a rule was written
// from it (h14-01: an announcement that names no 整改). Scored before any
// rule of the round: texts title 0.950, signed 0.950, not-a-notice 0.900,
// markers 0.961, problems 0.947; passages title 0.853, not-a-notice
// 0.912, problems 0.982; real texts title 0.727, not-a-notice 0.909.
// Since: a joint notice's two issuers, a site's name before ->, 头条：, a
// cut heading's rest is no title, a section headed as the report, an
// announcement that names no 整改, a team's report and a work summary.
TEST_CASE("corpus: the twenty-third blind round, unusual shapes, cut passages and real texts", "[corpus]") {
  check_floors("blind round 23", fixtures("blind-round23"),
               {.documents = 64, .markers = 0.97, .measures = 0.99, .problems = 0.96, .title = 0.96,
                .published = 0.97, .signed_on = 0.97, .inspection = 0.95, .notice = 0.95});
}

// A twenty-fourth blind round (2026-12-07), in tests/fixtures/blind-round24/:
// twenty texts as tools save pages (txt24-*: lynx, w3m, elinks and links
// dumps and html2text, run on invented pages; Firefox's Reader View,
// Safari's and Chrome's copies, trafilatura, newspaper3k, Jina Reader, a
// PDF viewer's copy, WeChat copied on a phone, a crawler's field export),
// sixteen Markdown files as extractors write them (md24-*: Jina Reader,
// Firecrawl, trafilatura, markdownify, MarkDownload, pandoc from DOCX and
// HTML, Obsidian Web Clipper, Docsify, reposts, an LLM summary keeping the
// original), and thirty-six passages cut out of eight pages with their
// chrome (psg24-*). Scored before any rule of the round: texts title
// 0.600, signed 0.900, markers 0.932, problems 0.962; Markdown title
// 0.875, published 0.938; passages title 0.972, not-a-notice 0.833,
// problems 0.975. Since: Markdown saved as .txt sniffed, References and
// 相关文章 end the text, Title:/title: labels, a column before a hyphen,
// site · column, 原文发布时间, units naming problems speak of rectification.
TEST_CASE("corpus: the twenty-fourth blind round, tools' text, extractors' Markdown, cut passages", "[corpus]") {
  check_floors("blind round 24", fixtures("blind-round24"),
               {.documents = 72, .markers = 0.99, .measures = 0.99, .problems = 0.96, .title = 0.96,
                .published = 0.99, .signed_on = 0.97, .inspection = 0.97, .notice = 0.90});
}

// A twenty-fifth blind round (2026-12-07), in tests/fixtures/blind-round25/:
// nineteen texts saved other ways (txt25-*: Word's and WPS's plain text
// with the 红头 and 文号, forwarded e-mails, OCR of a scan, a PDF copied
// in a browser, note apps, chats, an app's share text, an SMS excerpt, a
// crawler's CSV row, a printed page with its header), and thirty-two
// passages, half of notices and half of near relatives that share their
// words (psg25-*: a deployment speech, feedback news, a plan, a team's
// report, an annual summary, an audit work report, a 巡察公告 …). Scored
// before any rule of the round: texts title 0.684, published 0.684;
// passages not-a-notice 0.875. Since: an e-mail's Subject/主题 and a
// print header are no title; a plan that calls itself 本整改方案.
TEST_CASE("corpus: the twenty-fifth blind round, other save paths, notices' and near relatives' passages", "[corpus]") {
  check_floors("blind round 25", fixtures("blind-round25"),
               {.documents = 51, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.95,
                .published = 0.80, .signed_on = 0.97, .inspection = 0.95, .notice = 0.93});
}

// A twenty-sixth blind round (2026-12-07), in tests/fixtures/blind-round26/:
// twenty inputs in the bytes archives hold (enc26-*: GBK under a GB2312
// label, a charset that lies, Big5, UTF-16 with BOMs, entities, zero-width
// spaces), twenty whole notices of unusual bodies (whole26-*), twenty-four
// whole near relatives and unusual notices (near26-*), eighteen pages laid
// out in tables with ledgers in the article (tbl26_*). Scored before any
// rule of the round: near relatives' not-a-notice 0.875; encodings' title
// 0.900 (encoding 1.000); tables' title 0.889, markers 0.963; whole
// notices' markers 0.989. Since: teams named together, 截至 dates, an
// audit office's period; 关于“X”问题整改不到位的问题; task lists, self-
// examinations, bulletins of cases, questions; letter-spaced and <br>-
// broken titles in cells; a ledger's cells open no unit.
TEST_CASE("corpus: the twenty-sixth blind round, encodings, unusual bodies, near relatives, table layouts", "[corpus]") {
  check_floors("blind round 26", fixtures("blind-round26"),
               {.documents = 82, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.99,
                .published = 0.99, .signed_on = 0.99, .inspection = 0.97, .notice = 0.99});
}

// A twenty-seventh blind round (2026-12-07), in tests/fixtures/blind-round27/:
// twenty inputs built around publication dates and their decoys
// (date27-*), eighteen Markdown files of every front matter and GFM
// ledgers (md27-*), eighteen texts holding tables as tabs, pdftotext
// columns and drawn boxes (tsv27-*), sixteen pages of modern front ends
// saved as served (spa27-*). Scored before any rule of the round: dates'
// title 0.900, published 0.850; Markdown's published 0.778; tables'
// markers 0.892, measures 0.856; front ends' title 0.812, markers 0.834,
// problems 0.829. Since: a ledger's rows in text and Markdown open no
// unit; JSON front matter; a calendar badge's bar; a React shell's state;
// a title in two paragraphs; a byline parted by middle dots.
TEST_CASE("corpus: the twenty-seventh blind round, dates, Markdown, texts with tables, front ends", "[corpus]") {
  check_floors("blind round 27", fixtures("blind-round27"),
               {.documents = 72, .markers = 0.96, .measures = 0.95, .problems = 0.96, .title = 0.94,
                .published = 0.93, .signed_on = 0.95, .inspection = 0.98, .notice = 0.98});
}

// A twenty-eighth blind round (2026-12-07), in tests/fixtures/blind-round28/:
// eighteen inputs built around how titles are set (kick28-*: kickers and
// subtitles, 文号 lines, <br> in <h1>, image alt titles, truncated <title>,
// info tables), eighteen in the 公文 format (gw28-*: red headers, 份号,
// 签发人, 主送, 版记, attachments), eighteen with what follows a signature
// (tail28-*), eighteen whole texts of every kind of inspection (old28-*)
// and eighteen from PDF and Word files (pdf28-*: pdftotext with and
// without -layout, pdf2htmlEX, pdf.js, Word and WPS HTML, OCR). Scored
// before any rule of the round: titles' title 0.944, published 0.833;
// 公文's not-a-notice 0.778, signed 0.889; PDF's title 0.833, problems
// 0.951; attachments annotated after the signature: 公文 markers 0.925.
// Since: 的通知 and 请示 are no notices; a stronger label's date
// (发布日期 over 生成日期 or 发文日期); a breadcrumb row's date; a site's
// column under its name; a print header or byline opening with a clock
// time is chrome.
TEST_CASE("corpus: the twenty-eighth blind round, titles, 公文, tails, inspections, PDF copies", "[corpus]") {
  check_floors("blind round 28", fixtures("blind-round28"),
               {.documents = 90, .markers = 0.97, .measures = 0.98, .problems = 0.98, .title = 0.97,
                .published = 0.97, .signed_on = 0.96, .inspection = 0.98, .notice = 0.97});
}

// A twenty-ninth blind round (2026-12-07, eighth session), in
// tests/fixtures/blind-round29/: eighteen reposts and aggregator pages
// (rep29-*: WeChat, 今日头条-like platforms, county reposts, print pages,
// forums), eighteen in gazettes, newspapers and bulletins (gaz29-*), eighteen
// from enterprises, universities, hospitals, banks, courts and mass
// organisations (org29-*), eighteen audit documents and problem headings
// (aud29-*) and eighteen in traditional characters, through converters and
// mirrors (trd29-*). Scored before any rule of the round (at 963ed61):
// reposts' markers 0.919, published 0.889, signed 0.889; gazettes' title
// 0.722, published 0.778, not-a-notice 0.833; audits' problems 0.958,
// inspection 0.944; traditional title 0.778, published 0.778, problems 0.882.
// Since: what is numbered under the signature is the closing's; an audit
// office's numbered team; a bulletin's imprint dates its issue; a heading
// in traditional characters that reads as the <title>; a 文号 run onto the
// title; a list of articles above the title; day-first slash dates; a
// column's label before an info line; 【编者按】 and a symbol before a title.
TEST_CASE("corpus: the twenty-ninth blind round, reposts, gazettes, other bodies, audits, traditional", "[corpus]") {
  check_floors("blind round 29", fixtures("blind-round29"),
               {.documents = 90, .markers = 0.97, .measures = 0.99, .problems = 0.95, .title = 0.89,
                .published = 0.95, .signed_on = 0.96, .inspection = 0.97, .notice = 0.88});
}

// A thirtieth blind round (2026-12-08, ninth session), in
// tests/fixtures/blind-round30/: eighteen from townships, streets, villages
// and county departments (twn30-*: sloppy pages, flattened passages),
// eighteen through other views (mob30-*: mobile, app share, print,
// accessible, articles in a script, a <textarea>, a <template>), eighteen
// from provinces, ministries and central enterprises (cen30-*), eighteen on
// the boundary of notices and their near relatives (nr30-*) and eighteen on
// where titles and dates stand (ttl30-*). Scored before any rule of the
// round: mobile views' markers 0.903, problems 0.935; titles' title 0.722;
// townships' inspection facts 0.900, signed 0.889. Since: a <template>'s
// article and a <textarea>'s escaped markup; a cell its class calls the
// title under a site's heading, a banner spelling the <title>; a <title>
// cut with an ellipsis; 转发： and a bilingual line's translation; an
// issue number's colon; 进驻…结束 and a 反馈 named before its date; three
// teams named one by one are no one team; a covering notice's signature.
TEST_CASE("corpus: the thirtieth blind round, townships, other views, upper levels, near relatives, titles", "[corpus]") {
  check_floors("blind round 30", fixtures("blind-round30"),
               {.documents = 90, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.98,
                .published = 0.98, .signed_on = 0.97, .inspection = 0.97, .notice = 0.98});
}

// A thirty-first blind round (2026-12-08, ninth session), in
// tests/fixtures/blind-round31/: eighteen on problem headings (prb31-*),
// eighteen on measures and numbering (msr31-*), eighteen on dates
// (dat31-*), eighteen whole notices from sectors not seen before
// (whl31-*) and eighteen on bytes and file forms (enc31-*). Scored before
// any rule of the round: a Chrome MHTML read as text (enc31-h10: every
// field of it), a budget's year dating a feedback, a whole year taken for
// an audit's period, OCR's （ 一 ）, a media centre's 记者 read as news, a
// <title> naming the issuer short. Since: each of these.
TEST_CASE("corpus: the thirty-first blind round, problems, measures, dates, whole notices, encodings", "[corpus]") {
  check_floors("blind round 31", fixtures("blind-round31"),
               {.documents = 90, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.99,
                .published = 0.99, .signed_on = 0.99, .inspection = 0.99, .notice = 0.98});
}

// A thirty-second blind round (2026-12-08, ninth session), in
// tests/fixtures/blind-round32/: eighteen page openings as a crawler's
// store keeps them (opn32-*), eighteen passages cut from whole notices
// (pas32-*), eighteen pages in as many CMSs' markup (cms32-*), eighteen
// texts as tools leave them (txt32-*) and eighteen near relatives and
// unusual notices (nr32-*). Scored before any rule of the round: the
// openings' title 0.833, published 0.889; the passages' title 0.778; the
// CMSs' title 0.833; the tools' texts' published 0.778, problems 0.928;
// near relatives' not-a-notice 0.889. Since: no title from the links
// after a passage's signature; （全文）; a forwarded e-mail's > marks;
// Jina's Published Time in China's time; OCR's 3 .; a site two offices
// run; an oversight check, an evaluation and an audit work report.
TEST_CASE("corpus: the thirty-second blind round, openings, passages, CMSs, tools' texts, near relatives", "[corpus]") {
  check_floors("blind round 32", fixtures("blind-round32"),
               {.documents = 90, .markers = 0.98, .measures = 0.99, .problems = 0.99, .title = 0.88,
                .published = 0.95, .signed_on = 0.97, .inspection = 0.99, .notice = 0.97});
}

// tests/fixtures/blind-round33/: eighteen HTML pages where titles and dates
// are hard to find (ttl33-*), eighteen passages (pas33-*), eighteen page
// openings from kinds of site seen less (opn33-*), eighteen texts as tools
// leave them (tool33-*), eighteen near relatives and unusual notices
// (nr33-*), eighteen texts centred on the inspection's facts (ins33-*) and
// eighteen Markdown files (md33-*). Scored before any rule of the round:
// the openings' published 0.778; the HTML titles' title and published
// 0.833; the tools' texts' title and published 0.833, signed 0.889; the
// inspection texts' inspection 0.889; near relatives' not-a-notice 0.889;
// the passages' problems 0.946, signed 0.944. Since: a date in brackets
// before the labels, glossed labels, a date with its column, a masthead's
// line, an e-paper's toolbar in HTML, 热点推荐 lists, select-all menus,
// page numbers, a document library's end, flattened passages, teams named
// together, two inspections in one notice, 审议意见 and 汇编.
TEST_CASE("corpus: the thirty-third blind round, titles, passages, openings, tools, near relatives, inspections, Markdown",
          "[corpus]") {
  check_floors("blind round 33", fixtures("blind-round33"),
               {.documents = 126, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.97,
                .published = 0.97, .signed_on = 0.99, .inspection = 0.98, .notice = 0.98});
}

// tests/fixtures/blind-round34/: held out. Seventy-two inputs written after
// round 33's rules (whole notices as text from issuers seen little, whole
// HTML pages in eighteen templates, page openings, passages) from which
// no rule has been written: the test half of the blind corpus. As found
// and now: markers 0.993, measures 1.000, problems 0.996, title 0.972,
// published 0.972, inspection facts 0.975, signed 0.986, not-a-notice
// 0.972 (docs/accuracy.md explains every miss).
TEST_CASE("corpus: the thirty-fourth blind round, held out", "[corpus]") {
  check_floors("blind round 34, held out", fixtures("blind-round34"),
               {.documents = 72, .markers = 0.99, .measures = 0.99, .problems = 0.99, .title = 0.97,
                .published = 0.97, .signed_on = 0.98, .inspection = 0.97, .notice = 0.97});
}
