"""``gdrkit build`` (gdrkit.cli): user errors are one line naming the problem, stale tables
go, and traditional-character reports are pointed out and converted on request."""

from __future__ import annotations

import os
import shutil

import pandas as pd
import pytest

from gdrkit.cli import main

from conftest import DATA, need_shared

SEED = sorted(DATA.glob("*.txt"))[0]


@pytest.fixture(autouse=True)
def _quiet(monkeypatch, tmp_path):
    monkeypatch.setenv("GDRKIT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("GDRKIT_PROGRESS", "0")


def _build(*args: str) -> int:
    return main(["build", *map(str, args), "--workers", "1", "-q"])


def test_usage_errors_are_one_line_before_any_reading(tmp_path, capsys):
    (tmp_path / "afile").write_text("x")
    bad = tmp_path / "bad.csv"
    bad.write_text("foo,bar\n1,2\n", encoding="utf-8")
    cases = [
        ((DATA, "-o", tmp_path / "afile"), f"gdrkit build: -o {tmp_path / 'afile'}: exists and is not a folder"),
        ((DATA, "-o", tmp_path / "afile" / "sub"),
         f"gdrkit build: -o {tmp_path / 'afile' / 'sub'}: cannot create the folder: Not a directory"),
        ((DATA, "-o", tmp_path / "o", "--metadata", tmp_path / "nosuch.csv"),
         f"gdrkit build: metadata {tmp_path / 'nosuch.csv'}: no such file"),
        ((DATA, "-o", tmp_path / "o", "--metadata", bad),
         f"gdrkit build: metadata {bad}: no 'path' or 'file' column to join on (columns: ['foo', 'bar'])"),
    ]
    for args, message in cases:
        assert _build(*args) == 2
        assert capsys.readouterr().err.strip() == message
    assert not (tmp_path / "cache").exists()  # refused before a single report was read
    with pytest.raises(SystemExit) as exc:
        _build(DATA, "-o", tmp_path / "o", "--max-mb", "0")
    assert exc.value.code == 2 and "--max-mb must be more than 0" in capsys.readouterr().err


def test_a_rebuild_removes_the_tables_it_does_not_write(tmp_path, capsys):
    out = tmp_path / "out"
    assert _build(DATA, "-o", out) == 0
    assert (out / "tokens.parquet").exists() and len(pd.read_parquet(out / "tokens.parquet")) == 5
    (out / "my_notes.txt").write_text("mine")
    capsys.readouterr()
    assert _build(SEED, "-o", out, "--no-tokens") == 0
    err = capsys.readouterr().err
    assert (f"warning: removed 1 table file(s) an earlier build left in {out} that this build does not write: "
            "tokens.parquet") in err
    assert not (out / "tokens.parquet").exists() and (out / "my_notes.txt").read_text() == "mine"
    assert len(pd.read_parquet(out / "reports.parquet")) == 1
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "menu.txt").write_text("首页 | 联系我们", encoding="utf-8")
    assert _build(tmp_path / "junk", "-o", out) == 1  # nothing read: the old figures must not stay
    assert sorted(p.name for p in out.iterdir()) == ["errors.csv", "errors.parquet", "my_notes.txt",
                                                     "reports.csv", "reports.parquet"]


def test_output_inside_the_corpus_folder_is_not_read_back(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED, src / SEED.name)
    assert _build(src, "-o", src / "out") == 0
    capsys.readouterr()
    assert _build(src, "-o", src / "out") == 0
    out = capsys.readouterr()
    assert "1 read, 1 errors" in out.out
    assert f"error [discover] {src / 'out'}: not read: a gdrkit output folder" in out.err


def test_traditional_reports_are_pointed_out_and_converted_on_request(tmp_path, capsys):
    opencc = pytest.importorskip("opencc", reason="gdrkit[traditional] (OpenCC) is not installed")
    raw = need_shared() / "pingtan-archive__ptq-2013.txt"
    (tmp_path / "trad").mkdir()
    (tmp_path / "trad" / "ptq-2013.txt").write_text(opencc.OpenCC("s2t").convert(raw.read_text(encoding="utf-8")),
                                                    encoding="utf-8")
    assert _build(tmp_path / "trad", "-o", tmp_path / "plain") == 0
    assert ("warning: 1 report(s) in traditional characters, e.g. ['ptq-2013.txt']: their figures and header "
            "fields are mostly not found; --convert-traditional converts them") in capsys.readouterr().err
    assert _build(tmp_path / "trad", "-o", tmp_path / "conv", "--convert-traditional") == 0
    assert _build(raw, "-o", tmp_path / "orig") == 0
    conv, orig = (pd.read_parquet(tmp_path / d / "reports.parquet").iloc[0] for d in ("conv", "orig"))
    assert conv["text_raw"].startswith("標題: 平潭綜合實驗區2013年")
    # converted before cleaning and reading the header (標題 → 标题), character by character
    # (档案 stays 档案): the text, header and figures of the report as first written
    assert conv["text"] == orig["text"]
    assert (conv["title"], conv["agency"], conv["published"], conv["year"]) == (
        "平潭综合实验区2013年政府信息公开工作年度报告", "平潭综合实验区管委会", "2014-01-10", 2013)
    cols = ["measure", "value", "qualifier", "start", "end", "evidence"]
    figures = {d: pd.read_parquet(tmp_path / d / "figures.parquet")[cols] for d in ("plain", "conv", "orig")}
    # the prose's 4970 with its parts 3933 and 1037 and the 222 of two offices, 0 applications,
    # 1 reconsideration, and 7 values of the annex
    assert len(figures["plain"]) == 0 and len(figures["orig"]) == 13
    pd.testing.assert_frame_equal(figures["conv"], figures["orig"])


