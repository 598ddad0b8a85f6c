"""A real Miniflux server for the sync tests: PostgreSQL 15 and a Debian-built miniflux binary.

`MinifluxServer("trixie")` (2.2.6) or `MinifluxServer("forky")` (2.3.x) runs, on 127.0.0.1
only, a throwaway PostgreSQL cluster on a free port and miniflux on another free port. The
facts it relies on are in ../shared/sync/MINIFLUX.md (§1): the binary comes from
tools/miniflux-get.sh (cached), the cluster is initialised as user `postgres` when run as
root, the admin, an API key and the Google Reader and Fever integrations are seeded by SQL.

Speed: the first start for a miniflux version builds the seeded cluster and keeps a stopped
copy of it in the cache folder; later starts copy that folder (a warm start). `reset()` gives
the freshly seeded state back by recreating the database from a seeded template database.

Processes are stopped by their recorded PIDs (never by name). `python -m
tests.support.miniflux --version trixie` starts one by hand and prints its URL and credentials.
"""

from __future__ import annotations

import argparse
import atexit
import concurrent.futures
import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.support.feeds import BASE_TIME, Item, rss
from tests.support.httpserver import Reply, Request, TestServer

REPO = Path(__file__).resolve().parents[2]
GET_SCRIPT = REPO / "tools" / "miniflux-get.sh"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
# Bump when the seeded state changes, so cached clusters built by older code are not reused.
SEED_LAYOUT = 6

ADMIN_USER = "admin"
ADMIN_PASSWORD = "test-pass-123"
GREADER_USER = "gruser"
API_KEY = "newsreader-test-api-key-0123456789abcdef"
DB = "miniflux"
SEED_DB = "miniflux_seed"
WORK_PREFIX = "newsreader-miniflux-"

# A copy of every table the seeding left non-empty, and a function that empties every table,
# copies those rows back and restarts the id sequences: a reset in one statement, with
# miniflux left running (it keeps no entity cache in memory).
RESET_SQL = """
CREATE SCHEMA newsreader_seed;
DO $$ DECLARE t record; n bigint; BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format('SELECT count(*) FROM public.%I', t.tablename) INTO n;
    IF n > 0 THEN
      EXECUTE format('CREATE TABLE newsreader_seed.%I AS SELECT * FROM public.%I',
                     t.tablename, t.tablename);
    END IF;
  END LOOP;
END $$;
CREATE FUNCTION newsreader_seed.reset() RETURNS void LANGUAGE plpgsql AS $$
DECLARE t record; s record; BEGIN
  -- DELETE rather than TRUNCATE: the tables stay small, and TRUNCATE makes new files for
  -- every table (3-4 times slower here). Foreign keys are not checked meanwhile, so the
  -- order does not matter.
  PERFORM set_config('session_replication_role', 'replica', true);
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format('DELETE FROM public.%I', t.tablename);
  END LOOP;
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'newsreader_seed' LOOP
    EXECUTE format('INSERT INTO public.%I SELECT * FROM newsreader_seed.%I',
                   t.tablename, t.tablename);
  END LOOP;
  PERFORM set_config('session_replication_role', 'origin', true);
  FOR s IN SELECT seq.relname AS seq, tab.relname AS tab, att.attname AS col
           FROM pg_class seq
           JOIN pg_namespace ns ON ns.oid = seq.relnamespace AND ns.nspname = 'public'
           JOIN pg_depend d ON d.objid = seq.oid AND d.deptype IN ('a', 'i')
           JOIN pg_class tab ON tab.oid = d.refobjid
           JOIN pg_attribute att ON att.attrelid = tab.oid AND att.attnum = d.refobjsubid
           WHERE seq.relkind = 'S' LOOP
    EXECUTE format('SELECT setval(%L, COALESCE((SELECT max(%I) FROM public.%I), 0) + 1, false)',
                   'public.' || s.seq, s.col, s.tab);
  END LOOP;
END $$;
"""

# Accepted names for the two versions under test.
SUITES = {"trixie": "trixie", "2.2.6": "trixie", "forky": "forky", "2.3": "forky", "sid": "sid"}


class MinifluxError(RuntimeError):
    """The server could not be obtained or started; the message says which step failed."""


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsreader-tests" / "miniflux"


