"""A fake GUI test that fails on purpose: the summary must go red."""
from fake import g


def test_fails():
    g.check(False, "this test fails on purpose")


if __name__ == "__main__":
    g.main(globals())
