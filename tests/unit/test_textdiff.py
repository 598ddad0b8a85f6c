"""core.textdiff: word runs that turn an old text into a new one (issue 19)."""

from __future__ import annotations

import time

import pytest

from newsreader.core.textdiff import PARAGRAPH, Change, has_changes, plain_text, word_diff, words

E, A, R = Change.EQUAL, Change.ADDED, Change.REMOVED

# (old, new, expected runs): written by hand, each one a case an update really makes.
EXAMPLES = [
    ("", "", []),
    ("same text", "same  text\n", [(E, "same text")]),
    ("", "A new story", [(A, "A new story")]),
    ("An old story", "", [(R, "An old story")]),
    (
        "Three people were hurt in the fire",
        "Five people were hurt in the fire",
        [(R, "Three"), (A, "Five"), (E, "people were hurt in the fire")],
    ),
    (
        "The minister resigned on Monday.",
        "The minister resigned on Monday, her office said.",
        [(E, "The minister resigned on"), (R, "Monday."), (A, "Monday, her office said.")],
    ),
    (
        "Police said the suspect fled. No arrests were made.",
        "Police said the suspect fled.",
        [(E, "Police said the suspect fled."), (R, "No arrests were made.")],
    ),
    (
        "the the the cat sat on the mat the end",
        "the the the dog sat on the mat the end",
        [(E, "the the the"), (R, "cat"), (A, "dog"), (E, "sat on the mat the end")],
    ),
    (
        "Updated: talks begin in Geneva today with both sides present",
        "Talks begin in Geneva today with both sides present and observers",
        [
            (R, "Updated: talks"),
            (A, "Talks"),
            (E, "begin in Geneva today with both sides present"),
            (A, "and observers"),
        ],
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), EXAMPLES)
def test_examples(old: str, new: str, expected: list[tuple[Change, str]]) -> None:
    assert word_diff(old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), EXAMPLES)
def test_runs_rebuild_both_texts(old: str, new: str, expected: object) -> None:
    runs = word_diff(old, new)
    assert " ".join(t for k, t in runs if k is not A) == " ".join(old.split())
    assert " ".join(t for k, t in runs if k is not R) == " ".join(new.split())
    assert all(runs[i][0] is not runs[i + 1][0] for i in range(len(runs) - 1))
    assert has_changes(runs) == (old.split() != new.split())


def test_a_long_rewrite_is_bounded_and_still_exact_at_the_edges() -> None:
    head = " ".join(f"h{i}" for i in range(3000))
    tail = " ".join(f"t{i}" for i in range(3000))
    old = head + " " + " ".join(f"o{i}" for i in range(50_000)) + " " + tail
    new = head + " " + " ".join(f"n{i}" for i in range(50_000)) + " " + tail
    started = time.perf_counter()
    runs = word_diff(old, new, max_pairs=2000)
    elapsed = time.perf_counter() - started
    assert [k for k, _ in runs] == [E, R, A, E]
    assert runs[0][1] == head and runs[-1][1] == tail
    # Past the cap the middle is one removal and one addition, never aligned word by word.
    assert runs[1][1].split()[0] == "o0" and runs[2][1].split()[-1] == "n49999"
    print(f"word_diff of 2 x 56,000 words: {elapsed * 1000:.1f} ms")


def test_under_the_cap_the_middle_is_aligned_word_by_word() -> None:
    old = " ".join(f"w{i}" for i in range(1000))
    new = old.replace("w500 ", "w500 inserted ")
    assert word_diff(old, new, max_pairs=2000)[1] == (A, "inserted")
    # The same change with a cap below the middle's size is coarse but still correct.
    coarse = word_diff("x " + old + " y", "z " + new + " q", max_pairs=10)
    assert [k for k, _ in coarse] == [R, A]


def test_plain_text_keeps_paragraphs_and_reads_entities() -> None:
    html = "<p>One <b>two</b>.</p><p>Three &amp; four</p><ul><li>a</li><li>b</li></ul>"
    assert words(plain_text(html)) == [
        "One", "two.", PARAGRAPH, "Three", "&", "four", PARAGRAPH, "a", PARAGRAPH, "b",
    ]  # fmt: skip
    assert plain_text(None) == "" and plain_text("") == ""


def test_a_new_paragraph_is_one_added_run_between_paragraphs() -> None:
    old = plain_text("<p>The storm hit at dawn.</p><p>Roads are closed.</p>")
    new = plain_text("<p>The storm hit at dawn.</p><p>Two people died.</p><p>Roads are closed.</p>")
    assert word_diff(old, new) == [
        (E, "The storm hit at dawn.\n\n"),
        (A, "Two people died.\n\n"),
        (E, "Roads are closed."),
    ]


def test_the_word_pairs_compared_are_bounded_for_the_worst_input() -> None:
    """Two words repeated (SequenceMatcher's slowest input): past the budget the differing
    part is one removal and one addition, still exact around it."""
    old = "Intro. " + " ".join("ab"[i % 2] for i in range(4000)) + " End."
    new = "Intro. " + " ".join("ab"[(i * 7 // 3) % 2] for i in range(4000)) + " End."
    runs = word_diff(old, new)
    assert [k for k, _ in runs] == [E, R, A, E]
    assert runs[0][1].startswith("Intro.") and runs[-1][1].endswith("End.")
    short_old, short_new = " ".join(old.split()[:60]), " ".join(new.split()[:60])
    assert len(word_diff(short_old, short_new)) > 4  # under the budget: word by word


def test_only_the_paragraphs_that_differ_are_aligned() -> None:
    same = [f"<p>Paragraph {i} says nothing new at all.</p>" for i in range(300)]
    old = plain_text("".join([*same[:150], "<p>Police said three were hurt.</p>", *same[150:]]))
    new = plain_text("".join([*same[:150], "<p>Police said five were hurt.</p>", *same[150:]]))
    # 301 paragraphs a side, but only one pair of them is compared word by word.
    runs = word_diff(old, new, max_pairs=301 * 301 + 4)
    assert [(k, t) for k, t in runs if k is not E] == [(R, "three"), (A, "five")]
