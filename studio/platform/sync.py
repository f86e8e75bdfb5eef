"""Keep one show in sync with the platform: live events in, the user's changes out.

`PlatformSync` ties the REST client, the live event stream (SSE, falling back to polling),
the on-disk outbox and the Qt-free `ShowModel` together. Nothing in it blocks the caller on
the network: commands write to the outbox (a local SQLite insert) and return; a sync thread
sends them in order, exactly once, when the platform can be reached — also after a restart.

Usage (UI, overlays glue, `studio demo`)::

    from studio.platform.client import PlatformClient
    from studio.platform.sync import PlatformSync
    from studio.show.events import OrdersReceived, PinChanged, SyncStatusChanged

    client = PlatformClient(api_url, token_ref="shop")   # token from the keyring, or token=...
    sync = PlatformSync(client, show_id)                  # state under paths.state_dir()/sync
    unsubscribe = sync.model.subscribe(on_event)          # on_event(ShowEvent), see below
    sync.start()                                          # returns at once

    state = sync.model.state            # ShowState: immutable snapshot, cheap to take
    state.catalog, state.queue_products, state.pinned, state.timers, state.sales
    state.sync.link                     # Link.LIVE / POLLING / OFFLINE / CONNECTING
    state.sync.pending_text             # "3 changes waiting to sync"
    sync.model.time_left(product_id)    # flash-sale seconds left, in server time

    sync.pin("HK-001")                  # a SKU or a platform product id
    sync.unpin()
    sync.move("HK-003", before_sku="HK-001")      # before_sku=None: to the end
    sync.add_to_queue("HK-007", before_sku=None)
    sync.remove_from_queue("HK-002")
    sync.start_flash_sale("HK-001", Decimal("34.30"), seconds=60)   # price in major units
    sync.cancel_flash_sale("HK-001")
    sync.comment("Yes, it works on induction!")
    sync.start_show(); sync.end_show()            # host only
    sync.pending_count()                # changes waiting to sync
    sync.reconnect_now()                # skip the back-off wait
    sync.stop()                         # or use `with PlatformSync(...) as sync:`

Each command returns the change's id at once and raises `UnknownProduct` (a `UsageError`)
for a SKU not in the catalog. The model shows the platform's confirmed state; changes still
waiting are in `state.pending`. A change the platform refuses for good (a cohost ending the
show, an unknown product) is dropped and announced as `ChangeFailed` with the server's words.

Events (`studio.show.events`, frozen dataclasses) arrive on the sync threads, one at a time;
a Qt adapter re-emits them as queued signals. `ShowLoaded` (redraw everything), `ShowChanged`,
`CatalogChanged`, `QueueChanged`, `PinChanged`, `TimerStarted`/`TimerEnded`, `OrdersReceived`
(each order exactly once, plus new `SalesStats`), `CommentsReceived`, `SupportersChanged`,
`ResellersChanged`, `ViewersChanged`, `IngestChanged`, `SyncStatusChanged`, `ChangeFailed`.

Against the embedded sandbox (`studio demo`)::

    sb = SandboxServer(rate=2.0, live=True).start()
    sync = PlatformSync(PlatformClient(sb.api_url, token=sb.host_token), sb.show_id).start()
"""

from __future__ import annotations
