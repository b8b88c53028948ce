// lampid-edge-cli --data DIR import --jsonl FILE|- [--draft]
// Bulk import, one report per line, saved in batches (one transaction each). A bad line is reported with
// its line number and skipped; the good ones are saved; a summary at the end. Exit 2 when a line was
// skipped, 0 when every line was saved.
#include <CLI/CLI.hpp>
#include <chrono>
#include <fstream>
#include <iostream>
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
  int64_t bytes_read = 0;
  std::vector<domain::Report> batch;
  std::vector<int64_t> batch_lines;
  batch.reserve(kBatchSize);
  Status fatal;
  auto flush = [&] {
    if (batch.empty()) return;
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
      } else if (r.status.code() == StatusCode::kAlreadyExists || r.status.code() == StatusCode::kFailedPrecondition) {
        std::cerr << "baris/line " << batch_lines[i] << ": " << r.status.message() << '\n';
      } else {
        fatal = r.status;  // the transaction itself failed: stop, nothing of this batch was saved
      }
    }
    batch.clear();
    batch_lines.clear();
  };

  std::string line;
  int64_t line_no = 0;  // as an editor numbers them, blank lines included
  while (fatal.ok() && std::getline(*in, line)) {
    ++line_no;
    bytes_read += static_cast<int64_t>(line.size()) + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++c.lines;
    domain::ParsedReport parsed = domain::ParseReportJson(line);
    if (!parsed.ok()) {
      ++c.skipped;
      for (const auto& p : parsed.problems.items()) {
        if (p.is_error()) ReportLine(line_no, p);
      }
    } else {
      batch.push_back(std::move(parsed.report));
      batch_lines.push_back(line_no);
      if (batch.size() == kBatchSize) flush();
    }
    progress.Update(bytes_read, c);
  }
  if (fatal.ok()) flush();
  progress.Update(total_bytes, c);
  progress.Done();
  if (!fatal.ok()) {
    std::cerr << "Impor berhenti setelah " << c.saved << " laporan tersimpan / import stopped after " << c.saved
              << " reports were saved\n";
    return Fail(fatal);
  }
  if (in->bad()) return Fail(Status::IoError("cannot read " + o.path));
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
