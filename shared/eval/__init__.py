"""Scoring the tagger against labelled stories (the corpus's rules, re-implemented here)."""
