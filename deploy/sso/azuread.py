"""Single sign-on with the service's Azure AD (Microsoft Entra ID), through oauthenticator.

Replaces NativeAuthenticator: staff log in with their work account; no passwords are kept by the hub.

    export AZURE_TENANT_ID=... OAUTH_CLIENT_ID=... OAUTH_CLIENT_SECRET=...
    export OAUTH_CALLBACK_URL=https://training.example.ca/hub/oauth_callback
    export TPS_INSTRUCTORS_GROUP_ID=<object id of the Entra ID group of course instructors>
    export TPS_TRAINEES_GROUP_ID=<object id of the group of staff enrolled in the course>
    TPS_HUB_EXTRA_CONFIG=deploy/sso/azuread.py make hub

In Entra ID: register an application (web) with the redirect URI above, add a client secret, and in
"Token configuration" add the groups claim (security groups, emitted as group ids). Only members of the two
groups can log in; members of the instructors' group land in the hub group `instructors` (formgrader, the
course tools, the class list); everyone else is a trainee.

Hub user names must be valid system user names (the deployment runs each server as its own account), so
the name is taken from the user principal name: `Dana.Ferreira@tps.example.ca` -> `dana-ferreira`.
tests/test_hub.py loads this file and checks that every setting it names exists.
"""

import os
import re

c = get_config()  # noqa: F821

INSTRUCTORS_GROUP_ID = os.environ.get("TPS_INSTRUCTORS_GROUP_ID", "")
TRAINEES_GROUP_ID = os.environ.get("TPS_TRAINEES_GROUP_ID", "")


def hub_username(user_info: dict) -> str:
    """user principal name (or e-mail) -> a hub and system user name: lower case, [a-z0-9-], 31 at most."""
    upn = user_info.get("upn") or user_info.get("preferred_username") or user_info.get("email") or ""
    local = upn.split("@", 1)[0].lower()
    name = re.sub(r"[^a-z0-9]+", "-", local).strip("-")[:31]
    return name if re.match(r"^[a-z]", name) else f"u-{name}"[:31]


def hub_groups(auth_state: dict) -> list[str]:
    """Entra ID group ids -> the hub's groups."""
    ids = set(auth_state.get("user", {}).get("groups", []))
    groups = []
    if INSTRUCTORS_GROUP_ID and INSTRUCTORS_GROUP_ID in ids:
        groups.append("instructors")
    if TRAINEES_GROUP_ID and TRAINEES_GROUP_ID in ids:
        groups.append("trainees")
    return groups


c.JupyterHub.authenticator_class = "azuread"
c.AzureAdOAuthenticator.tenant_id = os.environ["AZURE_TENANT_ID"]
c.AzureAdOAuthenticator.client_id = os.environ["OAUTH_CLIENT_ID"]
c.AzureAdOAuthenticator.client_secret = os.environ["OAUTH_CLIENT_SECRET"]
c.AzureAdOAuthenticator.oauth_callback_url = os.environ.get(
    "OAUTH_CALLBACK_URL", "https://training.example.ca/hub/oauth_callback"
)
c.AzureAdOAuthenticator.scope = ["openid", "profile", "email"]
c.AzureAdOAuthenticator.username_claim = hub_username
c.AzureAdOAuthenticator.user_groups_claim = "groups"
c.AzureAdOAuthenticator.manage_groups = True  # hub groups follow Entra ID at every login
c.AzureAdOAuthenticator.auth_state_groups_key = hub_groups
c.AzureAdOAuthenticator.allowed_groups = {"instructors", "trainees"}
c.Authenticator.allow_all = False
