"""A fake GUI test marked as a known gap whose app crashed: an xfail mark never hides a crash."""
from fake import g


def test_xfail_app_crash():
    raise g.AppCrashed("the app exited with status -11")


test_xfail_app_crash.xfail = "some other, known gap"

if __name__ == "__main__":
    g.main(globals())
