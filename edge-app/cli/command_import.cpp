// lampid-edge-cli --data DIR import --jsonl FILE|- [--draft]
// Bulk import, one report per line, saved in batches (one transaction each) while a second thread parses
// the next lines. A bad line is reported with its line number and skipped; the good ones are saved; a
// summary at the end. Exit 2 when a line was skipped, 0 when every line was saved. Batches commit in order:
// after an interruption, every line up to the last reported one is saved (lines without an id would be
// saved twice by importing the whole file again).
#include <CLI/CLI.hpp>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>
#include <vector>

#include "domain/report_json.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_store.h"
#include "edge-app/cli/terminal.h"

namespace lampid::edge::cli {
namespace {

// Large enough to amortise the commit's fsync (~0.3 ms) to nothing, small enough that a crash loses at
// most one batch of work the user can re-run (re-importing skips what is already there by id).
constexpr size_t kBatchSize = 2000;

struct ImportOptions {
  std::string path;
  bool draft = false;
};

struct Counts {
  int64_t lines = 0;  // non-blank lines (reports offered)
  int64_t saved = 0;
  int64_t skipped = 0;
  int64_t warnings = 0;
};

void ReportLine(int64_t line, const domain::Problem& p) {
  std::cerr << "baris/line " << line << ": " << p.code;
  if (!p.field.empty()) std::cerr << " " << p.field;
  std::cerr << ": " << p.message << " / " << p.message_en << '\n';
}

class Progress {
 public:
  Progress(bool enabled, int64_t total_bytes) : enabled_(enabled), total_(total_bytes) {}
  void Update(int64_t bytes_read, const Counts& c) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(100) && bytes_read < total_) return;
    last_ = now;
    std::cerr << "\r";
    if (total_ > 0) {
      const int pct = static_cast<int>(100 * bytes_read / total_);
      const int filled = pct * 30 / 100;
      std::cerr << "[" << std::string(filled, '#') << std::string(30 - filled, '.') << "] " << pct << "%  ";
    }
    std::cerr << c.saved << " disimpan/saved, " << c.skipped << " dilewati/skipped" << std::flush;
  }
  void Done() {
    if (enabled_) std::cerr << '\n';
  }

 private:
  bool enabled_;
  int64_t total_;
  std::chrono::steady_clock::time_point last_{};
};

// Lines parsed by the reader thread, handed to the writer in order.
struct ParsedLine {
  int64_t line = 0;
  domain::ParsedReport parsed;
};
struct Chunk {
  std::vector<ParsedLine> lines;
  int64_t bytes_read = 0;
  bool last = false;
};

// A queue of at most two chunks between the reader (parsing JSON) and the writer (the store), so that on a
// two-core machine parsing the next batch overlaps with validating, sealing and writing this one.
class ChunkQueue {
 public:
  // Blocks while full; false when the consumer has stopped.
  bool Push(Chunk c) {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return q_.size() < 2 || stopped_; });
    if (stopped_) return false;
    q_.push_back(std::move(c));
    cv_.notify_all();
    return true;
  }
  Chunk Pop() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !q_.empty(); });
    Chunk c = std::move(q_.front());
    q_.pop_front();
    cv_.notify_all();
    return c;
  }
  void Stop() {
    std::lock_guard lock(mu_);
    stopped_ = true;
    cv_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Chunk> q_;
  bool stopped_ = false;
};

void ReadLines(std::istream& in, ChunkQueue& queue, bool* read_error) {
  Chunk chunk;
  size_t valid = 0;
  std::string line;
  int64_t line_no = 0;  // as an editor numbers them, blank lines included
  while (std::getline(in, line)) {
    ++line_no;
    chunk.bytes_read += static_cast<int64_t>(line.size()) + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ParsedLine p{line_no, domain::ParseReportJson(line)};
    if (p.parsed.ok()) ++valid;
    chunk.lines.push_back(std::move(p));
    if (valid == kBatchSize) {
      const int64_t bytes = chunk.bytes_read;
      if (!queue.Push(std::move(chunk))) return;
      chunk = Chunk{};
      chunk.bytes_read = bytes;
      valid = 0;
    }
  }
  *read_error = in.bad();
  chunk.last = true;
  queue.Push(std::move(chunk));
}

