"""Where extraction's regular-expression time goes: every compiled pattern the extractor's modules hold
is timed, per pattern and per calling function, on the synthetic bench corpus.

    python -m reconcile.benchmarks.regexcost [--mb 1] [--seed 1] [--top 40]

Each module-level pattern of ``reconcile`` (and each one in a module-level dict, list or cue object) is
replaced, for this process only, by a proxy that times its ``search``/``match``/``fullmatch``/``finditer``/
``findall``/``sub``/``split`` calls (``finditer`` is read to the end at once, so its matches are timed); the
original patterns are kept alive while the proxies run (so that no address is reused by another pattern).
It prints the share of the time each pattern and each calling function takes, the number of calls and the
time per call: a profile of the patterns, not of the Python around them (run ``pyinstrument`` for that).
Times are wall-clock and include the proxy's own timer reads (about 0.1 us a call); compare runs made on
a quiet machine, one at a time.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from collections import Counter
from time import perf_counter_ns

#: per pattern name: nanoseconds, calls; per calling function: nanoseconds
TIME: Counter = Counter()
CALLS: Counter = Counter()
CALLERS: Counter = Counter()


class _Timed:
    """A compiled pattern whose calls are timed (everything else is the pattern's own)."""

    __slots__ = ("rx", "name")

    def __init__(self, rx: re.Pattern, name: str):
        self.rx, self.name = rx, name

    def _run(self, method: str, args, kwargs):
        t = perf_counter_ns()
        got = getattr(self.rx, method)(*args, **kwargs)
        if method == "finditer":
            got = iter(list(got))
        dt = perf_counter_ns() - t
        TIME[self.name] += dt
        CALLS[self.name] += 1
        code = sys._getframe(2).f_code
        CALLERS[f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_name}"] += dt
        return got

    def search(self, *a, **k):
        return self._run("search", a, k)

    def match(self, *a, **k):
        return self._run("match", a, k)

    def fullmatch(self, *a, **k):
        return self._run("fullmatch", a, k)

    def finditer(self, *a, **k):
        return self._run("finditer", a, k)

    def findall(self, *a, **k):
        return self._run("findall", a, k)

    def sub(self, *a, **k):
        return self._run("sub", a, k)

    def split(self, *a, **k):
        return self._run("split", a, k)

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


def instrument() -> int:
    """Replace the patterns of every ``reconcile`` module by timed proxies; the number of patterns."""
    import reconcile

    for info in pkgutil.walk_packages(reconcile.__path__, "reconcile."):
        try:
            importlib.import_module(info.name)
        except Exception:  # noqa: BLE001,S112 - a module that cannot be imported here holds no pattern we run
            continue
    proxies: dict[int, _Timed] = {}
    keep: list[re.Pattern] = []  # the originals, alive: no other object takes one of their addresses

    def proxy(rx: re.Pattern, name: str) -> _Timed:
        p = proxies.get(id(rx))
        if p is None:
            keep.append(rx)
            p = proxies[id(rx)] = _Timed(rx, name)
        return p

    modules = sorted((n, m) for n, m in sys.modules.items() if n.startswith("reconcile") and m is not None)
    for n, m in modules:  # the name a pattern is known by: its own module's first
        for k, v in vars(m).items():
            if isinstance(v, re.Pattern):
                proxy(v, f"{n.removeprefix('reconcile.')}.{k}")

    def swap(v, name: str, depth: int):
        if isinstance(v, re.Pattern):
            return proxy(v, name)
        if depth > 2:
            return v
        if isinstance(v, dict):
            for k, x in list(v.items()):
                if (y := swap(x, f"{name}[{k}]", depth + 1)) is not x:
                    v[k] = y
        elif isinstance(v, list):
            for i, x in enumerate(v):
                if (y := swap(x, f"{name}[{i}]", depth + 1)) is not x:
                    v[i] = y
        elif type(v).__module__.startswith("reconcile") and not isinstance(v, type):
            for k in list(getattr(v, "__dict__", {})) + list(getattr(type(v), "__slots__", ())):
                x = getattr(v, k, None)
                if x is not None and (y := swap(x, f"{name}.{k}", depth + 1)) is not x:
                    try:
                        setattr(v, k, y)
                    except (AttributeError, TypeError):
                        pass
        return v

    for n, m in modules:
        for k, v in list(vars(m).items()):
            if k.startswith("__"):
                continue
            if (y := swap(v, f"{n.removeprefix('reconcile.')}.{k}", 0)) is not v:
                setattr(m, k, y)
    instrument.keep = keep  # type: ignore[attr-defined]
    return len(proxies)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m reconcile.benchmarks.regexcost", description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of the synthetic corpus in MB (default 1)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--top", type=int, default=40, help="how many patterns and callers to print")
    a = ap.parse_args(argv)

    n = instrument()
    from ..extract import extract_claims
    from .extract import corpus, source

    sources = [source(r) for r in corpus(a.mb, a.seed)]
    words = sum(len(s.text.split()) for s in sources)
    extract_claims(sources[0])  # warm the caches
    TIME.clear(), CALLS.clear(), CALLERS.clear()
    c0 = time.process_time()
    for s in sources:
        extract_claims(s)
    cpu = time.process_time() - c0
    total = sum(TIME.values()) or 1
    ranked = sorted(TIME.values(), reverse=True)
    print(f"{len(sources)} reports, {words:,} words, {n} patterns timed: {cpu:.2f} s CPU (timers included), "
          f"{total / 1e9:.2f} s in {sum(CALLS.values()):,} pattern calls")
    print("share of the pattern time in the top 10 / 20 / 50 / 100 patterns: "
          + " / ".join(f"{sum(ranked[:k]) / total:.0%}" for k in (10, 20, 50, 100)))
    print(f"\n{'ms':>8} {'share':>6} {'calls':>8} {'us/call':>8}  pattern")
    for name, ns in TIME.most_common(a.top):
        print(f"{ns / 1e6:8.1f} {ns / total:6.1%} {CALLS[name]:8,} {ns / CALLS[name] / 1e3:8.2f}  {name}")
    print(f"\n{'ms':>8} {'share':>6}  calling function")
    for name, ns in CALLERS.most_common(a.top):
        print(f"{ns / 1e6:8.1f} {ns / total:6.1%}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
