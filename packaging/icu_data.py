"""Trim ICU's data library to what Qt uses, for the packaged app (Linux).

PySide6's Qt links ICU, and ICU's data library (libicudata.so.NN) is a 31 MB table of
everything ICU can do: a fifth of the whole app. Qt calls ICU for four things only (the
`ucnv_`, `ucol_`, `ucal_` and `u_strTo*` imports of libQt6Core), so the package keeps the data
those need and drops the rest:

kept     code-page converters for the encodings of the web (WHATWG Encoding Standard) and their
         alias table; collation (root + every language's tailoring); time-zone rules and
         localized zone names; every locale's main resource bundle (calendar and number
         symbols that time-zone formatting reads); normalization and case/layout properties.
dropped  break-iteration rules and dictionaries (Qt segments text with its own tables),
         transliteration, rule-based number spelling, unit/currency/language/region display
         names, StringPrep profiles, character names, spoof-check tables, locale matching, and
         the IBM mainframe/legacy code pages.

The data lives in the library's `icudtNN_dat` symbol as an ICU "common data" package ("CmnD"):
a data header, a table of contents of (name offset, data offset) pairs, the item names, then the
items, each 16-byte aligned. This module reads that package straight out of the ELF file, writes
a smaller package with the same header, and has gcc assemble it into a library with the same
soname and symbol, so libicuuc loads it exactly as it loaded the original.

    python packaging/icu_data.py SOURCE_LIB OUTPUT_LIB    # prints what it kept and dropped
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from elf import SHT_DYNSYM, elf_sections, soname

ALIGN = 16

# Converters for the legacy encodings of the WHATWG Encoding Standard (what a feed or a web page
# can declare and a browser understands), by ICU converter file. UTF-8/16/32, US-ASCII and
# ISO-8859-1 are built into libicuuc. packaging/icu_probe.py decodes text in each of these
# encodings through Qt; every file below is the one ICU opens for one of its labels.
WEB_CONVERTERS = frozenset(
    {
        # Japanese: Shift_JIS (ISO-2022-JP uses it too), EUC-JP.
        "ibm-943_P15A-2003",
        "euc-jp-2007",
        # Chinese: gb18030, GBK, GB2312, Big5, Big5-HKSCS.
        "gb18030",
        "windows-936-2000",
        "windows-950-2000",
        "ibm-1373_P100-2002",
        "ibm-1375_P100-2008",
        "ibm-1383_P110-1999",  # GB2312 (EUC-CN)
        "ibm-1386_P100-2001",  # GBK
        # Korean: windows-949, EUC-KR.
        "windows-949-2000",  # windows-949: an extension of the next table
        "ibm-1363_P11B-1998",
        "ibm-970_P110_P110-2006_U2",
        # windows-874 (Thai) and the windows-125x family (ICU files them under IBM numbers).
        "windows-874-2000",
        "ibm-874_P100-1995",  # TIS-620
        *(f"ibm-{n}_P100-1998" for n in (5346, 5347, 5349, 5350, 5354)),
        "ibm-5348_P100-1997",
        "ibm-9447_P100-2002",
        "ibm-9448_X100-2005",
        "ibm-9449_P100-2002",
        # ISO-8859-2..15: ICU files most of them under their IBM code page numbers.
        *(
            f"ibm-{n}"
            for n in (
                "912_P100-1995 913_P100-2000 914_P100-1995 915_P100-1995 1089_P100-1995 "
                "9005_X110-2007 5012_P100-1999 920_P100-1995 921_P100-1995 923_P100-1998"
            ).split()
        ),
        "iso-8859_10-1998",
        "iso-8859_11-2001",
        "iso-8859_14-1998",
        "ibm-878_P100-1996",  # KOI8-R
        "ibm-1168_P100-2002",  # KOI8-U
        "ibm-866_P100-1995",  # IBM866
        "macos-0_2-10.2",  # macintosh
        "macos-7_3-10.2",  # x-mac-cyrillic
    }
)

# Item folders (after the package's own "icudtNNl/" prefix) that Qt never reaches.
DROPPED_TREES = ("brkitr/", "translit/", "rbnf/", "unit/", "curr/", "lang/", "region/")
# Single items Qt never reaches: StringPrep profiles, character names, spoof checks, locale
# matching data.
DROPPED_SUFFIXES = (".spp", ".cfu")
DROPPED_ITEMS = frozenset({"unames.icu", "langInfo.res"})


def keep_item(name: str) -> bool:
    """Whether the package item `name` ("icudt73l/coll/zh.res") stays in the trimmed data."""
    _prefix, _, item = name.partition("/")
    if item.endswith(".cnv"):
        return item.removesuffix(".cnv") in WEB_CONVERTERS
    if item.startswith(DROPPED_TREES) or item.endswith(DROPPED_SUFFIXES):
        return False
    return item not in DROPPED_ITEMS


@dataclass(frozen=True)
class Package:
    """An ICU common-data package: its data header and its items in table-of-contents order."""

    header: bytes
    items: list[tuple[str, bytes]]

    def size(self) -> int:
        return sum(len(data) for _name, data in self.items)


def read_package(blob: bytes) -> Package:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (no 0xda27 magic or CmnD format)")
    if blob[8] != 0:  # UDataInfo.isBigEndian
        raise ValueError("big-endian ICU data is not supported")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return Package(blob[:header_size], items)


def _pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % ALIGN)


def write_package(package: Package) -> bytes:
    """The package as ICU's own tools lay it out (names after the TOC, items 16-byte aligned)."""
    count = len(package.items)
    toc_size = 4 + 8 * count
    names = b""
    name_offsets = []
    for name, _data in package.items:
        name_offsets.append(toc_size + len(names))
        names += name.encode("ascii") + b"\0"
    offset = toc_size + len(names)
    offset += -(len(package.header) + offset) % ALIGN
    body = b""
    toc = struct.pack("<I", count)
    for name_offset, (_name, data) in zip(name_offsets, package.items, strict=True):
        toc += struct.pack("<II", name_offset, offset + len(body))
        body += _pad(data)
    head = package.header + toc + names
    return head + b"\xaa" * (-len(head) % ALIGN) + body  # icupkg pads with 0xaa


