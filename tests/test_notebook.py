"""presslens.notebook: the tables the notebooks save."""

import numpy as np
import pandas as pd
import pytest

from presslens import notebook
from presslens.notebook import save_table, write_csv

WORDS = ["plain", "a,b", 'say "no"', "two\nlines", "carriage\rreturn", "", "ünïcode — «ё»", " lead", "tab\there"]


def _table(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    floats = rng.standard_normal(n) * 10.0 ** rng.integers(-8, 18, n)
    floats[::7] = np.nan
    floats[1::5] = np.round(floats[1::5])
    return pd.DataFrame({
        "article_id": pd.array(rng.choice(["a1", "b2", "c,3"], n), dtype="str"),
        "n": rng.integers(-10**12, 10**12, n),
        "score": floats,
        "flag": rng.random(n) > 0.5,
        "text": pd.array(rng.choice(WORDS + [None], n), dtype="str"),
        "obj": pd.Series(rng.choice(WORDS + [None, np.nan], n), dtype=object),
        "u8": rng.integers(0, 255, n).astype("uint8"),
    })


def _bytes(path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize("n", [0, 3, notebook._FAST_ROWS, notebook._CHUNK_ROWS + 17])
def test_write_csv_is_pandas_to_csv_byte_for_byte(tmp_path, n):
    df = _table(n)
    write_csv(df, tmp_path / "fast.csv")
    df.to_csv(tmp_path / "pandas.csv", index=False)
    assert _bytes(tmp_path / "fast.csv") == _bytes(tmp_path / "pandas.csv")


@pytest.mark.parametrize("extra", [
    pd.Series(pd.date_range("2024-01-01", periods=notebook._FAST_ROWS, freq="h")),  # datetimes: pandas writes them
    pd.Series(pd.Categorical(["x", "y,z"] * (notebook._FAST_ROWS // 2))),
    pd.Series(pd.array([1, None] * (notebook._FAST_ROWS // 2), dtype="Int64")),
    pd.Series([1, "mixed", 2.5, None] * (notebook._FAST_ROWS // 4), dtype=object),
], ids=["datetime", "categorical", "nullable-int", "mixed-object"])
def test_write_csv_other_column_types_fall_back_to_pandas(tmp_path, extra):
    df = _table(len(extra)).assign(extra=extra.to_numpy() if extra.dtype == object else extra.array)
    write_csv(df, tmp_path / "fast.csv")
    df.to_csv(tmp_path / "pandas.csv", index=False)
    assert _bytes(tmp_path / "fast.csv") == _bytes(tmp_path / "pandas.csv")


def test_save_table_joins_list_columns_and_reads_back(tmp_path):
    df = pd.DataFrame({"term": ["a", "b,c"] * 3000, "actors": [["Xi Jinping", "Putin"], []] * 3000})
    path = save_table(df, "custom", tmp_path)
    back = pd.read_csv(path, keep_default_na=False)
    assert back["actors"].tolist() == ["Xi Jinping | Putin", ""] * 3000
    assert back["term"].tolist() == df["term"].tolist()


def test_save_table_without_folder_writes_nothing(tmp_path):
    assert save_table(pd.DataFrame({"a": [1]}), "x", "") is None
