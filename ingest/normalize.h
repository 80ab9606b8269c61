// Normalisation (ICU): Unicode NFC with a map back to the original byte offsets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

/// NFC text plus the way back to the input's offsets.
struct NormalizedText {
  std::string text;                   // NFC, UTF-8
  /// Input byte offset for each byte offset of `text`, plus one entry for text.size();
  /// bytes of a chunk that NFC changed all map to the chunk's start. Empty when the input
  /// was already NFC (offsets are then identical).
  std::vector<uint32_t> to_original_map;
  /// Maps a byte offset of `text` to the input's byte offset (identity when already NFC;
  /// an offset inside a recomposed sequence maps to the sequence's start).
  uint32_t to_original(uint32_t offset) const;
  /// The inverse: the offset in `text` of an input byte offset (identity when already NFC;
  /// an offset inside a chunk NFC changed maps to the chunk's start in `text`).
  uint32_t from_original(uint32_t offset) const;
};

/// Normalises valid UTF-8 `input` to NFC (ICU Normalizer2). Throws std::invalid_argument
/// for invalid UTF-8 (readers validate first, so this signals a bug).
NormalizedText normalize_nfc(std::string_view input);

/// Byte offset of the first invalid UTF-8 sequence in `s`, or std::string_view::npos.
size_t find_invalid_utf8(std::string_view s);

}  // namespace newsgraph
