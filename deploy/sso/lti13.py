"""Log in from the service's learning-management system (LMS) with LTI 1.3, through ltiauthenticator.

Replaces NativeAuthenticator: trainees open the course from the LMS (Moodle, Canvas, Brightspace, ...) and
land on their own server; the LMS says who they are and whether they teach the course.

    export LTI_ISSUER=https://lms.example.ca                      # the platform's issuer id
    export LTI_CLIENT_ID=...                                      # from the tool's registration in the LMS
    export LTI_AUTHORIZE_URL=https://lms.example.ca/mod/lti/auth.php
    export LTI_JWKS_URL=https://lms.example.ca/mod/lti/certs.php
    TPS_HUB_EXTRA_CONFIG=deploy/sso/lti13.py make hub

Register the hub in the LMS as an LTI 1.3 tool: login initiation URL https://<hub>/hub/lti13/oauth_login,
redirect URL https://<hub>/hub/lti13/oauth_callback, tool configuration (JSON) at
https://<hub>/hub/lti13/config, and a custom parameter `tps_username=$User.username` (Moodle's name for
it; Canvas: `$Canvas.user.loginId`). The LMS's Instructor role puts a user in the hub group `instructors`.
tests/test_hub.py loads this file and checks that every setting it names exists.
"""

import os
import re

c = get_config()  # noqa: F821

LTI_ROLES = "https://purl.imsglobal.org/spec/lti/claim/roles"
INSTRUCTOR_ROLES = (
    "membership#Instructor",
    "membership#ContentDeveloper",
    "institution/person#Administrator",
)


def lti_groups(authenticator, handler, authentication: dict) -> dict:
    """The LMS's roles -> the hub's groups (instructors or trainees), and a valid system user name."""
    claims = authentication.get("auth_state") or {}
    roles = claims.get(LTI_ROLES, [])
    teaches = any(r.endswith(INSTRUCTOR_ROLES) for r in roles)
    authentication["groups"] = ["instructors"] if teaches else ["trainees"]
    name = re.sub(r"[^a-z0-9]+", "-", authentication["name"].split("@", 1)[0].lower()).strip("-")[:31]
    authentication["name"] = name if re.match(r"^[a-z]", name) else f"u-{name}"[:31]
    return authentication


c.JupyterHub.authenticator_class = "ltiauthenticator.lti13.auth.LTI13Authenticator"
c.LTI13Authenticator.issuer = os.environ.get("LTI_ISSUER", "https://lms.example.ca")
c.LTI13Authenticator.client_id = {os.environ.get("LTI_CLIENT_ID", "tps-social-media-course")}
c.LTI13Authenticator.authorize_url = os.environ.get(
    "LTI_AUTHORIZE_URL", "https://lms.example.ca/mod/lti/auth.php"
)
c.LTI13Authenticator.jwks_endpoint = os.environ.get(
    "LTI_JWKS_URL", "https://lms.example.ca/mod/lti/certs.php"
)
c.LTI13Authenticator.username_key = "custom_tps_username"
c.LTI13Authenticator.tool_name = "TPS social media course"
c.LTI13Authenticator.tool_description = "Lessons and graded assignments for staff who post on TPS accounts"
c.Authenticator.post_auth_hook = lti_groups
c.Authenticator.manage_groups = True  # hub groups follow the LMS's roles at every launch
c.Authenticator.allow_all = True  # whoever the LMS launches (it has already checked enrolment)
