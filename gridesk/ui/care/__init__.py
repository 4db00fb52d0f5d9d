"""The care register window (困难群众台账)."""
