// libFuzzer target: the DOT writer on a graph whose labels, keys and predicates come from the
// input (fields split at NUL bytes). The output must stay valid DOT for any UTF-8 label: every
// quoted string closes, no raw line break inside one, and the output is valid UTF-8 (a label
// cut to its width must not cut a character).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/dot.h"
#include "ingest/normalize.h"

using namespace newsgraph;

namespace {

std::vector<std::string> fields_of(std::string_view data) {
  std::vector<std::string> fields;
  for (size_t begin = 0; begin <= data.size();) {
    size_t end = std::min(data.find('\0', begin), data.size());
    fields.emplace_back(data.substr(begin, end - begin));
    begin = end + 1;
  }
  return fields;
}

// True when every double-quoted string in `dot` is closed on its own line.
bool strings_closed(std::string_view dot) {
  bool in_string = false;
  for (size_t i = 0; i < dot.size(); ++i) {
    char c = dot[i];
    if (in_string && c == '\\') ++i;
    else if (in_string && c == '\n') return false;
    else if (c == '"') in_string = !in_string;
  }
  return !in_string;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (find_invalid_utf8(bytes) != std::string_view::npos) return 0;
  std::vector<std::string> fields = fields_of(bytes);
  KnowledgeGraph kg;
  std::vector<Vertex> vertices;
  for (const std::string& f : fields) {
    unsigned pick = f.empty() ? 0 : uint8_t(f[0]);
    VertexProps v{NodeKind(pick % 4), f, f};
    if (v.kind == NodeKind::kEntity) v.type = EntityType(pick / 4 % 4);
    vertices.push_back(kg.add_vertex(std::move(v)));
  }
  for (size_t i = 1; i < vertices.size(); ++i)
    kg.add_edge(vertices[i - 1], vertices[i], {fields[i], fields[i - 1], fields[0], {0, uint32_t(i)}, fields[i]});
  DotOptions options;
  options.name = fields[0];
  options.quote_label_width = 1 + fields.size() % 40;
  options.highlight = vertices.front();
  std::ostringstream out;
  write_dot(out, kg, options);
  const std::string dot = out.str();
  if (!strings_closed(dot) || find_invalid_utf8(dot) != std::string::npos) std::abort();
  return 0;
}
