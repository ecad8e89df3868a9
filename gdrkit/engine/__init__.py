"""How the stages run: caches, worker processes, resource limits, progress bars, table files."""
