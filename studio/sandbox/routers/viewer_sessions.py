"""The public viewer sign-in: a display name in, a viewer token for one show out.

The one `/v1` operation that needs no bearer token. A real platform signs its viewers in with
its own accounts; the sandbox's is as simple as a display name and an account id the caller
may bring (`viewer_id`, trusted; a new one is made without it), so its viewer page
(`/watch/SHOW_ID`) can use the same contract as every other client with a token of the
`viewer` role: read the show, follow its events, comment and buy.
"""

from __future__ import annotations

from fastapi import APIRouter

from studio.platform.models import Role, ViewerSession, ViewerSignIn
from studio.sandbox.problems import NotFound
from studio.sandbox.routers.deps import ERRORS, SB, SHOW, IdemKey, Responses
from studio.sandbox.stores.base import new_token, new_viewer_id

router = APIRouter(prefix=SHOW, tags=["auth"])

# No token is asked for (none can be missing, unknown or of the wrong role) and nothing is
# versioned or in conflict: bad headers, no such show, bad names, rate limits, unavailable.
_PUBLIC_ERRORS: Responses = {
    code: doc for code, doc in ERRORS.items() if code in (400, 404, 422, 429, 503)
}


@router.post(
    "/viewer-sessions",
    response_model=ViewerSession,
    status_code=201,
    summary="Sign in as a viewer",
    description=(
        "Public: no bearer token. Returns a `viewer` token bound to this show, named "
        "`display_name` (it authors the viewer's comments). Names are not unique: two viewers "
        "may pick the same one; the account (`viewer_id`) tells them apart, and signing in "
        "again with the same `viewer_id` under another name is a rename. Any show that exists "
        "can be joined, also before it starts and after it ended (viewers read; buying "
        "needs the show live).\n\nRoles: anyone."
    ),
    responses=_PUBLIC_ERRORS,
    openapi_extra={"x-roles": ["anyone"], "security": []},
)
def sign_in_viewer(
    show_id: str, body: ViewerSignIn, sb: SB, idempotency_key: IdemKey
) -> ViewerSession:
    if not sb.store.shows.exists(show_id):
        raise NotFound(f"There is no show {show_id!r}.")
    token = new_token("st_viewer")
    viewer_id = body.viewer_id or new_viewer_id()
    sb.store.tokens.add(token, body.display_name, Role.VIEWER, show_id, viewer_id=viewer_id)
    sb.store.community.arrived(show_id, viewer_id, body.display_name)
    return ViewerSession(
        token=token, name=body.display_name, role=Role.VIEWER, show_id=show_id, viewer_id=viewer_id
    )
