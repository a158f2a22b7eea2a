"""The README's examples are real: its policy file loads and its console output is what the CLI prints."""

import re
import subprocess
import sys
from pathlib import Path

from tpstrain import check, load_policy

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def test_policy_example_loads(tmp_path):
    (yaml_text,) = [b for b in _blocks("yaml") if "extends: model" in b]
    path = tmp_path / "my-division.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    pol = load_policy(path)
    assert pol.name == "52 Division"
    assert not pol.rule("tone.laughter").enabled
    assert pol.rule("sensitivity.sex-work").level == "suggestion"
    assert "clarity.jargon" in check("Officers attended an MVC.", policy=pol).rules()
    review = check("The CIT went on scene. Call 416-808-5200.", policy=pol)
    assert [f.text for f in review.findings if f.rule == "clarity.jargon"] == ["CIT"]
    assert "privacy.phone" not in review.rules()


def test_console_example_is_real():
    (console,) = _blocks("console")
    command, expected = console.split("\n", 1)
    text = re.search(r'"(.*)"', command).group(1)
    out = subprocess.run(
        [sys.executable, "-m", "tpstrain", "check", text], capture_output=True, text=True
    ).stdout
    assert out.strip() == expected.strip()


def test_python_example_claims():
    review = check("Officers attended an MVC at Dufferin/Eglinton.", platform="x")
    assert review.verdict == "revise" and review.findings[0].rule == "clarity.jargon"
    assert review.fixed() == "Officers attended a crash at Dufferin/Eglinton."
