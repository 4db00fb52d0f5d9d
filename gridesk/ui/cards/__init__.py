"""卡片打印: the card printing page and the print history."""
