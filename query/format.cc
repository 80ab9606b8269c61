#include "query/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "graph/display_width.h"

namespace newsgraph {
namespace {

constexpr size_t kMinColumnWidth = 10;  // a date, or a short name, on one line
constexpr size_t kMaxNameWidth = 40;    // a longer cell of a name column is a quotation vertex
constexpr std::string_view kGap = "  ";

std::string one_line(std::string_view text) {
  std::string out(text);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::string dump(const nlohmann::json& j, int indent = -1) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json row_object(const ResultSet& rs, const std::vector<nlohmann::json>& row) {
  nlohmann::json object = nlohmann::json::object();
  for (size_t c = 0; c < rs.columns.size(); ++c) object[rs.columns[c].name] = row.at(c);
  return object;
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string tsv_field(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default: out += c;
    }
  }
  return out;
}

template <typename FieldFn>
void write_delimited(std::ostream& out, const ResultSet& rs, char separator, std::string_view eol,
                     FieldFn field) {
  for (size_t c = 0; c < rs.columns.size(); ++c)
    out << (c ? std::string(1, separator) : "") << field(rs.columns[c].name);
  out << eol;
  for (const auto& row : rs.rows) {
    for (size_t c = 0; c < rs.columns.size(); ++c)
      out << (c ? std::string(1, separator) : "") << field(cell_text(row.at(c)));
    out << eol;
  }
}

// Natural widths; then, until the table fits, of the free-text columns wider than the minimum
// the one widest for its weight shrinks.
std::vector<size_t> column_widths(const std::vector<std::vector<std::string>>& cells,
                                  const std::vector<unsigned>& weights, size_t limit) {
  std::vector<size_t> widths(weights.size(), 0);
  for (const auto& row : cells)
    for (size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
  size_t gaps = kGap.size() * (widths.size() - 1);
  while (std::accumulate(widths.begin(), widths.end(), gaps) > limit) {
    std::optional<size_t> widest;
    for (size_t c = 0; c < widths.size(); ++c)
      if (weights[c] > 0 && widths[c] > kMinColumnWidth &&
          (!widest || widths[c] * weights[*widest] > widths[*widest] * weights[c]))
        widest = c;
    if (!widest) break;
    --widths[*widest];
  }
  if (std::accumulate(widths.begin(), widths.end(), gaps) > limit)
    for (size_t c = 0; c < widths.size(); ++c)
      if (weights[c] == 0) widths[c] = std::min(widths[c], kMaxNameWidth);
  return widths;
}

void write_table_line(std::ostream& out, const std::vector<std::vector<std::string>>& lines,
                      const std::vector<size_t>& widths, size_t index) {
  std::string line;
  for (size_t c = 0; c < widths.size(); ++c) {
    std::string_view text = index < lines[c].size() ? std::string_view(lines[c][index]) : "";
    if (c) line += kGap;
    line += text;
    if (c + 1 < widths.size())
      line.append(widths[c] - std::min(widths[c], display_width(text)), ' ');
  }
  line.erase(line.find_last_not_of(' ') + 1);  // npos + 1 == 0: a blank line
  out << line << "\n";
}

// A free-text column narrower than this (while its text is wider) is no longer readable:
// the table is written as records instead.
constexpr size_t kReadableWidth = 20;

// Whether the fitted `widths` leave every free-text column readable and fit `limit`.
bool readable(const std::vector<std::vector<std::string>>& cells,
              const std::vector<unsigned>& weights, const std::vector<size_t>& widths,
              size_t limit) {
  size_t total = kGap.size() * (widths.size() - 1);
  for (size_t c = 0; c < widths.size(); ++c) {
    total += widths[c];
    if (weights[c] == 0 || widths[c] >= kReadableWidth) continue;
    for (size_t r = 1; r < cells.size(); ++r)
      if (display_width(cells[r][c]) > widths[c]) return false;
  }
  return total <= limit;
}

// psql's expanded display: a "-[ N ]" rule a row, then one "column  value" line a cell;
// free text wraps under its value, names and ids stay whole.
void write_records(std::ostream& out, const std::vector<std::vector<std::string>>& cells,
                   const std::vector<unsigned>& weights, size_t limit) {
  size_t label = 0;
  for (const std::string& name : cells[0]) label = std::max(label, display_width(name));
  const size_t value = std::max(limit, label + kGap.size() + kReadableWidth) - label - kGap.size();
  for (size_t r = 1; r < cells.size(); ++r) {
    std::string rule = "-[ " + std::to_string(r) + " ]";
    out << rule << std::string(std::max(limit, rule.size()) - rule.size(), '-') << "\n";
    for (size_t c = 0; c < cells[r].size(); ++c) {
      std::vector<std::string> lines{cells[r][c]};
      if (weights[c] > 0) lines = wrap_text(cells[r][c], value, 0);
      if (lines.empty()) lines.emplace_back();
      for (size_t i = 0; i < lines.size(); ++i) {
        std::string line = i ? std::string(label, ' ') : cells[0][c];
        line.append(label - std::min(label, display_width(line)), ' ');
        line += kGap;
        line += lines[i];
        line.erase(line.find_last_not_of(' ') + 1);
        out << line << "\n";
      }
    }
  }
}

void write_table(std::ostream& out, const ResultSet& rs, const TableOptions& options) {
  std::vector<size_t> shown;
  for (size_t c = 0; c < rs.columns.size(); ++c)
    if (rs.columns[c].in_table) shown.push_back(c);
  if (shown.empty()) return;
  std::vector<std::vector<std::string>> cells(1);
  std::vector<unsigned> weights;
  for (size_t c : shown) {
    cells[0].push_back(rs.columns[c].name);
    weights.push_back(rs.columns[c].weight);
  }
  for (const auto& row : rs.rows) {
    cells.emplace_back();
    for (size_t c : shown) cells.back().push_back(one_line(cell_text(row.at(c))));
  }
  std::vector<size_t> widths = column_widths(cells, weights, options.width);
  if (cells.size() > 1 && !readable(cells, weights, widths, options.width))
    return write_records(out, cells, weights, options.width);
  for (size_t r = 0; r < cells.size(); ++r) {
    std::vector<std::vector<std::string>> lines;
    size_t height = 1;
    for (size_t c = 0; c < widths.size(); ++c) {
      bool wraps = r > 0 && weights[c] > 0;  // names and headers stay on one line
      lines.push_back(wrap_text(cells[r][c], widths[c], wraps ? options.max_lines : 1));
      height = std::max(height, lines.back().size());
    }
    for (size_t i = 0; i < height; ++i) write_table_line(out, lines, widths, i);
    if (r == 0) {
      std::vector<std::vector<std::string>> rule;
      for (size_t w : widths) rule.push_back({std::string(w, '-')});
      write_table_line(out, rule, widths, 0);
    }
  }
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  if (name == "table") return Format::kTable;
  if (name == "json") return Format::kJson;
  if (name == "jsonl") return Format::kJsonl;
  if (name == "csv") return Format::kCsv;
  if (name == "tsv") return Format::kTsv;
  return std::nullopt;
}

size_t table_width(std::optional<size_t> terminal, const char* columns_env) {
  if (terminal) return *terminal;
  size_t columns = 0;
  for (const char* c = columns_env; c && *c; ++c) {
    if (*c < '0' || *c > '9' || columns > 100000) return TableOptions{}.width;
    columns = columns * 10 + static_cast<size_t>(*c - '0');
  }
  return columns >= 20 ? columns : TableOptions{}.width;
}

std::string cell_text(const nlohmann::json& cell) {
  if (cell.is_null()) return "";
  if (cell.is_string()) return cell.get<std::string>();
  if (cell.is_array()) {
    std::string out;
    for (const auto& item : cell) out += (out.empty() ? "" : "; ") + cell_text(item);
    return out;
  }
  // 15 significant digits: every decimal a user wrote reads back as written, and the noise of
  // a product (0.6 * 0.75 is 0.44999999999999996) is gone: 0.45.
  if (cell.is_number_float()) return fmt::format("{:.15g}", cell.get<double>());
  return dump(cell);
}

std::vector<std::string> wrap_text(std::string_view text, size_t width, size_t max_lines) {
  width = std::max<size_t>(width, 2);
  std::vector<std::string> lines;
  std::string_view rest = trim(text);
  while (!rest.empty()) {
    if (display_width(rest) <= width) {
      lines.emplace_back(rest);
      break;
    }
    if (max_lines != 0 && lines.size() + 1 == max_lines) {
      lines.push_back(truncate_to_width(rest, width));
      break;
    }
    size_t fits = fitting_prefix(rest, width);
    size_t space = rest[fits] == ' ' ? fits : rest.rfind(' ', fits);
    size_t cut = space != std::string_view::npos && space > 0 ? space : std::max<size_t>(fits, 1);
    lines.emplace_back(trim(rest.substr(0, cut)));
    rest = trim(rest.substr(cut));
  }
  return lines;
}

void write_results(std::ostream& out, const ResultSet& rs, Format format,
                   const TableOptions& options) {
  switch (format) {
    case Format::kTable:
      if (!rs.rows.empty()) write_table(out, rs, options);  // a lone header reads as an error
      break;
    case Format::kJson: {
      nlohmann::json array = nlohmann::json::array();
      for (const auto& row : rs.rows) array.push_back(row_object(rs, row));
      out << dump(array, 2) << "\n";
      break;
    }
    case Format::kJsonl:
      for (const auto& row : rs.rows) out << dump(row_object(rs, row)) << "\n";
      break;
    case Format::kCsv: write_delimited(out, rs, ',', "\r\n", csv_field); break;
    case Format::kTsv: write_delimited(out, rs, '\t', "\n", tsv_field); break;
  }
}

}  // namespace newsgraph