@pytest.mark.parametrize("workers", ["1", "2"])
def test_warnings_are_one_line_from_the_main_process_and_the_workers(tmp_path, workers):
    """A warning raised while reading is printed as one 'warning:' line whether it comes
    from the main process or a forked worker (a recording context lost the workers' own),
    and an XHTML page's XML declaration no longer makes bs4 warn."""
    import subprocess
    import sys

    src = tmp_path / "in"
    src.mkdir()
    for seed in sorted(DATA.glob("*.txt"))[:3]:
        body = "".join(f"<p>{line}</p>" for line in seed.read_text(encoding="utf-8").splitlines())
        (src / f"{seed.stem}.xhtml").write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
            f'<div class="content">{body}</div></body></html>', encoding="utf-8")
    code = ("import os, warnings, gdrkit.pipeline.reading as c\n"
            "read = c.read_report\n"
            "def noisy(path, **kw):\n"
            "    warnings.warn(f'odd file {os.path.basename(path)} in process {os.getpid()}')\n"
            "    return read(path, **kw)\n"
            "c.read_report = noisy\n"
            "from gdrkit.cli import main\n"
            f"raise SystemExit(main(['build', {str(src)!r}, '-o', {str(tmp_path / 'o')!r}, '--workers', "
            f"{workers!r}, '--no-tokens', '-q']))\n")
    env = {**os.environ, "GDRKIT_CACHE": str(tmp_path / "cache"), "GDRKIT_PROGRESS": "0"}
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    lines = p.stderr.splitlines()
    odd = [line for line in lines if "odd file" in line]
    assert len(odd) == 3 and all(line.startswith("  warning: odd file ") for line in odd), p.stderr
    pids = {line.rsplit(" ", 1)[1] for line in odd}
    assert (len(pids) >= 2) == (workers == "2")  # the workers' own warnings, not only the main's
    assert "XML document" not in p.stderr and len(lines) == 3, p.stderr


def test_missing_opencc_and_a_non_utf8_folder_are_usage_errors(tmp_path, capsys, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "opencc", None)  # as if gdrkit[traditional] were not installed
    assert _build(DATA, "-o", tmp_path / "o", "--convert-traditional") == 2
    assert capsys.readouterr().err.strip() == ("gdrkit build: --convert-traditional needs OpenCC: "
                                               "pip install 'gdrkit[traditional]'")
    raw = os.fsencode(str(tmp_path)) + b"/" + "年报".encode("gbk")
    try:
        os.mkdir(raw)
    except OSError as exc:
        pytest.skip(f"this file system refuses a non-UTF-8 name: {exc}")
    shutil.copy(SEED, os.fsdecode(raw) + "/a.txt")
    assert _build(os.fsdecode(raw), "-o", tmp_path / "o") == 2
    err = capsys.readouterr().err
    assert err.startswith("gdrkit build: ") and err.count("\n") == 1
    assert "file name is not valid UTF-8 (as GB18030 it reads '" in err and "/年报'): rename it" in err


def test_version_and_help_are_plain_text(capsys):
    from gdrkit import __version__
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.strip() == f"gdrkit {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "gdrkit build DIR -o OUT" in out and "``" not in out and ":func:" not in out


def test_cache_says_which_folder_it_reports(tmp_path, capsys, monkeypatch):
    assert main(["cache"]) == 0  # the autouse fixture set GDRKIT_CACHE
    assert capsys.readouterr().out.startswith(f"gdrkit cache: {tmp_path / 'cache'} ($GDRKIT_CACHE): 0 folder(s)")
    monkeypatch.delenv("GDRKIT_CACHE")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert main(["cache"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith(f"gdrkit cache: {tmp_path / '.cache' / 'gdrkit'} (the default; make uses .gdrkit-cache")
    assert main(["cache", "--cache", str(tmp_path / "c2")]) == 0
    assert "(--cache)" in capsys.readouterr().out


def test_a_closed_pipe_is_not_a_traceback(tmp_path):
    import subprocess
    import sys
    cache = tmp_path / "cache"
    for i in range(400):  # enough lines that the reader has gone before the listing ends
        (cache / f"derived-v0.0.{i}-0000").mkdir(parents=True)
    env = dict(os.environ, GDRKIT_CACHE=str(cache))
    proc = subprocess.run(f"'{sys.executable}' -m gdrkit.cli cache | head -n 1", shell=True, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.stdout.startswith("gdrkit cache: ") and proc.stdout.count("\n") == 1
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr
