"""Reading what faust would hand to aiokafka, without a broker."""

import asyncio

import faust


def worker_consumer_fetch(app: faust.App) -> tuple[int, int]:
    """``fetch_min_bytes`` and ``fetch_max_wait_ms`` of the consumer ``app``'s worker builds."""

    async def build() -> tuple[int, int]:
        built = app.consumer._thread._create_worker_consumer(app.transport)
        try:
            return built._fetch_min_bytes, built._fetch_max_wait_ms
        finally:
            await built.stop()

    return asyncio.run(build())
