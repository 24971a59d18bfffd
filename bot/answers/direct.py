"""The answer to the question actually asked, first."""
from __future__ import annotations


class Direct:
    def __init__(self, composer) -> None:
        self.c = composer

    def refine(self, u, blocks, refs, question, session):
        return blocks
