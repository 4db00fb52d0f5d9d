"""百宝箱 window: lending by QR label, room bookings."""
