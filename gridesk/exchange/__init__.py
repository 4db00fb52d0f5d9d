"""Records in and out of files: spreadsheets (.xlsx, .csv) for residents, and backups.

Nothing here imports Qt; long work takes ``progress(done, total)`` and ``cancel() -> bool``
callbacks so that the window can run it on a worker thread.
"""
