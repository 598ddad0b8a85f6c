"""Exercise every ICU service Qt uses, with answers known from the languages themselves.

The packaged app ships a trimmed ICU data library (packaging/icu_data.py). This probe is how we
know the trim kept what Qt needs: it runs in the frozen app (`newsreader --bundle-report`,
checked by packaging/smoke.sh), and in the test suite against both PySide6's full ICU and a
freshly trimmed one. Each check compares Qt's answer with a fact that does not depend on ICU
(Python's codecs, the alphabet order of a language, a CLDR time-zone name).
"""

from __future__ import annotations

# (name Qt is asked for, Python codec, text in a script the encoding covers)
ENCODINGS = [
    ("Shift_JIS", "shift_jis", "日本語のニュース"),
    ("EUC-JP", "euc_jp", "日本語のニュース"),
    ("ISO-2022-JP", "iso2022_jp", "日本語のニュース"),
    ("GBK", "gbk", "中文新闻"),
    ("GB18030", "gb18030", "中文新闻"),
    ("GB2312", "gb2312", "中文新闻"),
    ("Big5", "big5", "中文新聞"),
    ("Big5-HKSCS", "big5hkscs", "中文新聞 㗎"),
    ("EUC-KR", "euc_kr", "한국어 뉴스"),
    ("windows-874", "cp874", "ข่าวไทย"),
    ("TIS-620", "tis_620", "ข่าวไทย"),
    ("windows-949", "cp949", "한국어 뉴스"),
    ("windows-1250", "cp1250", "Zażółć gęślą jaźń"),
    ("windows-1251", "cp1251", "Последние новости"),
    ("windows-1252", "cp1252", "Café € “news”"),
    ("windows-1253", "cp1253", "Ειδήσεις"),
    ("windows-1254", "cp1254", "Son dakika haberleri: ğış"),
    ("windows-1255", "cp1255", "חדשות"),
    ("windows-1256", "cp1256", "أخبار"),
    ("windows-1257", "cp1257", "Žinios ąčę"),
    ("windows-1258", "cp1258", "Đà"),
    ("ISO-8859-2", "iso8859_2", "Zażółć gęślą jaźń"),
    ("ISO-8859-3", "iso8859_3", "Ħ ġ ż"),
    ("ISO-8859-4", "iso8859_4", "Ā Ē Ī Ū"),
    ("ISO-8859-5", "iso8859_5", "Последние новости"),
    ("ISO-8859-6", "iso8859_6", "أخبار"),
    ("ISO-8859-7", "iso8859_7", "Ειδήσεις"),
    ("ISO-8859-8", "iso8859_8", "חדשות"),
    ("ISO-8859-9", "iso8859_9", "ğış"),
    ("ISO-8859-10", "iso8859_10", "Ŋ Ŧ"),
    ("ISO-8859-11", "iso8859_11", "ข่าวไทย"),
    ("ISO-8859-13", "iso8859_13", "Žinios ąčę"),
    ("ISO-8859-14", "iso8859_14", "Ŵ ŷ"),
    ("ISO-8859-15", "iso8859_15", "€ œ"),
    ("KOI8-R", "koi8_r", "Последние новости"),
    ("KOI8-U", "koi8_u", "Ґ Є"),
    ("IBM866", "cp866", "Последние новости"),
    ("macintosh", "mac_roman", "Café"),
    ("x-mac-cyrillic", "mac_cyrillic", "Новости"),
]

# (locale, words, their order in that language's dictionaries)
COLLATION = [
    ("sv_SE", ["ö", "z", "a"], ["a", "z", "ö"]),  # Swedish: å ä ö come after z
    ("de_DE", ["b", "ä", "a"], ["a", "ä", "b"]),  # German: ä sorts with a
    ("cs_CZ", ["i", "ch", "h"], ["h", "ch", "i"]),  # Czech: ch is a letter after h
    ("es_ES", ["o", "ñ", "n"], ["n", "ñ", "o"]),  # Spanish: ñ after n
    ("da_DK", ["å", "z", "æ"], ["z", "æ", "å"]),  # Danish: æ ø å after z
    ("zh_CN", ["上海", "北京"], ["北京", "上海"]),  # Chinese by pinyin: bei before shang
    ("en_US", ["b", "B", "a"], ["a", "b", "B"]),  # English: letters before case
]

# (zone, locale, long standard name in that language)
ZONE_NAMES = [
    ("Europe/Berlin", "de_DE", "Mitteleuropäische Normalzeit"),
    ("Europe/Berlin", "en_US", "Central European Standard Time"),
    ("America/New_York", "fr_FR", "heure normale de l’Est nord-américain"),
    ("Asia/Tokyo", "ja_JP", "日本標準時"),
]

# (locale, text, upper case in that language)
UPPER_CASE = [
    ("tr_TR", "istanbul", "İSTANBUL"),  # Turkish dotted capital I
    ("de_DE", "straße", "STRASSE"),
    ("el_GR", "άλφα", "ΑΛΦΑ"),  # Greek drops the accent in capitals
]


def _decode_with_qt(encoding: str, data: bytes) -> str:
    """`data` decoded by Qt's converter for `encoding` (PySide6 cannot call QStringDecoder
    directly; QXmlStreamReader decodes a document through it, by its declared encoding)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QXmlStreamReader  # noqa: PLC0415

    document = f'<?xml version="1.0" encoding="{encoding}"?><a>'.encode() + data + b"</a>"
    buffer = QBuffer()
    buffer.setData(QByteArray(document))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QXmlStreamReader(buffer)
    text = ""
    while not reader.atEnd():
        reader.readNext()
        if reader.isCharacters():
            text += reader.text()
    return f"<{reader.errorString()}>" if reader.hasError() else text


def run() -> dict[str, list[str]]:
    """{"passed": [...], "failed": [...]} with one line per check."""
    from PySide6.QtCore import QCollator, QLocale, QTimeZone  # noqa: PLC0415

    passed: list[str] = []
    failed: list[str] = []

    def check(label: str, got: object, want: object) -> None:
        if got == want:
            passed.append(label)
        else:
            failed.append(f"{label}: got {got!r}, want {want!r}")

    for name, codec, text in ENCODINGS:
        check(f"decode {name}", _decode_with_qt(name, text.encode(codec)), text)
    for locale, words, order in COLLATION:
        collator = QCollator(QLocale(locale))
        check(f"collate {locale}", sorted(words, key=collator.sortKey), order)
    for zone, locale, label in ZONE_NAMES:
        got = QTimeZone(zone.encode()).displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(locale)
        )
        check(f"zone name {zone} {locale}", got, label)
    for locale, text, upper in UPPER_CASE:
        check(f"upper case {locale}", QLocale(locale).toUpper(text), upper)
    return {"passed": passed, "failed": failed}


if __name__ == "__main__":
    import json

    report = run()
    print(json.dumps(report, indent=2, ensure_ascii=False))
    raise SystemExit(1 if report["failed"] else 0)
