"""Residents (居民档案): records, search keys, validation, the catalogue and imports.

- ``records``: residents and households; the rules, the list queries and search.
- ``keys``: search keys for names (every reading of polyphonic characters), sort keys.
- ``validation``: ID numbers and phone numbers as people give them at the desk.
- ``catalogue``: the grids and tags residents are filed under, and the households view.
- ``imports``: checking every row of an import and writing the plan in bulk (the files
  themselves are read and written by ``gridesk.exchange.residents_io``).
"""
