"""The type stubs cover the public API, so editors complete what exists."""
import ast
import pathlib

import commissioning


def test_every_public_name_has_a_stub():
    stub = pathlib.Path(commissioning.__file__).with_name("__init__.pyi")
    tree = ast.parse(stub.read_text())
    declared = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    declared |= {t.id for n in tree.body if isinstance(n, ast.AnnAssign) for t in [n.target] if isinstance(t, ast.Name)}
    public = {n for n in dir(commissioning._core) if not n.startswith("_") and n != "fixtures"}
    missing = sorted(public - declared)
    assert not missing, f"add these to python/commissioning/__init__.pyi: {missing}"


def test_every_fixture_has_a_stub():
    stub = pathlib.Path(commissioning.__file__).with_name("fixtures.pyi")
    declared = {n.name for n in ast.parse(stub.read_text()).body if isinstance(n, ast.FunctionDef)}
    public = {n for n in dir(commissioning.fixtures) if not n.startswith("_")}
    assert not sorted(public - declared), f"add these to python/commissioning/fixtures.pyi: {sorted(public - declared)}"


def test_pydoc_lists_the_classes_and_functions():
    import pydoc
    text = pydoc.plaintext.document(commissioning)
    for name in ["class MeetingPack", "class PopulationTable", "class Severity", "read_registrations(",
                 "class Diagnostic"]:
        assert name in text, name
