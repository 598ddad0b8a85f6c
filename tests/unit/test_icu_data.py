"""The packaged app's trimmed ICU data (packaging/icu_data.py), checked against PySide6's own.

The trimmed library is built for real (gcc) and loaded by Qt in a child process through
LD_LIBRARY_PATH, which the dynamic loader searches before libicuuc's own RUNPATH; the probe that
the frozen app runs in the smoke test (packaging/icu_probe.py) then says what still works.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import PySide6
import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import elf  # noqa: E402
import icu_data  # noqa: E402

QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
ICU_DATA_LIB = next(QT_LIB.glob("libicudata.so.*"))


@pytest.fixture(scope="module")
def full_package() -> icu_data.Package:
    _symbol, blob = icu_data.data_symbol(ICU_DATA_LIB.read_bytes())
    return icu_data.read_package(blob)


def probe(library_dir: Path | None) -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir)
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "icu_probe.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.stdout, done.stderr
    report: dict[str, list[str]] = json.loads(done.stdout)
    return report


def build(
    tmp_path: Path, package: icu_data.Package, keep: Callable[[str], bool] = icu_data.keep_item
) -> Path:
    symbol, _blob = icu_data.data_symbol(ICU_DATA_LIB.read_bytes())
    icu_data.build_library(
        symbol,
        icu_data.write_package(icu_data.trimmed(package, keep)),
        elf.soname(ICU_DATA_LIB),
        tmp_path / ICU_DATA_LIB.name,
    )
    return tmp_path


def test_rewriting_every_item_gives_back_the_same_bytes() -> None:
    _symbol, blob = icu_data.data_symbol(ICU_DATA_LIB.read_bytes())
    assert icu_data.write_package(icu_data.read_package(blob)) == blob


def test_the_kept_converters_all_exist_in_pyside6s_icu(full_package: icu_data.Package) -> None:
    # A PySide6 upgrade that renames a table must fail here, not silently drop an encoding.
    files = {name.rsplit("/", 1)[-1].removesuffix(".cnv") for name, _ in full_package.items}
    assert sorted(icu_data.WEB_CONVERTERS - files) == []


def test_the_trim_keeps_what_qt_reads_and_drops_the_rest(full_package: icu_data.Package) -> None:
    small = icu_data.trimmed(full_package)
    kept = {name.partition("/")[2] for name, _ in small.items}
    assert {"coll/ucadata.icu", "coll/sv.res", "zone/de.res", "metaZones.res", "de.res"} <= kept
    assert {"gb18030.cnv", "ibm-943_P15A-2003.cnv", "cnvalias.icu", "nfkc.nrm"} <= kept
    assert not any(name.startswith(("brkitr/", "translit/", "unit/", "lang/")) for name in kept)
    assert "ibm-37_P100-1995.cnv" not in kept  # EBCDIC
    assert small.size() < full_package.size() / 2


def test_qt_works_the_same_on_the_trimmed_data(
    tmp_path: Path, full_package: icu_data.Package
) -> None:
    assert probe(None)["failed"] == []  # the probe's facts hold for PySide6's full ICU
    report = probe(build(tmp_path, full_package))
    assert report["failed"] == []
    assert len(report["passed"]) > 40


def test_the_probe_notices_missing_collation_and_zone_names(
    tmp_path: Path, full_package: icu_data.Package
) -> None:
    def keep(name: str) -> bool:
        return icu_data.keep_item(name) and "/coll/" not in name and "/zone/" not in name

    failed = probe(build(tmp_path, full_package, keep))["failed"]
    assert any(line.startswith("collate sv_SE") for line in failed)
    assert any(line.startswith("zone name Europe/Berlin de_DE") for line in failed)


def test_the_rebuilt_library_keeps_the_soname_and_symbol(
    tmp_path: Path, full_package: icu_data.Package
) -> None:
    output = tmp_path / "out.so"
    full, small = icu_data.trim_library(ICU_DATA_LIB, output)
    assert full.items == full_package.items
    assert elf.soname(output) == ICU_DATA_LIB.name
    symbol, blob = icu_data.data_symbol(output.read_bytes())
    assert symbol == icu_data.data_symbol(ICU_DATA_LIB.read_bytes())[0]
    assert icu_data.read_package(blob).items == small.items


def test_elf_reads_direct_dependencies_only() -> None:
    widgets = QT_LIB / "libQt6Widgets.so.6"
    needed = elf.needed_libraries(widgets)
    assert needed[:1] == ["libQt6Gui.so.6"]
    assert "libQt6Core.so.6" in needed
    # ICU comes through libQt6Core: ldd lists it for Widgets, DT_NEEDED does not.
    ldd = subprocess.run(["ldd", str(widgets)], capture_output=True, text=True, check=True)
    assert "libicuuc" in ldd.stdout
    assert not any(name.startswith("libicu") for name in needed)


def test_not_an_icu_package_is_refused() -> None:
    with pytest.raises(ValueError, match="not an ICU common data package"):
        icu_data.read_package(b"\x00" * 64)
    with pytest.raises(ValueError, match="ELF"):
        icu_data.data_symbol(b"MZ not an elf file")
