import subprocess
import sys
from pathlib import Path

from explorer.cli import main
from tests.content.convert.converting import FIXTURES


def test_convert_prints_a_summary_and_writes_the_report_beside_the_pack(tmp_path, capsys):
    out = tmp_path / "pack"
    code = main(
        [
            "convert",
            "simile",
            str(FIXTURES / "simile_events.xml"),
            str(out),
            "--id",
            "simile-demo",
            "--title",
            "SIMILE demo",
            "--licence",
            "CC BY 4.0",
            "--source-url",
            "https://example.org/timeline",
            "--source-title",
            "The original timeline",
        ]
    )
    printed = capsys.readouterr()
    assert code == 0
    assert printed.err == ""
    counts = "The pack holds 6 cards, 3 categories, 2 sources, 0 places, 0 eras, 1 media."
    assert counts in printed.out
    assert f"The full report is in {out}.report.txt." in printed.out
    report = (tmp_path / "pack.report.txt").read_text(encoding="utf-8")
    assert "event 2 ('A duration'): classname: only the first class" in report
    assert "latestStart" not in report
    assert main(["validate", str(out)]) == 0
    assert f"{out}: valid pack 'simile-demo' with 6 cards" in capsys.readouterr().out
    sources = (out / "sources.json").read_text(encoding="utf-8")
    assert '"title": "The original timeline"' in sources
    assert '"url": "https://example.org/timeline"' in sources


def test_convert_of_a_broken_file_exits_1_and_writes_nothing(tmp_path, capsys):
    source = tmp_path / "broken.json"
    source.write_text('{"events": [{"start_date": {"year": 1990, "day": 3}}]}', encoding="utf-8")
    code = main(["convert", "timelinejs", str(source), str(tmp_path / "pack")])
    printed = capsys.readouterr()
    assert code == 1
    assert printed.err == (
        f"explorer convert: {source}: event 1: start_date: day 3 is given without a month\n"
        "Nothing was written.\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json"]


def test_convert_of_a_missing_file_says_so(tmp_path, capsys):
    code = main(["convert", "timelinejs-csv", str(tmp_path / "none.csv"), str(tmp_path / "p")])
    assert code == 1
    assert f"{tmp_path / 'none.csv'}: there is no such file" in capsys.readouterr().err


def test_convert_never_loads_qt(tmp_path):
    out = tmp_path / "pack"
    code = (
        "import sys\n"
        "from explorer.cli import main\n"
        f"assert main(['convert', 'timelinejs', {str(FIXTURES / 'timeline_v2.json')!r}, "
        f"{str(out)!r}]) == 0\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "assert not loaded, loaded\n"
    )
    env = {"EXPLORER_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert (out / "manifest.json").is_file()
