"""Our Secret Service backend against a REAL gnome-keyring on a private D-Bus session bus."""

# keyring's own SecretService backend has no annotations.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import keyring.errors
import pytest
from jeepney.io.blocking import open_dbus_connection
from keyring.backends import SecretService

import newsreader
from newsreader.core import secret_service as ss
from newsreader.core.secret_crypto import ALGORITHM
from newsreader.core.secret_service import SecretServiceKeyring
from tests.support import secret_service

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def keyring_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    missing = secret_service.available()
    if missing:
        pytest.fail(missing)  # .ci/run installs them; a missing keyring is a broken setup
    with secret_service.secret_service(tmp_path_factory.mktemp("keyring")) as env:
        yield env


@pytest.fixture
def ours(keyring_env: dict[str, str]) -> SecretServiceKeyring:
    return SecretServiceKeyring(keyring_env["DBUS_SESSION_BUS_ADDRESS"])


@pytest.fixture
def theirs(keyring_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> SecretService.Keyring:
    """keyring's own backend (secretstorage) on the same daemon; it reads the environment."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_env["DBUS_SESSION_BUS_ADDRESS"])
    return SecretService.Keyring()


def run_python(env: dict[str, str], code: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_round_trip_uses_the_dh_session(ours: SecretServiceKeyring) -> None:
    assert ours.get_password("rt", "alice") is None
    ours.set_password("rt", "alice", "s3cret")
    assert ours.last_algorithm == ALGORITHM
    assert ours.get_password("rt", "alice") == "s3cret"
    assert ours.last_algorithm == ALGORITHM


def test_overwrite_keeps_one_item(ours: SecretServiceKeyring) -> None:
    ours.set_password("ow", "alice", "first")
    ours.set_password("ow", "alice", "second")
    assert ours.get_password("ow", "alice") == "second"
    ours.delete_password("ow", "alice")
    assert ours.get_password("ow", "alice") is None  # no stale first item left behind


def test_delete_and_delete_of_a_missing_entry(ours: SecretServiceKeyring) -> None:
    ours.set_password("del", "alice", "gone soon")
    ours.delete_password("del", "alice")
    assert ours.get_password("del", "alice") is None
    with pytest.raises(keyring.errors.PasswordDeleteError):
        ours.delete_password("del", "alice")


@pytest.mark.parametrize(
    "password",
    ["pässwörd ✓ 鍵 🔑", "x" * 20000, "", " spaces and\nnewline\t"],
    ids=["unicode", "long", "empty", "whitespace"],
)
def test_any_text_survives(ours: SecretServiceKeyring, password: str) -> None:
    ours.set_password("text", "bob", password)
    assert ours.get_password("text", "bob") == password


def test_two_usernames_under_one_service_stay_apart(ours: SecretServiceKeyring) -> None:
    ours.set_password("two", "alice", "alice-pw")
    ours.set_password("two", "bob", "bob-pw")
    assert ours.get_password("two", "alice") == "alice-pw"
    assert ours.get_password("two", "bob") == "bob-pw"
    ours.delete_password("two", "alice")
    assert ours.get_password("two", "alice") is None
    assert ours.get_password("two", "bob") == "bob-pw"


def test_keyrings_backend_reads_and_deletes_what_we_wrote(
    ours: SecretServiceKeyring, theirs: SecretService.Keyring
) -> None:
    ours.set_password("cross1", "carol", "written by us ✓")
    assert theirs.get_password("cross1", "carol") == "written by us ✓"
    theirs.delete_password("cross1", "carol")
    assert ours.get_password("cross1", "carol") is None


def test_we_read_overwrite_and_delete_what_keyrings_backend_wrote(
    ours: SecretServiceKeyring, theirs: SecretService.Keyring
) -> None:
    theirs.set_password("cross2", "dave", "written by keyring ✓")
    assert ours.get_password("cross2", "dave") == "written by keyring ✓"
    ours.set_password("cross2", "dave", "replaced by us")  # replaces, does not add
    assert theirs.get_password("cross2", "dave") == "replaced by us"
    ours.delete_password("cross2", "dave")
    assert theirs.get_password("cross2", "dave") is None


def test_locked_keyring_with_a_dismissed_prompt_is_a_clear_error(
    tmp_path: Path,
) -> None:
    # Its own daemon: locking must not affect the other tests. Without a display the
    # unlock prompt (gcr-prompter) cannot show, and gnome-keyring reports it dismissed.
    with secret_service.secret_service(tmp_path / "keyring") as env:
        backend = SecretServiceKeyring(env["DBUS_SESSION_BUS_ADDRESS"])
        backend.set_password("locked", "erin", "behind a lock")
        with closing(open_dbus_connection(env["DBUS_SESSION_BUS_ADDRESS"])) as conn:
            ss._Client(conn).call(
                "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service",
                "Lock",
                "ao",
                ["/org/freedesktop/secrets/aliases/default"],
            )
        with pytest.raises(keyring.errors.KeyringLocked, match=r"prompt .* dismissed") as caught:
            backend.get_password("locked", "erin")
        assert "behind a lock" not in str(caught.value)
        assert len(str(caught.value).splitlines()) == 1


def test_viable_with_a_secret_service(
    keyring_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_env["DBUS_SESSION_BUS_ADDRESS"])
    assert SecretServiceKeyring.viable
    assert SecretServiceKeyring.priority == 6


def test_not_viable_on_a_bus_without_a_secret_service(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with secret_service.bare_bus(tmp_path / "bus") as env:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", env["DBUS_SESSION_BUS_ADDRESS"])
        assert not SecretServiceKeyring.viable
        with pytest.raises(RuntimeError, match=r"no Secret Service \(org.freedesktop.secrets\)"):
            SecretServiceKeyring.priority  # noqa: B018
        with pytest.raises(keyring.errors.KeyringError, match="Secret Service: reading"):
            SecretServiceKeyring(env["DBUS_SESSION_BUS_ADDRESS"]).get_password("s", "u")
        assert "SecretServiceKeyring" not in chosen_backends(env)


def test_not_viable_without_a_session_bus_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(RuntimeError, match="no D-Bus session bus address"):
        SecretServiceKeyring.priority  # noqa: B018
    with pytest.raises(keyring.errors.KeyringError, match="no D-Bus session bus address"):
        SecretServiceKeyring().set_password("s", "u", "p")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    assert "SecretServiceKeyring" not in chosen_backends(env)


def chosen_backends(env: dict[str, str]) -> list[str]:
    """Class names of keyring.get_keyring() in a fresh process: itself, then chained links."""
    found = run_python(
        env,
        "import json, keyring, newsreader.core.credentials\n"
        "ring = keyring.get_keyring()\n"
        "links = getattr(ring, 'backends', [])\n"
        "print(json.dumps({'names': [type(r).__name__ for r in [ring, *links]]}))",
    )
    return found["names"]  # type: ignore[return-value]


def test_credential_store_picks_our_backend_first(keyring_env: dict[str, str]) -> None:
    names = chosen_backends(keyring_env)
    assert names[0] == "SecretServiceKeyring" or names[:2] == [
        "ChainerBackend",
        "SecretServiceKeyring",
    ]
    found = run_python(
        keyring_env,
        "import json\n"
        "from newsreader.core.credentials import CredentialStore, make_auth_ref\n"
        "store = CredentialStore()\n"
        "ref = make_auth_ref('https://example.org/feed', 'frank')\n"
        "stored = store.set_password(ref, 'store-pw')\n"
        "print(json.dumps({'stored': stored, 'got': store.get(ref),\n"
        "                  'persistent': store.persistent}))",
    )
    assert found == {"stored": True, "got": ["frank", "store-pw"], "persistent": True}
    theirs = run_python(
        keyring_env,
        "import json\n"
        "from keyring.backends import SecretService\n"
        "from newsreader.core.credentials import make_auth_ref\n"
        "ref = make_auth_ref('https://example.org/feed', 'frank')\n"
        "print(json.dumps(SecretService.Keyring().get_password('newsreader', ref)))",
    )
    assert theirs == "store-pw"  # type: ignore[comparison-overlap]


def test_a_real_round_trip_loads_neither_secretstorage_nor_cryptography(
    keyring_env: dict[str, str],
) -> None:
    found = run_python(
        keyring_env,
        "import json, sys\n"
        "from newsreader.core.credentials import CredentialStore\n"
        "from newsreader.core.secret_service import SecretServiceKeyring\n"
        "store = CredentialStore(SecretServiceKeyring())\n"
        "store.set_password('https://example.org/x#user=gina', 'no-crypto-pkg')\n"
        "got = store.get('https://example.org/x#user=gina')\n"
        "loaded = sorted(m for m in sys.modules\n"
        "                if m.split('.')[0] in ('secretstorage', 'cryptography'))\n"
        "print(json.dumps({'got': got, 'loaded': loaded}))",
    )
    assert found == {"got": ["gina", "no-crypto-pkg"], "loaded": []}


def test_no_module_of_the_package_imports_secretstorage_or_cryptography() -> None:
    offenders = []
    for path in Path(newsreader.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.name}: {name}"
                for name in names
                if name.split(".")[0] in ("secretstorage", "cryptography")
            ]
    assert offenders == []
