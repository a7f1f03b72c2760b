"""Sharing pages: short links and their QR codes, family packs."""
