// `newsgraph load`: fill a new store in bulk from what `extract --format jsonl` wrote.
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "graph/bulk_load.h"
#include "ingest/read.h"
#include "ingest/read_stream.h"
#include "tools/cli.h"
#include "tools/inputs.h"
#include "tools/progress.h"
#include "tools/synopsis.h"

namespace newsgraph::cli {
namespace {

// Why a line is no extraction, in our words: nlohmann's what() starts with a tag
// ("[json.exception.out_of_range.403] key 'doc' not found") meant for programmers.
std::string reason(const nlohmann::json::exception& e) {
  if (const auto* p = dynamic_cast<const nlohmann::json::parse_error*>(&e))
    return fmt::format("not JSON (byte {})", p->byte > 0 ? p->byte - 1 : 0);
  std::string text = e.what();
  if (auto tag = text.find("] "); text.starts_with("[json.exception.") && tag != std::string::npos)
    text.erase(0, tag + 2);
  auto open = text.find('\''), close = text.rfind('\'');
  if (e.id == 403 && open != std::string::npos && close > open)  // "key 'x' not found"
    return fmt::format("missing field \"{}\"", text.substr(open + 1, close - open - 1));
  if (dynamic_cast<const nlohmann::json::type_error*>(&e))
    return "a field has the wrong type (" + text + ")";
  return text;
}

// Loads every line of `in` (named `name`); a line that is no extraction is reported and
// skipped, nothing of it stored.
void load_lines(std::istream& in, const std::string& name, BulkLoader& loader,
                Progress& progress, InputTally& in_tally, WriteTally& t) {
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    progress.add(line.size() + 1);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = fmt::format("{}:{}", name, number);
    Extraction x;
    try {
      nlohmann::json j = nlohmann::json::parse(line);
      if (!j.is_object()) throw nlohmann::json::other_error::create(501, "not a JSON object", &j);
      x = extraction_from_json(j);
    } catch (const nlohmann::json::exception& e) {
      error(fmt::format("{}: not an extraction: {}; skipped", where, reason(e)));
      ++in_tally.skipped;
      continue;
    }
    ++in_tally.articles;
    count_bulk(loader.add(x), where, x.doc, t);
  }
}

}  // namespace

void count_bulk(BulkLoader::Outcome o, const std::string& where, const std::string& doc,
                WriteTally& t) {
  switch (o) {
    case BulkLoader::Outcome::kAdded: ++t.added; break;
    case BulkLoader::Outcome::kUnchanged: ++t.unchanged; break;
    case BulkLoader::Outcome::kConflict:
      error(fmt::format("{}: document id \"{}\" already loaded with other content; skipped "
                        "(ingest it into the store afterwards to replace the first)", where, doc));
      ++t.duplicates;
      break;
  }
}

Runner add_load(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "load", "Fill a new store in bulk from `extract --format jsonl` output");
  cmd->footer(
      "Writes sorted SST files and ingests them into RocksDB: several times faster than\n"
      "`ingest`, into a new or empty store only (add to a filled store with `ingest`). The\n"
      "store holds exactly what `ingest` of the same articles gives. A line that is no\n"
      "extraction is reported (FILE:LINE) and skipped; a document id met again is skipped.\n"
      "Examples:\n"
      "  newsgraph extract --jobs 2 corpus/ > corpus.jsonl\n"
      "  newsgraph load --db news.db corpus.jsonl\n"
      "  newsgraph load --db archive.db part-1.jsonl.gz part-2.jsonl.gz");
  auto files = std::make_shared<std::vector<std::string>>();
  auto store_opt = std::make_shared<StoreOption>();
  auto quiet = std::make_shared<bool>(false);
  cmd->add_option("files", *files,
                  "JSON Lines files that `extract` wrote, optionally .gz or .zst ('-' for stdin)")
      ->required();
  set_synopsis(*cmd, "give the files `extract` wrote (- for stdin)", "newsgraph load FILE...");
  store_opt->add_to(*cmd);
  cmd->add_flag("-q,--quiet", *quiet, "No progress reports (bad lines are still reported)");
  return [files, store_opt, quiet] {
    InputTally in;
    WriteTally t;
    try {
      BulkLoader loader(store_opt->path());
      Progress progress(Progress::style_for_stderr(*quiet), input_bytes(*files), std::cerr);
      for (const auto& name : *files) {
        if (name == "-") {
          load_lines(std::cin, "<stdin>", loader, progress, in, t);
          continue;
        }
        std::ifstream file(name, std::ios::binary);
        if (!file) {
          error(fmt::format("{}: cannot read", name));
          in.missing = true;
          continue;
        }
        try {  // .gz and .zst files are read as they are written (ingest/read_stream.h)
          auto text = decompressed(file, compression_of(name), name);
          load_lines(*text, name, loader, progress, in, t);
        } catch (const ReadError& e) {  // corrupt or cut short: the lines before it are loaded
          error(e.what());
          in.missing = true;
        }
      }
      StoreStats s = loader.finish();
      progress.finish();
      in.skipped += t.duplicates;
      print_summary("loaded", t, in.skipped, s, store_opt->path());
    } catch (const StoreError& e) {
      error(e.what());
      return int(kStoreFailed);
    }
    return exit_code(in);
  };
}

}  // namespace newsgraph::cli
