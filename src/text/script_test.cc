#include "text/script.h"

#include <catch2/catch.hpp>

using tongbao::detail::simplified_chinese;

TEST_CASE("simplified_chinese reads traditional text in simplified characters", "[script]") {
  CHECK(simplified_chinese("黨組關於整改進展情況的通報") == "党组关于整改进展情况的通报");
  // ICU converts some words as well as characters (巡察 reads 巡查), so a
  // traditional line and its simplified form agree once both are read.
  CHECK(simplified_chinese("中共青崖縣農業農村局黨組關於縣委第三輪巡察整改進展情況的通報") ==
        simplified_chinese("中共青崖县农业农村局党组关于县委第三轮巡察整改进展情况的通报"));
  CHECK(simplified_chinese("市委第三巡察組進駐金川市交通運輸局") == simplified_chinese("市委第三巡察组进驻金川市交通运输局"));
  CHECK(simplified_chinese("市委第三巡察組") != simplified_chinese("市委第四巡察組"));
  // Simplified text without such words, Latin letters and digits come back as they are.
  CHECK(simplified_chinese("关于2024年整改的通报 (PDF)") == "关于2024年整改的通报 (PDF)");
  CHECK(simplified_chinese("") == "");
}
