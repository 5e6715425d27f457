import io
import re
import zipfile
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest

from explorer.content.pack_reader import (
    Limits,
    PackReadError,
    ReadBudget,
    open_pack,
    path_problem,
    read_limited,
)
from explorer.content.problems import PackInvalid
from tests.content.pack_builder import write_folder, write_zip

MB = 1024 * 1024
CONTENTS = {"manifest.json": b"{}", "media/abai.png": b"png bytes", "cards.json": b"[]"}


def raises(error: type[Exception], text: str) -> AbstractContextManager[Any]:
    """pytest.raises, with ``text`` to be found literally in the message."""
    return pytest.raises(error, match=re.escape(text))


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.txt", "points outside the pack"),
        ("media/../../evil.txt", "points outside the pack"),
        ("/etc/passwd", "is an absolute path"),
        ("C:\\evil.txt", "is an absolute path"),
        ("c:evil.txt", "is an absolute path"),
        ("\\\\server\\share\\evil.txt", "is an absolute path"),
        ("media\\abai.png", "contains a backslash"),
        ("media/./abai.png", "is not a plain relative path"),
        ("media//abai.png", "is not a plain relative path"),
        ("", "is an empty path"),
    ],
)
def test_unsafe_paths_are_named(name: str, reason: str) -> None:
    problem = path_problem(name)
    assert problem is not None
    assert problem.startswith(reason)


@pytest.mark.parametrize("name", ["manifest.json", "media/abai.png", "media/sub/a..b.png"])
def test_plain_relative_paths_are_safe(name: str) -> None:
    assert path_problem(name) is None


def _folder(tmp_path: Path) -> Path:
    return write_folder(tmp_path / "pack", CONTENTS)


def _zip(tmp_path: Path) -> Path:
    return write_zip(tmp_path / "pack.zip", CONTENTS)


def _zip_in_folder(tmp_path: Path) -> Path:
    return write_zip(tmp_path / "pack.zip", CONTENTS, top_folder="my-pack")


@pytest.mark.parametrize("make", [_folder, _zip, _zip_in_folder])
def test_folder_and_zip_read_the_same(tmp_path: Path, make) -> None:
    with open_pack(make(tmp_path)) as pack:
        assert pack.problems == ()
        assert pack.names() == ("cards.json", "manifest.json", "media/abai.png")
        assert pack.exists("media/abai.png")
        assert not pack.exists("media/other.png")
        assert not pack.exists("../pack/manifest.json")
        assert pack.read_bytes("media/abai.png") == b"png bytes"


@pytest.mark.parametrize("make", [_folder, _zip])
def test_reading_a_missing_or_unsafe_name_fails_clearly(tmp_path: Path, make) -> None:
    with open_pack(make(tmp_path)) as pack:
        with raises(PackReadError, "'media/x.png' is not in the pack"):
            pack.read_bytes("media/x.png")
        with raises(PackReadError, "points outside the pack"):
            pack.read_bytes("../pack.zip")
        with raises(PackReadError, "is an absolute path"):
            pack.read_bytes(str(tmp_path / "pack" / "manifest.json"))


def test_a_zip_with_files_at_top_and_in_a_folder_is_read_as_is(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "pack.zip", {"manifest.json": b"{}", "media/a.png": b"a"})
    with open_pack(path) as pack:
        assert pack.names() == ("manifest.json", "media/a.png")


def test_macos_junk_in_a_zip_is_ignored(tmp_path: Path) -> None:
    contents = {"my-pack/manifest.json": b"{}", "__MACOSX/my-pack/._manifest.json": b"junk"}
    with open_pack(write_zip(tmp_path / "pack.zip", contents)) as pack:
        assert pack.names() == ("manifest.json",)


@pytest.mark.parametrize(
    ("member", "message"),
    [
        ("../evil.txt", "member '../evil.txt' points outside the pack"),
        ("/evil.txt", "member '/evil.txt' is an absolute path"),
        ("C:\\evil.txt", "member 'C:\\evil.txt' is an absolute path"),
        ("media\\evil.txt", "member 'media\\evil.txt' contains a backslash"),
    ],
)
def test_zip_members_that_escape_are_problems_and_hidden(
    tmp_path: Path, member: str, message: str
) -> None:
    path = write_zip(tmp_path / "pack.zip", {**CONTENTS, member: b"evil"})
    with open_pack(path) as pack:
        [problem] = pack.problems
        assert str(problem).startswith(f"pack.zip: {message}")
        assert member not in pack.names()
        assert len(pack.names()) == len(CONTENTS)
    assert not (tmp_path.parent / "evil.txt").exists()