def get_binary(suite: str, dest: Path | None = None) -> Path:
    """The miniflux binary of a Debian suite, downloaded once into the cache folder."""
    args = [str(GET_SCRIPT), suite] + ([str(dest)] if dest else [])
    proc = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
    if proc.returncode != 0:
        raise MinifluxError(
            f"could not download the miniflux binary for Debian {suite} with "
            f"tools/miniflux-get.sh (exit {proc.returncode}): {proc.stderr.strip()[-800:]}"
        )
    path = Path(proc.stdout.strip().splitlines()[-1])
    if not os.access(path, os.X_OK):
        raise MinifluxError(f"tools/miniflux-get.sh printed {path}, which is not executable")
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pid_alive(pid: int) -> bool:
    """True while the process exists and is not a zombie (state Z is already dead)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    # The command name is in parentheses and may hold spaces: the state follows the last ')'.
    state = stat.rsplit(")", 1)[-1].split()[0]
    return state not in ("Z", "X")


def _die_with_parent(sig: str, args: list[str]) -> list[str]:
    """`args` run so that the program gets `sig` when the thread that started it dies (even by
    SIGKILL): a killed test run leaves no server behind. setpriv execs in place, so the
    recorded PID stays the server's, and it runs after Popen's uid change (which would clear
    the setting)."""
    setpriv = shutil.which("setpriv")
    return [setpriv, f"--pdeathsig={sig}", "--", *args] if setpriv else args


def _as_postgres() -> dict[str, Any]:
    """Popen arguments that run a PostgreSQL program as `postgres` when we are root."""
    if os.geteuid() == 0:
        return {"user": "postgres", "group": "postgres", "extra_groups": []}
    return {}


def sweep_stale(tmp: Path | None = None) -> None:
    """Stop the servers of earlier runs whose owning process is gone, and remove their folders.

    Each work folder holds `pids.json` ({"owner": pid, "pids": {...}}); a PID is only
    signalled while its command line still names that folder's program (PIDs are reused).
    """
    for work in Path(tmp or tempfile.gettempdir()).glob(WORK_PREFIX + "*"):
        try:
            info = json.loads((work / "pids.json").read_text())
        except (OSError, ValueError):
            # No record yet: a server starting right now, or one that never got going.
            if time.time() - work.stat().st_mtime > 3600:
                shutil.rmtree(work, ignore_errors=True)
            continue
        if pid_alive(int(info.get("owner", 0))):
            continue
        for pid, program in info.get("pids", {}).items():
            with contextlib.suppress(OSError):
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
                if program.encode() in cmdline and pid_alive(int(pid)):
                    os.kill(int(pid), signal.SIGKILL)
        shutil.rmtree(work, ignore_errors=True)


def _chown_postgres(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chown", "-R", "postgres:postgres", str(path)], check=True)


@dataclass
class _Proc:
    name: str
    popen: subprocess.Popen[bytes]
    log: Path

    @property
    def pid(self) -> int:
        return self.popen.pid

    def stop(self, sig: int, timeout: float = 10.0) -> None:
        """Signal by the recorded PID, wait (reaping it), and SIGKILL when it will not go."""
        if self.popen.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, sig)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(5)
        # Not our child any more (or reaped slowly elsewhere): a zombie counts as gone.
        deadline = time.monotonic() + 5
        while pid_alive(self.pid) and time.monotonic() < deadline:
            time.sleep(0.02)

    def tail(self, chars: int = 1500) -> str:
        try:
            return self.log.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


class _PsqlSession:
    """One long-lived psql reading SQL from a pipe: no start-up cost per statement."""

    def __init__(self, port: int, db: str) -> None:
        self._proc = subprocess.Popen(
            ["psql", "-X", "-q", "-A", "-t", "-h", "127.0.0.1", "-p", str(port),
             "-U", "postgres", "-d", db],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, bufsize=1,
        )  # fmt: skip

    def run(self, sql: str) -> list[str]:
        """Runs one statement; returns its output lines or raises with psql's message."""
        proc = self._proc
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(
            f"{sql.rstrip().rstrip(';')};\n"
            "\\if :ERROR\n\\echo __FAILED__\n\\else\n\\echo __DONE__\n\\endif\n"
        )
        proc.stdin.flush()
        lines: list[str] = []
        while True:
            line = proc.stdout.readline()
            if not line:
                raise MinifluxError(f"psql session ended: {''.join(lines)[-800:]}")
            if line.strip() == "__DONE__":
                return lines
            if line.strip() == "__FAILED__":
                raise MinifluxError(f"psql failed on {sql[:120]!r}: {''.join(lines)[-800:]}")
            lines.append(line)

    def close(self) -> None:
        if self._proc.poll() is None:
            with contextlib.suppress(OSError):
                assert self._proc.stdin is not None
                self._proc.stdin.close()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)


