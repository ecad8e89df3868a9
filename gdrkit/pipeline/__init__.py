"""What runs when: reading, deriving the per-report tables, the streaming build, Dask."""
