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

// The DDL, as `tongbao schema sqlite` prints it; every statement is
// idempotent (IF NOT EXISTS), so opening an archive runs it all.
extern const std::string_view kArchiveSchema;

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
class Archive : public RecordSink {
 public:
  // Opens or creates the archive. Null with `error` set when the file is
  // not a SQLite database, is another program's, or cannot be created.
  static std::unique_ptr<Archive> open(const std::string& path, std::string& error);
  ~Archive() override;

  // True when the archive holds a record of `path` made from these bytes.
  bool holds(const std::string& path, std::string_view bytes) const override;
  // Throws cli::OutputError on a failed write (disk full, I/O error).
  void write(const Document& doc) override;
  // Commits what is written; the archive stays open. Throws as write().
  void commit();

 private:
  Archive(std::string path, sqlite3* db);
  void exec(const char* sql);
  void prepare(Statement& statement, const char* sql);
  [[noreturn]] void fail(int code) const;
  void begin();
  void insert_rows(const Document& doc, std::int64_t notice);

  std::string path_;
  sqlite3* db_ = nullptr;
  // path -> sha256 of the records there when the run began; read-only after
  // open(), so that workers may ask it while the writer writes.
  std::unordered_map<std::string, std::string> held_;
  bool in_transaction_ = false;
  std::size_t pending_ = 0;  // notices written in the open transaction
  std::int64_t indexed_ = 0;  // nodes.seq up to which nodes_fts is written
  Statement find_notice_, delete_entities_, delete_diagnostics_, unindex_nodes_, delete_nodes_, delete_notice_,
      insert_notice_, insert_node_, insert_entity_, insert_diagnostic_, last_node_, index_nodes_;
};

}  // namespace tongbao::detail
