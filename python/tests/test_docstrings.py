"""Every public callable and property of the package says what it does: help() and pydoc show a
sentence, not only the signature pybind11 generates."""
import inspect
import pydoc
import re

import commissioning

# pybind11 writes "name(arg: type, ...) -> type" (and, for overloads, "Overloaded function."
# with numbered signatures) before any docstring.
SIGNATURE = re.compile(r"^(\d+\. )?[A-Za-z_][A-Za-z0-9_]*\(.*\)( -> .*)?$")


def prose(doc):
    """The docstring without the signature lines pybind11 generates."""
    lines = [line.strip() for line in (doc or "").splitlines()]
    return " ".join(line for line in lines if line and not SIGNATURE.match(line) and line != "Overloaded function.")


def public_items():
    """(qualified name, object) for each public function, class, method and property."""
    for label, module in (("commissioning", commissioning), ("commissioning.fixtures", commissioning.fixtures)):
        names = getattr(module, "__all__", None) or [n for n in dir(module) if not n.startswith("_")]
        for name in names:
            obj = getattr(module, name)
            if name == "fixtures" or not (callable(obj) or inspect.isclass(obj)):
                continue  # data (__version__, build_type) and the submodule, walked on its own
            qualified = f"{label}.{name}"
            yield qualified, obj
            if inspect.isclass(obj):
                for klass in inspect.getmro(obj):
                    if klass is object or klass.__module__ == "builtins" or klass.__module__ == "enum":
                        continue
                    for member, raw in vars(klass).items():
                        if member.startswith("_"):
                            continue
                        if isinstance(raw, property) or callable(raw) or isinstance(raw, (staticmethod, classmethod)):
                            yield f"{qualified}.{member}", getattr(obj, member) if not isinstance(raw, property) else raw


def test_every_public_callable_and_property_has_a_docstring():
    undocumented = sorted({name for name, obj in public_items() if not prose(obj.__doc__)})
    assert not undocumented, "these have no docstring beyond their signature: " + ", ".join(undocumented)


def test_pydoc_shows_each_class_docstring():
    missing = []
    for name, obj in public_items():
        if inspect.isclass(obj):
            first = prose(obj.__doc__).split(". ")[0][:60]
            if first not in pydoc.render_doc(obj, renderer=pydoc.plaintext):
                missing.append(name)
    assert not missing, missing


def test_the_walk_sees_the_api():
    names = {name for name, _ in public_items()}
    for expected in ["commissioning.PopulationTable.totals", "commissioning.PopulationTable.codes",
                     "commissioning.OrganisationHierarchy.ancestor", "commissioning.MeetingPack.from_dict",
                     "commissioning.Severity", "commissioning.fixtures.pccc_pack_2018", "commissioning.read_epraccur"]:
        assert expected in names, expected
