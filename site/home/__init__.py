"""The home page: the tree's root in each language, its pathways and latest news and events."""
