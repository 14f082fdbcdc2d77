#include "Migrations.h"

namespace cordon::core
{

namespace
{

// The first schema: incidents, identity links, the journal and the audit log.
QStringList firstStep()
{
    return {
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
    };
}

// The first step in PostgreSQL's words: identity columns for SQLite's AUTOINCREMENT, and the audit log's
// refusals as a trigger function (which refuses TRUNCATE too) instead of SQLite's RAISE triggers.
QStringList postgresOf(const QStringList& sqlite)
{
    QStringList statements;
    for (QString statement : sqlite) {
        if (statement.startsWith(QLatin1String("CREATE TRIGGER"))) {
            continue;
        }
        statements << statement.replace(QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"),
                                        QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    }
    statements << QStringLiteral("CREATE FUNCTION cordon_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
                                 " BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$")
               << QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log"
                                 " FOR EACH ROW EXECUTE FUNCTION cordon_audit_append_only()")
               << QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
                                 " FOR EACH STATEMENT EXECUTE FUNCTION cordon_audit_append_only()");
    return statements;
}

// Several analysts on one database: who runs on an Okta user now (claims), who took an incident, and
// who wrote each journal entry. On PostgreSQL the analyst of every row is the session user, checked by
// the server, and each change is announced to the other consoles (NOTIFY) by table name.
QStringList teamStep(bool postgres)
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE journal ADD COLUMN analyst TEXT NOT NULL DEFAULT ''"),
        // One row per Okta user a run is acting on. The row says who; whether the run is still alive
        // is told by a lock its connection holds (PostgreSQL) or a lock file (SQLite), so that a
        // killed workstation's claim lapses with it.
        QStringLiteral("CREATE TABLE claims ("
                       " okta_user_id TEXT PRIMARY KEY,"
                       " run_id TEXT NOT NULL,"
                       " incident_id TEXT NOT NULL DEFAULT '',"
                       " analyst TEXT NOT NULL,"
                       " machine TEXT NOT NULL,"
                       " claimed_at TEXT NOT NULL)"),
        // An analyst taking an incident from the list, until they let it go.
        QStringLiteral("CREATE TABLE incident_claims ("
                       " incident_id TEXT PRIMARY KEY,"
                       " analyst TEXT NOT NULL,"
                       " machine TEXT NOT NULL,"
                       " claimed_at TEXT NOT NULL)"),
    };
    if (!postgres) {
        return statements;
    }
    statements << QStringLiteral(
        "CREATE FUNCTION cordon_analyst_is_session_user() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        " IF NEW.analyst = '' AND TG_TABLE_NAME = 'journal' THEN NEW.analyst := session_user;"
        " ELSIF NEW.analyst IS DISTINCT FROM session_user::text THEN"
        "  RAISE EXCEPTION 'the analyst recorded must be the session user %, not %', session_user, NEW.analyst"
        "  USING ERRCODE = 'insufficient_privilege';"
        " END IF; RETURN NEW; END $$");
    statements << QStringLiteral("CREATE FUNCTION cordon_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                                 " PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $$")
                      .arg(QLatin1String(NotifyChannel));
    for (const char* table : {"audit_log", "journal", "identity_links", "claims", "incident_claims"}) {
        statements << QStringLiteral("CREATE TRIGGER %1_analyst BEFORE INSERT ON %1"
                                     " FOR EACH ROW EXECUTE FUNCTION cordon_analyst_is_session_user()")
                          .arg(QLatin1String(table));
    }
    for (const char* table : {"audit_log", "journal", "identity_links", "claims", "incident_claims", "incidents"}) {
        statements << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1"
                                     " FOR EACH STATEMENT EXECUTE FUNCTION cordon_notify()")
                          .arg(QLatin1String(table));
    }
    // Analysts add to the audit log and read it, never change it; the rest they keep up together.
    // Granted only where the team's roles were made (packaging/postgresql), so that a database of one's
    // own needs none.
    statements << QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN"
                                 " GRANT SELECT ON schema_version TO %1;"
                                 " GRANT SELECT, INSERT ON audit_log TO %1;"
                                 " GRANT SELECT, INSERT, UPDATE ON incidents, journal, identity_links TO %1;"
                                 " GRANT SELECT, INSERT, UPDATE, DELETE ON claims, incident_claims TO %1;"
                                 " GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1;"
                                 " END IF; END $$")
                      .arg(QLatin1String(AnalystRole));
    return statements;
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> steps = {
        {1, firstStep(), postgresOf(firstStep())},
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
        {5, teamStep(false), teamStep(true)},
    };
    return steps;
}

} // namespace cordon::core
