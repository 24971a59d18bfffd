"""Performance figures: python -m benchmarks."""
