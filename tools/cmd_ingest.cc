// `newsgraph ingest`: extract every article and write it to the store, kBatchDocuments
// documents a WriteBatch.
#include <fmt/format.h>

#include <iostream>
#include <optional>

#include "graph/store.h"
#include "ingest/pipeline.h"
#include "tools/cli.h"
#include "tools/inputs.h"
#include "tools/progress.h"
#include "tools/query_cli.h"
#include "tools/stored_ids.h"
#include "tools/synopsis.h"

namespace newsgraph::cli {
namespace {

// Documents a WriteBatch: one write (and WAL sync point) for many documents; an interrupted run
// loses at most the batch being filled.
constexpr size_t kBatchDocuments = 64;

// The one writer: keeps the extractions of a batch and writes them with Store::put_all.
class BatchWriter {
 public:
  BatchWriter(Store& store, WriteTally& t, Progress& progress, bool verbose)
      : store_(store), t_(t), progress_(progress), ids_(store, verbose) {}

  void add(Extraction&& x, size_t text_bytes) {
    if (!ids_.claim(x)) {
      ++t_.duplicates;
      return progress_.add(text_bytes);
    }
    batch_.push_back(std::move(x));
    bytes_ += text_bytes;
    if (batch_.size() >= kBatchDocuments) flush();
  }

  void flush() {
    if (batch_.empty()) return;
    std::vector<Store::PutOutcome> outcomes;
    try {
      outcomes = store_.put_all(batch_);
    } catch (const StoreError& e) {  // e.g. disk full: the batch is not written, earlier ones are
      throw StoreError(fmt::format("{}: not stored: {}; the documents before it are stored",
                                   batch_.front().source, e.what()));
    }
    for (auto o : outcomes) {
      switch (o) {
        case Store::PutOutcome::kAdded: ++t_.added; break;
        case Store::PutOutcome::kReplaced: ++t_.replaced; break;
        case Store::PutOutcome::kUnchanged: ++t_.unchanged; break;
      }
    }
    progress_.add(bytes_, batch_.size());  // counted once stored
    batch_.clear();
    bytes_ = 0;
  }

  // Writes what is left and says how many renames were not warned of one by one.
  void finish() {
    flush();
    ids_.finish();
  }

