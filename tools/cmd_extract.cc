// `newsgraph extract`: the pure map step, articles in, one JSON object per document out.
#include <iostream>

#include "ingest/pipeline.h"
#include "tools/cli.h"
#include "tools/inputs.h"

namespace newsgraph::cli {

Runner add_extract(CLI::App& app) {
  auto* cmd = app.add_subcommand("extract", "Print what each document yields (no store)");
  cmd->footer(
      "Output: one object per document in the shape of schemas/extraction.schema.json.\n"
      "Example: newsgraph extract examples/corpus --format jsonl > out.jsonl");
  auto opts = std::make_shared<InputOptions>();
  auto format = std::make_shared<std::string>("jsonl");
  auto jobs = std::make_shared<unsigned>(1);
  opts->add_to(*cmd);
  add_jobs_option(*cmd, *jobs);
  cmd->add_option("--format", *format, "jsonl (one object a line) or json (an array, indented)")
      ->check(CLI::IsMember({"jsonl", "json"}))
      ->capture_default_str();
  return [opts, format, jobs] {
    bool array = *format == "json";
    bool first = true;
    if (array) std::cout << "[\n";
    // Workers extract and serialise; this thread prints in input order.
    OrderedPipeline<std::string> pipeline(
        *jobs,
        [array](const Article& a) {
          // Readers validate UTF-8; `replace` only guards against a bug turning into a crash.
          // The one-line form is written directly (to_json_line), the same bytes faster.
          constexpr auto kReplace = nlohmann::json::error_handler_t::replace;
          return array ? to_json(extract(a)).dump(2, ' ', false, kReplace) : to_json_line(extract(a));
        },
        [&](Article&&, std::string&& json) {
          if (array) std::cout << (first ? "" : ",\n") << json;
          else std::cout << json << '\n';
          first = false;
        });
    InputTally t = for_each_input(*opts, [&](Article&& a) { pipeline.push(std::move(a)); });
    pipeline.finish();
    if (array) std::cout << "\n]\n";
    std::cout.flush();
    return exit_code(t);
  };
}

}  // namespace newsgraph::cli
