"""Treasure box (百宝箱): records, rules and services."""
