// Output formats of query results: an aligned table for a terminal, JSON (one array), JSON
// lines, CSV (RFC 4180) and TSV.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace newsgraph {

enum class Format { kTable, kJson, kJsonl, kCsv, kTsv };

/// "table", "json", "jsonl", "csv", "tsv" -> the Format; std::nullopt for anything else.
std::optional<Format> parse_format(std::string_view name);

struct Column {
  std::string name;
  bool in_table = true;  // false: provenance detail left out of the terminal table only
  /// 0: an id, name, date or number, shown whole on one line however narrow the table.
  /// N > 0: free text (a quotation, a detail) that a table too wide narrows, wraps and cuts
  /// with "…"; of two such columns the one wider for its weight narrows first.
  unsigned weight = 0;
};

/// Rows of cells under named columns. A cell is a JSON string, number, boolean, null, or an
/// array of strings; JSON formats keep it as is, the text formats write it as text (null
/// empty, arrays joined with "; ").
struct ResultSet {
  std::vector<Column> columns;
  std::vector<std::vector<nlohmann::json>> rows;  // each row has columns.size() cells
};

struct TableOptions {
  size_t width = 100;    // terminal columns the table may use
  size_t max_lines = 3;  // lines a wrapped cell may take, the last cut with "…"; 0 = no limit
};

/// The width a table may use: the terminal's columns when stdout is a terminal whose width
/// is known (`terminal`), else $COLUMNS (`columns_env`, may be null) when it is a whole number
/// of at least 20, else TableOptions' default 100. So `COLUMNS=200 newsgraph ... | less -S`
/// gets wide tables.
size_t table_width(std::optional<size_t> terminal, const char* columns_env);

/// Writes `rows` in `format`:
/// - table: header, a rule, then rows (no rows: nothing); columns two spaces apart, padded by display width;
///   when wider than options.width the free-text column (weight > 0) widest for its weight
///   shrinks, one column at a time (not below 10), and its cells wrap at spaces, at most
///   options.max_lines lines, the last cut with "…". Ids and names never wrap; if the table
///   still does not fit, their cells longer than 40 columns (a quotation standing as a
///   vertex) are cut to 40 with "…". Newlines inside cells become spaces. When the table still
///   does not fit, or squeezes a free-text cell into fewer than 20 columns, it is written as
///   records instead (psql's expanded display): a `-[ N ]` rule a row, then a `column  value`
///   line a cell, free text wrapped whole under its value.
/// - json: one array of objects keyed by column name, indented by 2; jsonl: one object a line.
/// - csv: header then records, CRLF line ends; a field with a comma, quote, CR or LF is
///   quoted and its quotes doubled (RFC 4180).
/// - tsv: header then records; tab, LF, CR and backslash in a field written as \t \n \r \\.
/// Invalid UTF-8 in JSON output is replaced by U+FFFD.
void write_results(std::ostream& out, const ResultSet& rows, Format format,
                   const TableOptions& options = {});

/// The text a cell shows in table, csv and tsv output.
std::string cell_text(const nlohmann::json& cell);

/// `text` wrapped to lines of at most `width` display columns (>= 2), breaking at spaces when
/// a line has one, else inside a word at a grapheme boundary; at most `max_lines` lines (0: no
/// limit), the last cut with "…" when text remains.
std::vector<std::string> wrap_text(std::string_view text, size_t width, size_t max_lines);

}  // namespace newsgraph
