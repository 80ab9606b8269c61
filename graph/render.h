// Rendering a DOT diagram to an image with GraphViz's `dot` program (package graphviz).
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

/// Runs `dot -T<format> -o <output>` (output "-": dot's stdout is ours) on `dot_text`, which
/// goes through a temporary file, never a shell. `format` is a GraphViz output format ("svg",
/// "png"). Throws RenderError naming the cause ("GraphViz `dot` not found" when the program is
/// not on PATH, else its exit status).
void render_dot(std::string_view dot_text, const std::string& format, const std::string& output);

}  // namespace newsgraph
