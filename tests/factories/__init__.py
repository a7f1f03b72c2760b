"""Factories for tests (wagtail-factories), one module per package."""
