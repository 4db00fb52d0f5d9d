"""The care register (困难群众台账, 结对帮扶): helpers, visits, visit frequencies, overdue visits."""
