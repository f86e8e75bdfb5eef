/* Vouchers and polls on the viewer's shop page (issue 20), as panels of watch.js.
 *
 * The voucher on screen: what it takes off, its code, the claims left of the limit and the
 * time left (platform clock); Claim asks the platform for one (one per viewer; the platform
 * says when all are taken), and the next Buy uses the claim, so the order gets the discount.
 * The open poll: one button per option, live percentages (whole numbers adding up to 100, as
 * the studio's overlay shows them), one vote per viewer; then the result.
 *
 * `window.studioWatch.engage` exposes what they show to tests; the page never reads it.
 */
(() => {
  "use strict";

  const extend = window.studioWatchExtend;
  if (!extend) return;

  // Largest remainder: whole percentages summing to 100 (studio/show/polls.py does the same).
  function percentages(votes) {
    const total = votes.reduce((a, b) => a + b, 0);
    if (!total) return votes.map(() => 0);
    const floors = votes.map((v) => Math.floor((v * 100) / total));
    let left = 100 - floors.reduce((a, b) => a + b, 0);
    const order = votes
      .map((v, i) => [-((v * 100) % total), i])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [, i] of order) {
      if (left-- <= 0) break;
      floors[i] += 1;
    }
    return floors;
  }

  extend((kit) => {
    const { api, showPath, state, clock, money, clockText, exposed, orderHooks } = kit;
    const shown = (exposed.engage = { voucher: null, claim: null, poll: null, voted: null });
    const vouchers = new Map();
    let poll = null;
    let claims = {}; // voucher id -> {id, used}
    let votes = {}; // poll id -> option index
    const saved = `studio.watch.${exposed.show}.engage`;
    try {
      ({ claims = {}, votes = {} } = JSON.parse(localStorage.getItem(saved) || "{}"));
    } catch (err) {
      /* private mode */
    }
    const save = () => {
      try {
        localStorage.setItem(saved, JSON.stringify({ claims, votes }));
      } catch (err) {
        /* private mode */
      }
    };

    const extras = document.getElementById("extras");
    const vBox = document.createElement("section");
    vBox.className = "voucher";
    vBox.id = "voucher";
    vBox.hidden = true;
    vBox.innerHTML =
      '<div class="v-stub"><b id="voucher-value"></b><span>OFF</span></div>' +
      '<div class="v-info"><p class="v-code">Voucher <b id="voucher-code"></b></p>' +
      '<p class="muted" id="voucher-left"></p></div>' +
      '<button class="buy" id="voucher-claim" type="button">Claim</button>' +
      '<p class="v-result" id="voucher-result" role="status" aria-live="polite"></p>';
    const pBox = document.createElement("section");
    pBox.className = "poll";
    pBox.id = "poll";
    pBox.hidden = true;
    pBox.innerHTML =
      '<p class="p-head"><span id="poll-head"></span> <span class="muted" id="poll-votes"></span></p>' +
      '<h3 id="poll-question"></h3><ol class="p-options" id="poll-options"></ol>' +
      '<p class="v-result" id="poll-result" role="status" aria-live="polite"></p>';
    extras.append(pBox, vBox);
    const $ = (id) => document.getElementById(id);

    function onScreen() {
      const now = clock.now();
      for (const v of vouchers.values()) {
        if (v.on_screen && v.status === "active" && Date.parse(v.expires_at) > now) return v;
      }
      return null;
    }

    function renderVoucher() {
      const v = onScreen();
      vBox.hidden = !v;
      shown.voucher = v ? { id: v.id, code: v.code, claims: v.claims, limit: v.claim_limit } : null;
      if (!v) return;
      $("voucher-value").textContent =
        v.percent_off != null ? `${v.percent_off}%` : money(v.amount_off_minor, v.currency);
      $("voucher-code").textContent = v.code;
      const mine = claims[v.id];
      shown.claim = mine || null;
      const left = Math.max(0, v.claim_limit - v.claims);
      const ends = clockText(Date.parse(v.expires_at) - clock.now());
      $("voucher-left").textContent = `${left} of ${v.claim_limit} left · ends in ${ends}`;
      const button = $("voucher-claim");
      button.disabled = !!mine || left <= 0 || !state.me || busy;
      button.textContent = mine ? (mine.used ? "Used" : "Claimed") : left <= 0 ? "All taken" : "Claim";
    }

    let busy = false;
    function say(id, text, kind) {
      const el = $(id);
      el.className = `v-result ${kind || ""}`;
      el.textContent = text;
    }

    $("voucher-claim").addEventListener("click", async () => {
      const v = onScreen();
      if (!v || busy) return;
      busy = true;
      renderVoucher();
      try {
        const { data } = await api("POST", showPath(`/vouchers/${v.id}/claims`));
        claims[v.id] = { id: data.id, used: false };
        say("voucher-result", "Claimed: your next order here gets the discount.", "ok");
      } catch (err) {
        const slug = (err.problem.type || "").split("/").pop();
        if (slug === "already-claimed" && err.problem.claim_id) {
          claims[v.id] = claims[v.id] || { id: err.problem.claim_id, used: false };
          say("voucher-result", "You claimed it already: your next order gets the discount.", "ok");
        } else {
          say("voucher-result", err.message, "error");
        }
      } finally {
        busy = false;
        save();
        renderVoucher();
      }
    });

    // The next order uses an unused claim of a running voucher (the platform checks it).
    orderHooks.push({
      before(body) {
        const v = onScreen();
        const mine = v && claims[v.id];
        if (mine && !mine.used) body.voucher_claim_id = mine.id;
      },
      after(order) {
        const mine = order.voucher_id && claims[order.voucher_id];
        if (mine) {
          mine.used = true;
          say("voucher-result", "Used on this order.", "ok");
        }
        save();
        renderVoucher();
      },
    });

    function renderPoll() {
      pBox.hidden = !poll;
      if (!poll) {
        shown.poll = null;
        return;
      }
      const counts = poll.options.map((o) => o.votes);
      const pcts = percentages(counts);
      const open = poll.status === "open";
      const mine = votes[poll.id];
      shown.poll = { id: poll.id, open, percents: pcts, total: poll.total_votes };
      shown.voted = mine === undefined ? null : mine;
      $("poll-head").textContent = open ? "LIVE POLL" : "POLL RESULT";
      $("poll-votes").textContent = `${poll.total_votes} vote${poll.total_votes === 1 ? "" : "s"}`;
      $("poll-question").textContent = poll.question;
      const top = Math.max(...counts);
      const list = $("poll-options");
      list.replaceChildren(
        ...poll.options.map((o, i) => {
          const li = document.createElement("li");
          const b = document.createElement("button");
          b.type = "button";
          b.id = `poll-option-${i}`;
          b.disabled = !open || mine !== undefined || !state.me || busy;
          b.style.setProperty("--pct", `${pcts[i]}%`);
          if (mine === i) b.classList.add("mine");
          if (!open && top > 0 && o.votes === top) b.classList.add("won");
          const label = document.createElement("span");
          label.textContent = o.text;
          const pct = document.createElement("b");
          pct.textContent = `${pcts[i]}%`;
          b.append(label, pct);
          b.addEventListener("click", () => vote(i));
          li.append(b);
          return li;
        }),
      );
    }

    async function vote(option) {
      if (!poll || busy) return;
      const id = poll.id;
      busy = true;
      renderPoll();
      try {
        const { data } = await api("POST", showPath(`/polls/${id}/votes`), { option });
        votes[id] = option;
        if (poll && poll.id === data.id) poll = data;
        say("poll-result", "Thanks for voting!", "ok");
      } catch (err) {
        const slug = (err.problem.type || "").split("/").pop();
        if (slug === "already-voted") votes[id] = votes[id] ?? option;
        say("poll-result", err.message, "error");
      } finally {
        busy = false;
        save();
        renderPoll();
      }
    }

    return {
      async load() {
        const [vs, ps] = await Promise.all([
          api("GET", showPath("/vouchers")),
          api("GET", showPath("/polls")),
        ]);
        for (const v of vs.data) vouchers.set(v.id, v);
        poll = ps.data.length ? ps.data[ps.data.length - 1] : null;
        renderVoucher();
        renderPoll();
      },
      onEvent(type, data) {
        if (type === "voucher.changed") {
          vouchers.set(data.id, data);
          renderVoucher();
        } else if (type === "poll.changed") {
          // Counts are absolute: the newest view of the newest poll wins, never summed.
          if (!poll || data.id !== poll.id) {
            if (!poll || Date.parse(data.opened_at) >= Date.parse(poll.opened_at)) poll = data;
          } else if (data.status !== "open" || data.total_votes >= poll.total_votes) {
            poll = data;
          }
          renderPoll();
        } else if (type === "order.created" && data.voucher_id && claims[data.voucher_id]) {
          renderVoucher();
        }
      },
      tick() {
        renderVoucher();
      },
    };
  });
})();
