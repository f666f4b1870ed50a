"""Where the per-document analysis runs: a local process pool, or Spark partitions."""
