// Rendering a DOT diagram to an image with GraphViz's `dot` program (package graphviz). A
// SIGINT, SIGTERM or SIGHUP while dot runs stops it and removes the temporary files before
// newsgraph ends by the signal (graph/interrupt_cleanup.h).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace newsgraph {

/// A diagram could not be rendered: `dot` is missing, failed, or could not write the output.
/// what() is one line.
class RenderError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Runs `dot -T<format>` on `dot_text` (through temporary files, never a shell) and writes the
/// image to `output`, or to stdout for "-". `format` is a GraphViz output format ("svg",
/// "png"). dot writes a temporary file beside `output` that is renamed into place only when
/// dot succeeds, so a failure leaves no partial file (and an older `output` as it was). A
/// symbolic link at `output` keeps pointing where it did (the file it names is replaced); an
/// existing `output` that is no regular file (/dev/null, a FIFO) is written into, not replaced.
/// dot's warnings on a run that succeeds go to our stderr. Throws RenderError, one line:
/// "GraphViz `dot` not found on PATH ..." when the program is missing, "dot failed (exit N):
/// FIRST LINES" (its first three stderr lines joined by "; ") when it fails, "OUTPUT: cannot
/// write (REASON)" when the output cannot be created.
void render_dot(std::string_view dot_text, const std::string& format, const std::string& output);

}  // namespace newsgraph
