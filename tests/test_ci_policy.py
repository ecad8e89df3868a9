"""CI fails, not skips: with CI=true a missing ../shared or a missing optional extra is a
failure naming what is missing and how to get it; without CI the same tests skip, and
the run ends with a line counting the real-report tests skipped (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT

REAL_REPORT_TEST = "tests/extract/test_checks.py::test_prose_vs_table"  # one small test on the real reports
EXTRA_TEST = "tests/test_clean.py::test_to_simplified_keeps_mainland_words"  # needs gdrkit[traditional]


def _pytest(args: list[str], *, ci: bool, shared: str | None = None, hide: str | None = None):
    """Run pytest on ``args`` in a subprocess, with or without CI=true, ../shared at
    ``shared``, and the module ``hide`` made unimportable (as if its extra were not installed)."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS", "GDRKIT_SHARED")}
    if ci:
        env["CI"] = "true"
    if shared is not None:
        env["GDRKIT_SHARED"] = shared
    code = ("import sys\n" + (f"sys.modules[{hide!r}] = None\n" if hide else "")
            + "import pytest\nsys.exit(pytest.main(sys.argv[1:]))")
    p = subprocess.run([sys.executable, "-c", code, "-q", "-p", "no:cacheprovider", "-rs", *args],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout + p.stderr


def test_missing_shared_fails_in_ci_with_the_way_to_get_it(tmp_path):
    missing = tmp_path / "no-shared"
    rc, out = _pytest([REAL_REPORT_TEST], ci=True, shared=str(missing))
    assert rc == 1, out
    assert f"CI=true: real reports not found at {missing / 'corpus' / 'raw'} (a CI run must not skip it)" in out
    assert "set GDRKIT_SHARED=/path/to/shared" in out
    assert "1 error" in out.splitlines()[-1] and "skipped" not in out.splitlines()[-1]
    assert f"real-report tests: 1 failed (CI=true), real reports not found at {missing / 'corpus' / 'raw'}" in out


def test_missing_shared_skips_locally_and_says_how_to_run(tmp_path):
    missing = tmp_path / "no-shared"
    rc, out = _pytest([REAL_REPORT_TEST], ci=False, shared=str(missing))
    assert rc == 0, out
    assert out.splitlines()[-1].startswith("1 skipped")
    assert (f"real-report tests: 1 skipped, real reports not found at {missing / 'corpus' / 'raw'}; to run them, "
            "put the shared/ folder (with corpus/raw) beside the checkout, or set GDRKIT_SHARED=/path/to/shared") in out


HOW_EXTRA = "pip install -e '.[traditional]' (make venv installs every extra)"


def test_missing_optional_extra_fails_in_ci():
    rc, out = _pytest([EXTRA_TEST], ci=True, hide="opencc")
    assert rc == 1 and out.splitlines()[-1].startswith("1 failed"), out
    assert "CI=true: opencc cannot be imported" in out and HOW_EXTRA in out


def test_missing_optional_extra_skips_locally():
    rc, out = _pytest([EXTRA_TEST], ci=False, hide="opencc")
    assert rc == 0 and out.splitlines()[-1].startswith("1 skipped"), out
    assert "opencc cannot be imported" in out and HOW_EXTRA in out and "CI=true" not in out


def _make_dry_run(*args: str) -> str:
    import shutil
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    proc = subprocess.run(["make", "-n", "-W", "pyproject.toml", "figures", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_make_figures_on_other_data_writes_to_folders_named_after_it():
    default = _make_dry_run()
    assert 'gdrkit build "data" -o "out/tables"' in default
    assert '--figures "figures"' in default
    other = _make_dry_run("DATA=/somewhere/henan-2024")
    assert 'gdrkit build "/somewhere/henan-2024" -o "out/henan-2024/tables"' in other
    assert '--figures "figures/henan-2024"' in other and '--figures "figures"' not in other