def trimmed(package: Package, keep: Callable[[str], bool] = keep_item) -> Package:
    return Package(package.header, [(name, data) for name, data in package.items if keep(name)])


# --- The library around the data ----------------------------------------------------------


def data_symbol(elf: bytes) -> tuple[str, bytes]:
    """The `icudtNN_dat` symbol's name and bytes in an ELF64 little-endian libicudata."""
    sections = elf_sections(elf)
    for _name, kind, _addr, offset, size, link in sections:
        if kind != SHT_DYNSYM:
            continue
        strtab = sections[link][3]
        for pos in range(offset, offset + size, 24):
            st_name, _info, _other, shndx, value, st_size = struct.unpack_from("<IBBHQQ", elf, pos)
            symbol = elf[strtab + st_name : elf.index(b"\0", strtab + st_name)].decode()
            if re.fullmatch(r"icudt\d+_dat", symbol):
                _n, _k, sec_addr, sec_offset, _s, _l = sections[shndx]
                start = sec_offset + value - sec_addr
                return symbol, elf[start : start + st_size]
    raise ValueError("no icudtNN_dat symbol in this library")


def build_library(symbol: str, package: bytes, soname: str, output: Path) -> None:
    """Assemble `package` as read-only data exported under `symbol` into a shared library."""
    gcc = shutil.which("gcc")
    if gcc is None:
        raise RuntimeError("gcc is needed to rebuild ICU's data library (Debian package: gcc)")
    with tempfile.TemporaryDirectory() as work:
        data = Path(work) / "icudata.bin"
        data.write_bytes(package)
        source = Path(work) / "icudata.S"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"\t.balign {ALIGN}\n"
            f"{symbol}:\n"
            f'\t.incbin "{data}"\n'
            f"\t.size {symbol}, .-{symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(  # noqa: S603 (our own arguments, no shell)
            [
                gcc, "-shared", "-nostdlib", "-s",
                f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack",
                "-o", str(output), str(source),
            ],
            check=True,
        )  # fmt: skip


def trim_library(source: Path, output: Path) -> tuple[Package, Package]:
    """Write a trimmed copy of the ICU data library `source` to `output`; (before, after)."""
    symbol, blob = data_symbol(source.read_bytes())
    full = read_package(blob)
    small = trimmed(full)
    build_library(symbol, write_package(small), soname(source), output)
    check_symbol, check_blob = data_symbol(output.read_bytes())
    if check_symbol != symbol or read_package(check_blob).items != small.items:
        raise RuntimeError(f"{output}: the rebuilt library does not hold the trimmed package")
    return full, small


def _summary(full: Package, small: Package) -> Iterable[str]:
    kept = {name for name, _data in small.items}
    dropped: dict[str, int] = {}
    for name, data in full.items:
        if name not in kept:
            item = name.partition("/")[2]
            group = item.split("/", 1)[0] + "/" if "/" in item else "*" + Path(item).suffix
            dropped[group] = dropped.get(group, 0) + len(data)
    yield (
        f"ICU data: kept {len(small.items)} of {len(full.items)} items, "
        f"{small.size() / 1e6:.1f} of {full.size() / 1e6:.1f} MB"
    )
    for group, size in sorted(dropped.items(), key=lambda row: -row[1]):
        yield f"  dropped {group:<10} {size / 1e6:6.2f} MB"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    full, small = trim_library(Path(argv[0]), Path(argv[1]))
    for line in _summary(full, small):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
