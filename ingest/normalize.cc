#include "ingest/normalize.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

namespace newsgraph {
namespace {

const icu::Normalizer2& nfc() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(err);
    if (U_FAILURE(err)) throw std::runtime_error(std::string("ICU NFC: ") + u_errorName(err));
    return n;
  }();
  return *instance;
}

icu::StringPiece piece(std::string_view s) { return {s.data(), int32_t(s.size())}; }

// End of the chunk that starts at `i`: the next offset where a code point has a
// normalisation boundary before it, so chunks normalise independently of each other.
size_t chunk_end(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = int32_t(s.size());
  int32_t j = int32_t(i);
  UChar32 c;
  U8_NEXT_UNSAFE(p, j, c);  // the input is validated before chunking
  while (j < n) {
    int32_t k = j;
    U8_NEXT_UNSAFE(p, k, c);
    if (nfc().hasBoundaryBefore(c)) break;
    j = k;
  }
  return size_t(j);
}

// Appends the NFC form of `chunk` (which starts at input offset `origin`) and its offsets.
void append_chunk(std::string_view chunk, uint32_t origin, NormalizedText& out) {
  UErrorCode err = U_ZERO_ERROR;
  if (nfc().isNormalizedUTF8(piece(chunk), err)) {
    out.text += chunk;
    for (uint32_t k = 0; k < chunk.size(); ++k) out.to_original_map.push_back(origin + k);
    return;
  }
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized);
  nfc().normalizeUTF8(0, piece(chunk), sink, nullptr, err);
  if (U_FAILURE(err)) throw std::runtime_error(std::string("ICU NFC: ") + u_errorName(err));
  out.text += normalized;
  out.to_original_map.insert(out.to_original_map.end(), normalized.size(), origin);
}

}  // namespace

uint32_t NormalizedText::to_original(uint32_t offset) const {
  if (to_original_map.empty()) return offset;
  return to_original_map[std::min<size_t>(offset, to_original_map.size() - 1)];
}

uint32_t NormalizedText::from_original(uint32_t offset) const {
  if (to_original_map.empty()) return offset;
  // The map is non-decreasing: the last text offset whose input offset is <= `offset`,
  // moved back to the first text offset of that chunk.
  auto it = std::upper_bound(to_original_map.begin(), to_original_map.end(), offset);
  if (it == to_original_map.begin()) return 0;
  return uint32_t(std::lower_bound(to_original_map.begin(), it, *(it - 1)) - to_original_map.begin());
}

NormalizedText normalize_nfc(std::string_view input) {
  if (find_invalid_utf8(input) != std::string_view::npos)
    throw std::invalid_argument("normalize_nfc: invalid UTF-8");
  UErrorCode err = U_ZERO_ERROR;
  if (nfc().isNormalizedUTF8(piece(input), err) && U_SUCCESS(err)) return {std::string(input), {}};

  NormalizedText out;
  out.text.reserve(input.size());
  out.to_original_map.reserve(input.size() + 1);
  for (size_t i = 0; i < input.size();) {
    // Fast path: an ASCII byte followed by another ASCII byte is a chunk of its own.
    bool ascii = uint8_t(input[i]) < 0x80 && (i + 1 == input.size() || uint8_t(input[i + 1]) < 0x80);
    size_t end = ascii ? i + 1 : chunk_end(input, i);
    if (ascii) {
      out.text += input[i];
      out.to_original_map.push_back(uint32_t(i));
    } else {
      append_chunk(input.substr(i, end - i), uint32_t(i), out);
    }
    i = end;
  }
  out.to_original_map.push_back(uint32_t(input.size()));
  return out;
}

size_t find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int64_t n = static_cast<int64_t>(s.size());
  int64_t i = 0;
  while (i < n) {
    uint64_t eight;  // ASCII fast path: eight bytes at a time, then one
    if (i + 8 <= n && (std::memcpy(&eight, p + i, 8), (eight & 0x8080808080808080ull) == 0)) {
      i += 8;
      continue;
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);  // ICU rejects overlong forms, surrogates and > U+10FFFF
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string_view::npos;
}

}  // namespace newsgraph
