"""Answers that fit a phone: trim the detail at the end of a section answer first, its first lines last.

The renderers already give a short answer unless everything was asked for ("all skills", "full …"): the
first items of each list and one note, ``more_note``, saying how many were left out and how to ask for
them. ``fit(reply, limit, more)`` is the safety net for characters: it drops the last items of the last
lists (keeping ``KEEP`` items of each later list, then ``FIRST_KEEP`` of the first) until the plain text
fits ``limit``, adds what it left out to that note, and numbers the sources again so that only the ones
still cited are listed.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .render import to_text
from .reply import Block, Item, Reply

MORE = "more"    # the key of the one note saying what a short answer left out ('…and 7 more. Ask for "…"')
_COUNT = re.compile(r"^…and (\d+) more\. ")
KEEP = 0         # items a later list keeps however tight the answer (an emptied list goes, with its lead)
FIRST_KEEP = 3   # items the first list (the direct answer) keeps; it is trimmed only after every later list


def more_note(left: int, ask: str) -> list[Block]:
    """The note under a short answer: how many items it left out and what to ask to see every one."""
    return [Block("note", f"…and {left} more. Ask for \"{ask}\" to see every one.", key=MORE)] if left > 0 else []


CITED = re.compile(r"\[(\d+)\]")  # a source number written into a line's text ('… (BLS, 2024–34) [2]')


def _cited(text: str) -> list[int]:
    return [int(n) for n in CITED.findall(text)]


def _renumber(blocks: list[Block], sources: tuple[str, ...]) -> tuple[list[Block], tuple[str, ...]]:
    # The source numbers in order of first citation: a block's text and refs, then its items'. The direct
    # answer's first line writes its numbers into the text, so they are read (and renumbered) there too.
    order = list(dict.fromkeys(n for block in blocks for numbers in (
        _cited(block.text), block.refs, *(n for item in block.items for n in (_cited(item.text), item.refs)))
        for n in numbers if 0 < n <= len(sources)))
    new = {old: i + 1 for i, old in enumerate(order)}
    if all(old == n for old, n in new.items()):  # already numbered in order (the usual case): nothing to copy
        return list(blocks), tuple(sources[n - 1] for n in order)

    def refs(values: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(new[n] for n in values)

    def text(value: str) -> str:
        return CITED.sub(lambda m: f"[{new.get(int(m.group(1)), int(m.group(1)))}]", value)

    def item(i: Item) -> Item:
        numbers, said = refs(i.refs), text(i.text)
        return i if numbers == i.refs and said == i.text else replace(i, refs=numbers, text=said)

    out = [replace(b, text=text(b.text), refs=refs(b.refs), items=tuple(item(i) for i in b.items)) for b in blocks]
    return out, tuple(sources[n - 1] for n in order)


def fit(reply: Reply, limit: int, more: str) -> Reply:
    """``reply`` trimmed to ``limit`` characters of plain text; ``more`` tells how to see everything, unless
    the answer's own note (``more_note``, one role's) already does."""
    if len(to_text(reply)) <= limit:
        return reply
    blocks = list(reply.blocks)
    said = [b for b in blocks if b.kind == "note" and b.key == MORE]
    before = 0
    for note in said:  # the renderers' own notes: one note says what is left out in all
        blocks.remove(note)
        found = _COUNT.match(note.text)
        before += int(found.group(1)) if found else 0
        if found and len(said) == 1:
            more = note.text[found.end():]
    dropped = 0

    def draft_of(kept: list[Block]) -> Reply:
        numbered, sources = _renumber(kept, reply.sources)
        return replace(reply, blocks=tuple(numbered + ([note] if left else [])), sources=sources)

    while True:
        left = before + dropped
        note = Block("note", f"…and {left} more. {more}", key=MORE)
        draft = draft_of(blocks)
        if len(to_text(draft)) <= limit:
            break
        lists = [i for i, b in enumerate(blocks) if b.kind == "list"]
        at = next((i for i in reversed(lists[1:]) if len(blocks[i].items) > KEEP), None)
        if at is None and lists and len(blocks[lists[0]].items) > FIRST_KEEP:
            at = lists[0]
        if at is None:
            break
        items: tuple[Item, ...] = blocks[at].items
        blocks[at] = replace(blocks[at], items=items[:-1])
        dropped += 1
        if not blocks[at].items:
            del blocks[at]
            if at > 0 and blocks[at - 1].key == "lead":
                del blocks[at - 1]
    # A heading whose lists all went says nothing ('How to become one' over '…and 6 more').
    kept = [b for b, after in zip(blocks, blocks[1:] + [None], strict=True)
            if b.kind != "title" or (after is not None and after.kind != "title")]
    if dropped and len(kept) < len(blocks):
        draft = draft_of(kept)
    offered = reply.offered
    if offered:
        numbered = [b for b in blocks if b.kind == "list" and b.items and b.items[0].label == "1"]
        if numbered:
            offered = offered[:len(numbered[0].items)]
    return replace(draft, offered=offered)
