"""What runs when.

- :mod:`.stages`: the per-report stages in order (read_report, derive_reports), what every
  runner calls;
- :mod:`.reading`: every file read through the reports cache, in worker processes;
- :mod:`.deriving` and :mod:`.derivedcache`: the per-report tables through their cache;
- :mod:`.tablecache`: whole tables kept for an unchanged corpus;
- :mod:`.runners` and :mod:`.dask_engine`: where a corpus's passes run (this machine, Dask);
- :mod:`.streaming`: ``gdrkit build`` shard by shard (:func:`gdrkit.build_tables`);
- :mod:`.caches`: the cache folders (``gdrkit cache``).

The pipeline imports the stages and the engine; only the corpus and the command line
import the pipeline. Nothing is imported here, so a worker that reads files
(:mod:`.reading`) loads what reading needs, not the analyses of the streaming build.
"""

__all__: list[str] = []
