"""The report's figures: per-assignment figures, the hardest graded cells, and one PNG per plot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .breaches import Breaches
from .classdata import ClassData

PLOTS = ("scores", "heatmap", "hardest", "rules", "values")


def hardest(data: ClassData, n: int = 10) -> list[tuple[str, str, str, float, int]]:
    rows = [(a, nb, c, sum(v) / len(v), len(v)) for (a, nb, c), v in data.cells.items() if v]
    return sorted(rows, key=lambda r: (r[3], r[0], r[2]))[:n]


def assignment_stats(data: ClassData) -> list[dict[str, Any]]:
    out = []
    n = len(data.students) or 1
    for a in data.assignments:
        subs = [s for (sid, aa), s in data.graded.items() if aa == a]
        pcts = [s.percent for s in subs]
        out.append(
            {
                "assignment": a,
                "graded": len(subs),
                "submitted": len(subs) + sum(1 for (_, aa) in data.submitted_only if aa == a),
                "completion": 100.0 * len(subs) / n,
                "mean": sum(pcts) / len(pcts) if pcts else None,
                "late": sum(s.late for s in subs),
                "manual": sum(s.needs_manual for s in subs),
                "max_score": data.max_scores[a],
            }
        )
    return out


def plots(data: ClassData, breaches: Breaches, policy, out_dir: Path, pass_mark: float) -> dict[str, Path]:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    from ..rules import CORE_VALUES

    plt.rcParams.update({"font.size": 8, "axes.spines.top": False, "axes.spines.right": False})
    paths: dict[str, Path] = {}

    def save(fig, name: str) -> None:
        fig.tight_layout()
        p = out_dir / f"{name}.png"
        fig.savefig(p, dpi=90)
        plt.close(fig)
        _shrink(p)
        paths[name] = p

    stats = assignment_stats(data)
    labels = [s["assignment"] for s in stats]
    fig, ax = plt.subplots(figsize=(7, 3))
    xs = range(len(stats))
    ax.bar(
        [x - 0.2 for x in xs],
        [s["mean"] or 0 for s in stats],
        width=0.4,
        label="mean score %",
        color="#1565c0",
    )
    ax.bar(
        [x + 0.2 for x in xs],
        [s["completion"] for s in stats],
        width=0.4,
        label="completion %",
        color="#9e9e9e",
    )
    ax.axhline(pass_mark, color="#c62828", lw=1, ls="--", label=f"pass mark {pass_mark:g}%")
    ax.set_xticks(list(xs), labels, rotation=30, ha="right")
    ax.set_ylim(0, 125)
    ax.set_yticks([0, 20, 40, 60, 80, 100])
    ax.legend(loc="upper center", fontsize=7, frameon=False, ncol=3)
    ax.set_title("Scores and completion by assignment")
    save(fig, "scores")

    students = data.students
    import numpy as np

    grid = np.full((len(students), len(data.assignments)), np.nan)
    for i, sid in enumerate(students):
        for j, a in enumerate(data.assignments):
            sub = data.graded.get((sid, a))
            if sub is not None:
                grid[i, j] = sub.percent
    fig, ax = plt.subplots(
        figsize=(max(4, 0.55 * len(data.assignments) + 2), max(3, 0.17 * len(students) + 1))
    )
    cmap = matplotlib.colormaps["RdYlGn"].with_extremes(bad="#e0e0e0")
    im = ax.imshow(
        np.ma.masked_invalid(grid), aspect="auto", cmap=cmap, vmin=0, vmax=100, interpolation="nearest"
    )
    ax.set_xticks(range(len(data.assignments)), data.assignments, rotation=40, ha="right")
    ax.set_yticks(range(len(students)), [f"{data.name(s)} ({s})" for s in students], fontsize=6)
    fig.colorbar(im, ax=ax, fraction=0.04, label="score % (grey: nothing graded)")
    ax.set_title("Every trainee, every assignment")
    save(fig, "heatmap")

    hard = hardest(data)
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.barh(
        [f"{a} / {c}" for a, _, c, _, _ in hard][::-1], [100 * m for *_, m, _ in hard][::-1], color="#ef6c00"
    )
    ax.set_xlim(0, 100)
    ax.set_xlabel("mean score % of the cell's points")
    ax.set_title("Hardest exercises (graded cells)")
    save(fig, "hardest")

    top = breaches.rules.most_common(12)
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.barh([r for r, _ in top][::-1] or ["(none)"], [c for _, c in top][::-1] or [0], color="#6a1b9a")
    ax.set_xlabel(f"answers breaking the rule (of {breaches.answers} checked)")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Rules broken most often in trainees' answers")
    save(fig, "rules")

    fig, ax = plt.subplots(figsize=(7, 2.6))
    vals = sorted(CORE_VALUES, key=lambda v: breaches.values.get(v, 0))
    ax.barh(vals, [breaches.values.get(v, 0) for v in vals], color="#00695c")
    ax.set_xlabel("answers breaking a rule that serves the value")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Core values most often at stake")
    save(fig, "values")
    return paths


def _shrink(path: Path) -> None:
    """Charts have few colours: a 256-colour palette PNG is a third of the size and looks the same."""
    try:
        from PIL import Image

        with Image.open(path) as im:
            small = im.convert("RGB").quantize(
                colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
            )
        small.save(path, optimize=True)
    except Exception:  # keep matplotlib's PNG
        pass
