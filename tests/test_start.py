"""What a start of the command line does before it answers: nothing it does not need."""

from __future__ import annotations

import os
import subprocess
import sys

_PLUGINS_LOOKED_FOR = """
import bot.cli  # builds the models
from pydantic.plugin import _loader
print(_loader._plugins is not None)
"""


def _plugins_looked_for(env: dict[str, str]) -> bool:
    done = subprocess.run(
        [sys.executable, "-c", _PLUGINS_LOOKED_FOR], capture_output=True, text=True, env=env, check=True, timeout=60
    )
    return done.stdout.split() == ["True"]


def test_the_command_line_does_not_look_for_pydantic_plugins() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    assert not _plugins_looked_for(env)
    assert _plugins_looked_for(env | {"PYDANTIC_DISABLE_PLUGINS": ""})  # what the environment says wins
