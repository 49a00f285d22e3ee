"""Resources: the cached word-frequency table gives wordfreq's own values."""
import re

import pytest
from wordfreq import zipf_frequency

from newsbrief.resources import Resources, WordFrequencies, cached_table


def _prints_ok_in_a_fresh_process(code: str) -> None:
    """Run `code` in a new interpreter (nothing imported yet) and expect it to print "ok"."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"

# fictional text: words of every kind the cleaner and the entity stage look up
FICTIONAL = """The harbour-master of Port Vellacott said on Tuesday's briefing that the
e-mail about the dock fire had reached the ministry late; Minsitry officials, well-known
to reporters, denied it. Qwzzlebrook residents can't return until the zxqv-tower cools.
Café owners and naïve tourists waited; 3-year-old twins, the Ol'dane ferry and 24/7 crews."""


def test_table_matches_wordfreq_on_many_words():
    """Every word of the list's first 20,000, every 13th word of the rest, hyphen
    compounds of them, and words it lacks: the table's value is wordfreq's."""
    from wordfreq import get_frequency_list

    table = WordFrequencies(WordFrequencies.build())
    words = [w for bucket in get_frequency_list("en") for w in bucket]
    sample = words[:20000] + words[20000::13]
    sample += [f"{a}-{b}" for a, b in zip(sample[::97], sample[5::89])]
    sample += ["qwzzlebrook", "zxqv-tower", "harbour-zxqv", "a-b-c", "tuesday's", "harbour-side's", "won't-go",
               "o'hare", "ol'dane", "it's", "jones'", "rock'n'roll", "vellacott's",
               "he's", "we've", "o'clock", "d'alene", "l'eau", "harbour-o'hare", "y'all",
               "d'o'h", "o'neill", "'tis", "d'amato's", "qu'il", "l'h", "x--y", "it''s", "-", "'", "a'", "o'"]
    for word in sample:
        assert table.zipf(word) == zipf_frequency(word, "en"), word


def test_table_matches_wordfreq_on_text():
    table = WordFrequencies(WordFrequencies.build())
    for word in re.findall(r"[\w'\u2019\-/]+", FICTIONAL):
        for form in (word, word.lower(), word.lower().strip("'-")):
            assert table.zipf(form) == zipf_frequency(form, "en"), form


def test_tables_are_cached_on_disk_under_their_key(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"fictional": 1}

    assert cached_table("demo", "v1", build) == {"fictional": 1}
    assert cached_table("demo", "v1", build) == {"fictional": 1}
    assert len(calls) == 1  # the second came from the cache folder
    cached_table("demo", "v2", build)
    assert len(calls) == 2  # a new key builds again
    r = Resources()
    assert r.table("demo", lambda: "v1", build) is r.table("demo", lambda: "v1", build)
    assert "nlp" not in vars(r)


def test_spacy_is_imported_without_its_command_line_which_stays_importable():
    """In a fresh process: the pipeline's import brings spaCy in without spacy.cli's
    dependencies, the model loads and parses, and spacy.cli is the real package when
    asked for afterwards."""
    code = (
        "import sys\n"
        "import newsbrief.pipeline\n"
        "import spacy\n"
        "assert 'spacy.cli' not in sys.modules and 'typer' not in sys.modules, sorted(sys.modules)\n"
        "from newsbrief import resources\n"
        "doc = resources.load()('Mara Lind said the ferry left late on Tuesday.')\n"
        "assert [t.dep_ for t in doc if t.text == 'said'] == ['ROOT']\n"
        "import spacy.cli\n"
        "assert callable(spacy.cli.download) and 'typer' in sys.modules\n"
        "print('ok')\n"
    )
    _prints_ok_in_a_fresh_process(code)


