"""The SQLite store: connection, migrations, the run lock, snapshots, runs, shared read queries."""
