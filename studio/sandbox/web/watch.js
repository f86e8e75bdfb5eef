/* The viewer's shop page of one show: live video, the pinned product with Buy, the flash-sale
 * countdown, comments. Everything goes through the platform's public contract (/v1, the same
 * REST calls and live event stream the studio uses) with a viewer token from the public viewer
 * sign-in; the video is the show's HLS, played with the bundled hls.js.
 *
 * Time: the flash-sale countdown and the delay behind live are on the platform's clock, learnt
 * from the `Date` header of its answers (see `clock`), never from this device's clock alone.
 *
 * Room to grow: each live feature is a panel fed the same events (`panels`); bids, giveaways,
 * vouchers, polls and member tiers add a panel into #extras when the contract has them.
 *
 * `window.studioWatch` exposes what the page shows (delay, playback, orders) to tests and
 * benchmarks; the page never reads it itself.
 */
(() => {
  "use strict";

  const $ = (id) => document.getElementById(id);
  const SHOW = document.body.dataset.show;
  const API = document.body.dataset.api || "/v1";
  const REF = (() => {
    const code = new URLSearchParams(location.search).get("ref");
    return code && /^[\x21-\x7e]{3,20}$/.test(code) ? code : null;
  })();
  const STORE = `studio.watch.${SHOW}`;
  const ACCOUNT = "studio.watch.account"; // this browser's viewer account (any show)
  const PDT_GAP_S = 0.2; // the playlist dates a fragment from its close: ±0.1 s or so

  const exposed = (window.studioWatch = {
    show: SHOW,
    ref: REF,
    name: null,
    delay_s: null, // seconds behind live (platform clock), null while unknown
    delay_source: null, // "program-date-time" | "estimate"
    hls_latency_s: null, // hls.js's own estimate: distance to the playlist's end
    stalls: 0, // times the video waited for data after it had started playing
    clock_uncertainty_ms: null,
    playing: false,
    currentTime: 0,
    orders: [], // orders placed from this page: {id, seq, clicked_at (epoch ms)}
    seen_orders: [], // ids of the show's orders as their events arrived (the last 100)
    events: 0, // live events received
    ready: false, // signed in, state loaded, following events
  });

  // -- the platform's clock -------------------------------------------------------------------
  // Offset = platform time - this device's time, bounded as the studio does it
  // (studio/platform/clock.py): a `Date` header says the platform's time was in [D, D + 2 s)
  // (one-second resolution, refreshed once a second by some servers) at some moment between
  // sending (t0) and reading the answer (t1): offset in [D - t1, D + 2000 - t0]. `/healthz`
  // tells the time to the millisecond: offset in [T - t1, T - t0], as wide as the round trip.
  // A live event's `at` (commit time) arrived after it happened: offset >= at - received.
  // The newest samples are intersected; when they stop overlapping (a clock was stepped) the
  // older ones are dropped.
  const clock = {
    samples: [],
    offsetMs: 0,
    add(lo, hi) {
      this.samples.push([lo, hi]);
      if (this.samples.length > 128) this.samples.shift();
      let a = -Infinity;
      let b = Infinity;
      let kept = 0;
      for (let i = this.samples.length - 1; i >= 0; i--) {
        const [sLo, sHi] = this.samples[i];
        const nLo = Math.max(a, sLo);
        const nHi = Math.min(b, sHi);
        if (nLo > nHi) break;
        a = nLo;
        b = nHi;
        kept += 1;
      }
      this.samples.splice(0, this.samples.length - kept);
      this.offsetMs = Number.isFinite(b) ? (a + b) / 2 : a;
      exposed.clock_uncertainty_ms = Number.isFinite(b) ? Math.round((b - a) / 2) : null;
    },
    date(header, t0, t1) {
      const d = Date.parse(header || "");
      if (Number.isFinite(d)) this.add(d - t1, d + 2000 - t0);
    },
    exact(iso, t0, t1) {
      const t = Date.parse(iso || "");
      if (Number.isFinite(t)) this.add(t - t1, t - t0);
    },
    event(iso, received) {
      const t = Date.parse(iso || "");
      if (Number.isFinite(t)) this.add(t - received, Infinity);
    },
    now() {
      return Date.now() + this.offsetMs;
    },
  };

  // -- the contract ----------------------------------------------------------------------------
  let token = null;

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || `The shop answered ${status}.`);
      this.status = status;
      this.problem = problem || {};
    }
  }

  function newKey() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes); // works on plain http too (randomUUID does not)
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /** One call: retried with the same Idempotency-Key on network errors, 429 and 503
   * (honouring Retry-After); resolves {data, headers}; rejects with an ApiError. */
  async function api(method, path, body, options = {}) {
    const headers = { Accept: "application/json" };
    if (token && options.auth !== false) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (method === "POST") headers["Idempotency-Key"] = options.key || newKey();
    for (let attempt = 1; ; attempt++) {
      const t0 = Date.now();
      let res;
      try {
        res = await fetch(API + path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          cache: "no-store",
        });
      } catch (err) {
        if (attempt >= 4) throw new ApiError(0, { detail: "The shop cannot be reached." });
        await sleep(500 * attempt);
        continue;
      }
      clock.date(res.headers.get("Date"), t0, Date.now());
      if ((res.status === 429 || res.status === 503) && attempt < 4) {
        const wait = Number(res.headers.get("Retry-After")) || 1;
        await sleep(Math.min(wait, 10) * 1000);
        continue;
      }
      const text = await res.text();
      let data = null;
      try {
        data = text ? JSON.parse(text) : null;
      } catch (err) {
        data = null;
      }
      if (!res.ok) {
        if (res.status === 401 && options.auth !== false) forgetMe();
        throw new ApiError(res.status, data);
      }
      return { data, headers: res.headers };
    }
  }

  const showPath = (rest = "") => `/shows/${encodeURIComponent(SHOW)}${rest}`;

  async function allPages(path) {
    const items = [];
    let cursor = null;
    let first = null;
    do {
      const sep = path.includes("?") ? "&" : "?";
      const page = await api("GET", path + sep + "limit=200" + (cursor ? `&cursor=${cursor}` : ""));
      first = first || page;
      items.push(...page.data.items);
      cursor = page.data.next_cursor;
    } while (cursor);
    return { items, headers: first.headers };
  }

  // -- state -----------------------------------------------------------------------------------
  const state = {
    me: null, // {name, token}
    show: null,
    products: new Map(),
    pin: null,
    timers: new Map(), // active flash sales by id
    comments: new Map(), // by id, in arrival order
    commentPin: null,
    restriction: null, // mine, while active
    lastEventId: 0,
  };

  // -- formatting ------------------------------------------------------------------------------
  function money(minor, currency) {
    try {
      const fmt = new Intl.NumberFormat(undefined, { style: "currency", currency });
      return fmt.format(minor / 10 ** fmt.resolvedOptions().maximumFractionDigits);
    } catch (err) {
      return `${(minor / 100).toFixed(2)} ${currency}`;
    }
  }

  function clockText(ms) {
    const s = Math.max(0, Math.ceil(ms / 1000));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = String(s % 60).padStart(2, "0");
    return h ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
  }

  const timeOfDay = (iso) =>
    new Date(iso).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });

  // -- panels: the show header, the product, the chat ------------------------------------------
  const showPanel = {
    render() {
      const show = state.show;
      if (!show) return;
      document.title = `${show.title} · live shopping`;
      $("show-title").textContent = show.title;
      const when =
        show.status === "live"
          ? `with ${show.host_name}`
          : show.status === "scheduled"
            ? `with ${show.host_name} · starts at ${timeOfDay(show.scheduled_start)}`
            : `with ${show.host_name} · this show has ended`;
      $("show-sub").textContent = when;
      $("live-badge").hidden = show.status !== "live";
      if (show.theme) {
        document.documentElement.style.setProperty("--accent", show.theme.accent_color);
        document.documentElement.style.setProperty("--bg", show.theme.background_color);
      }
      productPanel.render();
    },
    onEvent(type, data) {
      if (type === "show.changed") {
        state.show = data;
        this.render();
      } else if (type === "viewers.changed") {
        viewers(data.count);
      }
    },
  };

  function viewers(count) {
    const el = $("viewers");
    el.hidden = false;
    el.textContent = `${count.toLocaleString()} watching`;
  }

  const productPanel = {
    current() {
      const pinned = state.pin && state.pin.product_id;
      if (pinned && state.products.has(pinned)) return state.products.get(pinned);
      // Nothing pinned: a running flash sale still deserves the spot.
      for (const timer of state.timers.values()) {
        if (state.products.has(timer.product_id)) return state.products.get(timer.product_id);
      }
      return null;
    },
    sale(product) {
      for (const timer of state.timers.values()) {
        if (timer.product_id === product.id) return timer;
      }
      return null;
    },
    render() {
      const p = this.current();
      $("product").hidden = !p;
      $("nothing-pinned").hidden = !!p || !state.show;
      if (!p) return;
      const img = $("product-img");
      if (img.getAttribute("src") !== p.image_url) img.src = p.image_url;
      img.alt = p.title;
      $("product-title").textContent = p.title;
      const sale = this.sale(p);
      const flash = sale && p.flash_price_minor != null;
      $("price-now").textContent = money(flash ? p.flash_price_minor : p.price_minor, p.currency);
      $("price-was").hidden = !flash;
      $("price-was").textContent = flash ? money(p.price_minor, p.currency) : "";
      $("stock").textContent =
        p.stock <= 0 ? "Sold out" : p.stock <= 10 ? `Only ${p.stock} left` : `${p.stock} in stock`;
      this.tick();
      const live = state.show && state.show.status === "live";
      const buy = $("buy");
      buy.disabled = busyBuying || !live || p.stock <= 0 || !state.me;
      buy.textContent = p.stock <= 0 ? "Sold out" : "Buy";
      buy.title = live ? "" : "Buying opens when the show is live";
    },
    tick() {
      const p = this.current();
      const sale = p && this.sale(p);
      $("sale").hidden = !sale;
      if (!sale) return;
      const left = Date.parse(sale.ends_at) - clock.now();
      $("countdown").textContent = clockText(left);
      $("sale").classList.toggle("ending", left < 10000);
    },
    onEvent(type, data) {
      if (type === "pin.changed") state.pin = data;
      else if (type === "product.updated") state.products.set(data.id, data);
      else if (type === "timer.started") state.timers.set(data.id, data);
      else if (type === "timer.ended") state.timers.delete(data.id);
      else if (type === "order.created") {
        exposed.seen_orders.push(data.id);
        if (exposed.seen_orders.length > 100) exposed.seen_orders.shift();
        const p = state.products.get(data.product_id);
        if (p) p.stock = data.stock_remaining;
        chatPanel.purchase(data, p);
      } else return;
      this.render();
    },
  };

  const chatPanel = {
    nearBottom() {
      const list = $("comments");
      return list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    },
    add(comment) {
      state.comments.set(comment.id, comment);
      if (state.comments.size > 300) state.comments.delete(state.comments.keys().next().value);
    },
    /** A purchase as it happens, as a quiet line among the comments (social proof). */
    purchase(order, product) {
      const title = product ? product.title : "an item";
      const what = order.quantity > 1 ? `${order.quantity} × ${title}` : title;
      this.add({ id: order.id, order: true, author: order.buyer_name, text: `bought ${what}` });
      this.render();
    },
    render() {
      const list = $("comments");
      const stick = this.nearBottom();
      const onScreen = state.commentPin && state.commentPin.comment && state.commentPin.comment.id;
      const items = [];
      for (const c of state.comments.values()) {
        if (c.hidden) continue;
        const li = document.createElement("li");
        li.dataset.id = c.id;
        if (c.order) {
          li.classList.add("order");
          const who = document.createElement("span");
          who.className = "who";
          who.textContent = `🛍 ${c.author}`;
          li.append(who, document.createTextNode(c.text));
          items.push(li);
          continue;
        }
        if (c.role !== "viewer") li.classList.add("host");
        if (state.me && c.author === state.me.name && c.role === "viewer") li.classList.add("mine");
        if (c.id === onScreen) {
          li.classList.add("onscreen");
          li.append(tag("On screen", "screen"));
        }
        if (c.kind === "question") li.append(tag("Q"));
        if (c.role === "host") li.append(tag("Host"));
        const who = document.createElement("span");
        who.className = "who";
        who.textContent = c.author;
        li.append(who, document.createTextNode(c.text));
        items.push(li);
      }
      list.replaceChildren(...items.slice(-150));
      if (stick) list.scrollTop = list.scrollHeight;
    },
    onEvent(type, data) {
      if (type === "comment.created" || type === "comment.updated") this.add(data);
      else if (type === "comment_pin.changed") state.commentPin = data;
      else if (type === "restriction.changed") {
        if (!state.me || data.viewer !== state.me.name) return;
        state.restriction = data.active ? data : null;
        sayState();
        return;
      } else return;
      this.render();
    },
  };

  function tag(text, extra) {
    const el = document.createElement("span");
    el.className = extra ? `tag ${extra}` : "tag";
    el.textContent = text;
    return el;
  }

  const panels = [showPanel, productPanel, chatPanel];

  // Panels from other scripts (engage.js: vouchers and polls). `window.studioWatchExtend(make)`
  // calls make(kit) and adds the panel it returns ({load, onEvent, tick}); an `orderHooks`
  // entry may add fields to an order (`before(body)`) and hear the placed one (`after(order)`).
  const orderHooks = [];
  const kit = { api, showPath, state, clock, money, clockText, exposed, orderHooks };
  window.studioWatchExtend = (make) => {
    const panel = make(kit);
    panels.push(panel);
    if (exposed.ready && panel.load) panel.load().catch(() => {});
  };

  // -- buying ------------------------------------------------------------------------------------
  let busyBuying = false;

  function buyResult(text, kind, action) {
    const el = $("buy-result");
    el.className = `buy-result ${kind || ""}`;
    el.textContent = text;
    if (action) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = action.label;
      b.addEventListener("click", action.run);
      el.append(b);
    }
  }

  async function buy(withRef = true) {
    const p = productPanel.current();
    if (!p || busyBuying || !state.me) return;
    busyBuying = true;
    productPanel.render();
    buyResult("Placing your order…");
    const body = { product_id: p.id, quantity: 1, buyer_name: state.me.name };
    if (REF && withRef) body.referral_code = REF;
    for (const hook of orderHooks) if (hook.before) hook.before(body);
    try {
      const { data } = await api("POST", showPath("/orders"), body);
      exposed.orders.push({ id: data.id, seq: data.seq, clicked_at: clickedAt });
      const p2 = state.products.get(data.product_id);
      if (p2) p2.stock = Math.min(p2.stock, data.stock_remaining);
      const off = data.discount_minor ? ` (voucher: ${money(data.discount_minor, data.currency)} off)` : "";
      buyResult(`Ordered ${p.title} for ${money(data.amount_minor, data.currency)}${off}.`, "ok");
      for (const hook of orderHooks) if (hook.after) hook.after(data);
    } catch (err) {
      const badRef =
        err.status === 422 &&
        (err.problem.errors || []).some((e) => e.loc === "body.referral_code");
      if (badRef) {
        buyResult(`The referral code ${REF} is not valid for this show.`, "error", {
          label: "Buy without it",
          run: () => buy(false),
        });
      } else {
        buyResult(err.message, "error");
      }
    } finally {
      busyBuying = false;
      productPanel.render();
    }
  }

  let clickedAt = 0;
  $("buy").addEventListener("click", () => {
    clickedAt = performance.timeOrigin + performance.now();
    buy(true);
  });

  // -- commenting --------------------------------------------------------------------------------
  function sayState() {
    const r = state.restriction;
    const ok = !!state.me && !r;
    for (const id of ["say-text", "say-question", "say-send"]) $(id).disabled = !ok;
    const note = $("chat-note");
    note.hidden = !r;
    if (r) {
      note.textContent =
        r.kind === "block"
          ? "You can no longer comment in this show."
          : `You are muted until ${timeOfDay(r.until)}.`;
    }
  }

  $("say").addEventListener("submit", async (e) => {
    e.preventDefault();
    const input = $("say-text");
    const text = input.value;
    if (!text.trim() || !state.me) return;
    const kind = $("say-question").checked ? "question" : "comment";
    $("say-send").disabled = true;
    try {
      const { data } = await api("POST", showPath("/comments"), { text, kind });
      input.value = "";
      $("say-question").checked = false;
      chatPanel.add(data);
      chatPanel.render();
      $("comments").scrollTop = $("comments").scrollHeight;
    } catch (err) {
      const note = $("chat-note");
      note.hidden = false;
      note.textContent = err.message;
    } finally {
      sayState();
    }
  });

  // -- live events (fetch, so the bearer token goes in a header; EventSource cannot) -------------
  function dispatch(ev) {
    if (!ev.data) return;
    let event;
    try {
      event = JSON.parse(ev.data);
    } catch (err) {
      return;
    }
    if (event.id <= state.lastEventId) return; // never twice
    clock.event(event.at, Date.now());
    state.lastEventId = event.id;
    exposed.events += 1;
    for (const panel of panels) panel.onEvent(event.type, event.data);
  }

  async function follow() {
    let retry = 1000;
    while (token) {
      try {
        const headers = { Authorization: `Bearer ${token}`, Accept: "text/event-stream" };
        headers["Last-Event-ID"] = String(state.lastEventId);
        const res = await fetch(API + showPath("/events/stream"), { headers, cache: "no-store" });
        if (res.status === 401) {
          forgetMe();
          return;
        }
        if (!res.ok || !res.body) throw new Error(`event stream: ${res.status}`);
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        let ev = {};
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let nl;
          while ((nl = buffer.indexOf("\n")) >= 0) {
            let line = buffer.slice(0, nl);
            buffer = buffer.slice(nl + 1);
            if (line.endsWith("\r")) line = line.slice(0, -1);
            if (line === "") {
              dispatch(ev);
              ev = {};
            } else if (!line.startsWith(":")) {
              const colon = line.indexOf(":");
              const field = colon < 0 ? line : line.slice(0, colon);
              let val = colon < 0 ? "" : line.slice(colon + 1);
              if (val.startsWith(" ")) val = val.slice(1);
              if (field === "data") ev.data = ev.data === undefined ? val : `${ev.data}\n${val}`;
              else if (field === "retry") retry = Number(val) || retry;
              else ev[field] = val;
            }
          }
        }
      } catch (err) {
        // dropped: resume after the last event seen
      }
      await sleep(retry);
    }
  }

  // -- signing in --------------------------------------------------------------------------------
  function forgetMe() {
    token = null;
    state.me = null;
    exposed.ready = false;
    try {
      localStorage.removeItem(STORE);
    } catch (err) {
      /* private mode */
    }
    askName();
  }

  function askName(error) {
    $("join").hidden = false;
    $("join-error").textContent = error || "";
    if (REF) $("join-fine").textContent = `This is the Studio sandbox: a name is all it asks. Referred by ${REF}.`;
    setTimeout(() => $("join-name").focus(), 0);
  }

  $("join-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const name = $("join-name").value.trim();
    if (!name) return;
    $("join-go").disabled = true;
    try {
      // The same browser is the same viewer account across shows and renames (the
      // platform's viewer_id); a name is only what is shown.
      const body = { display_name: name };
      try {
        const account = localStorage.getItem(ACCOUNT);
        if (account) body.viewer_id = account;
      } catch (err) {
        /* private mode: a new account */
      }
      const { data } = await api("POST", showPath("/viewer-sessions"), body, { auth: false });
      try {
        localStorage.setItem(STORE, JSON.stringify({ token: data.token, name: data.name }));
        if (data.viewer_id) localStorage.setItem(ACCOUNT, data.viewer_id);
      } catch (err) {
        /* private mode: this tab only */
      }
      $("join").hidden = true;
      // The click is a user gesture: sound may start now (or as soon as the video plays).
      const video = $("video");
      video.muted = false;
      if (video.readyState >= 2) video.play().catch(() => (video.muted = true));
      await begin(data.token, data.name);
    } catch (err) {
      const fields = (err.problem && err.problem.errors) || [];
      askName(fields.length ? "Use a name with 1 to 40 characters." : err.message);
    } finally {
      $("join-go").disabled = false;
    }
  });

  async function begin(newToken, name) {
    token = newToken;
    state.me = { name };
    exposed.name = name;
    const show = await api("GET", showPath());
    state.show = show.data;
    // Read state, then follow events after the first read's X-Last-Event-Id: nothing is missed.
    state.lastEventId = Number(show.headers.get("X-Last-Event-Id")) || 0;
    const [products, pin, timers, comments, commentPin, count] = await Promise.all([
      allPages(showPath("/products")),
      api("GET", showPath("/pin")),
      api("GET", showPath("/timers")),
      allPages(showPath("/comments")),
      api("GET", showPath("/comment-pin")),
      api("GET", showPath("/viewers")),
    ]);
    for (const p of products.items) state.products.set(p.id, p);
    state.pin = pin.data;
    for (const t of timers.data) if (t.status === "active") state.timers.set(t.id, t);
    for (const c of comments.items) chatPanel.add(c);
    state.commentPin = commentPin.data;
    viewers(count.data.count);
    showPanel.render();
    chatPanel.render();
    sayState();
    await Promise.all(panels.map((panel) => (panel.load ? panel.load().catch(() => {}) : null)));
    exposed.ready = true;
    follow();
  }

  async function start() {
    if (REF && /^[A-Z0-9-]{3,20}$/.test(REF)) {
      // A visit of a reseller's link, for their conversion rate (issue 21); best effort.
      api("POST", showPath(`/resellers/${REF}/visits`), undefined, { auth: false }).catch(
        () => {},
      );
    }
    let saved = null;
    try {
      saved = JSON.parse(localStorage.getItem(STORE) || "null");
    } catch (err) {
      saved = null;
    }
    if (saved && saved.token) {
      try {
        await begin(saved.token, saved.name);
        return;
      } catch (err) {
        if (err.status !== 401) {
          $("player-msg").textContent = err.message;
          return;
        }
      }
    }
    askName();
  }

  // -- the video ---------------------------------------------------------------------------------
  const video = $("video");
  let hls = null;
  let lastTime = -1;
  let lastMove = Date.now();
  let retryVideo = null;

  function playerMsg(text) {
    const el = $("player-msg");
    el.hidden = !text;
    el.textContent = text || "";
  }

  function waitingText() {
    const show = state.show;
    if (show && show.status === "ended") return "This show has ended.";
    if (show && show.status === "scheduled")
      return `The show starts at ${timeOfDay(show.scheduled_start)}.`;
    return "Waiting for the host's video…";
  }

  function stopVideo() {
    if (hls) {
      hls.destroy();
      hls = null;
    }
    video.removeAttribute("src");
    exposed.playing = false;
  }

  function videoLater(ms) {
    clearTimeout(retryVideo);
    retryVideo = setTimeout(startVideo, ms);
  }

  async function startVideo() {
    const src = `/watch/${encodeURIComponent(SHOW)}/live.m3u8`;
    stopVideo();
    try {
      const probe = await fetch(src, { cache: "no-store" });
      if (!probe.ok) {
        playerMsg(waitingText());
        videoLater(2000);
        return;
      }
    } catch (err) {
      playerMsg("The shop cannot be reached.");
      videoLater(3000);
      return;
    }
    playerMsg("Loading the video…");
    lastMove = Date.now();
    if (window.Hls && window.Hls.isSupported()) {
      // nginx-rtmp cuts 2 s fragments: stay ~1.5 fragments behind the newest, catch up
      // gently when further behind, and jump when far behind.
      hls = new window.Hls({
        liveSyncDuration: 3,
        liveMaxLatencyDuration: 10,
        maxLiveSyncPlaybackRate: 1.15,
        backBufferLength: 10,
        manifestLoadingMaxRetry: 2,
        levelLoadingMaxRetry: 2,
      });
      hls.on(window.Hls.Events.ERROR, (_e, data) => {
        if (data.fatal) {
          stopVideo();
          playerMsg(waitingText());
          videoLater(2000);
        }
      });
      hls.loadSource(src);
      hls.attachMedia(video);
    } else if (video.canPlayType("application/vnd.apple.mpegurl")) {
      video.src = src; // Safari plays HLS itself; getStartDate() reads the same dates
    } else {
      playerMsg("This browser cannot play the live video.");
      return;
    }
    video.play().catch(() => {
      video.muted = true;
      video.play().catch(() => {});
    });
  }

  video.addEventListener("loadedmetadata", () => {
    if (!video.videoWidth || !video.videoHeight) return;
    const ar = video.videoWidth / video.videoHeight;
    document.documentElement.style.setProperty("--ar", ar.toFixed(4));
    $("watch").classList.toggle("portrait", ar < 1);
  });
  let started = false;
  video.addEventListener("playing", () => {
    playerMsg("");
    started = true;
  });
  video.addEventListener("waiting", () => {
    if (started) exposed.stalls += 1;
  });
  $("unmute").addEventListener("click", () => {
    video.muted = false;
    video.play().catch(() => {});
  });

  /** Seconds behind live: now on the platform's clock minus when the picture on screen reached
   * the ingest (the playlist's PROGRAM-DATE-TIME); hls.js's own estimate without dates. */
  function delaySeconds() {
    let shown = null;
    if (hls && hls.playingDate) shown = hls.playingDate.getTime();
    else if (video.getStartDate && Number.isFinite(video.getStartDate().getTime()))
      shown = video.getStartDate().getTime() + video.currentTime * 1000;
    if (shown !== null) {
      exposed.delay_source = "program-date-time";
      return (clock.now() - shown) / 1000;
    }
    if (hls && Number.isFinite(hls.latency) && hls.latency > 0) {
      exposed.delay_source = "estimate";
      return hls.latency;
    }
    return null;
  }

  function everyQuarterSecond() {
    for (const panel of panels) if (panel.tick) panel.tick();
    const t = video.currentTime;
    if (t !== lastTime) {
      lastTime = t;
      lastMove = Date.now();
    }
    const moving = Date.now() - lastMove < 1500 && !video.paused && video.readyState >= 2;
    exposed.playing = moving;
    exposed.currentTime = t;
    exposed.hls_latency_s = hls && Number.isFinite(hls.latency) ? hls.latency : null;
    $("unmute").hidden = !(moving && video.muted);
    const badge = $("delay");
    if (moving) {
      const d = delaySeconds();
      exposed.delay_s = d;
      badge.hidden = d === null;
      if (d !== null) {
        const approx = exposed.delay_source === "estimate" ? "≈" : "";
        badge.textContent = `${approx}${Math.max(0, d).toFixed(1)} s behind live`;
        badge.classList.toggle("far", d > 10);
        badge.title =
          "How long ago the picture you see reached the shop's ingest, on the shop's clock" +
          (exposed.clock_uncertainty_ms !== null
            ? ` (clock known within ±${exposed.clock_uncertainty_ms} ms, dates ±${PDT_GAP_S} s).`
            : ".");
      }
    } else {
      badge.hidden = true;
      exposed.delay_s = null;
    }
    if ((hls || video.src) && Date.now() - lastMove > 8000) {
      // Stalled (the host stopped, or the network did): look for the stream again.
      playerMsg(waitingText());
      videoLater(0);
      lastMove = Date.now();
    }
  }

  // The platform's clock to the round trip: a few readings at first, then one a minute.
  async function learnClock() {
    for (let i = 0; ; i++) {
      const t0 = Date.now();
      try {
        const res = await fetch("/healthz", { cache: "no-store" });
        const body = await res.json();
        const t1 = Date.now();
        clock.date(res.headers.get("Date"), t0, t1);
        clock.exact(body.time, t0, t1);
      } catch (err) {
        /* the API calls and events bound it too */
      }
      await sleep(i < 3 ? 500 : 60000);
    }
  }

  setInterval(everyQuarterSecond, 250);
  learnClock();
  startVideo();
  start();
})();
