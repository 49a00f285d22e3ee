"""Every name the project's code uses is defined: a benchmark once failed on a missing
import that no test ran (pyflakes reads the code without running it)."""
from pathlib import Path

from pyflakes import api, messages, reporter

ROOT = Path(__file__).resolve().parents[1]
FATAL = (messages.UndefinedName, messages.UndefinedLocal, messages.UndefinedExport)
# index.py names model classes in string annotations only: importing model there, even
# under TYPE_CHECKING, is the cycle tests/test_layout.py forbids
MODEL_NAMES = {"Brief", "Sentence", "Event", "Claim"}


class _Collect(reporter.Reporter):
    def __init__(self):
        super().__init__(None, None)
        self.found = []

    def flake(self, message):
        if isinstance(message, FATAL) and not (
                message.filename.endswith("newsbrief/index.py") and message.message_args[0] in MODEL_NAMES):
            self.found.append(str(message))

    def syntaxError(self, filename, msg, lineno, offset, text):
        self.found.append(f"{filename}:{lineno}: {msg}")

    def unexpectedError(self, filename, msg):
        self.found.append(f"{filename}: {msg}")


def test_no_undefined_names_in_the_code_or_the_benchmarks():
    collect = _Collect()
    api.checkRecursive([str(ROOT / d) for d in ("src", "bench", "scripts")], collect)
    assert collect.found == []