def test_sorted_table_answers_as_the_dict_it_was_made_from_after_a_pickle():
    """Fictional place spellings (some non-ASCII, one value shared by several keys)."""
    import pickle

    from newsbrief.resources import SortedTable

    places = {"porto vellacott": "Port Vellacott", "port vellacott": "Port Vellacott",
              "qwzzlebrook": "Qwzzlebrook", "orvik": "Örvik", "örvik": "Örvik", "sankt alder": "Sankt Alder"}
    table = pickle.loads(pickle.dumps(SortedTable(places)))
    assert dict(table.items()) == places and len(table) == len(places)
    assert table["orvik"] == "Örvik" and "port vellacott" in table
    assert "port" not in table and "zzz" not in table and 5 not in table
    with pytest.raises(KeyError):
        table["orvi"]
    odd = {"two\nlines": "A\nB", "one": "C"}  # the separator inside a key: pickled as a dict, same answers
    assert dict(pickle.loads(pickle.dumps(SortedTable(odd))).items()) == odd
    assert len(pickle.loads(pickle.dumps(SortedTable({})))) == 0


def test_milp_is_imported_without_scipy_optimize_init_and_the_package_stays_whole():
    """In a fresh process: `import_milp` brings milp in without the package's other
    solvers, solves a small fictional knapsack (three stories of 40, 30 and 25 words
    worth 5, 4 and 3 within 60 words: the last two), and a later `import
    scipy.optimize` is the real package, with its other solvers and the same milp.
    A second call after the real import hands back the package's own names."""
    code = (
        "import sys\n"
        "import numpy as np\n"
        "from newsbrief.resources import import_milp\n"
        "milp, LinearConstraint, Bounds = import_milp()\n"
        "assert 'scipy.optimize._shgo' not in sys.modules and 'scipy.optimize._minimize' not in sys.modules\n"
        "assert 'scipy.optimize' not in sys.modules\n"
        "res = milp(-np.array([5.0, 4.0, 3.0]), constraints=LinearConstraint(np.array([[40.0, 30.0, 25.0]]), 0, 60),\n"
        "           integrality=np.ones(3), bounds=Bounds(0, 1))\n"
        "assert [round(x) for x in res.x] == [0, 1, 1], res.x\n"
        "import scipy.optimize\n"
        "assert callable(scipy.optimize.minimize) and scipy.optimize.milp is milp\n"
        "assert import_milp()[0] is scipy.optimize.milp\n"
        "print('ok')\n"
    )
    _prints_ok_in_a_fresh_process(code)


def test_milp_import_falls_back_to_the_real_package_when_a_submodule_wants_more():
    """A scipy whose `_milp` imports another name from its package (simulated here: the
    real module's source with one more such import in front, served by a finder):
    the stand-in hands that name over by importing the real scipy.optimize, and milp
    still comes back and solves (a fictional knapsack: 30 and 25 words of 60)."""
    code = (
        "import importlib.abc, importlib.util, os, sys\n"
        "import numpy as np\n"
        "import scipy\n"
        "origin = os.path.join(os.path.dirname(scipy.__file__), 'optimize', '_milp.py')\n"
        "assert 'scipy.optimize' not in sys.modules\n"
        "class Newer(importlib.abc.MetaPathFinder, importlib.abc.Loader):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        return importlib.util.spec_from_loader(name, self) if name == 'scipy.optimize._milp' else None\n"
        "    def create_module(self, spec):\n"
        "        return None\n"
        "    def exec_module(self, module):\n"
        "        module.__package__ = 'scipy.optimize'\n"
        "        source = 'from scipy.optimize import minimize as _wants_more\\n' + open(origin).read()\n"
        "        exec(compile(source, origin, 'exec'), module.__dict__)\n"
        "sys.meta_path.insert(0, Newer())\n"
        "from newsbrief.resources import import_milp\n"
        "milp, LinearConstraint, Bounds = import_milp()\n"
        "assert callable(sys.modules['scipy.optimize._milp']._wants_more)  # the newer module ran\n"
        "assert 'scipy.optimize._minimize' in sys.modules  # the real package came in\n"
        "res = milp(-np.array([5.0, 4.0, 3.0]), constraints=LinearConstraint(np.array([[40.0, 30.0, 25.0]]), 0, 60),\n"
        "           integrality=np.ones(3), bounds=Bounds(0, 1))\n"
        "assert [round(x) for x in res.x] == [0, 1, 1], res.x\n"
        "import scipy.optimize\n"
        "assert callable(scipy.optimize.minimize) and callable(scipy.optimize.milp)\n"
        "print('ok')\n"
    )
    _prints_ok_in_a_fresh_process(code)


