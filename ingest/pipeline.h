// The ingest pipeline: one Article in, one Extraction out. Pure and deterministic. And
// OrderedPipeline, which runs it on several threads while keeping the input order.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include "ingest/article.h"
#include "ingest/extraction.h"

namespace newsgraph {

/// Runs every stage on `article` (normalise, segment, mentions, coreference, quotations,
/// roles, relations). Offsets in the result are UTF-8 byte offsets into article.text.
/// Thread-safe (lexicons are immutable after first use). Does not throw for valid UTF-8.
Extraction extract(const Article& article);

/// Maps articles to results R with `work` (e.g. extract) on `jobs` worker threads and hands
/// each (article, result) to `sink` on the thread that calls push()/finish(), in push order:
/// output is identical for any number of jobs. With jobs <= 1 no thread is started and push()
/// runs work and sink itself; else a worker is started when an article is pushed and no idle
/// one is waiting, up to `jobs`, so a run of N articles starts at most N threads. If the system
/// refuses a thread, the workers already started carry on (std::system_error only if there is
/// none). At most 4 x jobs articles are in flight, so memory is bounded
/// whatever the input size. An exception from `work` is rethrown by the push()/finish() that
/// would have delivered that article; one from `sink` propagates from push()/finish(). Not
/// thread-safe itself: one thread pushes.
template <class R>
class OrderedPipeline {
 public:
  using Work = std::function<R(const Article&)>;
  using Sink = std::function<void(Article&&, R&&)>;

  OrderedPipeline(unsigned jobs, Work work, Sink sink)
      : work_(std::move(work)), sink_(std::move(sink)), jobs_(jobs), capacity_(4 * size_t(jobs)) {}
  ~OrderedPipeline() {  // undelivered results are dropped
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    work_ready_.notify_all();
    for (auto& t : workers_) t.join();
  }

  /// Queues `a`; blocks while the window is full, delivering finished results in order.
  void push(Article&& a) {
    if (jobs_ <= 1) {
      R r = work_(a);
      sink_(std::move(a), std::move(r));
      return;
    }
    deliver([&] { return window_.size() < capacity_; });
    {
      std::lock_guard lock(mu_);
      window_.push_back(std::make_unique<Slot>(Slot{std::move(a)}));
      if (workers_.size() < jobs_ && window_.size() - taken_ > idle_) start_worker();
    }
    work_ready_.notify_one();
  }

  /// The worker threads started so far (0 with jobs <= 1).
  size_t threads() const { return workers_.size(); }

  /// Waits for every pushed article and delivers the rest in order.
  void finish() { deliver([&] { return window_.empty(); }); }

 private:
  struct Slot {
    Article article;
    std::optional<R> result;
    std::exception_ptr error;
    bool done = false;
  };

  // Hands finished front slots to the sink (outside the lock) until `enough()` holds (checked
  // under the lock), waiting for workers when the front is unfinished.
  template <class Pred>
  void deliver(Pred enough) {
    for (;;) {
      std::unique_ptr<Slot> front;
      {
        std::unique_lock lock(mu_);
        slot_done_.wait(lock, [&] { return enough() || window_.front()->done; });
        if (window_.empty() || !window_.front()->done) return;
        front = std::move(window_.front());
        window_.pop_front();
        --taken_;
      }
      if (front->error) std::rethrow_exception(front->error);
      sink_(std::move(front->article), std::move(*front->result));
    }
  }

  // Called under mu_.
  void start_worker() {
    try {
      workers_.emplace_back([this] { run_worker(); });
    } catch (const std::system_error&) {  // e.g. the process's thread limit
      if (workers_.empty()) throw;
      jobs_ = unsigned(workers_.size());
    }
  }

  void run_worker() {
    for (;;) {
      Slot* slot;
      {
        std::unique_lock lock(mu_);
        ++idle_;
        work_ready_.wait(lock, [&] { return stop_ || taken_ < window_.size(); });
        --idle_;
        if (stop_) return;
        slot = window_[taken_++].get();
      }
      try {
        slot->result.emplace(work_(slot->article));
      } catch (...) {
        slot->error = std::current_exception();
      }
      {
        std::lock_guard lock(mu_);
        slot->done = true;
      }
      slot_done_.notify_one();
    }
  }

  Work work_;
  Sink sink_;
  unsigned jobs_;
  size_t capacity_;
  std::mutex mu_;
  std::condition_variable work_ready_, slot_done_;
  std::deque<std::unique_ptr<Slot>> window_;  // pushed, not yet delivered; oldest first
  size_t taken_ = 0;                          // window_[0, taken_) went to a worker
  size_t idle_ = 0;                           // workers waiting for an article
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace newsgraph
