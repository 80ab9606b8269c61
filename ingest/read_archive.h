// Tar archives (libarchive): each regular member handed on as a stream, in archive order.
#pragma once

#include <functional>
#include <istream>
#include <string>

namespace newsgraph {

/// Calls `member(in, name)` for each regular file of the tar archive (ustar, pax or GNU) read
/// from `raw`, in archive order; `in` streams that member's bytes and is valid only during the
/// call (a member need not be read to the end). Compression around the archive is the
/// caller's (see read_stream.h). Throws ReadError "SOURCE: not a tar archive (...)" or
/// "SOURCE: MEMBER: damaged archive (...)" when libarchive cannot go on (or rethrows the
/// ReadError of `raw`, a compressed stream cut short); members already handed on stay handed
/// on, and so do those whose bytes `raw` gave before failing. A member whose data cannot be
/// read throws "SOURCE: MEMBER: damaged archive (...)" out of `in`, once: the archive ends
/// there. Exceptions from `member` propagate.
void for_each_tar_member(std::istream& raw, const std::string& source,
                         const std::function<void(std::istream& in, const std::string& name)>& member);

}  // namespace newsgraph
