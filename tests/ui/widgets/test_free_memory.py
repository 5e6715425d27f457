"""Giving back what a layout thread freed."""

import platform
import sys

from explorer.ui.widgets.free_memory import give_back_free_memory


def test_free_memory_is_given_back_where_the_c_library_can():
    can = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert give_back_free_memory() is can
