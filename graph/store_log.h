// RocksDB's info log (the store's LOG file), written so that a full disk cannot abort us.
#pragma once

#include <filesystem>
#include <memory>

#include <rocksdb/env.h>

namespace newsgraph {

/// A logger for rocksdb::DBOptions::info_log that appends RocksDB's diagnostics to DIR/LOG
/// (one line each, timestamped), ignoring any write failure. RocksDB's own file logger asserts
/// on the write after a failed one (`sync_without_flush_called_`), so on a full disk the
/// background-error message it logs after the first failed store write aborted the process
/// (rc 134) instead of letting the store report the error. `fresh` (a read-write open) starts
/// a new LOG and keeps the previous one as LOG.old; read-only opens append. Never throws; if
/// LOG cannot be opened, messages are dropped.
std::shared_ptr<rocksdb::Logger> store_log(const std::filesystem::path& dir, bool fresh);

}  // namespace newsgraph
