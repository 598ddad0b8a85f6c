"""Entry point of the frozen app (PyInstaller runs this file as `__main__`).

Three jobs before the normal command line starts, in this order:
1. `multiprocessing.freeze_support()`: the parse pool uses the "spawn" start method, which
   re-runs this executable with multiprocessing's own arguments; those children must become
   pool workers here instead of reaching argparse.
2. Point NEWSREADER_RESOURCES at the bundled `resources/` folder, the override that
   newsreader/gui/resources.py documents for frozen builds (the checkout fallback happens to
   match too, but the variable states it).
3. `--bundle-report` (first argument only, not part of the public CLI): print, as JSON, what the
   packaged interpreter really uses (CA bundle, TLS library, keyring backend, Qt plugin folder)
   and whether Qt's ICU services work on the trimmed ICU data (packaging/icu_probe.py), so
   packaging/smoke.sh can check the frozen app from the inside.
"""

from __future__ import annotations

import multiprocessing
import os
import sys

_SAMPLE_PAGE = (
    "<html><head><title>Sample</title></head><body><nav>Home | World</nav><article>"
    + "<p>A packaged reader still extracts the full text of an article page. </p>" * 8
    + "</article></body></html>"
)


def _bundle_report() -> int:
    import json  # noqa: PLC0415
    import ssl  # noqa: PLC0415

    import certifi  # noqa: PLC0415
    import icu_probe  # noqa: PLC0415  (packaging/, next to this file)
    import keyring  # noqa: PLC0415
    import requests.utils  # noqa: PLC0415
    import trafilatura  # noqa: PLC0415

    # As the app does: importing credentials registers our Secret Service backend with keyring.
    import newsreader.core.credentials  # noqa: F401, PLC0415

    bundle = getattr(sys, "_MEIPASS", "")
    ca_file = certifi.where()
    context = ssl.create_default_context(cafile=ca_file)
    report = {
        "frozen": bool(getattr(sys, "frozen", False)),
        "bundle_dir": bundle,
        "certifi_where": ca_file,
        "ca_bundle_exists": os.path.isfile(ca_file),
        "ca_bundle_inside_app": bool(bundle) and os.path.abspath(ca_file).startswith(bundle),
        "ca_certificates_loaded": context.cert_store_stats()["x509_ca"],
        "requests_default_ca_bundle": requests.utils.DEFAULT_CA_BUNDLE_PATH,
        "openssl": ssl.OPENSSL_VERSION,
        "keyring_backend": f"{type(keyring.get_keyring()).__module__}."
        f"{type(keyring.get_keyring()).__name__}",
        "resources_dir": os.environ.get("NEWSREADER_RESOURCES", ""),
        # Full-text extraction needs trafilatura's settings.cfg and justext's stoplists.
        "trafilatura_extracts": bool(trafilatura.extract(_SAMPLE_PAGE)),
        # Encodings, collation, zone names, case mapping: {"passed": [...], "failed": [...]}.
        "qt_icu": icu_probe.run(),
    }
    print(json.dumps(report, indent=2))
    return 0


def _main() -> int:
    multiprocessing.freeze_support()
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        os.environ.setdefault("NEWSREADER_RESOURCES", os.path.join(bundle, "resources"))
    if sys.argv[1:2] == ["--bundle-report"]:
        return _bundle_report()
    from newsreader.app.cli import main  # noqa: PLC0415

    return main()


if __name__ == "__main__":
    raise SystemExit(_main())
