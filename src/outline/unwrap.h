// unwrap.h - text wrapped at a fixed width back into its paragraphs.
#pragma once

#include "blocks/block.h"

namespace tongbao::detail {

// Text copied out of a PDF or a fixed-width layout breaks every paragraph
// into lines of one width (about 28 characters on an official document's
// page), so that a heading, a problem or a 二是 falls across two lines.
// When a third or more of the lines of `blocks` (one a source line, as
// text_to_blocks gives them) are as wide as each other and hardly any is
// wider, each line that fills the width is joined with the line after it,
// unless that line opens a unit (a heading marker), is indented where the
// continuations are not, or follows a blank line. Page numbers and running
// headers between two pages go. The joined paragraphs keep where each of
// their source lines starts (Block::line_starts), so positions stay exact.
// Returns whether it joined any lines; other texts are left as they are.
//
// The same text pasted into a page (a <p> or a <br> a line) is read the
// same way, but a page's columns are its markup's, so indentation says
// nothing there: a full line that ends a sentence ends its paragraph.
enum class LineSource { Text, Markup };
bool unwrap_fixed_width(Blocks& blocks, LineSource source = LineSource::Text);

// A copy of a paged document (a PDF's text, a document library's pages)
// keeps each page's number on a line of its own (第3页/共5页, 第 4 页, — 3 —),
// wherever the page broke: between a signature's name and its date too.
// Such lines go, in any text, wrapped or not; a bare number on its line
// stays (a table's cell may stand so). Returns whether it dropped any.
bool drop_page_numbers(Blocks& blocks);

// A heading broken over two lines by whoever copied it, its rest on the
// next line: 4.关于“…网络意识形态阵地 / 管理不严格”的问题 (a quote open at the
// break), 5.关于…考核结果运用 / 不充分的问题 (关于 on the first line, the
// problem's end on a short second). So is an enumeration broken at a comma
// (整改中，一是成立领导小组， / 二是制定方案…): a line that ends in a comma
// after a measure, and a next line that opens the measure after it. The two
// lines become one paragraph, each line's start kept. Returns whether it
// joined any.
bool join_broken_headings(Blocks& blocks);

// A page flattened into one line by whoever saved it (…予以公布。 一、党组履行
// …情况 (一)提高政治站位,…): a long paragraph of a single source line in
// which two or more heading markers (not measures) stand after a space is
// split before each, so that every unit opens a paragraph of its own, at
// its column on that line. Returns whether it split any.
bool split_flattened_paragraphs(Blocks& blocks);

}  // namespace tongbao::detail
