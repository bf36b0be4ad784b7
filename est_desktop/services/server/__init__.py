"""The shared PostgreSQL server: roles and row-level security, moving a SQLite file to a
server, and change notifications between desks. Plain Python, no Qt."""
