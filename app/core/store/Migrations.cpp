#include "Migrations.h"

namespace cordon::core
{

const QList<Migration>& migrations()
{
    static const QList<Migration> steps = {
        {1,
         {
             // console.incident/v1 objects as the feeds deliver them; the columns are what lists sort on.
             QStringLiteral("CREATE TABLE incidents ("
                            " id TEXT PRIMARY KEY,"
                            " source_kind TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " severity TEXT NOT NULL,"
                            " detected_at TEXT,"
                            " updated_at TEXT NOT NULL,"
                            " json TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX incidents_updated_at ON incidents(updated_at)"),

             // An analyst's decision that an endpoint identity is (or is not) an Okta user. identity_key
             // and endpoint_key hold the case-folded forms that lookups compare.
             QStringLiteral("CREATE TABLE identity_links ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " source TEXT NOT NULL,"
                            " raw_identity TEXT NOT NULL,"
                            " identity_key TEXT NOT NULL,"
                            " endpoint TEXT NOT NULL DEFAULT '',"
                            " endpoint_key TEXT NOT NULL DEFAULT '',"
                            " okta_user_id TEXT NOT NULL,"
                            " okta_login TEXT NOT NULL DEFAULT '',"
                            " decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),"
                            " analyst TEXT NOT NULL,"
                            " incident_id TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,"
                            " expires_at TEXT NOT NULL,"
                            " revoked_at TEXT,"
                            " revoked_by TEXT)"),
             QStringLiteral("CREATE INDEX identity_links_key ON identity_links(source, identity_key, endpoint_key)"),

             // Every Okta change, written before it is sent, so that a crash leaves a trace to settle.
             QStringLiteral("CREATE TABLE journal ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " run_id TEXT NOT NULL,"
                            " incident_id TEXT NOT NULL DEFAULT '',"
                            " okta_user_id TEXT NOT NULL,"
                            " okta_login TEXT NOT NULL DEFAULT '',"
                            " action TEXT NOT NULL,"
                            " group_id TEXT NOT NULL DEFAULT '',"
                            " state TEXT NOT NULL"
                            "  CHECK (state IN ('pending', 'sent', 'done', 'failed', 'settled')),"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " request_id TEXT NOT NULL DEFAULT '',"
                            " outcome TEXT NOT NULL DEFAULT '',"
                            " detail TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX journal_state ON journal(state)"),
             QStringLiteral("CREATE INDEX journal_incident_user ON journal(incident_id, okta_user_id)"),

             // Hash-chained and append-only: the triggers refuse changes, verify() catches what goes
             // around them. AUTOINCREMENT keeps sqlite_sequence, which reveals deleted trailing rows.
             QStringLiteral("CREATE TABLE audit_log ("
                            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " id TEXT NOT NULL UNIQUE,"
                            " time TEXT NOT NULL,"
                            " analyst TEXT NOT NULL,"
                            " machine TEXT NOT NULL,"
                            " incident_id TEXT NOT NULL,"
                            " okta_user_id TEXT NOT NULL,"
                            " okta_login TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " outcome TEXT NOT NULL,"
                            " http_status INTEGER NOT NULL,"
                            " request_id TEXT NOT NULL,"
                            " error_code TEXT NOT NULL,"
                            " error_summary TEXT NOT NULL,"
                            " detail TEXT NOT NULL,"
                            " prev_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_log_incident ON audit_log(incident_id)"),
             QStringLiteral("CREATE INDEX audit_log_user ON audit_log(okta_user_id)"),
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
         }},
        {2,
         {
             // Keyed seals (AuditSeal): mac covers the whole entry with a key kept in the keychain, place_mac
             // only its id and seq, so that verify() can tell a moved entry from an altered one. Entries
             // written before keep '' and are checked with the plain hash chain.
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN mac TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN place_mac TEXT NOT NULL DEFAULT ''"),
         }},
        {3,
         {
             // The Okta object an entry acts on besides the user and a group: the MFA factor a
             // revoke-factors-since entry removes, one entry per factor.
             QStringLiteral("ALTER TABLE journal ADD COLUMN target_id TEXT NOT NULL DEFAULT ''"),
         }},
        {4,
         {
             // What the incident list shows, so that a hundred thousand incidents list without decoding their
             // JSON (read when one is opened). list_columns is 1 once a row holds them: rows stored before this
             // step are filled from their JSON when first listed (IncidentStore::list), since SQLite and
             // PostgreSQL read JSON with different functions.
             QStringLiteral("ALTER TABLE incidents ADD COLUMN title TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE incidents ADD COLUMN summary TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE incidents ADD COLUMN hostname TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE incidents ADD COLUMN user_raw TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE incidents ADD COLUMN resolution TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE incidents ADD COLUMN list_columns INTEGER NOT NULL DEFAULT 0"),
         }},
    };
    return steps;
}

} // namespace cordon::core
