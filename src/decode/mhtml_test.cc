// unpack_mhtml: the HTML part of a page saved whole, its transfer encoding
// undone; and the inputs that are no such archive.
#include "decode/mhtml.h"

#include <catch2/catch.hpp>
#include <string>

#include "tongbao/parse.h"

using tongbao::detail::unpack_mhtml;

namespace {

// An archive as Chrome writes it: the message's headers, then parts.
std::string archive(const std::string& part_headers, const std::string& part_body, const std::string& eol = "\r\n") {
  const std::string boundary = "----MultipartBoundary--abc123----";
  return "From: <Saved by Blink>" + eol + "Subject: =?utf-8?Q?=E9=80=9A=E6=8A=A5?=" + eol + "MIME-Version: 1.0" + eol +
         "Content-Type: multipart/related;" + eol + "\ttype=\"text/html\";" + eol + "\tboundary=\"" + boundary + "\"" +
         eol + eol + eol + "--" + boundary + eol + part_headers + eol + part_body + eol + "--" + boundary + eol +
         "Content-Type: image/png" + eol + "Content-Transfer-Encoding: base64" + eol + eol + "iVBORw0KGgo=" + eol + "--" +
         boundary + "--" + eol;
}

}  // namespace

TEST_CASE("unpack_mhtml: the HTML part, quoted-printable or base64 undone", "[decode]") {
  // 中共 in quoted-printable, a soft line break inside 共's bytes.
  const auto qp = unpack_mhtml(archive(
      "Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n",
      "<p class=3D\"t\">=E4=B8=AD=E5=85=\r\n=B1</p>"));
  REQUIRE(qp);
  CHECK(qp->bytes == "<p class=\"t\">中共</p>\r\n");
  CHECK(qp->charset.empty());
  // base64, with its charset; LF line ends.
  const auto b64 = unpack_mhtml(archive("Content-Type: text/html; charset=gbk\nContent-Transfer-Encoding: base64\n",
                                        "PHA+MTwv\ncD4=", "\n"));
  REQUIRE(b64);
  CHECK(b64->bytes == "<p>1</p>");
  CHECK(b64->charset == "gbk");
  // No transfer encoding: the part as it is.
  const auto plain = unpack_mhtml(archive("Content-Type: text/html\r\n", "<p>x</p>"));
  REQUIRE(plain);
  CHECK(plain->bytes == "<p>x</p>\r\n");
}

TEST_CASE("unpack_mhtml: inputs that are no archive", "[decode]") {
  const char* not_archives[] = {
      "",
      "<html><body><p>MIME-Version: 1.0</p></body></html>",
      "MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<p>x</p>",                   // not multipart
      "MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n--b\r\n<p>x</p>",    // no boundary
      "Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--b--",
      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\n"
      "x\r\n--b--\r\n",  // no HTML part
      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b",  // headers never end
  };
  for (const char* input : not_archives) {
    INFO(input);
    CHECK_FALSE(unpack_mhtml(input));
  }
}

TEST_CASE("parse: a page saved as MHTML is read as its HTML part", "[decode][pipeline]") {
  const std::string page =
      "<!DOCTYPE html><html><head><meta charset=3D\"utf-8\"><title>=E9=80=9A=E6=8A=A5</title></head><body>"
      "<h1>=E5=85=B3=E4=BA=8E=E5=B7=A1=E5=AF=9F=E6=95=B4=E6=94=B9=E6=83=85=E5=86=B5=E7=9A=84=E9=80=9A=E6=8A=A5</h1>=\r\n"
      "<p>=E4=B8=80=E3=80=81=E6=95=B4=E6=94=B9=E6=83=85=E5=86=B5</p></body></html>";
  const tongbao::Document doc = tongbao::parse(
      archive("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n", page), "saved.mht");
  CHECK(doc.source.media_type == "text/html");
  REQUIRE(doc.title);
  CHECK(*doc.title == "关于巡察整改情况的通报");
  REQUIRE(doc.outline.size() == 1);
  CHECK(doc.outline[0].marker == "一、");
}