def test_a_zip_with_too_many_members_is_refused_before_reading(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "pack.zip", {f"media/{n}.png": b"x" for n in range(11)})
    with raises(PackInvalid, "the zip holds 11 members; at most 10 are allowed"):
        open_pack(path, Limits(max_members=10))


def test_a_zip_that_unpacks_to_too_much_is_refused_before_reading(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "pack.zip", {"a.bin": bytes(3000), "b.bin": bytes(3000)})
    with raises(PackInvalid, "the zip unpacks to 5.9 KB; at most 5 KB are allowed"):
        open_pack(path, Limits(max_total_bytes=5 * 1024))


def test_a_member_bigger_than_the_limit_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_zip(tmp_path / "pack.zip", {"manifest.json": b"{}", "big.bin": bytes(MB)})
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy_open(self, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy_open)
    with open_pack(path, Limits(max_member_bytes=1000)) as pack:
        with raises(PackReadError, "larger than 1000 bytes, the most one file"):
            pack.read_bytes("big.bin")
        assert pack.read_bytes("manifest.json") == b"{}"
    assert opened == ["manifest.json"]


def test_the_total_limit_counts_every_file_read(tmp_path: Path) -> None:
    contents = {"a.bin": bytes(600), "b.bin": bytes(600)}
    with open_pack(write_folder(tmp_path / "pack", contents), Limits(max_total_bytes=1000)) as pack:
        pack.read_bytes("a.bin")
        pack.read_bytes("a.bin")  # reading the same file again costs nothing more
        with raises(PackReadError, "the pack unpacks to more than 1000 bytes"):
            pack.read_bytes("b.bin")


class _CountingStream(io.BytesIO):
    """A stream that gives more than its declared size would allow, and counts reads."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.given = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.given += len(chunk)
        return chunk


def test_reading_stops_at_the_limit_whatever_the_declared_size() -> None:
    stream = _CountingStream(bytes(10 * MB))
    budget = ReadBudget(Limits(max_member_bytes=100_000), total_left=10**9)
    with raises(PackReadError, "larger than 97.7 KB"):
        read_limited(stream, budget)
    assert stream.given == 100_001


def test_reading_within_the_limit_gives_every_byte() -> None:
    data = bytes(range(256)) * 1000
    budget = ReadBudget(Limits(max_member_bytes=len(data)), total_left=len(data))
    assert read_limited(io.BytesIO(data), budget) == data


def test_a_folder_refuses_a_file_over_the_limit(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "pack", {"big.bin": bytes(2000)})
    pack = open_pack(folder, Limits(max_member_bytes=1000))
    with pack, raises(PackReadError, "larger than 1000 bytes"):
        pack.read_bytes("big.bin")


def test_links_out_of_a_folder_are_problems(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("secret", encoding="utf-8")
    folder = write_folder(tmp_path / "pack", CONTENTS)
    (folder / "media/link.png").symlink_to(secret)
    (folder / "outside-folder").symlink_to(tmp_path, target_is_directory=True)
    (folder / "media/inside.png").symlink_to(folder / "media/abai.png")
    with open_pack(folder) as pack:
        assert [str(problem) for problem in pack.problems] == [
            "media/link.png: is a link to somewhere outside the pack",
            "outside-folder: is a link to somewhere outside the pack",
        ]
        assert "media/link.png" not in pack.names()
        assert not pack.exists("media/link.png")
        assert not pack.exists("outside-folder/secret.txt")
        with raises(PackReadError, "link to somewhere outside the pack"):
            pack.read_bytes("outside-folder/secret.txt")
        assert pack.read_bytes("media/inside.png") == b"png bytes"


def test_a_path_that_does_not_exist_is_a_problem(tmp_path: Path) -> None:
    with raises(PackInvalid, "nowhere.zip: there is no such folder or zip file"):
        open_pack(tmp_path / "nowhere.zip")


def test_a_file_that_is_not_a_zip_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "pack.zip"
    path.write_bytes(b"PK but not really a zip")
    message = "pack.zip: not a content pack: neither a folder nor a zip"
    with raises(PackInvalid, message):
        open_pack(path)


def test_a_member_written_twice_in_a_zip_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "pack.zip"
    with zipfile.ZipFile(path, "w") as archive, pytest.warns(UserWarning, match="Duplicate"):
        archive.writestr("manifest.json", b"{}")
        archive.writestr("manifest.json", b"[]")
    with open_pack(path) as pack:
        assert [str(problem) for problem in pack.problems] == [
            "pack.zip: member 'manifest.json' appears twice"
        ]