int Run(const ImportOptions& o, CliContext& ctx) {
  std::ifstream file;
  std::istream* in = &std::cin;
  int64_t total_bytes = 0;
  if (o.path != "-") {
    file.open(o.path, std::ios::binary | std::ios::ate);
    if (!file) return Fail(Status::NotFound("Berkas tidak bisa dibuka / cannot open " + o.path));
    total_bytes = file.tellg();
    file.seekg(0);
    in = &file;
  }
  auto s = OpenUnlockedStore(ctx);
  if (!s.ok()) return Fail(s.status());
  store::Store& st = **s;

  Counts c;
  Progress progress(ctx.terminal().ErrorIsTerminal(), total_bytes);
  ChunkQueue queue;
  bool read_error = false;
  std::thread reader([&] { ReadLines(*in, queue, &read_error); });
  Status fatal;
  int64_t saved_through = 0;  // every line up to here is decided (saved or reported)
  while (true) {
    Chunk chunk = queue.Pop();
    std::vector<domain::Report> batch;
    std::vector<int64_t> batch_lines;
    for (ParsedLine& p : chunk.lines) {
      ++c.lines;
      if (!p.parsed.ok()) {
        ++c.skipped;
        for (const auto& problem : p.parsed.problems.items()) {
          if (problem.is_error()) ReportLine(p.line, problem);
        }
        continue;
      }
      batch.push_back(std::move(p.parsed.report));
      batch_lines.push_back(p.line);
    }
    if (!batch.empty()) {
      auto results = st.AddReports(std::move(batch), {.submit = !o.draft});
      for (size_t i = 0; i < results.size(); ++i) {
        const store::SaveResult& r = results[i];
        if (r.ok()) {
          ++c.saved;
          c.warnings += static_cast<int64_t>(r.problems.size());
          continue;
        }
        ++c.skipped;
        if (r.status.code() == StatusCode::kInvalidArgument && r.problems.HasErrors()) {
          for (const auto& p : r.problems.items()) {
            if (p.is_error()) ReportLine(batch_lines[i], p);
          }
        } else if (r.status.code() == StatusCode::kAlreadyExists ||
                   r.status.code() == StatusCode::kFailedPrecondition) {
          std::cerr << "baris/line " << batch_lines[i] << ": " << r.status.message() << '\n';
        } else {
          fatal = r.status;  // the transaction itself failed: nothing of this batch was saved
          c.saved -= static_cast<int64_t>(i);
          break;
        }
      }
    }
    if (!fatal.ok()) break;
    if (!chunk.lines.empty()) saved_through = chunk.lines.back().line;
    progress.Update(chunk.bytes_read, c);
    if (chunk.last) break;
  }
  queue.Stop();
  reader.join();
  progress.Update(total_bytes, c);
  progress.Done();
  if (!fatal.ok()) {
    std::cerr << "Impor berhenti; baris 1–" << saved_through << " sudah diproses (" << c.saved
              << " laporan tersimpan) / import stopped; lines 1-" << saved_through << " were processed (" << c.saved
              << " reports saved)\n";
    return Fail(fatal);
  }
  if (read_error) return Fail(Status::IoError("cannot read " + o.path));
  std::cerr << "Selesai: " << c.lines << " baris, " << c.saved << " disimpan, " << c.skipped << " dilewati, "
            << c.warnings << " peringatan / done: " << c.lines << " lines, " << c.saved << " saved, " << c.skipped
            << " skipped, " << c.warnings << " warnings\n";
  return c.skipped > 0 ? kExitInvalid : kExitOk;
}

}  // namespace

void RegisterImport(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto opts = std::make_shared<ImportOptions>();
  CLI::App* cmd = app.add_subcommand("import", "Impor banyak laporan dari JSONL / import reports from JSON lines");
  cmd->add_option("--jsonl", opts->path, "Berkas JSONL (satu laporan per baris), atau - / JSONL file, or -")
      ->required();
  cmd->add_flag("--draft", opts->draft, "Simpan sebagai draf / save as drafts");
  cmd->callback([opts, &ctx, exit_code] { *exit_code = Run(*opts, ctx); });
}

}  // namespace lampid::edge::cli