@dataclass
class Timings:
    """Seconds spent in each step of the last start and reset (printed by tests and bench)."""

    download: float = 0.0
    cluster: float = 0.0  # initdb + migrations + seeding (cold) or copying the cache (warm)
    postgres: float = 0.0
    miniflux: float = 0.0
    cold: bool = False
    reset: list[float] = field(default_factory=list)

    @property
    def start(self) -> float:
        return self.download + self.cluster + self.postgres + self.miniflux


class MinifluxServer:
    """One Miniflux plus its PostgreSQL on 127.0.0.1; `with MinifluxServer("trixie") as mf:`."""

    __test__ = False

    def __init__(self, suite: str = "trixie", *, binary: Path | None = None) -> None:
        if suite not in SUITES:
            raise ValueError(f"unknown miniflux suite {suite!r}; use one of {sorted(SUITES)}")
        self.suite = SUITES[suite]
        self._binary = binary
        self.admin_user = ADMIN_USER
        self.admin_password = ADMIN_PASSWORD
        self.greader_user = GREADER_USER
        self.greader_password = ADMIN_PASSWORD  # the integration reuses the admin's hash
        self.fever_user = GREADER_USER
        self.fever_api_key = hashlib.md5(
            f"{GREADER_USER}:{ADMIN_PASSWORD}".encode(), usedforsecurity=False
        ).hexdigest()
        self.api_key = API_KEY
        self.version = ""
        self.timings = Timings()
        self.workdir: Path | None = None
        self.pg_port = 0
        self.port = 0
        self._pg: _Proc | None = None
        self._mf: _Proc | None = None
        self._session: _PsqlSession | None = None
        self._lock = threading.Lock()

    # -- life cycle -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def binary(self) -> Path:
        if self._binary is None:
            t0 = time.monotonic()
            self._binary = get_binary(self.suite)
            self.timings.download = time.monotonic() - t0
        return self._binary

    def __enter__(self) -> MinifluxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> MinifluxServer:
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        binary = self.binary
        sweep_stale()
        self.workdir = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{self.suite}-"))
        self.workdir.chmod(0o755)  # the postgres user must reach its cluster inside
        atexit.register(self.stop)
        cluster = self.workdir / "pg"
        template = self._cached_cluster(binary)
        t0 = time.monotonic()
        if template.is_dir():
            subprocess.run(["cp", "-a", str(template), str(cluster)], check=True)
            self.timings.cluster = time.monotonic() - t0
            self._start_postgres(cluster)
        else:
            self.timings.cold = True
            self._build_cluster(cluster)
            self._save_cluster(cluster, template)
            self.timings.cluster = time.monotonic() - t0
            self._start_postgres(cluster)
        t1 = time.monotonic()
        self.port = free_port()
        self._start_miniflux()
        self.timings.miniflux = time.monotonic() - t1
        self.version = str(self.api("GET", "/v1/version")["version"])

    def stop(self) -> None:
        """Stop miniflux, then PostgreSQL (fast shutdown), and remove the work folder."""
        with self._lock:
            self._close_session()
            if self._mf is not None:
                self._mf.stop(signal.SIGTERM)
                self._mf = None
            if self._pg is not None:
                self._pg.stop(signal.SIGINT, timeout=15)
                self._pg = None
            if self.workdir is not None:
                shutil.rmtree(self.workdir, ignore_errors=True)
                self.workdir = None
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)

    def _close_session(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def _record_pids(self) -> None:
        assert self.workdir is not None
        pids = {
            str(p.pid): str(self.binary if p is self._mf else PG_BIN / "postgres")
            for p in (self._pg, self._mf)
            if p is not None
        }
        tmp = self.workdir / "pids.json.tmp"
        tmp.write_text(json.dumps({"owner": os.getpid(), "pids": pids}))
        tmp.replace(self.workdir / "pids.json")

    def reset(self, *, full: bool = False) -> float:
        """Back to the freshly seeded state: no feeds, no entries, ids from 1, same credentials.

        By default every table is emptied and the seeded rows copied back in one transaction,
        with miniflux left running. `full=True` stops miniflux, recreates the database from the
        seeded template database (DROP/CREATE DATABASE ... TEMPLATE) and starts miniflux again.
        Returns the seconds it took (also appended to `timings.reset`).
        """
        t0 = time.monotonic()
        if not full:
            if self._session is None:
                self._session = _PsqlSession(self.pg_port, DB)
                self._session.run("SET lock_timeout = '20s'")
            try:
                self._session.run("SELECT newsreader_seed.reset()")
            except MinifluxError:
                self._close_session()
                raise
            took = time.monotonic() - t0
            self.timings.reset.append(took)
            return took
        self._close_session()
        if self._mf is not None:
            self._mf.stop(signal.SIGTERM)
            self._mf = None
        self._psql(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)", db="template1")
        self._psql(f"CREATE DATABASE {DB} TEMPLATE {SEED_DB}", db="template1")
        self._start_miniflux()
        took = time.monotonic() - t0
        self.timings.reset.append(took)
        return took

    # -- PostgreSQL -------------------------------------------------------------------------

    def _cached_cluster(self, binary: Path) -> Path:
        version = subprocess.run(
            [str(binary), "-version"], capture_output=True, text=True, check=True, timeout=30
        ).stdout.strip()
        return cache_root() / self.suite / f"cluster-{version}-pg15-seed{SEED_LAYOUT}"

    def _build_cluster(self, cluster: Path) -> None:
        """initdb, migrations, admin, API key and integrations; leaves PostgreSQL stopped."""
        assert self.workdir is not None
        cluster.mkdir(mode=0o700)
        _chown_postgres(cluster)
        log = self.workdir / "initdb.log"
        with log.open("wb") as out:
            proc = subprocess.run(
                [str(PG_BIN / "initdb"), "-D", str(cluster), "-A", "trust", "--no-sync",
                 "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--wal-segsize=1"],
                stdout=out, stderr=subprocess.STDOUT, check=False, timeout=120,
                **_as_postgres(),
            )  # fmt: skip
        if proc.returncode != 0:
            raise MinifluxError(f"initdb failed: {log.read_text(errors='replace')[-1500:]}")
        self._start_postgres(cluster)
        self._psql(f"CREATE DATABASE {DB}", db="postgres")
        env = self._miniflux_env(0)
        env.update(
            RUN_MIGRATIONS="1",
            CREATE_ADMIN="1",
            ADMIN_USERNAME=self.admin_user,
            ADMIN_PASSWORD=self.admin_password,
        )
        mig = subprocess.run(
            [str(self.binary), "-run-cleanup-tasks"],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        if mig.returncode != 0:
            raise MinifluxError(
                f"miniflux migrations failed (exit {mig.returncode}): {mig.stderr[-1500:]}"
            )
        user = f"(SELECT id FROM users WHERE username = '{self.admin_user}')"
        self._psql(
            f"INSERT INTO api_keys (user_id, token, description) "
            f"VALUES ({user}, '{self.api_key}', 'newsreader tests');"
            f"INSERT INTO integrations (user_id) SELECT {user} WHERE NOT EXISTS "
            f"(SELECT 1 FROM integrations WHERE user_id = {user});"
            f"UPDATE integrations SET googlereader_enabled = true, "
            f"googlereader_username = '{self.greader_user}', "
            f"googlereader_password = (SELECT password FROM users WHERE id = {user}), "
            f"fever_enabled = true, fever_username = '{self.fever_user}', "
            f"fever_token = '{self.fever_api_key}' WHERE user_id = {user};"
        )
        self._psql(RESET_SQL)
        self._psql(f"CREATE DATABASE {SEED_DB} TEMPLATE {DB}", db="postgres")
        # The copy kept for warm starts is made small (57 MB -> about 25 MB): no template0, no
        # `postgres` database (template1 serves for maintenance), and no recycled WAL.
        self._psql("UPDATE pg_database SET datistemplate = false WHERE datname = 'template0'")
        self._psql("DROP DATABASE template0", db="template1")
        self._psql("DROP DATABASE postgres", db="template1")
        self._psql("CHECKPOINT", db="template1")
        assert self._pg is not None
        self._pg.stop(signal.SIGINT, timeout=15)
        self._pg = None
        # Safe after a clean shutdown: it only discards WAL that nothing needs any more.
        subprocess.run(
            [str(PG_BIN / "pg_resetwal"), "-D", str(cluster)],
            capture_output=True, check=True, timeout=60, **_as_postgres(),
        )  # fmt: skip

    def _save_cluster(self, cluster: Path, template: Path) -> None:
        """Keep a stopped copy of the seeded cluster for warm starts (atomic rename)."""
        template.parent.mkdir(parents=True, exist_ok=True)
        tmp = template.parent / f".{template.name}.{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        subprocess.run(["cp", "-a", str(cluster), str(tmp)], check=True)
        try:
            tmp.rename(template)
        except OSError:  # another process saved it first
            shutil.rmtree(tmp, ignore_errors=True)
        for old in template.parent.glob("cluster-*"):  # built by older code or binaries
            if old != template:
                shutil.rmtree(old, ignore_errors=True)

    def _start_postgres(self, cluster: Path) -> None:
        assert self.workdir is not None
        t0 = time.monotonic()
        self.pg_port = free_port()
        log = self.workdir / "postgres.log"
        args = [str(PG_BIN / "postgres"), "-D", str(cluster),
                "-c", "listen_addresses=127.0.0.1", "-c", f"port={self.pg_port}",
                "-c", "unix_socket_directories=", "-c", "fsync=off",
                "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "max_connections=40", "-c", "shared_buffers=32MB",
                "-c", "logging_collector=off", "-c", "wal_level=minimal",
                "-c", "max_wal_senders=0", "-c", "min_wal_size=2MB"]  # fmt: skip
        with log.open("ab") as out:
            popen = subprocess.Popen(
                _die_with_parent("QUIT", args), stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.STDOUT, start_new_session=True, **_as_postgres(),
            )  # fmt: skip
        self._pg = _Proc("postgres", popen, log)
        self._record_pids()
        pidfile = cluster / "postmaster.pid"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if popen.poll() is not None:
                raise MinifluxError(f"PostgreSQL exited at start: {self._pg.tail()}")
            with contextlib.suppress(OSError):
                lines = pidfile.read_text().splitlines()
                # Line 8 of postmaster.pid is the status: "ready" once it accepts connections.
                if len(lines) >= 8 and lines[7].strip() == "ready":
                    self.timings.postgres = time.monotonic() - t0
                    return
            time.sleep(0.02)
        raise MinifluxError(f"PostgreSQL did not become ready in 60 s: {self._pg.tail()}")

    def _psql(self, sql: str, db: str = DB) -> str:
        proc = subprocess.run(
            ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
             "-h", "127.0.0.1", "-p", str(self.pg_port), "-U", "postgres", "-d", db,
             "-c", sql],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        if proc.returncode != 0:
            raise MinifluxError(f"psql failed on {sql[:120]!r}: {proc.stderr.strip()}")
        return proc.stdout

    def sql(self, query: str) -> list[list[str]]:
        """Rows of a query on the miniflux database (tests that check the server's own state)."""
        out = self._psql(query)
        return [line.split("|") for line in out.splitlines() if line]

    # -- miniflux ---------------------------------------------------------------------------

    def _miniflux_env(self, port: int) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TZ", "TMPDIR")}
        env.update(
            DATABASE_URL=f"postgres://postgres@127.0.0.1:{self.pg_port}/{DB}?sslmode=disable",
            DATABASE_MAX_CONNS="8",
            DATABASE_MIN_CONNS="1",
            LISTEN_ADDR=f"127.0.0.1:{port}",
            BASE_URL=f"http://127.0.0.1:{port}/",
            DISABLE_SCHEDULER_SERVICE="1",
            POLLING_FREQUENCY="1440",
            WORKER_POOL_SIZE="2",
            WATCHDOG="0",
            FETCHER_ALLOW_PRIVATE_NETWORKS="1",
            LOG_LEVEL="info",
        )
        return env

    def _start_miniflux(self) -> None:
        assert self.workdir is not None
        log = self.workdir / "miniflux.log"
        with log.open("ab") as out:
            popen = subprocess.Popen(
                _die_with_parent("KILL", [str(self.binary)]),
                env=self._miniflux_env(self.port), stdin=subprocess.DEVNULL,
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        self._mf = _Proc("miniflux", popen, log)
        self._record_pids()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if popen.poll() is not None:
                raise MinifluxError(f"miniflux exited at start: {self._mf.tail()}")
            health = self.base_url + "/healthcheck"
            with contextlib.suppress(OSError), urllib.request.urlopen(health, timeout=2) as r:
                if r.read().strip() == b"OK":
                    return
            time.sleep(0.02)
        raise MinifluxError(f"miniflux /healthcheck never said OK in 30 s: {self._mf.tail()}")

    # -- REST helpers: tests acting "as another device" -------------------------------------

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        params: dict[str, Any] | Sequence[tuple[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        form: dict[str, Any] | Sequence[tuple[str, Any]] | None = None,
        auth: bool = True,
    ) -> tuple[int, dict[str, str], bytes]:
        """One HTTP call; returns (status, headers, body) without raising on 4xx/5xx."""
        url = self.base_url + path
        if params:
            url += "?" + urllib.parse.urlencode(params, doseq=True)
        hdrs = dict(headers or {})
        if auth:
            hdrs.setdefault("X-Auth-Token", self.api_key)
        data = None
        if form is not None:
            data = urllib.parse.urlencode(form, doseq=True).encode()
            hdrs["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            data = json.dumps(body).encode()
            hdrs["Content-Type"] = "application/json"
        req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status, dict(r.headers.items()), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers.items()), e.read()

    def api(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
        """A REST call that must succeed: the decoded JSON (None for 204)."""
        status, _, data = self.request(method, path, body, params=params or None)
        if status >= 400:
            raise MinifluxError(f"{method} {path} -> {status}: {data[:500]!r}")
        return json.loads(data) if data.strip() else None

    def feeds(self) -> list[dict[str, Any]]:
        return list(self.api("GET", "/v1/feeds"))

    def categories(self) -> list[dict[str, Any]]:
        return list(self.api("GET", "/v1/categories"))

    def create_category(self, title: str) -> int:
        return int(self.api("POST", "/v1/categories", {"title": title})["id"])

    def category_id(self, title: str) -> int:
        """The id of the category with this title, created when missing."""
        for cat in self.categories():
            if cat["title"] == title:
                return int(cat["id"])
        return self.create_category(title)

    def add_feed(self, url: str, category: int | str | None = None) -> int:
        """Subscribe (Miniflux fetches it at once); category is an id or a title."""
        body: dict[str, Any] = {"feed_url": url}
        if isinstance(category, str):
            body["category_id"] = self.category_id(category)
        elif category is not None:
            body["category_id"] = category
        return int(self.api("POST", "/v1/feeds", body)["feed_id"])

    def refresh_feed(self, feed_id: int) -> None:
        """Fetch one feed now (synchronous: its new entries are listed right after)."""
        self.api("PUT", f"/v1/feeds/{feed_id}/refresh")

    def entries(self, **params: Any) -> dict[str, Any]:
        """GET /v1/entries, newest id first ({"total", "entries"}).

        Without `limit`, pages through everything (2.3.x refuses a limit above 1000).
        """
        params.setdefault("order", "id")
        params.setdefault("direction", "desc")
        if "limit" in params:
            result: dict[str, Any] = self.api("GET", "/v1/entries", **params)
            return result
        entries: list[dict[str, Any]] = []
        while True:
            page = self.api("GET", "/v1/entries", limit=1000, offset=len(entries), **params)
            entries.extend(page["entries"])
            if not page["entries"] or len(entries) >= page["total"]:
                return {"total": page["total"], "entries": entries}

    def set_status(self, ids: Iterable[int], status: str) -> None:
        self.api("PUT", "/v1/entries", {"entry_ids": list(ids), "status": status})

    def toggle_bookmark(self, entry_id: int) -> None:
        self.api("PUT", f"/v1/entries/{entry_id}/bookmark")

    def greader_login(self) -> str:
        """The Google Reader `Auth` token for the integration's credentials."""
        status, _, data = self.request(
            "POST",
            "/accounts/ClientLogin",
            form={"Email": self.greader_user, "Passwd": self.greader_password},
            auth=False,
        )
        if status != 200:
            raise MinifluxError(f"ClientLogin -> {status}: {data[:300]!r}")
        fields = dict(line.split("=", 1) for line in data.decode().splitlines() if "=" in line)
        return fields["Auth"]


# -- generated feeds on a loopback server and seeding ---------------------------------------


class FeedFarm:
    """N generated RSS feeds of M items each, served by a `TestServer` on 127.0.0.1.

    Links point at the feed server; images at a `.invalid` host. `add_items(i, n)` puts n
    newer items on top of feed i, so the next refresh on the server finds them.
    """

    def __init__(self, server: TestServer, prefix: str = "farm") -> None:
        self.server = server
        self.prefix = prefix
        self._items: dict[int, list[Item]] = {}
        self._lock = threading.Lock()

    def path(self, index: int) -> str:
        return f"/{self.prefix}/feed-{index}.xml"

    def url(self, index: int) -> str:
        return self.server.url(self.path(index))

    def _item(self, index: int, n: int) -> Item:
        host = self.server.url("")
        return Item(
            guid=f"{self.prefix}-{index}-{n}",
            title=f"Feed {index} story {n}",
            link=f"{host}/{self.prefix}/{index}/{n}.html",
            description=(
                f"<p>Story {n} of feed {index}, about harbour trade.</p>"
                f'<p><img src="http://images.example.invalid/{index}/{n}.jpg" alt=""></p>'
            ),
            published=BASE_TIME + timedelta(minutes=n),
        )

    def add_feed(self, index: int, items: int) -> str:
        with self._lock:
            self._items[index] = [self._item(index, n) for n in reversed(range(items))]
        self.server.routes[self.path(index)] = self._serve(index)
        return self.url(index)

    def add_items(self, index: int, count: int) -> list[Item]:
        with self._lock:
            items = self._items[index]
            start = len(items)
            new = [self._item(index, n) for n in reversed(range(start, start + count))]
            self._items[index] = new + items
        return new

    def _serve(self, index: int) -> Any:
        def handler(request: Request) -> Reply:
            with self._lock:
                items = list(self._items[index])
            body = rss(f"Feed {index}", items, link=self.server.url("/"))
            return Reply(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})

        return handler


@dataclass
class Seeded:
    farm: FeedFarm
    feed_ids: list[int]
    seconds: float


def seed(
    server: MinifluxServer,
    feedserver: TestServer,
    feeds: int = 20,
    entries_per_feed: int = 50,
    categories: Sequence[str] = ("News", "Tech"),
) -> Seeded:
    """Subscribe the server to `feeds` generated feeds of `entries_per_feed` items each.

    Feeds go round-robin into `categories` (created when missing). Miniflux fetches each feed
    as it is added; four subscriptions run at once.
    """
    t0 = time.monotonic()
    farm = FeedFarm(feedserver)
    cat_ids = [server.category_id(title) for title in categories]
    urls = [farm.add_feed(i, entries_per_feed) for i in range(feeds)]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        futures = [
            pool.submit(server.add_feed, url, cat_ids[i % len(cat_ids)] if cat_ids else None)
            for i, url in enumerate(urls)
        ]
        feed_ids = [f.result() for f in futures]
    return Seeded(farm, feed_ids, time.monotonic() - t0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start a throwaway Miniflux on 127.0.0.1.")
    parser.add_argument("--version", default="trixie", choices=sorted(SUITES))
    parser.add_argument("--seed", type=int, default=0, help="also serve and add N feeds")
    args = parser.parse_args(argv)
    with MinifluxServer(args.version) as mf:
        t = mf.timings
        print(f"miniflux {mf.version} at {mf.base_url}")
        print(f"  admin:         {mf.admin_user} / {mf.admin_password}")
        print(f"  API key:       {mf.api_key}  (X-Auth-Token)")
        print(f"  Google Reader: {mf.greader_user} / {mf.greader_password}")
        print(f"  Fever api_key: {mf.fever_api_key}")
        print(f"  PostgreSQL:    postgres@127.0.0.1:{mf.pg_port}/{DB}")
        kind = "cold" if t.cold else "warm"
        print(
            f"  {kind} start {t.start:.2f} s (download {t.download:.2f}, cluster "
            f"{t.cluster:.2f}, postgres {t.postgres:.2f}, miniflux {t.miniflux:.2f})"
        )
        feedserver = None
        if args.seed:
            feedserver = TestServer().start()
            seeded = seed(mf, feedserver, feeds=args.seed)
            print(f"  seeded {len(seeded.feed_ids)} feeds in {seeded.seconds:.2f} s")
        print("Ctrl-C stops it.", flush=True)
        try:
            signal.pause()
        except KeyboardInterrupt:
            pass
        finally:
            if feedserver is not None:
                feedserver.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
