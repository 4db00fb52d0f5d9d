"""Stations that work offline and merge (issue 15): identity, the outbox, packs, merge rules.

The rules are written down in docs/SYNC.md.
"""
