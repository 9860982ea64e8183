"""What leaves the database: reports, the web UI, exports, notifications, terminal views."""
