// contact.h - how to reach the issuer: phones, e-mails, postcode, address,
// read from the closing (the invitation to supervise and its contact line),
// never from the page footer (版权所有 … 地址 … 邮编).
#pragma once

#include <optional>
#include <vector>

#include "blocks/block.h"
#include "annotate/span_stops.h"
#include "tongbao/document.h"

namespace tongbao::detail {

// True for each span that belongs to the page footer: lines with 版权所有,
// ICP备 and kin, and the address/phone lines next to them.
std::vector<bool> footer_spans(const std::vector<Span>& spans);

// Contacts from the Closing spans; when the outline marked none, from the
// contact and short lines that end the text. Footer lines never count.
std::optional<Contact> find_contact(const std::vector<Span>& spans);
// The same with footer_spans(spans) already computed.
std::optional<Contact> find_contact(const std::vector<Span>& spans, const std::vector<bool>& footer);
// The same with the StopBits of each span built too (SpanStops).
std::optional<Contact> find_contact(const std::vector<Span>& spans, const std::vector<bool>& footer,
                                    const SpanStops& span_stops);

}  // namespace tongbao::detail
