"""Benchmark scopewatch against urlwatch: see bench/README.md."""
