"""The base layer: what every app and feature builds on. Imports no app, and nothing of carers_site
outside core (tests/site/test_layers.py checks)."""
