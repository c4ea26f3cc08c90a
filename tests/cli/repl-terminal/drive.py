#!/usr/bin/env python3
"""drive.py — drives `paridx repl` through a real terminal (a pty): tab completion of
dot-commands, fact codes, unit codes and API names; a Ctrl-C during an endless loop stops it
and keeps the session; Ctrl-C at the prompt drops the line; history kept in $PARIDX_HISTORY
and recalled with the up arrow in the next session; Ctrl-D leaves with status 0.
Prints one line per check, so the golden case compares them; exits 1 on the first failure.
Usage: drive.py PARIDX-BINARY HISTORY-FILE   Uses: Python 3 (pty, os, select)."""
import os
import pty
import re
import select
import shlex
import sys
import time

BIN, HISTORY = sys.argv[1], sys.argv[2]
WRAPPER = shlex.split(os.environ.get("PARIDX_WRAPPER", ""))
SLOW = 20 if WRAPPER else 1  # valgrind is slow


def start():
    pid, fd = pty.fork()
    if pid == 0:
        env = dict(os.environ, PARIDX_HISTORY=HISTORY, TERM="xterm")
        argv = WRAPPER + [BIN, "repl", "rules/2019.lua"]
        os.execvpe(argv[0], argv, env)
    return pid, fd


def read_until(fd, pattern, seconds=30):
    """Reads the terminal until pattern (a regex) appears; returns all that was read."""
    seen, end = b"", time.time() + seconds * SLOW
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|[\r\x07]", "", seen.decode("utf-8", "replace"))
            if re.search(pattern, shown):
                return shown
    sys.stdout.write("FAILED waiting for %r; the terminal showed:\n%r\n" % (pattern, seen.decode("utf-8", "replace")))
    sys.exit(1)


def check(what, fd, send, pattern, seconds=30):
    os.write(fd, send)
    read_until(fd, pattern, seconds)
    print("ok: " + what)


def finish(pid, fd):
    """Ctrl-D, sent again every 2 seconds: a key typed while paridx is still busy may be
    dropped when libedit takes the terminal back, as on any terminal."""
    end, again = time.time() + 10 * SLOW, 0.0
    while time.time() < end:
        if time.time() >= again:
            try:
                os.write(fd, b"\x04")  # Ctrl-D
            except OSError:
                pass
            again = time.time() + 2 * SLOW
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                os.read(fd, 4096)
            except OSError:
                pass
    print("FAILED: Ctrl-D did not end the session")
    sys.exit(1)


try:  # a machine without pseudo-terminals (a chroot without /dev/pts) cannot run this test
    for _fd in os.openpty():
        os.close(_fd)
except OSError as err:
    sys.stderr.write("no pseudo-terminal here (%s): skipped\n" % err)
    sys.exit(77)
pid, fd = start()
read_until(fd, r"paridx> ")
print("ok: the prompt")
check("tab completes a dot-command", fd, b".ran\t", r"\.rank ")
check("the completed command runs", fd, b"\r", r"Hạng[\s\S]*LCH[\s\S]*paridx> ")
check("tab completes a fact code", fd, b".set par_plan_compl\t", r"par_plan_completion_ratio ")
check("the change prints its effect", fd, b"60%\r", r"tổng 79,51 → 78,51[\s\S]*paridx> ")
check("tab completes a unit code", fd, b".unit L\t", r"\.unit LCH ")
check("the unit is chosen", fd, b"\r", r"LCH Lai Châu: tổng[\s\S]*paridx> ")
check("tab completes the API", fd, b"whatif.gai\t", r"whatif\.gains")
check("a Lua call of a dot-command", fd, b"(1)\r", r"1\.1\.2[\s\S]*paridx> ")
check("a statement over two lines", fd, b"for i = 1, 2 do\r", r">> ")
check("the second line ends it", fd, b"print(i * 10) end\r", r"10[\s\S]*20[\s\S]*paridx> ")
os.write(fd, b"while true do end\r")
time.sleep(0.5 * SLOW)
check("Ctrl-C stops an endless loop", fd, b"\x03", r"interrupted \(Ctrl-C\)[\s\S]*paridx> ", 20)
check("the session goes on", fd, b"x = 6 * 7\rx\r", r"42[\s\S]*paridx> ")
check("Ctrl-C at the prompt drops the line", fd, b"half a line\x03", r"paridx> ")
check("and the session goes on", fd, b"x + 1\r", r"43[\s\S]*paridx> ")
print("ok: Ctrl-D leaves with status %d" % finish(pid, fd))
with open(HISTORY, encoding="utf-8") as f:
    kept = f.read().replace("\\040", " ")  # libedit writes a space as \040
print("ok: the history file holds the lines typed" if "x = 6 * 7" in kept and ".unit LCH" in kept
      else "FAILED: the history file holds:\n" + kept)
pid, fd = start()
read_until(fd, r"paridx> ")
check("the up arrow recalls the last session's line", fd, b"\x1b[A", r"x \+ 1")
check("and runs it", fd, b"\r", r"attempt to perform arithmetic on a nil value")
print("ok: Ctrl-D leaves with status %d" % finish(pid, fd))
