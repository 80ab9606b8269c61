// SCAFFOLD: replaced by the RocksDB implementation.
#include "graph/store.h"
namespace newsgraph {
std::unique_ptr<Store> Store::open(const std::filesystem::path& dir, Mode) {
  throw StoreError(dir.string() + ": not implemented");
}
}  // namespace newsgraph
