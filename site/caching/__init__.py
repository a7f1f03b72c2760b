"""The page cache: whole pages for visitors with no session, purged when what they show changes."""