 private:
  Store& store_;
  WriteTally& t_;
  Progress& progress_;
  StoredIds ids_;  // an earlier run's document is replaced by its own source only
  std::vector<Extraction> batch_;
  size_t bytes_ = 0;
};

}  // namespace

void print_summary(std::string_view verb, const WriteTally& t, size_t skipped,
                   const StoreStats& s, const std::string& db) {
  std::cout << fmt::format(
      "{} {} ({} added, {} replaced, {} unchanged, {} skipped)\n"
      "store {}: {}, {}, {}, {}, {}\n",
      verb, counted(t.added + t.replaced + t.unchanged, "document", "documents"), t.added,
      t.replaced, t.unchanged, skipped, db, counted(s.documents, "document", "documents"),
      counted(s.entities, "entity", "entities"), counted(s.quotes, "quote", "quotes"),
      counted(s.roles, "role", "roles"), counted(s.triples, "triple", "triples"));
}

Runner add_ingest(CLI::App& app) {
  auto* cmd = app.add_subcommand("ingest", "Extract articles and store them in the knowledge graph");
  cmd->footer(
      "Re-ingesting an unchanged document is a no-op; a changed one replaces its facts.\n"
      "Progress goes to stderr: a bar on a terminal, a line every 10 s otherwise.\n"
      "--bulk fills a new or empty store several times faster (sorted SST files, as `load`\n"
      "does), with the same contents; documents are stored in batches of about 64 MB, so an\n"
      "interrupted run keeps whole batches only.\n"
      "Examples:\n"
      "  newsgraph ingest --db news.db examples/corpus\n"
      "  newsgraph ingest --db news.db --on-error stop feed.rss crawl.warc.gz\n"
      "  zcat articles.jsonl.gz | newsgraph ingest --db news.db --quiet -");
  auto opts = std::make_shared<InputOptions>();
  auto store_opt = std::make_shared<StoreOption>();
  auto quiet = std::make_shared<bool>(false);
  auto jobs = std::make_shared<unsigned>(1);
  auto bulk = std::make_shared<bool>(false);
  opts->add_to(*cmd);
  store_opt->add_to(*cmd);
  add_jobs_option(*cmd, *jobs);
  cmd->add_flag("-q,--quiet", *quiet, "No progress reports (bad inputs are still reported)");
  cmd->add_flag("--bulk", *bulk, "Fill a new or empty store in bulk (see below)");
  return [opts, store_opt, jobs, quiet, bulk] {
    if (!any_input_exists(*opts)) {  // nothing to read: no store is created
      for (const std::string& p : opts->paths) error(p + ": no such file or directory");
      return int(kInputFailed);
    }
    std::unique_ptr<Store> store;
    std::unique_ptr<BulkLoader> loader;
    try {
      if (*bulk) loader = std::make_unique<BulkLoader>(store_opt->path());
      else store = Store::open(store_opt->path(), Store::Mode::kReadWrite);
    } catch (const StoreError& e) {
      error(e.what());
      return int(kStoreFailed);
    }
    WriteTally t;
    InputTally in;
    StoreStats stats;
    Progress progress(Progress::style_for_stderr(*quiet), input_bytes(opts->paths), std::cerr);
    std::optional<BatchWriter> writer;
    if (store) writer.emplace(*store, t, progress, opts->verbose);
    try {
      // Workers extract; this thread is the one writer, storing in input order.
      OrderedPipeline<Extraction> pipeline(*jobs, extract, [&](Article&& a, Extraction&& x) {
        if (!loader) return writer->add(std::move(x), a.text.size());
        progress.add(a.text.size());
        count_bulk(loader->add(x), a.source, x.doc, t);
      });
      in = for_each_input(*opts, [&](Article&& a) { pipeline.push(std::move(a)); });
      pipeline.finish();
      if (writer) writer->finish();
      if (loader) stats = loader->finish();
    } catch (const StoreError& e) {  // e.g. disk full: documents already written stay
      progress.finish();
      error(e.what());
      return int(kStoreFailed);
    } catch (...) {  // any other failure: the documents extracted before it are still stored
      if (writer) writer->flush();
      throw;
    }
    progress.finish();
    in.skipped += t.duplicates;
    print_summary("ingested", t, in.skipped, loader ? stats : store->stats(), store_opt->path());
    return exit_code(in);
  };
}

Runner add_stats(CLI::App& app) {
  auto* cmd = app.add_subcommand("stats", "Count what the store holds");
  cmd->footer(
      "One row: documents, entities, quotes, roles, triples.\n"
      "Examples: newsgraph stats --db news.db\n"
      "          newsgraph stats --db news.db --format json");
  auto store_opt = std::make_shared<StoreOption>();
  auto format = std::make_shared<std::string>("table");
  store_opt->add_to(*cmd);
  add_format_option(*cmd, *format);
  return [store_opt, format] {
    return with_store(*store_opt, Store::Mode::kReadOnly, [&](Store& store) {
      StoreStats s = store.stats();
      ResultSet rs{{{"documents"}, {"entities"}, {"quotes"}, {"roles"}, {"triples"}},
                   {{s.documents, s.entities, s.quotes, s.roles, s.triples}}};
      write_results(std::cout, rs, *parse_format(*format), table_options());
      return int(kOk);
    });
  };
}

Runner add_remove(CLI::App& app) {
  auto* cmd = app.add_subcommand("remove", "Delete documents and their facts from the store");
  cmd->footer(
      "Exit status 3 if a document is not stored: then none is removed.\n"
      "Example: newsgraph remove --db news.db vantor-sues-halcyon");
  auto docs = std::make_shared<std::vector<std::string>>();
  auto store_opt = std::make_shared<StoreOption>();
  cmd->add_option("docs", *docs, "Document ids (as `extract` prints in \"doc\")")->required();
  set_synopsis(*cmd, "give the ids of the documents to remove", "newsgraph remove DOC...");
  store_opt->add_to(*cmd);
  return [docs, store_opt] {
    return with_store(*store_opt, Store::Mode::kReadWrite, [&](Store& store) {
      int code = kOk;  // every id is checked first: a typo removes nothing
      for (const auto& d : *docs)
        if (!store.document(d)) {
          error("no document " + d + " in " + store_opt->path());
          code = kNotFound;
        }
      if (code != kOk) {
        error("nothing removed");
        return code;
      }
      for (const auto& d : *docs)
        if (store.remove(d)) std::cout << "removed " << d << "\n";
      return code;
    });
  };
}

}  // namespace newsgraph::cli
