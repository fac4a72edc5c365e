"""The editorial workflow: actions, checks, comments, history and revisions."""
