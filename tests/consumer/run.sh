#!/usr/bin/env bash
# Installs the build tree into a scratch prefix, then configures, builds and runs a consumer
# project against it with find_package(commissioning CONFIG). The consumer's program is the
# C++ tour of README.md, extracted as written. The prefix is moved after installing to prove
# the package is relocatable.
set -euo pipefail
build=$1 src=$2
readme=$src/../../README.md
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/first" >/dev/null
mv "$work/first" "$work/moved"
cp "$src/CMakeLists.txt" "$work/"
sed -n '/^```cpp$/,/^```$/p' "$readme" | sed '1d;$d' > "$work/main.cpp"
grep -q "int main" "$work/main.cpp" || { echo "README.md has no C++ tour program"; exit 1; }
cmake -S "$work" -B "$work/build" -G Ninja -DCMAKE_PREFIX_PATH="$work/moved" -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$work/build" >/dev/null
"$work/build/consumer"
