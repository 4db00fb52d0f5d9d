"""The partner units window (共建单位)."""
