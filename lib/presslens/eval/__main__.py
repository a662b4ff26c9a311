"""Dispatch ``python -m presslens.eval NAME [ARGS...]`` to ``presslens.eval.NAME.main(ARGS)``.

Each evaluation module (``timex``, ``sentiment``, ...) exposes ``main(argv) -> int``.
"""

from __future__ import annotations

import importlib
import sys

EVALUATIONS = ("timex", "sentiment")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(f"usage: python -m presslens.eval {{{','.join(EVALUATIONS)}}} [ARGS...]")
        print("Run `python -m presslens.eval NAME --help` for the options of one evaluation.")
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in EVALUATIONS:
        print(f"unknown evaluation {name!r}; choose one of: {', '.join(EVALUATIONS)}", file=sys.stderr)
        return 2
    module = importlib.import_module(f"presslens.eval.{name}")
    return int(module.main(rest) or 0)


if __name__ == "__main__":
    sys.exit(main())
