"""Grade a submitted notebook without running the trainee's code.

nbgrader's default autograder runs the whole submission in a kernel, as the instructor: code a trainee types
in an answer cell could rebind the graders, read the model answers or write to the gradebook. Every answer
in this course is text, so :class:`GradeAnswers` (configured in ``nbgrader_config.py`` in place of
nbgrader's ``Execute``) grades in the grader's own process instead:

1. it runs the course's own cells (the setup and the data cells), taken from the gradebook;
2. it reads each answer as text from the submitted answer cell (:mod:`tpstrain.course.answers`), never
   running it, and binds it to the cell's variable;
3. it runs each test cell, taken from the gradebook with its hidden tests, in strict mode, and writes what
   it says into the cell's outputs as nbgrader expects: an error output fails the cell.

Cells the trainee added are never run. Without a gradebook (``nbgrader validate``) the notebook's own
locked cells are used: that only ever grades the trainee's own copy for the trainee.
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path
from typing import Any

from nbgrader.preprocessors.base import NbGraderPreprocessor

from .answers import AnswerSpec, Unreadable, read_answer
from .grading import strict

FEEDBACK_TEMPLATE = "tpstrain-feedback"  # templates/<this>: the feedback page, extending nbgrader's
_NO_MESSAGE = "This answer does not pass the check yet."
_NOT_RUN = "The grader could not run this check: {}. Tell your instructor; your answer is kept."


def _is(cell: Any, key: str) -> bool:
    return bool(cell.metadata.get("nbgrader", {}).get(key))


def _error(ename: str, text: str) -> dict[str, Any]:
    """A failed test cell, as nbgrader reads it (an error output scores 0), in words, without a traceback."""
    from nbformat.v4 import new_output

    return new_output("error", ename=ename, evalue=text, traceback=text.splitlines() or [text])


class CleanText(NbGraderPreprocessor):
    """Make a submission safe to grade before nbgrader reads it.

    - Lone surrogates (bytes that are not UTF-8) are replaced in every cell, so such a character in an answer
      fails that answer at most, never the whole submission (nbgrader could not checksum or save it).
    - A cell claiming to be the course's (nbgrader metadata) with a ``grade_id`` the gradebook does not know
      was made by the trainee: it loses that metadata and becomes an ordinary cell, which is never run or
      graded. The submission is graded as if it were not there.
    """

    def preprocess(self, nb: Any, resources: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        sources = _course_sources(resources)
        if sources is not None:  # for GradeAnswers, which grades this notebook next (one pending per thread)
            key = _notebook_key(resources)
            for old in [k for k in _READ if k[0] == key[0]]:
                del _READ[old]
            _READ[key] = sources
        known = None if sources is None else set(sources)
        for cell in nb.cells:
            try:
                cell.source.encode("utf-8")
            except UnicodeEncodeError:
                cell.source = cell.source.encode("utf-8", "replace").decode("utf-8")
            meta = cell.metadata.get("nbgrader")
            if known is not None and meta is not None and meta.get("grade_id") not in known:
                del cell.metadata["nbgrader"]
        return nb, resources


# The course's cells CleanText read from the gradebook, kept for GradeAnswers, so that grading a notebook opens
# the gradebook once. nbgrader sanitizes a notebook and then autogrades it in the same process and thread,
# with fresh resources for each pass: an entry lives from one pass to the next and GradeAnswers takes it out.
_READ: dict[tuple[Any, ...], dict[str, str]] = {}


def _notebook_key(resources: dict[str, Any]) -> tuple[Any, ...]:
    info = resources.get("nbgrader") or {}
    keys = ("db_url", "assignment", "student", "notebook")
    return (threading.get_ident(), *(info.get(k) for k in keys))


def _course_sources(resources: dict[str, Any]) -> dict[str, str] | None:
    """grade_id -> the course's own source of every cell it wrote (None when there is no gradebook)."""
    info = resources.get("nbgrader") or {}
    if not info.get("db_url"):
        return None
    from nbgrader.api import Gradebook

    with Gradebook(info["db_url"]) as gb:
        notebook = gb.find_notebook(info["notebook"], info["assignment"])
        return {c.name: c.source for c in notebook.source_cells}


