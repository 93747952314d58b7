"""``make bench``: the end-to-end benchmark of the pipeline against raw Kafka and Elasticsearch.

``generator`` makes the synthetic wire (pure, seeded), ``runner`` drives the pipeline and the
latency run, ``raw_limits`` measures Kafka, Elasticsearch and pure tagging on their own, and
``report`` prints the table and writes ``var/bench/latest.json``. See ``docs/bench.md``.
"""
