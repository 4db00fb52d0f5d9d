"""Widgets every window uses: the resident picker, the message line and the job runner."""
