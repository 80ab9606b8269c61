// BulkLoader: fills a new or empty store with many documents at once, writing sorted SST files
// (rocksdb::SstFileWriter) and handing them to RocksDB with IngestExternalFiles, as Oxigraph's
// and NebulaGraph's bulk loaders do, instead of a WriteBatch through the memtables and the
// write-ahead log per document.
//
// The rows are those Store::put writes (graph/document_rows.h: document_rows, by_doc_row,
// term_rows, resolution_key, count_row), with term ids given in the same order: loading
// documents in bulk leaves the store, family by family, byte for byte as putting the same
// documents one by one into a new store does.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/document_rows.h"
#include "graph/store.h"

namespace newsgraph {

class RocksStore;

class BulkLoader {
 public:
  /// Bytes of buffered rows (Row structs, keys and values) before they are written out as one
  /// SST file per family.
  static constexpr size_t kDefaultBufferBytes = size_t(64) << 20;

  /// Opens the store in `dir`, creating it. Throws StoreError if it cannot be opened (locked,
  /// another layout) or is not empty: it holds a term (it has, or had, documents), whose ids a
  /// bulk load would clash with; add to such a store with Store::put (`newsgraph ingest`).
  explicit BulkLoader(const std::filesystem::path& dir,
                      size_t buffer_bytes = kDefaultBufferBytes);
  /// Closes the store without finish(): documents added since the last write-out are not
  /// stored (those written out are, each whole).
  ~BulkLoader();

  enum class Outcome {
    kAdded,
    kUnchanged,  // a document with this doc id and content hash was added already: skipped
    kConflict,   // this doc id was added with another content hash: skipped (put replaces;
                 // a bulk load cannot, so the first stays)
  };
  /// Buffers document `x`; writes the buffer out when it holds buffer_bytes. Throws StoreError
  /// on I/O failure (documents written out before stay, each whole).
  Outcome add(const Extraction& x);
  /// Writes out what is buffered and returns the store's counts. Throws StoreError on I/O
  /// failure. Nothing may be added after.
  StoreStats finish();

 private:
  keys::TermId term(std::string_view text);
  /// Writes the buffered rows as one sorted SST file per family, plus the meta counters, and
  /// ingests them in one IngestExternalFiles call (atomic: all or none after a crash).
  void write_out();

  std::filesystem::path dir_, scratch_;
  size_t buffer_bytes_;
  std::unique_ptr<Store> owner_;
  RocksStore* store_;
  // Rows not written out: one chunk a document, then the new terms' rows (the last chunk).
  std::vector<std::vector<Row>> buffer_;
  size_t buffered_ = 0;  // bytes of keys and values in buffer_
  size_t files_ = 0;                      // SST files written so far (names them)
  std::unordered_map<std::string, keys::TermId> terms_;
  std::vector<const std::string*> texts_;  // term id - 1 -> its text (a key of terms_)
  keys::TermId next_term_ = 1;
  std::unordered_set<keys::TermId> entities_;  // entity terms with an entities row
  std::unordered_map<std::string, std::string> hashes_;  // doc id -> content hash
  StoreStats counts_;
};

}  // namespace newsgraph
