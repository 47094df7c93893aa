// archive.cc - the SQLite archive: schema, writer. See archive.h.
#include "cli/archive.h"

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "emit/emit_text.h"
#include "pipeline/digest.h"
#include "scan/utf8_validate.h"

namespace tongbao::detail {

// Column by column in docs/record-format.md ("SQLite"); a column added here
// is added there, to the insert statements below and to the recipes' test.
namespace {
constexpr std::string_view kDdl = R"sql(-- tongbao/1 records as a SQLite database (tongbao parse --format sqlite).
-- PRAGMA user_version is the record format's version: 1 for tongbao/1.
CREATE TABLE IF NOT EXISTS notices (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  sha256 TEXT,
  media_type TEXT NOT NULL,
  encoding TEXT NOT NULL,
  title TEXT,
  issuer TEXT,
  published TEXT,
  signed TEXT,
  origin TEXT,
  site TEXT,
  breadcrumb TEXT NOT NULL,
  inspection_kind TEXT,
  inspection_round TEXT,
  inspection_team TEXT,
  inspection_target TEXT,
  inspection_start TEXT,
  inspection_end TEXT,
  inspection_feedback TEXT,
  summary_problems INTEGER,
  summary_completed INTEGER,
  summary_in_progress INTEGER,
  summary_rate REAL,
  summary_measures INTEGER,
  summary_rules INTEGER,
  summary_people_disciplined INTEGER,
  summary_people_handled TEXT,
  summary_funds_recovered_yuan REAL,
  contact_phones TEXT,
  contact_emails TEXT,
  contact_postcode TEXT,
  contact_address TEXT,
  preamble TEXT NOT NULL,
  closing TEXT NOT NULL,
  error_code TEXT,
  error_message TEXT
);
CREATE TABLE IF NOT EXISTS nodes (
  seq INTEGER PRIMARY KEY,
  notice INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  parent TEXT,
  position INTEGER NOT NULL,
  depth INTEGER NOT NULL,
  kind TEXT NOT NULL,
  marker TEXT NOT NULL,
  number INTEGER NOT NULL,
  heading TEXT NOT NULL,
  problem TEXT,
  label TEXT,
  text TEXT NOT NULL,
  line INTEGER NOT NULL,
  UNIQUE (notice, id),
  FOREIGN KEY (notice, parent) REFERENCES nodes (notice, id)
);
CREATE TABLE IF NOT EXISTS entities (
  notice INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  value,
  node TEXT,
  line INTEGER NOT NULL,
  PRIMARY KEY (notice, position)
);
CREATE TABLE IF NOT EXISTS diagnostics (
  notice INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  severity TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  line INTEGER NOT NULL,
  "column" INTEGER NOT NULL,
  node TEXT,
  PRIMARY KEY (notice, position)
);
-- The indices of the documented queries. A new archive is loaded without
-- them and they are made at the end of the run, each by one sort rather
-- than kept up row by row.
CREATE INDEX IF NOT EXISTS notices_published ON notices (published);
CREATE INDEX IF NOT EXISTS notices_issuer ON notices (issuer);
CREATE INDEX IF NOT EXISTS nodes_kind ON nodes (kind, notice);
CREATE INDEX IF NOT EXISTS nodes_parent ON nodes (notice, parent);
CREATE INDEX IF NOT EXISTS entities_type ON entities (type, text);
CREATE INDEX IF NOT EXISTS entities_node ON entities (notice, node);
CREATE INDEX IF NOT EXISTS diagnostics_code ON diagnostics (code);
-- Full-text search over headings and texts; the trigram tokenizer matches
-- any run of three or more characters, which is what Chinese needs. It
-- holds no copy of the texts (content = 'nodes'). A new archive is loaded
-- first and indexed at the end of the run, in one pass (the statements
-- below); an archive that has the index gets its changed and new nodes
-- indexed in the transaction that writes them. After changing nodes by
-- hand, run INSERT INTO nodes_fts (nodes_fts) VALUES ('rebuild').
-- The one pass leaves FTS5's incremental merging off (automerge 0: about
-- a quarter less time, a few percent larger); later writes merge as usual.
CREATE VIRTUAL TABLE IF NOT EXISTS nodes_fts USING fts5 (
  heading, text, content = 'nodes', content_rowid = 'seq', tokenize = 'trigram'
);
INSERT INTO nodes_fts (nodes_fts, rank) VALUES ('automerge', 0);
INSERT INTO nodes_fts (nodes_fts) VALUES ('rebuild');
INSERT INTO nodes_fts (nodes_fts, rank) VALUES ('automerge', 4);
)sql";
// Where the indices' and the full-text part of the DDL start.
constexpr std::size_t kIndicesStart = kDdl.find("-- The indices of the documented queries");
constexpr std::size_t kFullTextStart = kDdl.find("-- Full-text search");
static_assert(kIndicesStart != std::string_view::npos && kFullTextStart != std::string_view::npos &&
              kIndicesStart < kFullTextStart);
}  // namespace

