"""A cache of parsed source files, so that reloading an unchanged file costs a Parquet read.

An entry holds what :mod:`dvk_analysis.fastload` parsed from one file, as Parquet. Its key
is the SHA-256 of the file's bytes, the reader's settings, the package version and a
fingerprint of the code that parses (vocabulary, periods, provinces, the reader itself),
so an entry is found again only for the same bytes read by the same rules: a changed
file, a new vocabulary alias or a new version never gets a stale entry.

Hashing a large file costs about a second per gigabyte. As git does for its index, the
hash of a file is remembered with its size, inode, modification and change times; while
none of these has changed (and the file was not modified within two seconds of being
hashed, when a change could hide in the same time stamp) the remembered hash is used.
``verify=True`` (or ``DVK_CACHE_VERIFY=1``) hashes every time.

The cache lives outside the source folder: ``DVK_CACHE_DIR``, or the user's cache folder
(``$XDG_CACHE_HOME/dvk-analysis``, by default ``~/.cache/dvk-analysis``). ``DVK_CACHE=0``
(or ``cache=False``) turns it off. Entries are written to a temporary name and renamed,
so an interrupted write is never read. Nothing is ever written next to the data.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

#: Files whose content decides how a source is parsed: part of every key.
_CODE_FILES = (
    "fastload.py",
    "vocab.py",
    "parse.py",
    "provinces.py",
    "provinces.csv",
    "schema.py",
    "safety.py",
    "cache.py",
)
# A file modified this close to its hashing may have changed within one time stamp.
_RACY_NS = 2_000_000_000
_CHUNK = 1 << 24


def default_folder() -> Path:
    """Return the cache folder: ``DVK_CACHE_DIR``, else the user's cache folder.

    >>> import os
    >>> os.environ["DVK_CACHE_DIR"] = "/tmp/dvk-cache-doc"
    >>> str(default_folder())
    '/tmp/dvk-cache-doc'
    >>> del os.environ["DVK_CACHE_DIR"]
    """
    given = os.environ.get("DVK_CACHE_DIR")
    if given:
        return Path(given).expanduser()
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):  # pragma: no cover - Windows
        return Path(os.environ["LOCALAPPDATA"]) / "dvk-analysis" / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dvk-analysis"


def enabled(flag: bool | None = None) -> bool:
    """Tell whether the cache is on: ``flag`` if given, else unless ``DVK_CACHE=0``."""
    if flag is not None:
        return flag
    return os.environ.get("DVK_CACHE", "1").strip().lower() not in ("0", "false", "no", "off")


@cache
def code_fingerprint() -> str:
    """Return the SHA-256 of the code and data files that decide how a file is parsed."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in _CODE_FILES:
        path = here / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()


