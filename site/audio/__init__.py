"""Audio versions of every page: speech, computer-read drafts, recordings, the admin.

The model, AudioVersion, stays in resources/audio_models.py (app label resources, table
resources_audioversion): see the restructure plan."""
