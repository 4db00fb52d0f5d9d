"""Rules and records. Never imports Qt."""
