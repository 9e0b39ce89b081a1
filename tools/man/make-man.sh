#!/usr/bin/env bash
# Writes the commissioning(1) man page from the built tool's own --help: the top-level help
# and one subsection per subcommand (and sub-subcommand), then EXIT STATUS and EXAMPLES from
# exit-status.roff. Usage: make-man.sh CLI INCLUDE OUT. (help2man would do the first part but
# is not a dependency of the project; the page says only what --help says.)
set -euo pipefail
cli=$1 include=$2 out=$3
esc() { sed -e 's/\\/\\e/g' -e 's/^\([.'"'"']\)/\\\&\1/'; }  # roff-safe text lines
subcommands() {  # command words...: the first name of each subcommand listed
  "$@" --help | awk '/^[^ ].*:$/ {s = ($0 == "Subcommands:"); next} s && /^  [^ ]/ {sub(/^  /, ""); sub(/[ ,].*$/, ""); print}'
}
version=$("$cli" --version)
{
  echo "'\\\" -*- coding: UTF-8 -*-"
  echo ".TH COMMISSIONING 1 \"\" \"commissioning $version\" \"User Commands\""
  echo ".SH NAME"
  echo "commissioning \\- NHS primary-care commissioning: committees, risks, budgets, populations"
  echo ".SH SYNOPSIS"
  echo ".B commissioning"
  echo "[\\fIOPTIONS\\fR] \\fISUBCOMMAND\\fR [\\fIARGUMENTS\\fR]"
  echo ".SH DESCRIPTION"
  echo ".nf"
  "$cli" --help | sed 1,2d | sed "s|$cli|commissioning|g" | esc
  echo ".fi"
  echo ".SH SUBCOMMANDS"
  for sub in $(subcommands "$cli"); do
    echo ".SS \"commissioning $sub\""
    echo ".nf"
    "$cli" "$sub" --help | sed "s|$cli|commissioning|g" | esc
    echo ".fi"
    for subsub in $(subcommands "$cli" "$sub"); do
      echo ".SS \"commissioning $sub $subsub\""
      echo ".nf"
      "$cli" "$sub" "$subsub" --help | sed "s|$cli|commissioning|g" | esc
      echo ".fi"
    done
  done
  cat "$include"
} >"$out.tmp"
mv "$out.tmp" "$out"