class GradeAnswers(NbGraderPreprocessor):
    """Run the course's cells and tests in this process, with each answer read as text (see the module)."""

    def preprocess(self, nb: Any, resources: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        trusted = _READ.pop(_notebook_key(resources), None) or _course_sources(resources)
        namespace: dict[str, Any] = {"__name__": "__tpstrain_grading__"}
        count = 0
        with strict():
            for cell in nb.cells:
                if cell.cell_type != "code":
                    continue
                grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
                if trusted is not None and grade_id not in trusted:
                    continue  # a cell the course did not write: never run
                source = trusted[grade_id] if trusted is not None else cell.source
                cell.outputs = []
                if _is(cell, "solution"):
                    self._bind_answer(cell, source, namespace)
                    continue
                if trusted is None and not (_is(cell, "locked") or _is(cell, "grade")):
                    continue
                count += 1
                cell.execution_count = count
                failure = self._run(source, namespace, grade_id or "cell")
                if failure is not None:
                    cell.outputs = [failure]
        return nb, resources

    @staticmethod
    def _bind_answer(cell: Any, course_source: str, namespace: dict[str, Any]) -> None:
        spec = AnswerSpec.of(course_source)
        if spec is None:
            return
        namespace[spec.name] = read_answer(cell.source, spec)

    def _run(self, source: str, namespace: dict[str, Any], name: str) -> dict[str, Any] | None:
        try:
            exec(
                compile(source, f"<{name}>", "exec"), namespace
            )  # the course's own cells, from the gradebook
        except AssertionError as e:  # AnswerError, or a plain assert in a test cell
            unreadable = [v.note for k, v in namespace.items() if isinstance(v, Unreadable) and k in source]
            return _error("Not yet", unreadable[0] if unreadable else (str(e) or _NO_MESSAGE))
        except Exception as e:  # a fault in the course's own cell, not in the answer
            self.log.error("%s failed: %s", name, "".join(traceback.format_exception_only(e)).strip())
            return _error("Not graded", _NOT_RUN.format(type(e).__name__))
        return None


def configure(c: Any) -> None:
    """Set nbgrader's autograde steps to grade this way (``c``: the traitlets config of ``nbgrader_config.py``).

    Feedback: the course's template (``templates/tpstrain-feedback``: checks in words, tables apart, lines that
    wrap). Sanitize: :class:`CleanText` first, then nbgrader's own steps (which restore the course's locked and
    test cells from the gradebook). Autograde: :class:`GradeAnswers` in place of nbgrader's ``Execute``.
    """
    import nbgrader
    from nbconvert.preprocessors import ClearMetadataPreprocessor
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        ClearOutput,
        DeduplicateIds,
        IgnorePattern,
        LimitOutput,
        OverwriteCells,
        OverwriteKernelspec,
        SaveAutoGrades,
    )

    # Feedback pages: the course's template, which extends nbgrader's. Set for the HTML exporter *of
    # GenerateFeedback* (a nested section), because NbGraderAPI.generate_feedback forces the global
    # HTMLExporter.template_name back to "feedback" and formgrader points the global template dirs at its
    # own; the nested section wins over both and leaves formgrader's other pages alone. nbconvert puts only
    # <basedir>/<template name> on the Jinja path, so nbgrader's templates folder goes on extra_template_paths
    # (next to its bootstrap CSS, which GenerateFeedback puts there) for ``extends 'feedback/index.html.j2'``.
    formgrader = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader"
    html = c.GenerateFeedback.HTMLExporter
    html.template_name = FEEDBACK_TEMPLATE
    html.extra_template_basedirs = [str(Path(__file__).parent / "templates"), str(formgrader / "templates")]
    html.extra_template_paths = [
        str(formgrader / "static" / "node_modules" / "bootstrap" / "dist" / "css"),
        str(formgrader / "templates"),
    ]
    c.Autograde.sanitize_preprocessors = [
        CleanText,
        ClearOutput,
        DeduplicateIds,
        OverwriteKernelspec,
        OverwriteCells,
        CheckCellMetadata,
    ]
    c.Autograde.autograde_preprocessors = [
        GradeAnswers,
        IgnorePattern,
        ClearMetadataPreprocessor,
        LimitOutput,
        SaveAutoGrades,
        AssignLatePenalties,
        CheckCellMetadata,
    ]


def grades_as_text(c: Any) -> bool:
    """Whether a config (as ``nbgrader`` reads it) grades with :class:`GradeAnswers`, never running a submission."""
    steps = c.Autograde.get("autograde_preprocessors") or []
    names = {p if isinstance(p, str) else f"{p.__module__}.{p.__qualname__}" for p in steps}
    return f"{GradeAnswers.__module__}.{GradeAnswers.__qualname__}" in names and not any(
        n.rsplit(".", 1)[-1] in ("Execute", "ExecutePreprocessor") for n in names
    )
