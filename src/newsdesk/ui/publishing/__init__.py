"""Getting articles out: static export, servers and their outbox, hand-off files."""
