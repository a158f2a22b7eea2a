"""nbgrader configuration: the repository root is the course directory.

Run nbgrader from the repository root with the virtual environment's bin/ first on PATH (nbgrader runs
`alembic` from PATH to create the gradebook):

    PATH="$PWD/.venv/bin:$PATH" nbgrader generate_assignment 02-accounts --force

See docs/instructor-guide.md for the whole cycle.
"""

c = get_config()  # noqa: F821 - provided by traitlets when nbgrader loads this file

# ----- the course (its root is the directory nbgrader runs in: the repository root) ---------------
c.CourseDirectory.course_id = "tps-social-media"
c.CourseDirectory.source_directory = "solutions"  # nbgrader SOURCE: model answers and hidden tests
c.CourseDirectory.release_directory = "exercises"  # what trainees get: generated, committed
# submitted/, autograded/, feedback/ and gradebook.db keep nbgrader's defaults (all ignored by git)

# ----- what trainees see where a model answer was ------------------------------------------------
# Every answer in this course is text inside a Python string, and every solution region sits INSIDE
# that string, so the stub below becomes the string's placeholder and the notebook still runs:
#
#     post = """
#     ### BEGIN SOLUTION          ->   post = """
#     Model answer.                    Write your answer here.
#     ### END SOLUTION                 """
#     """
#
# The grading helpers (tpstrain.course) recognise the placeholder and say "you have not written ... yet".
c.ClearSolutions.code_stub = {"python": "Write your answer here."}
c.ClearSolutions.text_stub = "Write your answer here."

# ----- autograding ----------------------------------------------------------------------------------
# Trainee code never runs when grading. nbgrader's Execute (which runs the whole submission in a kernel, as
# the instructor) is replaced by GradeAnswers: the course's own setup, data and test cells (from the
# gradebook, hidden tests included) run in the grader's process, and each answer is read from its cell as
# text, without running it (see tpstrain/course/autograder.py and SECURITY.md).
from tpstrain.course.autograder import configure  # noqa: E402

configure(c)
# A late submission keeps its marks; instructors see the lateness in formgrader.
c.LateSubmissionPlugin.penalty_method = "none"

