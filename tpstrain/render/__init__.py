"""Findings and reviews shown to people: plain text (the CLI), HTML (notebooks, widgets, the course's
feedback) and Markdown (the rule reference), all in one palette (:mod:`.palette`).

The renderers read reviews through the protocols of :mod:`tpstrain.shapes`, so the quick CLI path's plain
objects render exactly as the library's pydantic models do.
"""
