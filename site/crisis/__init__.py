"""Crisis help on every page: the crisis panel and bar, and the offline crisis card."""
