"""Reading a source file whole, within its size limit."""

from __future__ import annotations

import os
import threading
import tracemalloc

import pytest

from explorer.content.convert.errors import ConvertError
from explorer.content.convert.source_file import MAX_SOURCE_BYTES, read_source


def test_a_file_is_read_in_the_memory_of_its_size_not_of_the_limit(tmp_path):
    source = tmp_path / "timeline.json"
    source.write_bytes(b"x" * 1_000_000)
    tracemalloc.start()
    try:
        data = read_source(source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert data == source.read_bytes()
    assert peak < 2_000_000 < MAX_SOURCE_BYTES, f"{peak:,} bytes set aside"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_that_tells_no_size_is_read_whole(tmp_path):
    pipe = tmp_path / "timeline.json"
    os.mkfifo(pipe)
    sent = b'{"events": []}' * 100_000

    def send() -> None:
        with pipe.open("wb") as writer:
            writer.write(sent)

    sender = threading.Thread(target=send)
    sender.start()
    try:
        assert read_source(pipe) == sent
    finally:
        sender.join()


def test_a_file_one_byte_over_the_limit_is_refused_naming_the_limit(tmp_path):
    source = tmp_path / "timeline.json"
    source.write_bytes(b"x" * 10)
    assert read_source(source, limit=10) == b"x" * 10
    source.write_bytes(b"x" * 11)
    with pytest.raises(ConvertError, match=r"timeline.json: is larger than 0 MB, the most read"):
        read_source(source, limit=10)
