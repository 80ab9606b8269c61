// Character encodings, converted to UTF-8 with ICU: those web pages declare, and those of
// plain-text files, detected.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

/// The charset a Content-Type value declares ("text/html; charset=ISO-8859-1" ->
/// "ISO-8859-1"), lower-cased and unquoted; empty if none.
std::string charset_of_content_type(std::string_view content_type);

/// The charset an HTML page declares in its first 1024 bytes (<meta charset=...> or
/// <meta http-equiv="Content-Type" content="...; charset=...">), as the WHATWG prescan
/// looks for it; lower-cased; empty if none.
std::string declared_html_charset(std::string_view html);

/// `bytes` converted from `charset` to UTF-8 with ICU. "utf-8" (or an empty name) returns
/// the bytes unchanged; "iso-8859-1", "latin1" and "us-ascii" are read as windows-1252, as
/// the WHATWG Encoding standard has browsers do. Throws std::invalid_argument naming an
/// encoding ICU does not know.
std::string to_utf8(std::string_view bytes, std::string_view charset);

/// A text file's bytes as UTF-8, and what they were read as.
struct DecodedText {
  std::string text;      // UTF-8 unless the bytes were undecidable (see decode_text_file)
  std::string charset;   // ICU's name of the encoding converted from; empty: bytes kept as they were
  int confidence = 0;    // ICU's confidence in that guess, 0-100 (100 for a byte order mark)
};

/// "SOURCE: read as windows-1252 (confidence 47)": the note a conversion is reported with.
std::string read_as_note(const std::string& source, const DecodedText& d);

/// Decodes the bytes of a file meant to hold text (.txt, .jsonl, stdin):
///  - a UTF-16 or UTF-32 byte order mark: converted, the mark dropped;
///  - else a NUL byte: not text, throws ReadError "SOURCE: not text (NUL byte at byte N)";
///  - else valid UTF-8, or bytes with at least one valid multi-byte UTF-8 sequence (UTF-8
///    with damage, which the caller reports by byte offset): kept as they are;
///  - else (high bytes none of which read as UTF-8) ICU's charset detector (ucsdet) guesses,
///    typically windows-1252 or ISO-8859-1 (read as windows-1252, like to_utf8); a guess with
///    confidence below 10 is not taken and the bytes are kept.
/// Only the first 64 KiB past the first non-ASCII byte are shown to the detector. A
/// `known_charset` (what an earlier line of the same file was read as) replaces the guess.
DecodedText decode_text_file(std::string bytes, const std::string& source, std::string_view known_charset = "");

}  // namespace newsgraph
