"""The Swedish translation is complete, consistent with the sources, and what ships.

Users see only Swedish: an English string that slips through (a new ``tr()`` not
yet translated, a literal lupdate cannot see, a stale ``.qm``) shows up here, not
in front of the projector. After changing user-visible strings run
``python tools/update_translations.py``, translate the new entries in
``resources/i18n/est_desktop_sv.ts`` and run it again.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from est_desktop.i18n import install_translators

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "est_desktop"
TS = ROOT / "resources" / "i18n" / "est_desktop_sv.ts"
QM = TS.with_suffix(".qm")
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")

PLACEHOLDER = re.compile(r"%(?:n|L?[1-9])")
# A mnemonic is a single '&' before a letter; '&&' is a literal ampersand.
MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # the translation, or each numerus form

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                kind, forms = "unfinished", ()
            elif numerus:
                kind = translation.get("type", "")
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                kind, forms = translation.get("type", ""), (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    kind=kind,
                    forms=forms,
                )
            )
    return messages


def _problem(message: Message) -> str | None:
    if message.kind in ("unfinished", "vanished", "obsolete"):
        return message.kind
    if not message.forms or not all(form.strip() for form in message.forms):
        return "numerus form missing" if message.numerus else "empty translation"
    return None


@pytest.fixture(scope="module")
def shipped() -> list[Message]:
    return read_ts(TS)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What pyside6-lupdate finds in today's sources, in a fresh .ts of its own."""
    if not LUPDATE.exists():
        pytest.skip(f"pyside6-lupdate not found at {LUPDATE}")
    out = tmp_path_factory.mktemp("lupdate") / "est_desktop_sv.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-no-obsolete", "-locations", "none", *sources, "-ts", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    messages = read_ts(out)
    assert messages, "lupdate found no translatable strings at all"
    return messages


def test_every_string_in_the_sources_is_translated(
    extracted: list[Message], shipped: list[Message]
) -> None:
    by_key = {m.key: m for m in shipped}
    missing = []
    for found in extracted:
        ours = by_key.get(found.key)
        problem = "not in the .ts" if ours is None else _problem(ours)
        if problem:
            missing.append(f"  {found} — {problem}")
    assert not missing, (
        f"{len(missing)} user-visible string(s) lack a Swedish translation in {TS.name}; "
        "run tools/update_translations.py, translate them, run it again:\n" + "\n".join(missing)
    )


def test_shipped_translations_are_all_finished(shipped: list[Message]) -> None:
    """Nothing half-done or left over from removed strings stays in the file."""
    unfinished = [f"  {m} — {p}" for m in shipped if (p := _problem(m))]
    assert not unfinished, "unfinished entries in the .ts:\n" + "\n".join(unfinished)


def test_no_plural_written_as_one_text(shipped: list[Message]) -> None:
    """ "form|form" is how tools/fill_translation.py takes a plural's two forms; in a
    message lupdate did not read as a plural the user would see the bar and both."""
    joined = [str(m) for m in shipped if not m.numerus and any("|" in f for f in m.forms)]
    assert not joined, joined


def test_placeholders_survive_translation(shipped: list[Message]) -> None:
    wrong = []
    for message in shipped:
        wanted = set(PLACEHOLDER.findall(message.source))
        for form in message.forms:
            lost = wanted - set(PLACEHOLDER.findall(form))
            if lost:
                wrong.append(f"  {message} → {form!r} lacks {', '.join(sorted(lost))}")
    assert not wrong, "placeholders lost in translation:\n" + "\n".join(wrong)


def test_mnemonics_survive_and_do_not_clash_within_a_class(shipped: list[Message]) -> None:
    """A label or button with an Alt+letter in English keeps one in Swedish, and
    the letters of one class (one form, panel or window) differ."""
    wrong = []
    letters: dict[str, dict[str, list[str]]] = {}
    for message in shipped:
        for form in message.forms:
            has = MNEMONIC.findall(form)
            if bool(MNEMONIC.search(message.source)) != bool(has) or len(has) > 1:
                wrong.append(f"  {message} → {form!r}: mnemonic added, lost or doubled")
            for letter in has:
                letters.setdefault(message.context, {}).setdefault(letter.casefold(), [])
                letters[message.context][letter.casefold()].append(message.source)
    for context, used in letters.items():
        wrong += [
            f"  [{context}] Alt+{letter.upper()} on {', '.join(map(repr, sources))}"
            for letter, sources in used.items()
            if len(set(sources)) > 1
        ]
    assert not wrong, "mnemonic problems:\n" + "\n".join(wrong)


def test_every_message_has_a_context(extracted: list[Message], shipped: list[Message]) -> None:
    """An empty context means lupdate could not tell whose ``tr`` it was (a ``tr =
    self.tr`` alias, a call outside a class): Qt then never finds the translation."""
    orphans = [f"  {m.source!r}" for m in (*extracted, *shipped) if not m.context]
    assert not orphans, "strings without a translation context:\n" + "\n".join(orphans)


def test_shipped_qm_is_compiled_from_the_shipped_ts(tmp_path: Path) -> None:
    if not LRELEASE.exists():
        pytest.skip(f"pyside6-lrelease not found at {LRELEASE}")
    fresh = tmp_path / "est_desktop_sv.qm"
    subprocess.run([str(LRELEASE), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), (
        f"{QM.name} is out of date with {TS.name}: run tools/update_translations.py"
    )


def test_installed_translator_speaks_swedish(qapp) -> None:
    install_translators(qapp)
    assert QCoreApplication.translate("MainWindow", "&Meetings") == "&Möten"
    assert QCoreApplication.translate("Labels", "w. %1") == "v. %1"
    assert QCoreApplication.translate("RegisterPage", "%n action(s)", "", 3) == "3 åtgärder"
    assert QCoreApplication.translate("RegisterPage", "%n action(s)", "", 1) == "1 åtgärd"
