"""Volunteers (志愿者): records, rules and services."""
