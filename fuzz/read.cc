// libFuzzer target: one reader on arbitrary bytes. NEWSGRAPH_FUZZ_INPUT names the input
// ("in.txt", "in.jsonl", "in.html", "in.rss", "in.warc", ...), so read_input picks the reader
// exactly as it does for a file of that name. Bad input must come back as a ReadError, never
// as a crash, a sanitizer report or another exception.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "ingest/read_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  newsgraph::read_input(in, NEWSGRAPH_FUZZ_INPUT, NEWSGRAPH_FUZZ_INPUT, [](newsgraph::Article&&) {},
                        [](const newsgraph::ReadError&) {}, /*other_as_text=*/true);
  return 0;
}
