"""What "dangerous" means for stored article HTML, checked on parsed elements, not on text.

A regular expression over the markup also matches `onerror=` inside a harmless, escaped
attribute value; parsing and looking at real attribute names and URL values does not.
"""

from __future__ import annotations

import re

import lxml.html

_URL_ATTRS = ("href", "src", "srcset", "action", "formaction", "poster", "background", "xlink:href")
_SPACE = re.compile(r"[\x00-\x20]+")


def dangerous_parts(html: str) -> list[str]:
    """Event-handler attributes and script URLs in `html`, as `tag@attribute` strings."""
    if not html.strip():
        return []
    found = []
    for element in lxml.html.fragments_fromstring(f"<div>{html}</div>")[0].iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in ("script", "style", "iframe", "object", "embed", "form"):
            found.append(element.tag)
        for name, value in element.attrib.items():
            lowered = name.lower()
            if lowered.startswith("on"):
                found.append(f"{element.tag}@{name}")
            elif lowered in _URL_ATTRS or lowered == "style":
                flat = _SPACE.sub("", value).lower()
                if flat.startswith(("javascript:", "vbscript:", "data:text")) or (
                    lowered == "style" and ("url(" in flat or "expression(" in flat)
                ):
                    found.append(f"{element.tag}@{name}={value[:40]}")
    return found
