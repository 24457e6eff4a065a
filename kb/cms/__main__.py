"""python -m kb.cms > kb/cms/admin/config.yml: regenerate the editor's committed configuration."""

import sys
from pathlib import Path

from .admin import render_config

sys.stdout.write(render_config(Path.cwd()))
