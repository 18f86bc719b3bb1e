"""A fake GUI test whose process crashes (SIGSEGV) before it can print a result: red."""
import os
import signal

from fake import g


def test_crashes():
    os.kill(os.getpid(), signal.SIGSEGV)


if __name__ == "__main__":
    g.main(globals())
