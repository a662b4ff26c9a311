"""Developer tools: ``python -m presslens.tools check-notebooks DIR``, ``build-notebook SRC DST`` and
``readme-schema README.md`` (rewrites the README's table schemas from presslens.schema).

``check-notebooks`` fails when a notebook is committed with outputs or execution counts, or has no cell
tagged ``parameters`` (papermill needs it). ``build-notebook`` writes a notebook (without outputs) from a
percent-format script: cells start with ``# %% [markdown]``, ``# %% code`` or ``# %% parameters``;
markdown lines are written as comments (``# text``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_CELL = re.compile(r"^# %% \[?(markdown|code|parameters)\]?[ \t]*$", re.M)


def notebook_problems(path: str | Path) -> list[str]:
    """What is wrong with a notebook as committed: outputs, execution counts, no parameters cell."""
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    out = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if cell.get("outputs"):
            out.append(f"{path}: cell {i} has outputs (run `make strip`)")
        if cell.get("execution_count") is not None:
            out.append(f"{path}: cell {i} has an execution count (run `make strip`)")
    if not any("parameters" in c.get("metadata", {}).get("tags", []) for c in nb.cells):
        out.append(f"{path}: no cell tagged 'parameters'")
    return out


def build_notebook(source: str, *, kernel: str = "presslens"):
    """A notebook from percent-format ``source`` (see the module docstring), cells with stable ids."""
    import nbformat

    parts = _CELL.split(source)
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": kernel, "display_name": "Python (presslens)", "language": "python"},
                   "language_info": {"name": "python"}}
    for i, (kind, body) in enumerate(zip(parts[1::2], parts[2::2], strict=True)):
        body = body.strip("\n")
        if kind == "markdown":
            body = "\n".join(re.sub(r"^# ?", "", line) for line in body.splitlines())
            cell = nbformat.v4.new_markdown_cell(body)
        else:
            cell = nbformat.v4.new_code_cell(body)
            if kind == "parameters":
                cell.metadata["tags"] = ["parameters"]
        cell["id"] = f"cell-{i:02d}"
        nb.cells.append(cell)
    return nb


README_TABLES = ("articles", "sentences", "segments", "repairs")
_SCHEMA_BLOCK = re.compile(r"<!-- schema:start -->.*?<!-- schema:end -->", re.S)


def schema_markdown(tables=README_TABLES) -> str:
    from .schema import describe

    return "<!-- schema:start -->\n" + "\n\n".join(describe(t) for t in tables) + "\n<!-- schema:end -->"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["check-notebooks"] and len(argv) == 2:
        problems = [p for nb in sorted(Path(argv[1]).glob("*.ipynb")) for p in notebook_problems(nb)]
        print("\n".join(problems) if problems else "notebooks: clean")
        return 1 if problems else 0
    if argv[:1] == ["build-notebook"] and len(argv) == 3:
        import nbformat

        nbformat.write(build_notebook(Path(argv[1]).read_text(encoding="utf-8")), argv[2])
        return 0
    if argv[:1] == ["readme-schema"] and len(argv) == 2:
        p = Path(argv[1])
        p.write_text(_SCHEMA_BLOCK.sub(lambda m: schema_markdown(), p.read_text(encoding="utf-8")), encoding="utf-8")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