const std::string_view kArchiveSchema = kDdl;
const std::string_view kArchiveTables = kDdl.substr(0, kIndicesStart);
const std::string_view kArchiveIndices = kDdl.substr(kIndicesStart, kFullTextStart - kIndicesStart);
const std::string_view kArchiveFullText = kDdl.substr(kFullTextStart);

namespace {

// A transaction holds this many notices. Each commit flushes the full-text
// index's pending terms as a new segment that later merges rewrite: few,
// large transactions keep the index cheap to build.
constexpr std::size_t kNoticesPerTransaction = 256;

// errno for the failure a SQLite result code stands for, so that a failed
// write reads like any other ("No space left on device").
int errno_of(int code) {
  switch (code & 0xFF) {
    case SQLITE_FULL: return ENOSPC;
    case SQLITE_READONLY: return EROFS;
    case SQLITE_PERM: case SQLITE_AUTH: return EACCES;
    case SQLITE_NOMEM: return ENOMEM;
    case SQLITE_BUSY: case SQLITE_LOCKED: return EBUSY;
    default: return EIO;
  }
}

// Texts as every other output form writes them: valid UTF-8. Valid text
// (all of it, unless bytes bypassed the decoder) is bound where it lies,
// without a copy: `text` must be the record's own, which outlives the
// statement's step (every column is bound again before the next). A text
// made for the binding goes through bind_made_text.
void bind_made_text(sqlite3_stmt* s, int column, std::string_view text) {
  const std::string valid = valid_utf8(text);
  sqlite3_bind_text(s, column, valid.data(), static_cast<int>(valid.size()), SQLITE_TRANSIENT);
}
void bind_text(sqlite3_stmt* s, int column, std::string_view text) {
  if (is_well_formed_utf8(text)) {
    sqlite3_bind_text(s, column, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    return;
  }
  const std::string valid = valid_utf8(text);
  sqlite3_bind_text(s, column, valid.data(), static_cast<int>(valid.size()), SQLITE_TRANSIENT);
}
void bind_text(sqlite3_stmt* s, int column, const std::string* text) {
  if (text) {
    bind_text(s, column, std::string_view(*text));
  } else {
    sqlite3_bind_null(s, column);
  }
}
void bind_text(sqlite3_stmt* s, int column, const std::optional<std::string>& text) {
  if (text) {
    bind_text(s, column, std::string_view(*text));
  } else {
    sqlite3_bind_null(s, column);
  }
}
void bind_int(sqlite3_stmt* s, int column, const std::optional<std::int64_t>& value) {
  if (value) {
    sqlite3_bind_int64(s, column, *value);
  } else {
    sqlite3_bind_null(s, column);
  }
}
void bind_real(sqlite3_stmt* s, int column, const std::optional<double>& value) {
  if (value) {
    sqlite3_bind_double(s, column, *value);
  } else {
    sqlite3_bind_null(s, column);
  }
}
// Lists and the people_handled object as JSON text, which SQLite's json_each reads.
void bind_json(sqlite3_stmt* s, int column, const nlohmann::ordered_json& json) {
  bind_made_text(s, column, json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

// The notices row's values: the column names are the insert's, in order.
constexpr const char* kNoticeColumns =
    "id, path, size, sha256, media_type, encoding, title, issuer, published, signed, origin, site, breadcrumb, "
    "inspection_kind, inspection_round, inspection_team, inspection_target, inspection_start, inspection_end, "
    "inspection_feedback, summary_problems, summary_completed, summary_in_progress, summary_rate, summary_measures, "
    "summary_rules, summary_people_disciplined, summary_people_handled, summary_funds_recovered_yuan, "
    "contact_phones, contact_emails, contact_postcode, contact_address, preamble, closing, error_code, error_message";
constexpr int kNoticeColumnCount = 37;

void bind_notice(sqlite3_stmt* s, const Document& doc, std::optional<std::int64_t> id) {
  int c = 0;
  bind_int(s, ++c, id);
  bind_text(s, ++c, std::string_view(doc.source.path));
  sqlite3_bind_int64(s, ++c, static_cast<sqlite3_int64>(doc.source.bytes));
  bind_text(s, ++c, doc.source.sha256.empty() ? nullptr : &doc.source.sha256);
  bind_text(s, ++c, std::string_view(doc.source.media_type));
  bind_text(s, ++c, std::string_view(doc.source.encoding));
  bind_text(s, ++c, doc.title);
  bind_text(s, ++c, doc.issuer);
  bind_text(s, ++c, doc.published);
  bind_text(s, ++c, doc.signed_on);
  bind_text(s, ++c, doc.origin);
  bind_text(s, ++c, doc.site);
  bind_json(s, ++c, nlohmann::ordered_json(doc.breadcrumb));
  if (const auto& inspection = doc.inspection) {
    for (const auto* field : {&inspection->kind, &inspection->round, &inspection->team, &inspection->target,
                              &inspection->start, &inspection->end, &inspection->feedback}) {
      bind_text(s, ++c, *field);
    }
  } else {
    for (int i = 0; i < 7; ++i) sqlite3_bind_null(s, ++c);
  }
  const Summary summary = doc.summary.value_or(Summary{});
  bind_int(s, ++c, summary.problems);
  bind_int(s, ++c, summary.completed);
  bind_int(s, ++c, summary.in_progress);
  bind_real(s, ++c, summary.rate);
  bind_int(s, ++c, summary.measures);
  bind_int(s, ++c, summary.rules);
  bind_int(s, ++c, summary.people_disciplined);
  if (doc.summary) {
    nlohmann::ordered_json handled = nlohmann::ordered_json::object();
    for (const auto& [term, count] : summary.people_handled) handled[term] = count;
    bind_json(s, ++c, handled);
  } else {
    sqlite3_bind_null(s, ++c);
  }
  bind_real(s, ++c, summary.funds_recovered_yuan);
  if (doc.contact) {
    bind_json(s, ++c, nlohmann::ordered_json(doc.contact->phones));
    bind_json(s, ++c, nlohmann::ordered_json(doc.contact->emails));
    bind_text(s, ++c, doc.contact->postcode);
    bind_text(s, ++c, doc.contact->address);
  } else {
    for (int i = 0; i < 4; ++i) sqlite3_bind_null(s, ++c);
  }
  bind_text(s, ++c, std::string_view(doc.preamble));
  bind_text(s, ++c, std::string_view(doc.closing));
  bind_text(s, ++c, doc.error ? &doc.error->code : nullptr);
  bind_text(s, ++c, doc.error ? &doc.error->message : nullptr);
}

int depth_of(const std::string& id) { return 1 + static_cast<int>(std::count(id.begin(), id.end(), '.')); }

}  // namespace

bool is_sqlite_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  char header[16] = {};
  if (!file.read(header, sizeof header)) return false;
  return std::memcmp(header, "SQLite format 3", 16) == 0;  // the 16th byte is the NUL
}

Statement::~Statement() { sqlite3_finalize(handle); }

Archive::Archive(std::string path, sqlite3* db) : path_(std::move(path)), db_(db) {}

Archive::~Archive() {
  // Not committed (a failed write, an exception): the open transaction is
  // rolled back and the archive holds the notices committed before.
  // close_v2 waits for the statements, finalized after this body.
  sqlite3_close_v2(db_);
}

std::unique_ptr<Archive> Archive::open(const std::string& path, std::string& error) {
  return open(path, Settings{}, error);
}

std::unique_ptr<Archive> Archive::open(const std::string& path, const Settings& settings, std::string& error) {
  {
    // An existing file that is not a database is someone else's: refuse
    // rather than let SQLite say "file is not a database" at the first write.
    std::ifstream existing(path, std::ios::binary);
    if (existing && existing.peek() != std::ifstream::traits_type::eof() && !is_sqlite_file(path)) {
      error = "it exists and is not a SQLite database; name a new file or a tongbao archive";
      return nullptr;
    }
  }
  sqlite3* db = nullptr;
  // NOMUTEX: one thread at a time uses the connection (the batch's writer),
  // so SQLite's own locking of every call is not needed.
  const int opened = sqlite3_open_v2(path.c_str(), &db,
                                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  std::unique_ptr<Archive> archive(new Archive(path, db));
  archive->settings_ = settings;
  if (opened != SQLITE_OK) {
    error = db ? sqlite3_errmsg(db) : sqlite3_errstr(opened);
    return nullptr;
  }
  sqlite3_busy_timeout(db, 5000);
  try {
    // user_version 0 with tables of its own: a database, but not ours.
    int version = 0;
    int tables = 0;
    {
      Statement s;
      archive->prepare(s, "PRAGMA user_version");
      if (sqlite3_step(s.handle) == SQLITE_ROW) version = sqlite3_column_int(s.handle, 0);
      Statement t;
      archive->prepare(t, "SELECT count(*) FROM sqlite_schema");
      if (sqlite3_step(t.handle) == SQLITE_ROW) tables = sqlite3_column_int(t.handle, 0);
    }
    if (version != kArchiveVersion && (version != 0 || tables != 0)) {
      error = version == 0 ? "a SQLite database that is not a tongbao archive; name a new file"
                           : fmt::format("a tongbao archive of record format version {}, not {}; name a new file",
                                         version, kArchiveVersion);
      return nullptr;
    }
    // Pages of 16 KiB rather than 4: fewer pages to write, split and
    // checkpoint for rows of a few hundred bytes (the writer's CPU time
    // about a fifth lower on the benchmark). Takes effect only on a new
    // database; an existing archive keeps its page size.
    archive->exec("PRAGMA page_size = 16384");
    // WAL: readers go on reading while a run writes, and a killed run
    // leaves committed notices only. NORMAL sync is safe in WAL mode (a
    // power cut may lose the last transactions, never the database).
    archive->exec("PRAGMA journal_mode = WAL");
    archive->exec("PRAGMA synchronous = NORMAL");
    // A cache that holds a transaction's pages, and checkpoints every 64 MB
    // of WAL rather than every 4 MB: each one syncs the disk.
    archive->exec("PRAGMA cache_size = -65536");
    archive->exec("PRAGMA wal_autocheckpoint = 16384");
    // The keys are declared for readers (and for `PRAGMA foreign_key_check`),
    // not enforced while writing: the writer makes every row's parent before
    // the row and deletes a notice's rows itself, and enforcing the keys
    // looks up each row's parents, tripling the cost of the rows.
    archive->exec("PRAGMA foreign_keys = OFF");
    archive->exec("BEGIN IMMEDIATE");
    archive->exec(std::string(kArchiveTables).c_str());
    {
      // No notices yet: the indices wait for finish().
      Statement empty;
      archive->prepare(empty, "SELECT NOT EXISTS (SELECT 1 FROM notices)");
      if (sqlite3_step(empty.handle) == SQLITE_ROW) archive->indices_deferred_ = sqlite3_column_int(empty.handle, 0) != 0;
    }
    if (!archive->indices_deferred_) archive->exec(std::string(kArchiveIndices).c_str());
    archive->exec(fmt::format("PRAGMA user_version = {}", kArchiveVersion).c_str());
    archive->exec("COMMIT");
    {
      Statement fts;
      archive->prepare(fts, "SELECT count(*) FROM sqlite_schema WHERE name = 'nodes_fts'");
      if (sqlite3_step(fts.handle) == SQLITE_ROW) archive->has_full_text_ = sqlite3_column_int(fts.handle, 0) > 0;
    }
    {
      Statement held;
      archive->prepare(held, "SELECT path, sha256 FROM notices WHERE sha256 IS NOT NULL AND error_code IS NULL");
      while (sqlite3_step(held.handle) == SQLITE_ROW) {
        archive->held_.emplace(reinterpret_cast<const char*>(sqlite3_column_text(held.handle, 0)),
                               reinterpret_cast<const char*>(sqlite3_column_text(held.handle, 1)));
      }
    }
    archive->prepare(archive->find_notice_, "SELECT id FROM notices WHERE path = ?1");
    archive->prepare(archive->delete_entities_, "DELETE FROM entities WHERE notice = ?1");
    archive->prepare(archive->delete_diagnostics_, "DELETE FROM diagnostics WHERE notice = ?1");
    archive->prepare(archive->delete_nodes_, "DELETE FROM nodes WHERE notice = ?1");
    archive->prepare(archive->delete_notice_, "DELETE FROM notices WHERE id = ?1");
    archive->prepare(archive->last_node_, "SELECT ifnull(max(seq), 0) FROM nodes");
    std::string placeholders;
    for (int i = 1; i <= kNoticeColumnCount; ++i) placeholders += fmt::format("{}?{}", i > 1 ? ", " : "", i);
    archive->prepare(archive->insert_notice_,
                     fmt::format("INSERT INTO notices ({}) VALUES ({})", kNoticeColumns, placeholders).c_str());
    archive->prepare(archive->insert_node_,
                     "INSERT INTO nodes (notice, id, parent, position, depth, kind, marker, number, heading, "
                     "problem, label, text, line, seq) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    archive->prepare(archive->insert_entity_,
                     "INSERT INTO entities (notice, position, type, text, value, node, line) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    archive->prepare(archive->insert_diagnostic_,
                     "INSERT INTO diagnostics (notice, position, severity, code, message, line, \"column\", node) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (archive->has_full_text_) archive->prepare_full_text_statements();
  } catch (const cli::OutputError&) {
    error = sqlite3_errmsg(db);
    return nullptr;
  }
  return archive;
}

void Archive::prepare_full_text_statements() {
  prepare(unindex_nodes_,
          "INSERT INTO nodes_fts (nodes_fts, rowid, heading, text) "
          "SELECT 'delete', seq, heading, text FROM nodes WHERE notice = ?1");
  prepare(index_nodes_,
          "INSERT INTO nodes_fts (rowid, heading, text) SELECT seq, heading, text FROM nodes WHERE seq > ?1");
}

void Archive::fail(int code) const { throw cli::OutputError(errno_of(code), path_); }

void Archive::exec(const char* sql) {
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) fail(rc);
}

void Archive::prepare(Statement& statement, const char* sql) {
  const int rc = sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement.handle, nullptr);
  if (rc != SQLITE_OK) fail(rc);
}

bool Archive::holds(const std::string& path, std::string_view bytes) const {
  const auto it = held_.find(path);
  return it != held_.end() && it->second == sha256_hex(bytes);
}

void Archive::begin() {
  if (in_transaction_) return;
  exec("BEGIN IMMEDIATE");
  in_transaction_ = true;
  pending_ = 0;
  const int rc = sqlite3_step(last_node_.handle);
  indexed_ = rc == SQLITE_ROW ? sqlite3_column_int64(last_node_.handle, 0) : 0;
  next_node_ = indexed_ + 1;
  sqlite3_reset(last_node_.handle);
  if (rc != SQLITE_ROW) fail(rc);
}

void Archive::write(const Document& doc) {
  begin();
  // Runs a statement to its end; a row it gives is read by the caller first.
  auto run = [this](Statement& statement) {
    const int rc = sqlite3_step(statement.handle);
    sqlite3_reset(statement.handle);
    if (rc != SQLITE_DONE) fail(rc);
  };
  std::optional<std::int64_t> id;
  sqlite3_bind_text(find_notice_.handle, 1, doc.source.path.data(), static_cast<int>(doc.source.path.size()),
                    SQLITE_STATIC);
  const int found = sqlite3_step(find_notice_.handle);
  if (found == SQLITE_ROW) id = sqlite3_column_int64(find_notice_.handle, 0);
  sqlite3_reset(find_notice_.handle);
  if (found != SQLITE_ROW && found != SQLITE_DONE) fail(found);
  if (id) {
    // A changed input: its rows go, and its notice keeps its id.
    for (Statement* statement :
         {&delete_entities_, &delete_diagnostics_, &unindex_nodes_, &delete_nodes_, &delete_notice_}) {
      if (!statement->handle) continue;  // unindex_nodes_ without the index
      sqlite3_bind_int64(statement->handle, 1, *id);
      run(*statement);
    }
  }
  bind_notice(insert_notice_.handle, doc, id);
  run(insert_notice_);
  insert_rows(doc, id ? *id : sqlite3_last_insert_rowid(db_));
  if (++pending_ >= kNoticesPerTransaction) commit();
}

void Archive::insert_rows(const Document& doc, std::int64_t notice) {
  auto run = [this](Statement& statement) {
    const int rc = sqlite3_step(statement.handle);
    sqlite3_reset(statement.handle);
    if (rc != SQLITE_DONE) fail(rc);
  };
  int position = 0;
  sqlite3_stmt* n = insert_node_.handle;
  for_each_node_with_parent(doc.outline, [&](const Node& node, const Node* parent) {
    sqlite3_bind_int64(n, 1, notice);
    bind_text(n, 2, std::string_view(node.id));
    bind_text(n, 3, parent ? &parent->id : nullptr);
    sqlite3_bind_int(n, 4, ++position);
    sqlite3_bind_int(n, 5, depth_of(node.id));
    sqlite3_bind_text(n, 6, to_string(node.kind), -1, SQLITE_STATIC);
    bind_text(n, 7, std::string_view(node.marker));
    sqlite3_bind_int(n, 8, node.number);
    bind_text(n, 9, std::string_view(node.heading));
    bind_text(n, 10, node.problem);
    bind_text(n, 11, node.label);
    bind_text(n, 12, std::string_view(node.text));
    sqlite3_bind_int(n, 13, node.line);
    sqlite3_bind_int64(n, 14, next_node_++);
    run(insert_node_);
  });
  position = 0;
  sqlite3_stmt* e = insert_entity_.handle;
  for (const Entity& entity : doc.entities) {
    sqlite3_bind_int64(e, 1, notice);
    sqlite3_bind_int(e, 2, ++position);
    sqlite3_bind_text(e, 3, to_string(entity.type), -1, SQLITE_STATIC);
    bind_text(e, 4, std::string_view(entity.text));
    // The value keeps its type: a date is text, money an integer or a real.
    if (const auto* text = std::get_if<std::string>(&entity.value)) {
      bind_text(e, 5, std::string_view(*text));
    } else if (const auto* integer = std::get_if<std::int64_t>(&entity.value)) {
      sqlite3_bind_int64(e, 5, *integer);
    } else if (const auto* real = std::get_if<double>(&entity.value)) {
      sqlite3_bind_double(e, 5, *real);
    } else {
      sqlite3_bind_null(e, 5);
    }
    bind_text(e, 6, entity.node);
    sqlite3_bind_int(e, 7, entity.line);
    run(insert_entity_);
  }
  position = 0;
  sqlite3_stmt* d = insert_diagnostic_.handle;
  for (const Diagnostic& diagnostic : doc.diagnostics) {
    sqlite3_bind_int64(d, 1, notice);
    sqlite3_bind_int(d, 2, ++position);
    sqlite3_bind_text(d, 3, to_string(diagnostic.severity), -1, SQLITE_STATIC);
    bind_text(d, 4, std::string_view(diagnostic.code));
    bind_text(d, 5, std::string_view(diagnostic.message));
    sqlite3_bind_int(d, 6, diagnostic.line);
    sqlite3_bind_int(d, 7, diagnostic.column);
    bind_text(d, 8, diagnostic.node);
    run(insert_diagnostic_);
  }
}

void Archive::commit() {
  if (!in_transaction_) return;
  in_transaction_ = false;  // a failure here leaves SQLite to roll back
  if (has_full_text_) {
    sqlite3_bind_int64(index_nodes_.handle, 1, indexed_);
    const int rc = sqlite3_step(index_nodes_.handle);
    sqlite3_reset(index_nodes_.handle);
    if (rc != SQLITE_DONE) fail(rc);
  }
  exec("COMMIT");
}

void Archive::finish() {
  commit();
  if (indices_deferred_) {
    exec("BEGIN IMMEDIATE");
    exec(std::string(kArchiveIndices).c_str());
    exec("COMMIT");
    indices_deferred_ = false;
  }
  if (has_full_text_ || !settings_.full_text) return;
  // The table and all of its index in one transaction: a run killed
  // meanwhile leaves the archive without the index, as it was.
  exec("BEGIN IMMEDIATE");
  exec(std::string(kArchiveFullText).c_str());
  exec("COMMIT");
  has_full_text_ = true;
  prepare_full_text_statements();
}

}  // namespace tongbao::detail
