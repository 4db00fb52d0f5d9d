"""Points shop (积分超市): records, rules and services."""
