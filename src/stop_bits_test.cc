#include "stop_bits.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "money.h"

TEST_CASE("StopBits finds what next_ascii_or_e3_ef finds from every offset", "[stop_bits]") {
  using tongbao::detail::next_ascii_or_e3_ef;
  using tongbao::detail::StopBits;
  const std::string texts[] = {
      "",
      "a",
      "整改",
      "根据市委巡察工作统一部署,2023年7月13日至8月31日,市委第七巡察组对市发改委党组进行了巡察。",
      "整改落实情况整改落实情况整改落实情况整改落实情况整改落实情况整改落实情况。",  // a stop past 64 bytes
      "《关于印发〔2023〕374号的通知》！？；，２０２４",
      std::string(200, 'x'),
      "整改" + std::string(130, '\xE4') + "。",  // invalid UTF-8 is searched byte by byte all the same
  };
  for (const std::string& t : texts) {
    const StopBits stops(t);
    for (std::size_t from = 0; from <= t.size() + 1; ++from) {
      INFO(t << " from " << from);
      CHECK(stops.next(from) == next_ascii_or_e3_ef(t, std::min(from, t.size())));
    }
  }
  CHECK(StopBits().next(0) == 0);
}
