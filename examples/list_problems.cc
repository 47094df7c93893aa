// Prints the problem of every outline node that names one, one a line:
//   list_problems notice.txt
// Built against an installed tongbao (examples/CMakeLists.txt, or
// pkg-config --static); see README.md, "Install".
#include <iostream>

#include <tongbao/tongbao.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: list_problems FILE\n";
    return 2;
  }
  tongbao::Options options;
  auto bytes = tongbao::read_file(argv[1], options.max_bytes);
  if (!bytes) {
    std::cerr << "list_problems: " << bytes.error().message << "\n";
    return 1;
  }
  tongbao::Document doc = tongbao::parse(*bytes, argv[1], options);
  tongbao::for_each_node(doc.outline, [](const tongbao::Node& node) {
    if (node.problem) std::cout << *node.problem << "\n";
  });
  return doc.error ? 1 : 0;
}
