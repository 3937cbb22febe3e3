"""Benchmarks of dvk-analysis at national scale, on SYNTHETIC data (``python -m benchmarks``)."""
