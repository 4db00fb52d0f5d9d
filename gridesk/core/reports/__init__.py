"""报表: period figures for the centre's leaders (see ``report.build_report``)."""
