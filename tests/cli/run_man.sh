# The man page (tools/man/make-man.sh, built beside the tool), sourced by tests/cli/run.sh
# ($cli, check, contains). It must render without warnings and list every subcommand.
man_page=${COMMISSIONING_MAN:-$(dirname "$cli")/commissioning.1}
if [ ! -f "$man_page" ]; then
  echo "FAIL: man page: $man_page was not built"; fail=1
else
  render_man() {
    if command -v man >/dev/null; then MANWIDTH=200 man -l "$man_page" 2>&1
    else groff -k -man -Tutf8 -rLL=200n "$man_page" 2>&1; fi
  }
  if command -v groff >/dev/null; then
    check "man page: groff renders it without warnings" 0 bash -c '[ -z "$(groff -k -man -Tutf8 -ww -z "$1" 2>&1)" ]' _ "$man_page"
  fi
  man_text=$(render_man)
  man_subs() { "$@" --help | awk '/^[^ ].*:$/ {s = ($0 == "Subcommands:"); next} s && /^  [^ ]/ {sub(/^  /, ""); sub(/[ ,].*$/, ""); print}'; }
  man_missing=""
  for sub in $(man_subs "$cli"); do
    grep -qxF "   commissioning $sub" <<<"$man_text" || man_missing+=" $sub"
    for subsub in $(man_subs "$cli" "$sub"); do
      grep -qxF "   commissioning $sub $subsub" <<<"$man_text" || man_missing+=" $sub/$subsub"
    done
  done
  if [ -n "$man_missing" ]; then echo "FAIL: man page lacks a section for:$man_missing"; fail=1
  else echo "ok: man page has a section for every subcommand and sub-subcommand"; fi
  contains "man page: exit status 1 is findings" "Findings: the input was read and has errors" render_man
  contains "man page: exit status 2 includes usage errors" "or a usage error" render_man
  contains "man page: the options of population summarise" "--hierarchy TEXT ..." render_man
fi
