"""Partner units (共建单位, 双报到单位): the registry, the three lists, links from the other
windows and the annual evaluation (年度评议)."""
