"""How long a worker's fetch may wait on the broker for more data (faust leaves it fixed).

faust builds its aiokafka consumer with ``fetch_min_bytes=1`` and no way to change it, so
under a steady, moderate load the broker answers every fetch as soon as one message is there:
hundreds of fetch round trips a second, each a few messages long, each paid in Python by the
worker and by the broker (docs/bench.md: at half load a story cost ~50 % more CPU than in a
burst). Asking the broker to wait until ``min_bytes`` have gathered or ``max_wait_ms`` have
passed makes the round trips few and full; a burst fills ``min_bytes`` at once and is not
delayed. The two values are set on the consumer before it starts, when aiokafka builds its
fetcher from them.
"""

from __future__ import annotations

from typing import Any

import aiokafka
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread
from faust.transport.drivers.aiokafka import Consumer as AIOKafkaConsumer


def fetch_tuned_consumer(min_bytes: int, max_wait_ms: int) -> type[AIOKafkaConsumer]:
    """A faust aiokafka ``Consumer`` class whose fetches wait for ``min_bytes`` of data, at
    most ``max_wait_ms``."""

    class _Thread(AIOKafkaConsumerThread):
        def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
            consumer = super()._create_worker_consumer(transport)
            consumer._fetch_min_bytes = min_bytes
            consumer._fetch_max_wait_ms = max_wait_ms
            return consumer

    class _Consumer(AIOKafkaConsumer):
        def _new_consumer_thread(self) -> AIOKafkaConsumerThread:
            return _Thread(self, loop=self.loop, beacon=self.beacon)

    return _Consumer


def install(app: Any, *, min_bytes: int, max_wait_ms: int) -> None:
    """Make ``app``'s worker consumer fetch with these limits (call before the app starts)."""
    app.transport.Consumer = fetch_tuned_consumer(min_bytes, max_wait_ms)
