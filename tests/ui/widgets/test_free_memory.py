"""Giving back what a layout thread freed, and the source lines read for imports."""

import platform
import sys

from explorer.ui.widgets.free_memory import forget_read_sources, give_back_free_memory


def test_free_memory_is_given_back_where_the_c_library_can():
    can = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert give_back_free_memory() is can


def test_the_source_lines_read_for_imports_are_forgotten():
    import linecache

    assert linecache.getline(__file__, 1)
    assert __file__ in linecache.cache
    forget_read_sources()
    assert __file__ not in linecache.cache
    assert linecache.getline(__file__, 1), "read again when asked for"
