"""The cache of parsed files: found again for the same bytes, never when anything changed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from benchmarks import synth
from dvk_analysis import cache, fastload


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "awards.csv"
    synth.write_csv(synth.synthetic_table(200, layout="counts", seed=21), path)
    return path


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def entries(folder: Path) -> list[Path]:
    return sorted((folder / "parts").glob("*/*/manifest.json")) if folder.exists() else []


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object) -> None:
        raise AssertionError(f"{path} was parsed again")

    monkeypatch.setattr(fastload, "read_part", refuse)


def test_second_load_comes_from_the_cache(data: Path, store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = fastload.load_fast(data, cache=True, cache_dir=store)
    assert len(entries(store)) == 1
    no_parsing(monkeypatch)
    again = fastload.load_fast(data, cache=True, cache_dir=store)
    pd.testing.assert_frame_equal(again, first)


def test_cached_frame_equals_uncached(data: Path, store: Path) -> None:
    fastload.load_fast(data, cache=True, cache_dir=store)
    cached = fastload.load_fast(data, cache=True, cache_dir=store)
    pd.testing.assert_frame_equal(cached, fastload.load_fast(data, cache=False))


def test_seed_workbook_with_sources_round_trips(store: Path) -> None:
    fresh = fastload.load_fast(None, cache=False)
    fastload.load_fast(None, cache=True, cache_dir=store)
    pd.testing.assert_frame_equal(fastload.load_fast(None, cache=True, cache_dir=store), fresh)


def test_changed_file_is_parsed_again(data: Path, store: Path) -> None:
    before = fastload.load_fast(data, cache=True, cache_dir=store)
    stat = data.stat()
    text = data.read_text(encoding="utf-8").replace("SYN-00000001", "SYN-0000000X", 1)
    data.write_text(text, encoding="utf-8")
    # Same size, and the old modification time put back: the change time still differs.
    os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    after = fastload.load_fast(data, cache=True, cache_dir=store)
    assert after["record_id"].iloc[0] == "SYN-0000000X"
    assert before["record_id"].iloc[0] == "SYN-00000001"
    assert len(entries(store)) == 2


def test_stale_stat_record_is_never_trusted_when_verifying(data: Path, store: Path) -> None:
    ours = cache.ParsedCache(store, verify=True)
    digest = ours.content_hash(data)
    assert digest == cache.file_sha256(data)
    # A remembered hash that lies is not used when verifying.
    record = ours._stat_record(data)
    record.write_text(record.read_text().replace(digest, "0" * 64))
    assert ours.content_hash(data) == digest


def test_recent_files_are_hashed_again(data: Path, store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ours = cache.ParsedCache(store)
    ours.content_hash(data)
    calls = []
    real = cache.file_sha256
    monkeypatch.setattr(cache, "file_sha256", lambda p: calls.append(p) or real(p))
    ours.content_hash(data)  # modified less than two seconds before it was hashed: racy
    assert calls
    monkeypatch.setattr(cache, "_RACY_NS", 0)  # as if the file had been written long ago
    ours.content_hash(data)
    calls.clear()
    ours.content_hash(data)
    assert not calls  # unchanged and not racy: the remembered hash


def test_other_rules_or_version_never_reuse_an_entry(
    data: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fastload.load_fast(data, cache=True, cache_dir=store)
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "other code")
    fastload.load_fast(data, cache=True, cache_dir=store)
    monkeypatch.setattr(cache, "package_version", lambda: "9.9")
    fastload.load_fast(data, cache=True, cache_dir=store)
    monkeypatch.setattr(fastload, "FORMAT_VERSION", 99)
    fastload.load_fast(data, cache=True, cache_dir=store)
    assert len(entries(store)) == 4


def test_cache_off(data: Path, store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fastload.load_fast(data, cache=False, cache_dir=store)
    assert not store.exists()
    monkeypatch.setenv("DVK_CACHE", "0")
    monkeypatch.setenv("DVK_CACHE_DIR", str(store))
    fastload.load_fast(data)
    assert not store.exists()
    monkeypatch.setenv("DVK_CACHE", "1")
    fastload.load_fast(data)
    assert len(entries(store)) == 1


def test_default_folder_is_outside_the_source(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DVK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.default_folder() == tmp_path / "xdg" / "dvk-analysis"


def test_cache_inside_the_data_folder_is_not_used(data: Path) -> None:
    inside = data.parent / "cache"
    fastload.load_fast(data, cache=True, cache_dir=inside)
    assert not inside.exists()
    assert cache.open_cache(True, inside, [data]) is None


def test_interrupted_entry_is_not_read(data: Path, store: Path) -> None:
    fastload.load_fast(data, cache=True, cache_dir=store)
    (manifest,) = entries(store)
    manifest.unlink()  # as if the write had stopped before its last step
    ours = cache.ParsedCache(store)
    assert ours.get(data, fastload._settings()) is None
    shutil.rmtree(manifest.parent)
    assert fastload.load_fast(data, cache=True, cache_dir=store)["count"].notna().all()


def test_clear(data: Path, store: Path) -> None:
    fastload.load_fast(data, cache=True, cache_dir=store)
    cache.ParsedCache(store).clear()
    assert entries(store) == []
