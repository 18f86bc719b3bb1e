"""Shared by the fake GUI test files: guitest from Tests/GUITests, so the fakes run through the
very main() the real GUI tests use. The files are only ever run by Tests/RunnerSelfTest/run.sh,
one at a time (FAKE_GUI_TEST picks the file)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "GUITests"))
import guitest as g  # noqa: E402,F401
