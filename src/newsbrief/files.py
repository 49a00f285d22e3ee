"""Opening a named file for reading without trusting what it is.

Every file newsbrief reads by name (articles, feeds, a settings file) goes through
`open_regular`: a FIFO, a device or a folder is refused before the first read, so
a name pointing at `/dev/zero` or a pipe cannot hang or flood a run, and a FIFO
swapped in after a check cannot block the open.
"""
from __future__ import annotations

import os
import stat
from typing import BinaryIO


def kind(mode: int) -> str:
    """What a non-regular file is, in words ("a FIFO (named pipe)", "a folder", ...)."""
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


class NotRegular(OSError):
    """The name is a FIFO, a device, a socket or a folder (its `kind` says which)."""

    def __init__(self, what: str):
        super().__init__(0, f"{what}, not a regular file")
        self.kind = what


def open_regular(path: str | os.PathLike) -> BinaryIO:
    """The file opened for binary reading; `NotRegular` when it is not a regular file,
    other OSErrors as `os.open` raises them.

    Opened non-blocking (so a FIFO does not block the open itself), checked with
    fstat on the open descriptor (so nothing can be swapped in between), then set
    back to blocking for ordinary reads.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegular(kind(mode))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
