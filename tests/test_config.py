from pathlib import Path

import pytest

from woo_tracker import config


def test_library_option_beats_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(config.ENV_LIBRARY, str(tmp_path / "env"))
    assert config.resolve_library(tmp_path / "cli") == tmp_path / "cli"


def test_environment_beats_the_user_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(config.ENV_LIBRARY, str(tmp_path / "env"))
    assert config.resolve_library(None) == tmp_path / "env"


def test_default_is_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.ENV_LIBRARY, raising=False)
    path = config.resolve_library(None)
    assert path.name == "library" and "woo-tracker" in str(path)


def test_database_url_defaults_to_a_file_in_the_library(tmp_path: Path) -> None:
    loc = config.locate(tmp_path)
    assert loc.database_url == f"sqlite:///{tmp_path.resolve() / 'library.db'}"
    assert config.locate(tmp_path, "sqlite:///:memory:").database_url == "sqlite:///:memory:"
