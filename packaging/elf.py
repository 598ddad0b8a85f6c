"""Just enough ELF reading for packaging: sections, direct library dependencies (DT_NEEDED).

PyInstaller's own dependency lookup on Linux runs `ldd`, which lists a library's whole
transitive closure; pruning the bundle needs the direct edges only, or a library the host
provides (libdbus) would still drag in everything it links (libsystemd, libgcrypt, ...).
"""

from __future__ import annotations

import struct
from pathlib import Path

SHT_DYNAMIC = 6
SHT_DYNSYM = 11
DT_NEEDED = 1
DT_SONAME = 14

# (name offset, type, address, file offset, size, link)
Section = tuple[int, int, int, int, int, int]


def elf_sections(elf: bytes) -> list[Section]:
    """The section headers of a 64-bit little-endian ELF file."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    rows = []
    for i in range(shnum):
        name, kind, _flags, addr, offset, size, link = struct.unpack_from(
            "<IIQQQQI", elf, shoff + i * shentsize
        )
        rows.append((name, kind, addr, offset, size, link))
    return rows


def _c_string(blob: bytes, offset: int) -> str:
    return blob[offset : blob.index(b"\0", offset)].decode()


def _dynamic_strings(path: Path, wanted: int) -> list[str]:
    """The string values of the dynamic section's entries tagged `wanted`, in file order."""
    elf = path.read_bytes()
    sections = elf_sections(elf)
    values = []
    for _name, kind, _addr, offset, size, link in sections:
        if kind != SHT_DYNAMIC:
            continue
        strtab = sections[link][3]
        for pos in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", elf, pos)
            if tag == wanted:
                values.append(_c_string(elf, strtab + value))
    return values


def needed_libraries(path: Path) -> list[str]:
    """The sonames `path` links directly (its DT_NEEDED entries), in link order."""
    return _dynamic_strings(path, DT_NEEDED)


def soname(path: Path) -> str:
    """The library's own soname (DT_SONAME)."""
    names = _dynamic_strings(path, DT_SONAME)
    if not names:
        raise ValueError(f"{path} has no soname")
    return names[0]
