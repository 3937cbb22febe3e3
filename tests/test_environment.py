"""pyproject.toml, environment.yml and requirements.lock list the same packages."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[ ;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject() -> list[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = data["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["test"]]


def _environment_pip() -> list[str]:
    # environment.yml is a plain list under `- pip:`; read it without a YAML parser
    # so this test needs nothing beyond the standard library.
    lines = (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "- pip:")
    out = []
    for line in lines[start + 1 :]:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not stripped.startswith("- "):
            break
        item = stripped[2:].strip()
        if not item.startswith("-e"):
            out.append(item)
    return out


def test_environment_yml_matches_pyproject() -> None:
    assert sorted(_environment_pip()) == sorted(_pyproject())


def test_lock_pins_every_dependency() -> None:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[name.lower().replace("_", "-")] = version
    missing = [r for r in _pyproject() if _name(r) not in pins]
    assert not missing, f"not pinned in requirements.lock: {missing}"


def test_environment_yml_python_version_matches() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["requires-python"] == ">=3.11"
    assert "python>=3.11" in (ROOT / "environment.yml").read_text(encoding="utf-8")


def test_locked_versions_satisfy_the_ranges() -> None:
    from packaging.requirements import Requirement

    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[name.lower().replace("_", "-")] = version
    outside = []
    for text in _pyproject():
        requirement = Requirement(text)
        version = pins.get(_name(text))
        if version and version not in requirement.specifier:
            outside.append(f"{text} but locked {version}")
    assert not outside
