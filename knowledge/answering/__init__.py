"""Answering questions: a router, one shared ranking, and one module per intent (timeline, who, demands, search)."""
