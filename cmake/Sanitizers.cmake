# Optional instrumented builds, for CI (.ci/run) and fuzzing:
#   NEWSGRAPH_SANITIZE: everything built with AddressSanitizer + UndefinedBehaviorSanitizer; any
#     UB report aborts (so a test fails instead of printing a warning and passing).
#   NEWSGRAPH_FUZZ: also the libFuzzer targets in fuzz/ (clang only); implies NEWSGRAPH_SANITIZE,
#     and all code gets libFuzzer's coverage instrumentation so the fuzzers see into the libraries.
# One clang build dir serves both: cmake -DCMAKE_CXX_COMPILER=clang++ -DNEWSGRAPH_FUZZ=ON.
option(NEWSGRAPH_SANITIZE "Build with -fsanitize=address,undefined" OFF)
option(NEWSGRAPH_FUZZ "Build the libFuzzer targets in fuzz/ (needs clang; implies NEWSGRAPH_SANITIZE)" OFF)

if(NEWSGRAPH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "NEWSGRAPH_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  set(NEWSGRAPH_SANITIZE ON)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(NEWSGRAPH_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
