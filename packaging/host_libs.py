"""Check which libraries the unpacked app takes from the system (run by packaging/smoke.sh).

Every ELF file in the app folder is read for its direct dependencies (DT_NEEDED). A dependency
the bundle does not carry must match a pattern in packaging/linux/host-libraries.txt, the list of
what the app expects every Linux desktop to provide; anything else would make the package work
only on machines that happen to have that library.

    python3 packaging/host_libs.py APP_DIR     # prints the host libraries used; exit 1 on others
"""

from __future__ import annotations

import fnmatch
import sys
from pathlib import Path

from elf import needed_libraries

HOST_LIST = Path(__file__).resolve().parent / "linux" / "host-libraries.txt"


def host_patterns(listing: Path = HOST_LIST) -> list[str]:
    lines = (line.strip() for line in listing.read_text().splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def external_needs(app: Path) -> dict[str, set[str]]:
    """{library name: the bundled files that need it} for every library not in the bundle."""
    files = [p for p in app.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    bundled = {p.name for p in app.rglob("*")}
    needs: dict[str, set[str]] = {}
    for path in files:
        for name in needed_libraries(path):
            if name not in bundled:
                needs.setdefault(name, set()).add(str(path.relative_to(app)))
    return needs


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: host_libs.py APP_DIR", file=sys.stderr)
        return 2
    patterns = host_patterns()
    needs = external_needs(Path(argv[0]))
    unexpected = {
        name: users
        for name, users in needs.items()
        if not any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)
    }
    print(f"libraries taken from the system: {', '.join(sorted(needs))}")
    for name, users in sorted(unexpected.items()):
        users_text = ", ".join(sorted(users))
        print(f"not in the bundle and not a host library: {name} (needed by {users_text})")
    return 1 if unexpected else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
