"""The contract commands (../shared/contract.md) as processes, and the terminal chat."""
from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys

import bot
from bot.frontends.terminal import chat_loop

from .conftest import ROOT

KEYS = {"intent", "roles", "aspect", "candidates", "text"}


def run(*args: str, stdin: str | None = None, cwd=ROOT, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd, timeout=120, env=env)


def test_ask_plain_text():
    proc = run("ask", "what does a data architect do")
    assert proc.returncode == 0 and proc.stdout.startswith("Data Architect")


def test_ask_json_one_object():
    proc = run("ask", "--json", "how much does an ML engineer earn")
    answer = json.loads(proc.stdout)
    assert KEYS <= answer.keys()
    assert answer["intent"] == "salary" and answer["roles"] == ["machine-learning-engineer"]
    assert answer["aspect"] is None and answer["candidates"] == [] and answer["text"]


def test_ask_batch_answers_each_line_independently():
    proc = run("ask", "--json", stdin="data architect salary\n\nand for data managers?\nhi\n")
    answers = [json.loads(line) for line in proc.stdout.splitlines()]
    assert proc.returncode == 0 and len(answers) == 3  # the blank line is skipped
    assert answers[1]["roles"] == ["data-manager"] and answers[1]["intent"] == "overview"


def test_chat_json_keeps_context():
    proc = run("chat", "--json", stdin="data architect salary\nand for data managers?\nwhich one pays more?\n")
    answers = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [a["intent"] for a in answers] == ["salary", "salary", "compare"]
    assert answers[2]["roles"] == ["data-architect", "data-manager"] and answers[2]["aspect"] == "salary"


def test_chat_reads_stdin_when_not_a_terminal():
    proc = run("chat", stdin="hi\nwhat does a dba do\n")
    assert proc.returncode == 0 and "Database Administrator" in proc.stdout


BAD_INPUT = ["   ", "\x00\x01", "💥" * 50, "<b>&amp;</b>", "ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ", "数据架构师", "' OR 1=1; --",
             "$(rm -rf /)", "a" * 20000, "\u202eevil", "data architect " * 500]


def test_bad_input_gets_a_reply_never_a_traceback():
    proc = run("ask", "--json", stdin="".join(m + "\n" for m in BAD_INPUT))
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    answers = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(answers) == len(BAD_INPUT) - 1  # the blank line is skipped
    assert all(a["text"].strip() and KEYS <= a.keys() for a in answers)


def test_empty_question_argument():
    proc = run("ask", "--json", "")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    answer = json.loads(proc.stdout)
    assert answer["intent"] == "unknown" and answer["text"].strip()


def _checkout_entries() -> set[str]:
    return {p.name for p in ROOT.iterdir()} | {p.name for p in (ROOT / "bot").iterdir()}


def test_installed_package_answers_from_another_directory(tmp_path):
    """A non-editable install carries its knowledge base and intents inside the package.

    pip builds in the source tree (build/, *.egg-info), so it installs from a copy: nothing is
    written into the checkout.
    """
    before = _checkout_entries()
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis",
        ".mypy_cache", ".ruff_cache"))
    target = tmp_path / "site"
    build = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                            "--target", str(target), str(source)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr[-2000:]
    assert _checkout_entries() == before
    assert (target / "bot" / "data" / "knowledge" / "data-architect.yaml").is_file()
    assert (target / "bot" / "data" / "intents" / "_occupations.txt").is_file()
    # One version, written in bot/__init__.py; the licence texts travel with the package.
    info = target / f"career_advisor_bot-{bot.__version__}.dist-info"
    assert info.is_dir(), sorted(p.name for p in target.iterdir())
    assert "License-Expression: MIT" in (info / "METADATA").read_text()
    assert {"LICENSE", "NOTICE"} <= {p.name for p in (info / "licenses").iterdir()}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREER_BOT_")}
    env["PYTHONPATH"] = str(target)
    proc = run("ask", "--json", "what does a data architect do", cwd=elsewhere, env=env)
    assert json.loads(proc.stdout)["roles"] == ["data-architect"]
    where = subprocess.run([sys.executable, "-c", "import bot; print(bot.__file__)"], capture_output=True,
                           text=True, cwd=elsewhere, env=env)
    assert where.stdout.startswith(str(target))


