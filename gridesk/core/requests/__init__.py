"""Requests (诉求): records, rules and services."""