def test_stand_ins_leave_with_the_block_but_a_real_module_put_in_meanwhile_stays():
    """`_standing_in` with fictional module names: the stand-ins are importable inside
    the block; on leaving, a stand-in still in place goes, with its parent's attribute
    naming it, even when the block raises. Must not: remove a module that replaced its
    stand-in meanwhile, remove a parent attribute that names another module, or leave
    anything behind when the block raises."""
    import importlib
    import sys
    from types import ModuleType

    from newsbrief.resources import _standing_in

    parent = ModuleType("fictional_quay")
    parent.__path__ = []
    sys.modules["fictional_quay"] = parent
    try:
        dock, crane, real_crane = (ModuleType(n) for n in ("fictional_quay.dock", "fictional_quay.crane",
                                                           "fictional_quay.crane"))
        parent.dock = dock  # the import system names a loaded submodule on its parent
        with _standing_in({"fictional_quay.dock": dock, "fictional_quay.crane": crane}):
            assert importlib.import_module("fictional_quay.dock") is dock
            sys.modules["fictional_quay.crane"] = real_crane  # the real one came in meanwhile
            parent.crane = real_crane
        assert "fictional_quay.dock" not in sys.modules and not hasattr(parent, "dock")
        assert sys.modules["fictional_quay.crane"] is real_crane and parent.crane is real_crane

        with pytest.raises(ValueError):
            with _standing_in({"fictional_quay.dock": dock}):
                raise ValueError("the import failed")
        assert "fictional_quay.dock" not in sys.modules
    finally:
        for name in ("fictional_quay", "fictional_quay.dock", "fictional_quay.crane"):
            sys.modules.pop(name, None)


def test_spacy_import_falls_back_to_the_ordinary_import_when_it_wants_more_of_its_cli():
    """A spaCy whose package imports another name of `spacy.cli` (simulated: a finder
    serves `spacy.cli.info` as the stand-in would not, the package asking for
    `spacy.cli.download` first): the half import is forgotten, spaCy comes in the
    ordinary way with its real command line, and a fictional sentence parses."""
    code = (
        "import importlib.abc, importlib.util, sys\n"
        "real_find = importlib.util.find_spec('spacy').origin\n"
        "class Newer(importlib.abc.MetaPathFinder, importlib.abc.Loader):\n"
        "    armed = True\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        return importlib.util.spec_from_loader(name, self) if name == 'spacy' and self.armed else None\n"
        "    def create_module(self, spec):\n"
        "        return None\n"
        "    def exec_module(self, module):\n"
        "        Newer.armed = False\n"
        "        from spacy.cli import download  # the stand-in has no such name\n"
        "sys.meta_path.insert(0, Newer())\n"
        "from newsbrief.resources import import_spacy\n"
        "spacy = import_spacy()\n"
        "assert spacy.__file__ == real_find and callable(spacy.cli.download), spacy\n"
        "assert 'typer' in sys.modules  # the ordinary import, command line and all\n"
        "from newsbrief import resources\n"
        "doc = resources.load()('Tova Renn said the quay reopened on Friday.')\n"
        "assert [t.dep_ for t in doc if t.text == 'said'] == ['ROOT']\n"
        "print('ok')\n"
    )
    _prints_ok_in_a_fresh_process(code)
