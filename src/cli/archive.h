// archive.h - tongbao/1 records in a SQLite database (`parse --format
// sqlite -o FILE`): the schema, the writer the batch hands each record to,
// and the reader `tongbao stats` uses. It lives in cli/, not emit/, because
// it is a sink with state across the batch (which inputs the database holds
// already, the open transaction), and so that libtongbao does not depend on
// SQLite. The columns are described in docs/record-format.md ("SQLite").
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "cli/batch.h"
#include "tongbao/document.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tongbao::detail {

// The DDL, as `tongbao schema sqlite` prints it: the tables, their
// indices, then the full-text index. Every statement is idempotent (IF NOT
// EXISTS). An archive runs the tables' part when it opens and the full-text
// part when it builds the index (Archive::finish).
extern const std::string_view kArchiveSchema;
extern const std::string_view kArchiveTables;
extern const std::string_view kArchiveIndices;
extern const std::string_view kArchiveFullText;

// PRAGMA user_version of an archive: the record format's version (tongbao/1).
inline constexpr int kArchiveVersion = 1;

// True when the file starts with the SQLite header ("SQLite format 3\0").
bool is_sqlite_file(const std::string& path);

// A prepared statement, finalized when it goes.
struct Statement {
  sqlite3_stmt* handle = nullptr;
  Statement() = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();
};

// The writer. One thread at a time calls write() (the batch's writer, in
// input order); holds() may be called from any worker thread meanwhile.
//
// Each record replaces what the archive held under its path (its notice
// keeps its id), and notices are committed a batch at a time, each batch
// one transaction in WAL mode: a run killed at any point leaves a database
// that opens and holds only whole notices, and the next run, which skips
// what is there (same path, same sha256), completes it.
//
// The full-text index `nodes_fts` is either absent or in step with `nodes`.
// An archive that has it keeps it in step, notice by notice. One that has
// not (a new archive, or one made with full_text off) is loaded without it,
// and finish() then creates it and indexes every node in one pass, one
// transaction: that is cheaper than indexing batch by batch, and a run
// killed before then leaves an archive without the index, which the next
// run builds.
class Archive : public RecordSink {
 public:
  struct Settings {
    // Build the full-text index when the archive lacks it (`--no-fts` is false).
    bool full_text = true;
  };
  // Opens or creates the archive. Null with `error` set when the file is
  // not a SQLite database, is another program's, or cannot be created.
  static std::unique_ptr<Archive> open(const std::string& path, std::string& error);
  static std::unique_ptr<Archive> open(const std::string& path, const Settings& settings, std::string& error);
  ~Archive() override;

  // True when the archive holds a record of `path` made from these bytes.
  bool holds(const std::string& path, std::string_view bytes) const override;
  // Throws cli::OutputError on a failed write (disk full, I/O error).
  void write(const Document& doc) override;
  // Commits what is written; the archive stays open. Throws as write().
  void commit();
  // Commits, then makes the indices of a new archive, then builds the
  // full-text index if the archive lacks it and the settings ask for it,
  // each in a transaction of its own. Throws as write().
  void finish();
  // True when the archive has the full-text index.
  bool has_full_text() const { return has_full_text_; }

 private:
  Archive(std::string path, sqlite3* db);
  void exec(const char* sql);
  void prepare(Statement& statement, const char* sql);
  [[noreturn]] void fail(int code) const;
  void begin();
  void insert_rows(const Document& doc, std::int64_t notice);

  void prepare_full_text_statements();

  std::string path_;
  sqlite3* db_ = nullptr;
  Settings settings_;
  bool has_full_text_ = false;  // nodes_fts exists: keep it in step
  bool indices_deferred_ = false;  // a new archive: finish() makes the indices
  // path -> sha256 of the records there when the run began; read-only after
  // open(), so that workers may ask it while the writer writes.
  std::unordered_map<std::string, std::string> held_;
  bool in_transaction_ = false;
  std::size_t pending_ = 0;  // notices written in the open transaction
  std::int64_t indexed_ = 0;  // nodes.seq up to which nodes_fts is written
  // The next node's seq. Counted from the largest seq at the transaction's
  // start, not left to SQLite (max + 1): when a replaced notice's nodes were
  // the last ones, SQLite would give their seqs to the new nodes, which
  // would then fall at or below indexed_ and go unindexed.
  std::int64_t next_node_ = 1;
  Statement find_notice_, delete_entities_, delete_diagnostics_, delete_nodes_, delete_notice_, insert_notice_,
      insert_node_, insert_entity_, insert_diagnostic_;
  Statement last_node_;
  // Only while the archive has nodes_fts.
  Statement unindex_nodes_, index_nodes_;
};

}  // namespace tongbao::detail
