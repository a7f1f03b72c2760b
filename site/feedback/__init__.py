"""The "Tell us what you think" form page and its safety."""
