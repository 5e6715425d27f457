"""The garbage collector paused while a conversion runs, and left as it was found."""

import gc
import threading

from explorer.content.convert.collector_pause import collector_paused


def test_the_collector_is_off_inside_and_on_again_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_pauses_end_with_the_last_one():
    first, second = collector_paused(), collector_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()  # the second conversion still runs
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_inside_still_turns_it_back_on():
    try:
        with collector_paused():
            raise ValueError("the conversion failed")
    except ValueError:
        pass
    assert gc.isenabled()


def test_pauses_on_two_threads_at_once_leave_it_on():
    inside = threading.Barrier(2)

    def convert() -> None:
        with collector_paused():
            inside.wait()

    threads = [threading.Thread(target=convert) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()
