"""The reports window (报表)."""