def package_version() -> str:
    """Return the installed version of dvk-analysis (or "unknown")."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dvk-analysis")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "unknown"


def file_sha256(path: str | os.PathLike[str]) -> str:
    """Return the SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class ParsedCache:
    """Parsed files as Parquet, keyed by content hash, reader settings and version.

    Parameters
    ----------
    folder : path-like
        Where the entries live (created when the first entry is written).
    verify : bool
        Hash every file every time instead of trusting an unchanged ``stat``.
    """

    def __init__(self, folder: str | os.PathLike[str], *, verify: bool = False) -> None:
        self.folder = Path(folder)
        self.verify = verify

    # --- keys ---------------------------------------------------------------------------

    def _stat_record(self, path: Path) -> Path:
        name = hashlib.sha256(str(path.resolve()).encode()).hexdigest()
        return self.folder / "hashes" / f"{name}.json"

    def content_hash(self, path: str | os.PathLike[str]) -> str:
        """Return the SHA-256 of ``path``, from the remembered one when its stat is unchanged."""
        path = Path(path)
        st = path.stat()
        stamp = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ctime_ns": st.st_ctime_ns, "ino": st.st_ino}
        record = self._stat_record(path)
        if not self.verify:
            try:
                known = json.loads(record.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                known = None
            if (
                known
                and known.get("stat") == stamp
                and max(st.st_mtime_ns, st.st_ctime_ns) < int(known.get("hashed_at_ns", 0)) - _RACY_NS
            ):
                return str(known["sha256"])
        hashed_at = time.time_ns()
        digest = file_sha256(path)
        if path.stat().st_mtime_ns == st.st_mtime_ns:  # not changed while it was read
            self._write_text(record, json.dumps({"stat": stamp, "sha256": digest, "hashed_at_ns": hashed_at}))
        return digest

    def key(self, path: str | os.PathLike[str], settings: Mapping[str, object]) -> str:
        """Return the key of ``path`` read with ``settings``: content, settings, version, code."""
        parts = {
            "sha256": self.content_hash(path),
            "settings": dict(settings),
            "version": package_version(),
            "code": code_fingerprint(),
        }
        return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / "parts" / key[:2] / key

    # --- entries ------------------------------------------------------------------------

    def get(self, path: str | os.PathLike[str], settings: Mapping[str, object]) -> list[pa.Table] | None:
        """Return the tables cached for ``path`` read with ``settings``, or None."""
        entry = self._entry(self.key(path, settings))
        manifest = entry / "manifest.json"
        try:
            count = int(json.loads(manifest.read_text(encoding="utf-8"))["tables"])
            return [pq.read_table(entry / f"{i}.parquet", memory_map=True) for i in range(count)]
        except (OSError, ValueError, KeyError, pa.ArrowException):
            return None

    def put(
        self,
        path: str | os.PathLike[str],
        settings: Mapping[str, object],
        tables: Sequence[pa.Table],
        repeated: Sequence[str] = (),
    ) -> None:
        """Store ``tables`` for ``path`` read with ``settings`` (a failure to write is ignored).

        Dictionary, integer and date columns, and the text columns named in ``repeated``
        (few distinct values), are dictionary-encoded in the file: smaller, and read faster.
        """
        try:
            entry = self._entry(self.key(path, settings))
            entry.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=entry.parent))
            for i, table in enumerate(tables):
                low = [
                    f.name
                    for f in table.schema
                    if pa.types.is_dictionary(f.type)
                    or pa.types.is_integer(f.type)
                    or pa.types.is_date(f.type)
                    or f.name in repeated
                ]
                pq.write_table(table, staging / f"{i}.parquet", compression="snappy", use_dictionary=low)
            (staging / "manifest.json").write_text(
                json.dumps({"tables": len(tables), "source": str(Path(path).name)}), encoding="utf-8"
            )
            if entry.exists():
                shutil.rmtree(staging, ignore_errors=True)
                return
            os.replace(staging, entry)
        except OSError:
            return

    def clear(self) -> None:
        """Remove every entry and remembered hash."""
        for sub in ("parts", "hashes"):
            shutil.rmtree(self.folder / sub, ignore_errors=True)

    def _write_text(self, path: Path, text: str) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except OSError:
            return


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
    except ValueError:
        return False
    return True


def open_cache(
    flag: bool | None = None,
    folder: str | os.PathLike[str] | None = None,
    sources: Iterable[str | os.PathLike[str]] = (),
    *,
    verify: bool | None = None,
) -> ParsedCache | None:
    """Return the cache to use, or None when it is off.

    Parameters
    ----------
    flag : bool, optional
        On or off; default: on unless ``DVK_CACHE=0``.
    folder : path-like, optional
        Cache folder; default :func:`default_folder`.
    sources : iterable of path-like
        The files about to be read: a cache folder inside one of their folders is not
        used (the cache lives outside the data).
    verify : bool, optional
        Hash every file every time; default: ``DVK_CACHE_VERIFY=1``.
    """
    if not enabled(flag):
        return None
    where = Path(folder) if folder is not None else default_folder()
    for source in sources:
        if _inside(where, Path(source).parent):
            return None
    if verify is None:
        verify = os.environ.get("DVK_CACHE_VERIFY", "0").strip() in ("1", "true", "yes")
    return ParsedCache(where, verify=verify)
