"""Volunteers (志愿者): records, rules and services.

- ``models``: teams, profiles, weekly shift templates and dated shifts, assignments, activities
  and sign-ups, hours records, claimable tasks.
- ``rules``: the roster's arithmetic (no overlap, the admin's cap on shifts in a row).
- ``services``: people, teams, the roster; ``activities``: sign-up and the waitlist;
  ``hours``: check-in/out, approval and correction, reports, tasks.
- The hand-over to the points shop: ``hours.approved_hours_since(store, since)`` lists the
  approved (or corrected) hours records, each final; award points per record id, once.
"""
