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


# Names and signatures both ways: what the stubs declare exists at runtime with the same
# parameters, and every public method and property of a bound class is declared.
import enum
import inspect
import re


def stub_tree(name):
    return ast.parse(pathlib.Path(commissioning.__file__).with_name(name).read_text())


def runtime_parameters(func):
    """Parameter names from the signature line pybind11 writes first in a docstring (None when
    the function is overloaded or has no such line)."""
    first = (func.__doc__ or "").splitlines()[0] if func.__doc__ else ""
    match = re.match(r"^\w+\((.*)\)( -> .*)?$", first)
    if not match or "Overloaded function" in (func.__doc__ or ""):
        return None
    names, depth, current = [], 0, ""
    for ch in match.group(1) + ",":
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        if ch == "," and depth == 0:
            if current.strip():
                names.append(current.split(":")[0].split("=")[0].strip())
            current = ""
        else:
            current += ch
    return [n for n in names if n not in ("self", "cls", "*")]


def stub_parameters(node):
    args = node.args
    names = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
    return [n for n in names if n not in ("self", "cls")]


def stub_members(cls_node, classes):
    """Methods and annotated attributes of a stub class, with those of its stub bases."""
    methods, attributes = {}, set()
    for base in cls_node.bases:
        if isinstance(base, ast.Name) and base.id in classes:
            base_methods, base_attributes = stub_members(classes[base.id], classes)
            methods.update(base_methods)
            attributes |= base_attributes
    for n in cls_node.body:
        if isinstance(n, ast.FunctionDef):
            methods[n.name] = n
        elif isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name):
            attributes.add(n.target.id)
    return methods, attributes


def signature_mismatches(module, tree):
    problems = []
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            runtime = getattr(module, node.name, None)
            if runtime is None:
                problems.append(f"{node.name} is in the stub but not at runtime")
            elif (params := runtime_parameters(runtime)) is not None and params != stub_parameters(node):
                problems.append(f"{node.name}: stub {stub_parameters(node)} ≠ runtime {params}")
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            runtime = getattr(module, node.name, None)
            if runtime is None:
                problems.append(f"class {node.name} is in the stub but not at runtime")
                continue
            if issubclass(runtime, (enum.Enum, BaseException)):
                continue  # members and instance attributes, not bound callables
            methods, attributes = stub_members(node, classes)
            for name, method in methods.items():
                if name.startswith("__") and name not in ("__init__", "__len__", "__contains__"):
                    continue
                member = getattr(runtime, name, None)
                if member is None:
                    problems.append(f"{node.name}.{name} is in the stub but not at runtime")
                elif (params := runtime_parameters(member)) is not None and params != stub_parameters(method):
                    problems.append(f"{node.name}.{name}: stub {stub_parameters(method)} ≠ runtime {params}")
            for name in attributes:
                if not isinstance(inspect.getattr_static(runtime, name, None), property):
                    problems.append(f"{node.name}.{name} is declared as an attribute but is not a runtime property")
            for name, raw in vars(runtime).items():
                if name.startswith("_"):
                    continue
                if isinstance(raw, property) and name not in attributes:
                    problems.append(f"{node.name}.{name} (a property) is missing from the stub")
                elif not isinstance(raw, property) and callable(getattr(runtime, name)) and name not in methods:
                    problems.append(f"{node.name}.{name} (a method) is missing from the stub")
    return problems


def test_the_stubs_and_the_runtime_agree_on_names_and_parameters_both_ways():
    problems = signature_mismatches(commissioning, stub_tree("__init__.pyi"))
    problems += signature_mismatches(commissioning.fixtures, stub_tree("fixtures.pyi"))
    assert not problems, "\n".join(problems)
