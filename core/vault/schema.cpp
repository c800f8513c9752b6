#include "schema.h"

#include "sqlite.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace schouw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
};

// Every synced table carries a tombstone flag (deletions are never physical, so they can travel)
// and the HLC of its last change. Derived tables (theme, norm, observation_norm, provider_token)
// are rebuilt from their owning record and are not synced themselves.
constexpr const char *SchemaV1 = R"SQL(
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE team (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id TEXT PRIMARY KEY NOT NULL,
    team_id TEXT REFERENCES team(id),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE provider (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    sort_name TEXT NOT NULL,
    sector TEXT NOT NULL,
    kvk_number TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX provider_by_name ON provider(sort_name, id) WHERE deleted = 0;

CREATE TABLE provider_token (
    token TEXT NOT NULL,
    provider_id TEXT NOT NULL REFERENCES provider(id),
    PRIMARY KEY (token, provider_id)
) WITHOUT ROWID;
CREATE INDEX provider_token_by_provider ON provider_token(provider_id);

CREATE TABLE location (
    id TEXT PRIMARY KEY NOT NULL,
    provider_id TEXT NOT NULL REFERENCES provider(id),
    name TEXT NOT NULL,
    street TEXT NOT NULL DEFAULT '',
    house_number TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX location_by_provider ON location(provider_id);

CREATE TABLE risk_signal (
    id TEXT PRIMARY KEY NOT NULL,
    provider_id TEXT NOT NULL REFERENCES provider(id),
    source TEXT NOT NULL,
    signal_date TEXT NOT NULL,
    severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 3),
    text TEXT NOT NULL,
    open INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX risk_signal_open_by_provider ON risk_signal(provider_id) WHERE deleted = 0 AND open = 1;
CREATE INDEX risk_signal_by_provider ON risk_signal(provider_id);

CREATE TABLE framework (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL,
    version TEXT NOT NULL,
    title TEXT NOT NULL,
    sectors TEXT NOT NULL,
    definition TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0,
    UNIQUE (code, version)
);

CREATE TABLE theme (
    id TEXT PRIMARY KEY NOT NULL,
    framework_id TEXT NOT NULL REFERENCES framework(id),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX theme_by_framework ON theme(framework_id, position);

CREATE TABLE norm (
    id TEXT PRIMARY KEY NOT NULL,
    theme_id TEXT NOT NULL REFERENCES theme(id),
    framework_id TEXT NOT NULL REFERENCES framework(id),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    guidance TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX norm_by_theme ON norm(theme_id, position);

CREATE TABLE visit (
    id TEXT PRIMARY KEY NOT NULL,
    provider_id TEXT NOT NULL REFERENCES provider(id),
    framework_id TEXT REFERENCES framework(id),
    type TEXT NOT NULL,
    started_at TEXT,
    ended_at TEXT,
    location_ids TEXT NOT NULL DEFAULT '[]',
    member_ids TEXT NOT NULL DEFAULT '[]',
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX visit_by_provider ON visit(provider_id);

CREATE TABLE observation (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id),
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    author_id TEXT,
    observed_at TEXT NOT NULL,
    norm_ids TEXT NOT NULL DEFAULT '[]',
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX observation_by_visit ON observation(visit_id);

CREATE TABLE observation_norm (
    observation_id TEXT NOT NULL REFERENCES observation(id),
    norm_id TEXT NOT NULL,
    PRIMARY KEY (observation_id, norm_id)
) WITHOUT ROWID;
CREATE INDEX observation_norm_by_norm ON observation_norm(norm_id);

CREATE TABLE interview (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id),
    respondent_group TEXT NOT NULL,
    pseudonym TEXT NOT NULL,
    consent INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    held_at TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX interview_by_visit ON interview(visit_id);

CREATE TABLE attachment (
    id TEXT PRIMARY KEY NOT NULL,
    owner_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachment_by_owner ON attachment(owner_id);

CREATE TABLE attachment_chunk (
    attachment_id TEXT NOT NULL REFERENCES attachment(id),
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);

CREATE TABLE report (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id),
    state TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX report_by_visit ON report(visit_id);

CREATE TABLE review_comment (
    id TEXT PRIMARY KEY NOT NULL,
    report_id TEXT NOT NULL REFERENCES report(id),
    author_id TEXT,
    anchor TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX review_comment_by_report ON review_comment(report_id);

-- Append-only: each event carries the hash of the one before it.
CREATE TABLE audit_event (
    id TEXT PRIMARY KEY NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    at TEXT NOT NULL,
    actor_id TEXT,
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_id TEXT,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

-- What sync ships: one entry per change, written in the same transaction as the change.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    fields TEXT NOT NULL,
    author_id TEXT,
    device_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('local', 'remote')),
    sent INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX change_log_pending ON change_log(seq) WHERE origin = 'local' AND sent = 0;
CREATE INDEX change_log_by_entity ON change_log(entity_id);
CREATE INDEX change_log_by_hlc ON change_log(hlc);
)SQL";

// Fieldwork: sorting the provider list by city, judgements per norm, risk-signal checks on site,
// interviews with a consent kind, place, interviewer and answers per guide question, and interview
// statements as findings. SQLite 3.15 cannot drop a column: interview.consent stays, kept equal to
// "consent given".
constexpr const char *SchemaV2 = R"SQL(
CREATE TABLE judgement (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id),
    norm_id TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT '',
    author_id TEXT,
    judged_at TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX judgement_by_visit ON judgement(visit_id, norm_id);

CREATE TABLE signal_check (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id),
    signal_id TEXT NOT NULL REFERENCES risk_signal(id),
    outcome TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    author_id TEXT,
    checked_at TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX signal_check_by_visit ON signal_check(visit_id);

ALTER TABLE interview ADD COLUMN consent_kind TEXT NOT NULL DEFAULT 'oral';
ALTER TABLE interview ADD COLUMN place TEXT NOT NULL DEFAULT '';
ALTER TABLE interview ADD COLUMN interviewer_id TEXT;
ALTER TABLE interview ADD COLUMN answers TEXT NOT NULL DEFAULT '{}';
UPDATE interview SET consent_kind = 'declined', notes = '' WHERE consent = 0;

ALTER TABLE observation ADD COLUMN interview_id TEXT;
CREATE INDEX observation_by_interview ON observation(interview_id) WHERE interview_id IS NOT NULL;
CREATE INDEX observation_unassigned ON observation(visit_id) WHERE norm_ids = '[]' AND deleted = 0;

-- The provider list sorted by city pages through this (0.4 ms a page instead of 11-17 ms).
CREATE INDEX provider_by_city ON provider(city COLLATE NOCASE, sort_name, id) WHERE deleted = 0;

-- Sorted by open risk signals, most first: minus the count, kept by derivedtables.cpp, so the
-- order is an ascending index walk (a count per row cost 10-23 ms a page on 5,000 providers).
ALTER TABLE provider ADD COLUMN open_signal_rank INTEGER NOT NULL DEFAULT 0;
UPDATE provider SET open_signal_rank = -(SELECT count(*) FROM risk_signal r
    WHERE r.provider_id = provider.id AND r.deleted = 0 AND r.open = 1);
CREATE INDEX provider_by_open_signals ON provider(open_signal_rank, sort_name, id)
    WHERE deleted = 0;
)SQL";

// Per-field merge (docs/sync-merge.md). change_log.bases names, per free-text field, the text
// changes a change replaced (a JSON object field -> [change ids], '' when none). field_clock holds
// the (HLC, change id) of the change that set each last-writer-wins field, `deleted` included;
// text_head the texts of each free-text field that no applied change names as a base, and
// text_superseded every (record, field, change id) some applied change named, so a text arriving
// after its successor never becomes a head: the heads do not depend on the order of arrival.
// text_conflict lists the fields with heads of different texts; deletion_conflict the records
// deleted by another device while this one had unsent work on them. parked_change holds remote
// updates and deletions of records not (yet) here, replayed when the record's insert arrives.
constexpr const char *SchemaV3 = R"SQL(
ALTER TABLE change_log ADD COLUMN bases TEXT NOT NULL DEFAULT '';

CREATE TABLE field_clock (
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    change_id TEXT NOT NULL,
    PRIMARY KEY (entity_id, field)
) WITHOUT ROWID;

CREATE TABLE text_head (
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    change_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    author_id TEXT,
    text TEXT NOT NULL,
    PRIMARY KEY (entity_id, field, change_id)
) WITHOUT ROWID;

CREATE TABLE text_superseded (
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    change_id TEXT NOT NULL,
    PRIMARY KEY (entity_id, field, change_id)
) WITHOUT ROWID;

CREATE TABLE text_conflict (
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    entity TEXT NOT NULL,
    PRIMARY KEY (entity_id, field)
) WITHOUT ROWID;

CREATE TABLE deletion_conflict (
    entity_id TEXT PRIMARY KEY NOT NULL,
    entity TEXT NOT NULL,
    change_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    author_id TEXT
) WITHOUT ROWID;

CREATE TABLE parked_change (
    change_id TEXT PRIMARY KEY NOT NULL,
    entity_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX parked_change_by_entity ON parked_change(entity_id);
)SQL";

// Before migration 3 a vault never synced: each record's history is one line, so every text
// change replaced the one before it. The backfill writes that down as bases, the way a change made
// now would carry them, so the history means the same on the vaults it is pushed to: each change
// names the previous text of its field, the earlier texts are superseded, and the newest one is
// the field's only head (unless empty). Field clocks are not written here: a missing clock is
// derived from the change log when first needed (MergeBook::fieldClock), which keeps this step
// short on a large vault (14 s for the 270,000 changes of the benchmark vault in a Debug build
// on a busy 2-core machine; writing every clock as well took 110 s).
Status backfillMergeState(Database &db)
{
    QStringList withText;
    for (const EntityDefinition &entity : entities())
        if (!entity.textColumns.isEmpty())
            withText << QStringLiteral("'%1'").arg(QLatin1String(entity.name));
    auto rows = db.prepare(
        QStringLiteral("SELECT entity, entity_id, fields, hlc, change_id, author_id FROM "
                       "change_log WHERE entity IN (%1) ORDER BY entity_id, hlc, change_id")
            .arg(withText.join(QLatin1Char(','))));
    auto bases = db.prepare(QStringLiteral("UPDATE change_log SET bases = ? WHERE change_id = ?"));
    auto superseded = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO text_superseded (entity_id, field, change_id) VALUES (?,?,?)"));
    auto head = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO text_head (entity_id, field, change_id, entity, "
                       "hlc, author_id, text) VALUES (?,?,?,?,?,?,?)"));
    for (auto *statement : {&rows, &bases, &superseded, &head})
        if (!*statement)
            return std::unexpected(statement->error());

    struct Newest
    {
        QString changeId;
        qint64 hlc = 0;
        QString authorId;
        QString text;
    };
    QString currentId;
    QString currentEntity;
    QHash<QString, Newest> newest; // per free-text field of the current record
    auto flush = [&]() -> Status {
        for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
            if (it->text.isEmpty()) // an empty text is no version (see changewriter.cpp)
                continue;
            head->reset();
            head->bind(1, currentId).bind(2, it.key()).bind(3, it->changeId);
            head->bind(4, currentEntity).bind(5, it->hlc);
            if (it->authorId.isEmpty())
                head->bindNull(6);
            else
                head->bind(6, it->authorId);
            if (auto done = head->bind(7, it->text).exec(); !done)
                return done;
        }
        return {};
    };
    while (rows->next()) {
        Statement &row = *rows;
        if (row.text(1) != currentId) {
            if (auto done = flush(); !done)
                return done;
            currentId = row.text(1);
            currentEntity = row.text(0);
            newest.clear();
        }
        const EntityDefinition *definition = findEntity(currentEntity);
        if (!definition)
            continue;
        const QString changeId = row.text(4);
        QJsonObject named;
        const QJsonObject object = QJsonDocument::fromJson(row.text(2).toUtf8()).object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!definition->isText(it.key()))
                continue;
            Newest &field = newest[it.key()];
            if (!field.changeId.isEmpty()) {
                named.insert(it.key(), QJsonArray {field.changeId});
                superseded->reset();
                superseded->bind(1, currentId).bind(2, it.key()).bind(3, field.changeId);
                if (auto done = superseded->exec(); !done)
                    return done;
            }
            field = Newest {changeId, row.integer(3), row.text(5), it.value().toString()};
        }
        if (!named.isEmpty()) {
            bases->reset();
            bases->bind(1, QString::fromUtf8(QJsonDocument(named).toJson(QJsonDocument::Compact)));
            if (auto done = bases->bind(2, changeId).exec(); !done)
                return done;
        }
    }
    if (rows->error())
        return std::unexpected(*rows->error());
    return flush();
}

// Attachment content and sync (docs/sync-client.md, "Attachments"). A record that arrived by sync
// has no content until it is downloaded, so attachment_content says which attachments hold
// content verified against their sha256 (written with the chunks, or after a download whose hash
// matched), and whether the office has confirmed it holds that content too (uploaded). Chunks of
// an attachment without a matching attachment_content row are a download in progress: they are
// never read as content, and the next sync continues after them. Attachments made here before
// this step hold their content (an empty file has no chunks).
constexpr const char *SchemaV4 = R"SQL(
CREATE TABLE attachment_content (
    attachment_id TEXT PRIMARY KEY NOT NULL REFERENCES attachment(id),
    sha256 TEXT NOT NULL,
    uploaded INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX attachment_content_to_upload ON attachment_content(attachment_id) WHERE uploaded = 0;

INSERT INTO attachment_content (attachment_id, sha256)
    SELECT a.id, a.sha256 FROM attachment a
    WHERE a.size = 0 OR EXISTS (SELECT 1 FROM attachment_chunk c WHERE c.attachment_id = a.id);
)SQL";

constexpr std::array Migrations {
    Migration {1, SchemaV1},
    Migration {2, SchemaV2},
    Migration {3, SchemaV3, backfillMergeState},
    Migration {4, SchemaV4},
};

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

const std::array<EntityDefinition, 15> &entityTable()
{
    static const std::array<EntityDefinition, 15> table {{
        {"team", "team", columns({"name"})},
        {"user", "app_user", columns({"team_id", "display_name", "role"})},
        {"provider", "provider",
         columns({"name", "sort_name", "sector", "kvk_number", "city", "postcode"})},
        {"location", "location",
         columns({"provider_id", "name", "street", "house_number", "postcode", "city"})},
        {"risk_signal", "risk_signal",
         columns({"provider_id", "source", "signal_date", "severity", "text", "open"})},
        {"framework", "framework", columns({"code", "version", "title", "sectors", "definition"})},
        {"visit", "visit",
         columns({"provider_id", "framework_id", "type", "started_at", "ended_at", "location_ids",
                  "member_ids"})},
        {"observation", "observation",
         columns({"visit_id", "text", "source", "author_id", "observed_at", "norm_ids",
                  "interview_id"}),
         columns({"text"})},
        {"interview", "interview",
         columns({"visit_id", "respondent_group", "pseudonym", "consent", "consent_kind", "place",
                  "interviewer_id", "notes", "answers", "held_at"}),
         columns({"notes", "answers"})},
        {"judgement", "judgement",
         columns({"visit_id", "norm_id", "value", "rationale", "author_id", "judged_at"}),
         columns({"rationale"})},
        {"signal_check", "signal_check",
         columns({"visit_id", "signal_id", "outcome", "note", "author_id", "checked_at"}),
         columns({"note"})},
        {"attachment", "attachment",
         columns({"owner_id", "file_name", "mime_type", "size", "sha256", "created_at"})},
        {"report", "report", columns({"visit_id", "state", "title", "body"}), columns({"body"})},
        {"review_comment", "review_comment",
         columns({"report_id", "author_id", "anchor", "text", "created_at", "resolved"}),
         columns({"text"})},
        {"audit_event", "audit_event",
         columns(
             {"seq", "at", "actor_id", "action", "entity", "entity_id", "previous_hash", "hash"})},
    }};
    return table;
}

} // namespace

std::span<const Migration> vaultMigrations()
{
    return Migrations;
}

int latestSchemaVersion()
{
    return Migrations.back().version;
}

Status migrate(Database &db)
{
    return migrate(db, vaultMigrations());
}

Status migrate(Database &db, std::span<const Migration> steps)
{
    auto current = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!current)
        return std::unexpected(current.error());
    const int version = current->toInt();
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (version > latest)
        return fail(ErrorCode::VaultTooNew,
                    Tr::tr("This vault was made by a newer version of Schouw. Update Schouw to "
                           "open it; the vault has not been changed."),
                    QStringLiteral("schema %1, this build knows %2").arg(version).arg(latest));
    for (const Migration &step : steps) {
        if (step.version <= version)
            continue;
        Transaction transaction(db);
        if (!transaction.begun())
            return transaction.begun();
        if (auto done = db.exec(QString::fromUtf8(step.sql)); !done)
            return done;
        if (step.step)
            if (auto done = step.step(db); !done)
                return done;
        if (auto done = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
            !done)
            return done;
        if (auto done = transaction.commit(); !done)
            return done;
    }
    return {};
}

const EntityDefinition *findEntity(QStringView name)
{
    for (const auto &entity : entityTable())
        if (name == QLatin1String(entity.name))
            return &entity;
    return nullptr;
}

std::span<const EntityDefinition> entities()
{
    return entityTable();
}

} // namespace schouw
