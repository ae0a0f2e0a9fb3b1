"""Benchmarks: not part of the test run. ``python -m benchmarks.scale --articles N``."""
