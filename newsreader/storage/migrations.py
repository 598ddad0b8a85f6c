"""Schema migrations keyed on PRAGMA user_version: one function per step.

Each step runs in its own transaction, sets user_version, and is checked (expected objects
present, no foreign-key violations) before it commits; a failed step rolls back and leaves the
file at the previous version. A fresh database is built by running every step, so a migrated
file and a new one have the same schema by construction (tests compare them).
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from newsreader.core.errors import StorageError
from newsreader.core.html_text import body_text, image_urls
from newsreader.storage.db import APPLICATION_ID, transaction


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: executescript() would COMMIT the step's transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise StorageError(f"incomplete statement in migration: {pending.strip()[:60]}")


def _v1_core_tables(conn: sqlite3.Connection) -> None:
    """Sections, feeds, articles, tombstones, settings."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _run_script(
        conn,
        """
        CREATE TABLE sections (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        -- UNIQUE(parent_id, name) would let two root sections share a name (NULL != NULL).
        CREATE UNIQUE INDEX sections_parent_name ON sections(ifnull(parent_id, 0), name);

        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            user_title INTEGER NOT NULL DEFAULT 0,
            section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            interval INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'active',
            site_url TEXT,
            etag TEXT,
            last_modified TEXT,
            body_hash TEXT,
            next_update REAL,
            last_success REAL,
            last_attempt REAL,
            error_count INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            auth_ref TEXT,
            created REAL NOT NULL
        );
        CREATE INDEX feeds_section ON feeds(section_id, position);
        CREATE INDEX feeds_due ON feeds(next_update);

        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            entry_key TEXT NOT NULL,
            guid TEXT,
            url TEXT,
            title TEXT NOT NULL,
            author TEXT,
            published REAL,
            updated REAL,
            first_seen REAL NOT NULL,
            sort_time REAL NOT NULL,
            summary TEXT,
            content TEXT,
            content_hash TEXT NOT NULL,
            changes INTEGER NOT NULL DEFAULT 0,
            image TEXT,
            read INTEGER NOT NULL DEFAULT 0,
            starred INTEGER NOT NULL DEFAULT 0,
            read_at REAL,
            UNIQUE (feed_id, entry_key)
        );
        -- The list's orders; the rowid (= id) is the implicit last column of each index,
        -- which is what keyset pagination on (sort_time, id) walks.
        CREATE INDEX articles_sort ON articles(sort_time);
        CREATE INDEX articles_feed_sort ON articles(feed_id, sort_time);
        CREATE INDEX articles_unread_sort ON articles(sort_time) WHERE read = 0;
        CREATE INDEX articles_starred_sort ON articles(sort_time) WHERE starred = 1;
        CREATE INDEX articles_feed_unread ON articles(feed_id) WHERE read = 0;

        CREATE TABLE tombstones (
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            entry_key TEXT NOT NULL,
            purged_at REAL NOT NULL,
            PRIMARY KEY (feed_id, entry_key)
        ) WITHOUT ROWID;

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    )


def _v2_read_events(conn: sqlite3.Connection) -> None:
    """Read events and the per-article popularity columns (see core.ranking)."""
    _run_script(
        conn,
        """
        CREATE TABLE read_events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            at REAL NOT NULL,
            seconds REAL
        );
        CREATE INDEX read_events_article ON read_events(article_id, at);
        ALTER TABLE articles ADD COLUMN pop_score REAL;
        ALTER TABLE articles ADD COLUMN pop_reads INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN pop_last_read REAL;
        CREATE INDEX articles_popular ON articles(pop_score, pop_last_read) WHERE pop_reads > 0;
        """,
    )


def _v3_images_and_fts(conn: sqlite3.Connection) -> None:
    """Image cache index, extracted full text, and the FTS5 index (filled from existing rows)."""
    _run_script(
        conn,
        """
        CREATE TABLE images (
            sha256 TEXT PRIMARY KEY,
            content_type TEXT NOT NULL,
            width INTEGER,
            height INTEGER,
            size INTEGER NOT NULL,
            fetched REAL NOT NULL
        ) WITHOUT ROWID;
        -- A rowid table so an article's images keep the order they appear in.
        CREATE TABLE article_images (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            sha256 TEXT REFERENCES images(sha256) ON DELETE SET NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            UNIQUE (article_id, url)
        );
        CREATE INDEX article_images_state ON article_images(state);
        CREATE INDEX article_images_sha ON article_images(sha256);
        CREATE INDEX article_images_url ON article_images(url);
        ALTER TABLE articles ADD COLUMN full_text TEXT;

        -- A plain (content-storing) FTS5 table keyed by article id: body is derived text
        -- (tags stripped in Python), so it cannot be an external-content view of articles,
        -- and this SQLite predates contentless_delete.
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, extra, tokenize = 'unicode61 remove_diacritics 2'
        );
        -- Title weighs ten times the body; extracted full text a little less than the body.
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 0.5)');
        -- Fewer, larger merges while a refresh batch inserts (measured ~15% faster).
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);
        -- Document frequency per term, so related() queries only a story's distinctive words.
        CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            DELETE FROM articles_fts WHERE rowid = old.id;
        END;
        """,
    )
    rows = conn.execute("SELECT id, title, summary, content FROM articles").fetchall()
    conn.executemany(
        "INSERT INTO articles_fts(rowid, title, body, extra) VALUES (?, ?, ?, '')",
        ((i, t, body_text(s, c)) for i, t, s, c in rows),
    )


def _v4_full_text_mode(conn: sqlite3.Connection) -> None:
    """Per-feed choice of fetching the article page: auto (summary-only feeds), always, never."""
    _run_script(
        conn,
        """
        ALTER TABLE feeds ADD COLUMN full_text_mode TEXT NOT NULL DEFAULT 'auto'
            CHECK (full_text_mode IN ('auto', 'always', 'never'));
        """,
    )


def _v5_feed_icons(conn: sqlite3.Connection) -> None:
    """Each feed's icon (a file of the image cache, by sha256) and when it was last looked for.

    icon_checked stays NULL until the first look, so every existing feed gets one.
    """
    _run_script(
        conn,
        """
        ALTER TABLE feeds ADD COLUMN icon_sha TEXT;
        ALTER TABLE feeds ADD COLUMN icon_checked REAL;
        """,
    )


def _v6_merge_moved_duplicates(conn: sqlite3.Connection) -> None:
    """Merge the copies of an article that a moved feed stored twice (issue 12).

    Schemas up to 5 resolved a guid without a scheme against the URL the feed was fetched
    from, so after a redirect "https://old/rss/123" and "https://new/v2/123" were two articles.
    Copies in one feed with the same link (or each its own guid), the same title and the same
    last guid segment are one article: the oldest row stays (its id, first_seen), takes the
    newest copy's key (the one the current URL gives, which the next refresh re-keys to the
    raw guid), and keeps every copy's read state, star, read events and cached images.
    """
    groups: dict[tuple[int, str, str, str], list[int]] = defaultdict(list)
    for aid, feed_id, guid, url, title in conn.execute(
        "SELECT id, feed_id, guid, url, title FROM articles "
        "WHERE guid LIKE '%/%' AND url IS NOT NULL AND url <> '' ORDER BY id"
    ):
        tail = guid.rstrip().rsplit("/", 1)[-1]
        # Without a <link> the old code used the resolved guid as the link, so it moved too.
        link = "" if url == guid else url
        if tail:
            groups[(feed_id, link, title, tail)].append(aid)
    for ids in groups.values():
        if len(ids) > 1:
            _merge_articles(conn, ids[0], ids[1:])


def _merge_articles(conn: sqlite3.Connection, keep: int, others: list[int]) -> None:
    ids = [keep, *others]
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT id, entry_key, guid, read, starred, read_at, pop_score, pop_reads, pop_last_read "
        f"FROM articles WHERE id IN ({marks}) ORDER BY id",
        ids,
    ).fetchall()
    newest = rows[-1]
    read_ats = [r[5] for r in rows if r[5] is not None]
    scores = [r[6] for r in rows if r[6] is not None]
    score = None
    if scores:  # core.ranking stores log2 of a sum of 2^increment: merge by log-sum
        top = max(scores)
        score = top + math.log2(sum(2.0 ** (v - top) for v in scores))
    last_reads = [r[8] for r in rows if r[8] is not None]
    other_marks = ",".join("?" * len(others))
    conn.execute(f"UPDATE read_events SET article_id = ? WHERE article_id IN ({other_marks})",
                 (keep, *others))  # fmt: skip
    conn.execute(
        "INSERT OR IGNORE INTO article_images(article_id, url, sha256, state) "
        f"SELECT ?, url, sha256, state FROM article_images WHERE article_id IN ({other_marks}) "
        "ORDER BY id",
        (keep, *others),
    )
    conn.execute(f"DELETE FROM articles WHERE id IN ({other_marks})", others)
    conn.execute(
        "UPDATE articles SET entry_key = ?, guid = ?, read = ?, starred = ?, read_at = ?, "
        "pop_score = ?, pop_reads = ?, pop_last_read = ? WHERE id = ?",
        (
            newest[1], newest[2], max(r[3] for r in rows), max(r[4] for r in rows),
            min(read_ats) if read_ats else None, score, sum(r[7] for r in rows),
            max(last_reads) if last_reads else None, keep,
        ),
    )  # fmt: skip


def _v7_image_urls_read_whole(conn: sqlite3.Connection) -> None:
    """Record the image URLs that schemas up to 6 read wrong from stored HTML (issue 12).

    They were taken by a regex, still entity-escaped ("…&amp;h=480") and cut at an apostrophe,
    so the worker fetched URLs the pane never asks for. Articles whose images could be
    affected (an <img> with "&" or "'" in the HTML) get their images read again by the
    parser; a wrong row that never cached anything goes, and the right URL is queued.
    """
    rows = conn.execute(
        "SELECT id, image, summary, content FROM articles WHERE "
        "(ifnull(content, '') || ifnull(summary, '')) LIKE '%<img%' AND "
        "((ifnull(content, '') || ifnull(summary, '')) LIKE '%&%' OR "
        "(ifnull(content, '') || ifnull(summary, '')) LIKE '%''%')"
    ).fetchall()
    for article_id, lead, summary, content in rows:
        lead_urls = [lead] if lead and lead.startswith(("http://", "https://")) else []
        urls = list(dict.fromkeys(lead_urls + image_urls(content) + image_urls(summary)))
        stored = conn.execute(
            "SELECT url, state FROM article_images WHERE article_id = ?", (article_id,)
        ).fetchall()
        for url, state in stored:
            if url not in urls and state != "cached":
                conn.execute(
                    "DELETE FROM article_images WHERE article_id = ? AND url = ?",
                    (article_id, url),
                )
        conn.executemany(
            "INSERT OR IGNORE INTO article_images(article_id, url) VALUES (?, ?)",
            [(article_id, url) for url in urls],
        )


# The time a trigger stamps on an intent: Unix seconds with milliseconds.
_NOW_SQL = "((julianday('now') - 2440587.5) * 86400.0)"


def _v8_sync_accounts(conn: sqlite3.Connection) -> None:
    """Sync accounts, the state last seen on their servers, and the outbox (issue 14).

    Local changes reach the outbox through triggers, so every writer of `read`, `starred`,
    a feed's title, section or subscription (the window, the CLI, mark-all-read, a read
    event) records its intent in the same transaction as the change, with no code path
    to forget. An article intent exists only while the local value differs from the value
    last seen on the server: changing it back removes it. The sync engine writes what it
    pulls after recording it as seen, so its own writes never become intents.
    """
    _run_script(
        conn,
        f"""
        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            url TEXT NOT NULL,
            username TEXT NOT NULL DEFAULT '',
            auth_ref TEXT NOT NULL,
            server_version TEXT,
            cursor TEXT,
            last_sync REAL,
            last_error TEXT,
            created REAL NOT NULL,
            -- One sync of an account at a time, across processes (the window and the CLI):
            -- a toggle pushed twice would undo itself. A lease of a dead process is free.
            lease_pid INTEGER,
            lease_until REAL
        );
        ALTER TABLE feeds ADD COLUMN account_id INTEGER REFERENCES accounts(id);
        ALTER TABLE feeds ADD COLUMN remote_id TEXT;
        -- What the server last said the feed's title and section were: a local change is
        -- one that differs from these.
        ALTER TABLE feeds ADD COLUMN seen_title TEXT;
        ALTER TABLE feeds ADD COLUMN seen_section_id INTEGER;
        CREATE UNIQUE INDEX feeds_remote ON feeds(account_id, remote_id)
            WHERE remote_id IS NOT NULL;
        CREATE INDEX feeds_account ON feeds(account_id) WHERE account_id IS NOT NULL;

        CREATE TABLE remote_entries (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            remote_id TEXT NOT NULL,
            seen_read INTEGER NOT NULL,
            seen_starred INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX remote_entries_id ON remote_entries(account_id, remote_id);

        -- AUTOINCREMENT: a changed intent gets a new id, never an old one, so a sync
        -- settles exactly the version it read (a change made meanwhile stays).
        CREATE TABLE sync_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('read', 'starred')),
            value INTEGER NOT NULL,
            at REAL NOT NULL,
            UNIQUE (article_id, field)
        );

        CREATE TABLE sync_feed_outbox (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            action TEXT NOT NULL CHECK (action IN ('subscribe', 'unsubscribe', 'edit')),
            feed_id INTEGER REFERENCES feeds(id) ON DELETE CASCADE,
            remote_id TEXT,
            at REAL NOT NULL
        );
        CREATE UNIQUE INDEX sync_feed_outbox_feed ON sync_feed_outbox(feed_id, action)
            WHERE feed_id IS NOT NULL;

        CREATE TRIGGER articles_sync_read AFTER UPDATE OF read ON articles
        WHEN NEW.read != OLD.read
            AND EXISTS (SELECT 1 FROM remote_entries r WHERE r.article_id = NEW.id)
        BEGIN
            DELETE FROM sync_outbox WHERE article_id = NEW.id AND field = 'read';
            INSERT INTO sync_outbox(article_id, field, value, at)
                SELECT NEW.id, 'read', NEW.read, {_NOW_SQL} FROM remote_entries r
                WHERE r.article_id = NEW.id AND r.seen_read != NEW.read;
        END;

        CREATE TRIGGER articles_sync_starred AFTER UPDATE OF starred ON articles
        WHEN NEW.starred != OLD.starred
            AND EXISTS (SELECT 1 FROM remote_entries r WHERE r.article_id = NEW.id)
        BEGIN
            DELETE FROM sync_outbox WHERE article_id = NEW.id AND field = 'starred';
            INSERT INTO sync_outbox(article_id, field, value, at)
                SELECT NEW.id, 'starred', NEW.starred, {_NOW_SQL} FROM remote_entries r
                WHERE r.article_id = NEW.id AND r.seen_starred != NEW.starred;
        END;

        CREATE TRIGGER feeds_sync_subscribe AFTER INSERT ON feeds
        WHEN NEW.account_id IS NOT NULL AND NEW.remote_id IS NULL
        BEGIN
            INSERT OR IGNORE INTO sync_feed_outbox(account_id, action, feed_id, at)
                VALUES (NEW.account_id, 'subscribe', NEW.id, {_NOW_SQL});
        END;

        CREATE TRIGGER feeds_sync_unsubscribe AFTER DELETE ON feeds
        WHEN OLD.account_id IS NOT NULL AND OLD.remote_id IS NOT NULL
        BEGIN
            INSERT INTO sync_feed_outbox(account_id, action, remote_id, at)
                VALUES (OLD.account_id, 'unsubscribe', OLD.remote_id, {_NOW_SQL});
        END;

        CREATE TRIGGER feeds_sync_archive AFTER UPDATE OF status ON feeds
        WHEN NEW.status = 'archived' AND OLD.status != 'archived'
            AND NEW.account_id IS NOT NULL AND NEW.remote_id IS NOT NULL
        BEGIN
            INSERT INTO sync_feed_outbox(account_id, action, remote_id, at)
                VALUES (NEW.account_id, 'unsubscribe', NEW.remote_id, {_NOW_SQL});
            UPDATE feeds SET account_id = NULL, remote_id = NULL WHERE id = NEW.id;
        END;

        CREATE TRIGGER feeds_sync_edit AFTER UPDATE OF title, section_id ON feeds
        WHEN NEW.account_id IS NOT NULL AND NEW.remote_id IS NOT NULL
            AND (NEW.title IS NOT NEW.seen_title OR NEW.section_id IS NOT NEW.seen_section_id)
        BEGIN
            INSERT OR REPLACE INTO sync_feed_outbox(account_id, action, feed_id, at)
                VALUES (NEW.account_id, 'edit', NEW.id, {_NOW_SQL});
        END;
        """,
    )


def _v9_article_versions(conn: sqlite3.Connection) -> None:
    """The previous versions of an article whose feed changed its text (issue 19).

    A rewrite that changes what a reader sees (the title or the body's text, not only its
    markup) first copies the stored title, summary and content here, in the same
    transaction; storage keeps the newest few per article, and core.decide's MAX_CHANGES
    bounds how often one article is rewritten at all.
    """
    _run_script(
        conn,
        """
        CREATE TABLE article_versions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            changed_at REAL NOT NULL,
            title TEXT,
            summary TEXT,
            content TEXT
        );
        CREATE INDEX article_versions_article ON article_versions(article_id, changed_at);
        """,
    )


def _v10_organise_and_listen(conn: sqlite3.Connection) -> None:
    """Rules, tags, notes, saved searches, enclosures and stories (issues 16 and 19).

    Articles gain `hidden` (a rule's "hide": the row stays, lists skip it unless asked),
    `pinned` (a rule's "move to the top"), `categories` (the feed's categories, one per
    line, for rules that test them) and `story_id` (the id of the first article of the
    story it belongs to across feeds; NULL while it stands alone).
    """
    _run_script(
        conn,
        """
        ALTER TABLE articles ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN categories TEXT;
        ALTER TABLE articles ADD COLUMN story_id INTEGER;
        CREATE INDEX articles_story ON articles(story_id) WHERE story_id IS NOT NULL;
        CREATE INDEX articles_hidden ON articles(sort_time) WHERE hidden = 1;

        -- A rule's conditions and actions are JSON lists (see core.rules); its scope is
        -- every feed (both NULL), a section and its subsections, or one feed.
        CREATE TABLE rules (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL DEFAULT 0,
            enabled INTEGER NOT NULL DEFAULT 1,
            section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
            feed_id INTEGER REFERENCES feeds(id) ON DELETE CASCADE,
            conditions TEXT NOT NULL,
            actions TEXT NOT NULL,
            created REAL NOT NULL
        );

        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
        );
        CREATE TABLE article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX article_tags_tag ON article_tags(tag_id, article_id);

        CREATE TABLE article_notes (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            updated REAL NOT NULL
        );

        CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            query TEXT NOT NULL,
            unread_only INTEGER NOT NULL DEFAULT 0,
            section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            created REAL NOT NULL
        );

        -- `position` is the playback position in seconds; `download` the file's name in the
        -- downloads folder once saved (always a name the app made, never the server's).
        CREATE TABLE enclosures (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            type TEXT,
            length INTEGER,
            duration REAL,
            position REAL NOT NULL DEFAULT 0,
            download TEXT,
            UNIQUE (article_id, url)
        );
        """,
    )


def _v11_story_terms(conn: sqlite3.Connection) -> None:
    """What clustering articles into stories reads (issue 19; storage.stories).

    A signature per article (its normalised title and lead terms, core.stories.encode), the
    document frequency of every term over the signatures, and a posting list of each
    article's rarest terms ordered by time, so the candidates for a new article are a few
    index ranges inside the story window. Deleting an article deletes its signature (FK),
    whose trigger takes its terms out of the counts and postings; an article leaving a story
    hands the story id on to the next member, and a story left with one feed dissolves.
    Existing articles are not clustered here: `newsreader recluster` does it in bounded
    batches on the writer.
    """
    _run_script(
        conn,
        """
        CREATE TABLE story_signatures (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            feed_id INTEGER NOT NULL,
            sort_time REAL NOT NULL,
            terms TEXT NOT NULL,
            posted TEXT NOT NULL
        );
        -- term '' holds the number of signatures (the N of idf).
        CREATE TABLE story_terms (
            term TEXT PRIMARY KEY,
            df INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE story_postings (
            term TEXT NOT NULL,
            sort_time REAL NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (term, sort_time, article_id)
        ) WITHOUT ROWID;
        CREATE TRIGGER story_signatures_delete AFTER DELETE ON story_signatures BEGIN
            UPDATE story_terms SET df = df - 1
                WHERE term IN (SELECT substr(value, 2) FROM json_each(old.terms))
                   OR term = '';
            DELETE FROM story_postings WHERE sort_time = old.sort_time
                AND article_id = old.article_id
                AND term IN (SELECT value FROM json_each(old.posted));
        END;
        CREATE TRIGGER articles_story_left AFTER DELETE ON articles
        WHEN old.story_id IS NOT NULL BEGIN
            UPDATE articles SET story_id = NULL WHERE story_id = old.story_id
                AND (SELECT count(DISTINCT feed_id) FROM articles
                     WHERE story_id = old.story_id) < 2;
            UPDATE articles SET story_id = (SELECT min(id) FROM articles
                                            WHERE story_id = old.story_id)
                WHERE story_id = old.story_id AND old.id = old.story_id;
        END;
        """,
    )


Step = Callable[[sqlite3.Connection], None]

# (step, objects that must exist after it). Append only; never edit a released step.
STEPS: tuple[tuple[Step, tuple[str, ...]], ...] = (
    (_v1_core_tables, ("sections", "feeds", "articles", "tombstones", "settings")),
    (_v2_read_events, ("read_events", "articles_popular")),
    (
        _v3_images_and_fts,
        (
            "images",
            "article_images",
            "articles_fts",
            "articles_fts_delete",
            "articles_vocab",
        ),
    ),
    (_v4_full_text_mode, ("feeds",)),
    (_v5_feed_icons, ("feeds",)),
    (_v6_merge_moved_duplicates, ("articles",)),
    (_v7_image_urls_read_whole, ("article_images",)),
    (
        _v8_sync_accounts,
        ("accounts", "remote_entries", "sync_outbox", "sync_feed_outbox", "articles_sync_read"),
    ),
    (_v9_article_versions, ("article_versions", "article_versions_article")),
    (
        _v10_organise_and_listen,
        (
            "articles_story",
            "rules",
            "tags",
            "article_tags",
            "article_notes",
            "saved_searches",
            "enclosures",
        ),
    ),
    (
        _v11_story_terms,
        (
            "story_signatures",
            "story_terms",
            "story_postings",
            "story_signatures_delete",
            "articles_story_left",
        ),
    ),
)
LATEST = len(STEPS)


def _check_step(conn: sqlite3.Connection, version: int, expected: tuple[str, ...]) -> None:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    missing = [n for n in expected if n not in names]
    if missing:
        raise StorageError(f"migration to schema {version} did not create {', '.join(missing)}")
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise StorageError(f"migration to schema {version} left foreign-key violations")
    if conn.execute("PRAGMA user_version").fetchone()[0] != version:
        raise StorageError(f"migration to schema {version} did not record its version")


def migrate(conn: sqlite3.Connection, path: Path, upto: int = LATEST) -> int:
    """Run the steps from the file's version up to `upto`; returns the final version.

    Tests pass a smaller `upto` to build databases at every earlier version.
    """
    current = start = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for version in range(current + 1, upto + 1):
        step, expected = STEPS[version - 1]
        try:
            with transaction(conn):
                step(conn)
                conn.execute(f"PRAGMA user_version = {version}")
                _check_step(conn, version, expected)
        except sqlite3.Error as exc:
            raise StorageError(
                f"{path}: upgrade to schema {version} failed ({exc}); the file is unchanged "
                f"at schema {version - 1}"
            ) from exc
        current = version
    if current > start > 0:
        # After an upgrade of an existing library, the full check (issue 12): each step is
        # checked for its objects and foreign keys, this for every page and index entry.
        problems = conn.execute("PRAGMA integrity_check(5)").fetchall()
        if problems != [("ok",)]:
            raise StorageError(
                f"{path}: after the upgrade to schema {current} the library failed its check "
                f"({problems[0][0]}); the copy made before the upgrade is in backups/"
            )
    return current
