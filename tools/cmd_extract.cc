// `newsgraph extract`: the pure map step, articles in, one JSON object per document out.
#include <iostream>

#include "ingest/explain.h"
#include "ingest/pipeline.h"
#include "tools/cli.h"
#include "tools/inputs.h"

namespace newsgraph::cli {

Runner add_extract(CLI::App& app) {
  auto* cmd = app.add_subcommand("extract", "Print what each document yields (no store)");
  cmd->footer(
      "Output: one object per document in the shape of schemas/extraction.schema.json.\n"
      "Example: newsgraph extract examples/corpus --format jsonl > out.jsonl\n"
      "With --explain: per quotation, in reading order, its text, kind, speaker (and role), the\n"
      "sieve that attributed it, its confidence and the evidence byte offsets.\n"
      "Example: newsgraph extract --explain --width 60 examples/corpus/halcyon-lumen-launch.txt");
  auto opts = std::make_shared<InputOptions>();
  auto format = std::make_shared<std::string>("jsonl");
  auto jobs = std::make_shared<unsigned>(1);
  auto explain = std::make_shared<bool>(false);
  auto width = std::make_shared<size_t>(72);
  opts->add_to(*cmd);
  add_jobs_option(*cmd, *jobs);
  cmd->add_option("--format", *format, "jsonl (one object a line) or json (an array, indented)")
      ->check(CLI::IsMember({"jsonl", "json"}))
      ->capture_default_str();
  cmd->add_flag("--explain", *explain,
                "print each quotation with its speaker and why (sieve, confidence, offsets) "
                "instead of JSON");
  cmd->add_option("--width", *width, "--explain: quote text cut to this many characters (0: whole)")
      ->check(whole_number(0))
      ->capture_default_str();
  return [opts, format, jobs, explain, width] {
    bool array = *format == "json" && !*explain;
    bool first = true;
    if (array) std::cout << "[\n";
    // Workers extract and serialise; this thread prints in input order.
    OrderedPipeline<std::string> pipeline(
        *jobs,
        [array, explain, width](const Article& a) {
          if (*explain) return explain_quotes(extract(a), *width);
          // Readers validate UTF-8; `replace` only guards against a bug turning into a crash.
          // The one-line form is written directly (to_json_line), the same bytes faster.
          constexpr auto kReplace = nlohmann::json::error_handler_t::replace;
          return array ? to_json(extract(a)).dump(2, ' ', false, kReplace) : to_json_line(extract(a));
        },
        [&](Article&&, std::string&& json) {
          if (*explain) std::cout << (first ? "" : "\n") << json;
          else if (array) std::cout << (first ? "" : ",\n") << json;
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
