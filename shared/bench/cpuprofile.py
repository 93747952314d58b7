"""``python -m shared.bench.cpuprofile OUT MODULE``: run MODULE under cProfile on CPU time.

cProfile's default clock is the wall clock: in a worker that shares two busy cores, a
``socket.send`` that wakes the broker and loses the core looks like milliseconds of work.
Timing with ``time.process_time`` charges each function only the CPU it used.
"""

from __future__ import annotations

import cProfile
import runpy
import sys
import time


def main() -> None:
    out, module = sys.argv[1], sys.argv[2]
    sys.argv = [module, *sys.argv[3:]]
    profiler = cProfile.Profile(time.process_time)
    try:
        profiler.runcall(runpy.run_module, module, run_name="__main__", alter_sys=True)
    finally:
        profiler.dump_stats(out)


if __name__ == "__main__":
    main()
