"""Cards (卡片打印): what goes on resident, care, grid and volunteer cards.

- ``sources``: the cards' contents, read from the registry, and batches of them.
- ``photos``: the photos of grid workers and leaders that grid cards carry.
"""
