"""Docs that cannot drift: the command reference in README.md is generated with cog."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_command_reference_is_current():
    result = subprocess.run([sys.executable, "-m", "cogapp", "--check", str(ROOT / "README.md")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, "README.md is out of date: run `make docs`\n" + result.stdout + result.stderr


def test_readme_gives_the_two_set_up_commands_that_ci_runs():
    readme = (ROOT / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme
    commands = [line.split("#")[0].strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert "make test" in commands