def test_knowledge_option_and_environment_variable(tmp_path):
    """A user's own knowledge base: here the bundled one plus a role of their own."""
    target = tmp_path / "mine"
    shutil.copytree(ROOT / "knowledge", target)
    own = (target / "data-analyst.yaml").read_text()
    own = own.replace("id: data-analyst", "id: prompt-engineer").replace("name: Data Analyst", "name: Prompt Engineer")
    own = own[:own.index("aliases:")] + "aliases: []\n" + own[own.index("summary:"):]
    (target / "prompt-engineer.yaml").write_text(own)
    question = "what does a prompt engineer do"
    assert json.loads(run("ask", "--json", question).stdout)["roles"] == []
    by_option = run("ask", "--json", "--knowledge", str(target), question)
    assert by_option.returncode == 0, by_option.stderr
    assert json.loads(by_option.stdout)["roles"] == ["prompt-engineer"]
    env = dict(os.environ, CAREER_BOT_KNOWLEDGE=str(target))
    assert json.loads(run("ask", "--json", question, env=env).stdout)["roles"] == ["prompt-engineer"]


def _terminal(engine, lines):
    feed = iter(lines)

    def read(prompt):
        try:
            return next(feed)
        except StopIteration:
            raise EOFError from None
    out = io.StringIO()
    code = chat_loop(engine, read, out)
    return code, out.getvalue()


def test_terminal_chat_commands_context_and_exit(engine):
    code, out = _terminal(engine, ["/help", "/roles", "what does a data engineer do", "and the salary?", "/quit",
                                   "never read"])
    assert code == 0
    assert "Commands:" in out and "Statistician" in out and "Data Engineer" in out
    assert "No official statistic measures the Data Engineer role alone" in out
    assert out.rstrip().endswith("Bye!") and "never read" not in out


def test_terminal_exits_cleanly_on_ctrl_d_and_ctrl_c(engine):
    assert _terminal(engine, ["hi"])[0] == 0

    def interrupted(prompt):
        raise KeyboardInterrupt
    out = io.StringIO()
    assert chat_loop(engine, interrupted, out) == 0 and "Bye!" in out.getvalue()


def test_terminal_in_a_pseudo_terminal():
    """The real interactive program: prompt, an answer, then Ctrl-D."""
    import pty
    import select
    import time
    pid, fd = pty.fork()
    if pid == 0:  # child
        os.chdir(ROOT)
        os.environ["CAREER_BOT_HISTORY"] = os.devnull
        os.execv(sys.executable, [sys.executable, "-m", "bot", "chat"])
    output = b""
    done = 0

    def read_until(marker: bytes, count: int = 1, timeout: float = 30) -> bytes:
        nonlocal output
        deadline = time.time() + timeout
        while output.count(marker) < count and time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    output += os.read(fd, 65536)
                except OSError:
                    break
        return output

    try:
        assert b"you> " in read_until(b"you> ")
        os.write(fd, b"what does a data manager do\n")
        # Ctrl-D only once the next prompt is up: typed while the answer is printed, the terminal
        # switches modes under it and the end-of-file can be lost.
        assert b"Key responsibilities" in read_until(b"you> ", count=2)
        os.write(fd, b"\x04")
        assert b"Bye!" in read_until(b"Bye!")
        for _ in range(100):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            time.sleep(0.1)
        assert done, "the chat did not exit after Ctrl-D"
        assert os.waitstatus_to_exitcode(status) == 0 and b"Traceback" not in output
    finally:
        if not done:  # never leave it running, never hang the suite
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)


def test_a_fault_answering_one_message_is_said_plainly_and_the_talk_goes_on(engine, monkeypatch, caplog):
    """A bug met by one message (here: answering fails once) costs that answer only: the person reads a plain
    apology, never a traceback, and the next message is answered in the same context."""
    from bot.engine import FAULT
    real = type(engine).answer
    calls = {"n": 0}

    def answer_failing_once(self, understanding, session=None, text=""):
        calls["n"] += 1
        if calls["n"] == 3:  # the greeting, the first question, then the first follow-up
            raise RuntimeError("a bug")
        return real(self, understanding, session, text)

    monkeypatch.setattr(type(engine), "answer", answer_failing_once)
    code, out = _terminal(engine, ["what does a data engineer do", "and the salary?", "and the salary?", "/quit"])
    assert code == 0 and FAULT in out and "Traceback" not in out
    assert "No official statistic measures the Data Engineer role alone" in out  # the context survived the fault
    assert "answering a message failed" in caplog.text
