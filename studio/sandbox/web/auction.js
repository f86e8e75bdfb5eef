/* Auctions and giveaways on the viewer's shop page (issue 20), as panels of watch.js.
 *
 * The running auction: the lot, the current bid and who leads (or the starting bid), the time
 * left on the platform's clock, and Bid, which offers the lowest bid the platform takes next
 * (it alone judges: a bid that arrives too late or too low is refused with the reason). Then
 * "Sold to ..." or "Not sold". The open giveaway: the prize, how to enter, the entries, the
 * countdown and the platform's commitment (the seed's SHA-256); then the winner with the
 * revealed seed, which any viewer can check (docs/GIVEAWAYS.md).
 *
 * `window.studioWatch.auction` exposes what they show to tests; the page never reads it.
 */
(() => {
  "use strict";

  const extend = window.studioWatchExtend;
  if (!extend) return;

  extend((kit) => {
    const { api, showPath, state, clock, money, clockText, exposed } = kit;
    const shown = (exposed.auction = { auction: null, giveaway: null, mine: [] });
    let auction = null;
    let giveaway = null;
    let busy = false;

    const extras = document.getElementById("extras");
    const aBox = document.createElement("section");
    aBox.className = "poll auction";
    aBox.id = "auction";
    aBox.hidden = true;
    aBox.innerHTML =
      '<p class="p-head"><span id="auction-head"></span> <span class="muted" id="auction-left"></span></p>' +
      '<h3 id="auction-title"></h3>' +
      '<p class="a-bid"><b id="auction-amount"></b> <span class="muted" id="auction-leader"></span></p>' +
      '<button class="buy" id="auction-bid" type="button">Bid</button>' +
      '<p class="v-result" id="auction-result" role="status" aria-live="polite"></p>';
    const gBox = document.createElement("section");
    gBox.className = "poll giveaway";
    gBox.id = "giveaway";
    gBox.hidden = true;
    gBox.innerHTML =
      '<p class="p-head"><span id="giveaway-head"></span> <span class="muted" id="giveaway-left"></span></p>' +
      '<h3 id="giveaway-prize"></h3>' +
      '<p class="a-bid"><b id="giveaway-main"></b> <span class="muted" id="giveaway-how"></span></p>' +
      '<p class="fine muted" id="giveaway-proof"></p>';
    extras.prepend(aBox, gBox);
    const $ = (id) => document.getElementById(id);

    function say(text, kind) {
      const el = $("auction-result");
      el.className = `v-result ${kind || ""}`;
      el.textContent = text;
    }

    function renderAuction() {
      const a = auction;
      const ended = a && a.status !== "active";
      const recent = ended && a.ended_at && clock.now() - Date.parse(a.ended_at) < 15000;
      aBox.hidden = !a || a.status === "cancelled" || (ended && !recent);
      shown.auction = a
        ? { id: a.id, status: a.status, bid: a.current_bid_minor, leader: a.leading_bidder, next: a.next_min_bid_minor }
        : null;
      if (aBox.hidden) return;
      const product = state.products.get(a.product_id);
      $("auction-title").textContent = product ? product.title : "";
      const left = Math.max(0, Date.parse(a.ends_at) - clock.now());
      const mine = state.me && a.leading_bidder === state.me.name;
      if (a.status === "active") {
        $("auction-head").textContent = a.mode === "sudden_death" ? "SUDDEN DEATH" : "LIVE AUCTION";
        $("auction-left").textContent = `${clockText(left)} left`;
        $("auction-amount").textContent = money(a.current_bid_minor ?? a.starting_bid_minor, a.currency);
        $("auction-leader").textContent = a.bid_count
          ? mine ? "You lead!" : `${a.leading_bidder} leads · ${a.bid_count} bid${a.bid_count === 1 ? "" : "s"}`
          : "Starting bid: no bids yet";
        const button = $("auction-bid");
        button.hidden = false;
        button.disabled = busy || !state.me || mine || left <= 0;
        button.textContent = `Bid ${money(a.next_min_bid_minor, a.currency)}`;
      } else {
        $("auction-head").textContent = a.status === "sold" ? "SOLD" : "AUCTION ENDED";
        $("auction-left").textContent = "";
        $("auction-amount").textContent = a.status === "sold" ? money(a.current_bid_minor, a.currency) : "Not sold";
        $("auction-leader").textContent = a.status === "sold" ? `to ${a.winner_name}` : "";
        $("auction-bid").hidden = true;
      }
    }

    $("auction-bid").addEventListener("click", async () => {
      const a = auction;
      if (!a || busy) return;
      busy = true;
      renderAuction();
      try {
        const { data } = await api("POST", showPath(`/auctions/${a.id}/bids`), {
          amount_minor: a.next_min_bid_minor,
        });
        shown.mine.push(data.seq);
        say(`Your bid of ${money(data.amount_minor, a.currency)} leads.`, "ok");
      } catch (err) {
        say(err.message, "error");
      } finally {
        busy = false;
        renderAuction();
      }
    });

    function renderGiveaway() {
      const g = giveaway;
      const recent = g && g.drawn_at && clock.now() - Date.parse(g.drawn_at) < 30000;
      gBox.hidden = !g || g.status === "cancelled" || (g.status === "drawn" && !recent);
      shown.giveaway = g ? { id: g.id, status: g.status, entries: g.entry_count, winner: g.winner_name } : null;
      if (gBox.hidden) return;
      $("giveaway-prize").textContent = g.prize;
      const n = `${g.entry_count} entr${g.entry_count === 1 ? "y" : "ies"}`;
      if (g.status === "open") {
        const ways = [];
        if (g.keyword && g.entry !== "purchase") ways.push(`comment ${g.keyword}`);
        if (g.entry !== "keyword") ways.push("buy anything");
        $("giveaway-head").textContent = "GIVEAWAY";
        $("giveaway-left").textContent = `draw in ${clockText(Math.max(0, Date.parse(g.closes_at) - clock.now()))}`;
        $("giveaway-main").textContent = n;
        $("giveaway-how").textContent = `To enter: ${ways.join(" or ")}`;
        $("giveaway-proof").textContent = `Seed committed: SHA-256 ${g.seed_sha256.slice(0, 16)}…`;
      } else {
        $("giveaway-head").textContent = "GIVEAWAY WINNER";
        $("giveaway-left").textContent = "";
        $("giveaway-main").textContent = g.winner_name || "No entries";
        $("giveaway-how").textContent = `of ${n}`;
        $("giveaway-proof").textContent = `Seed ${g.seed}: check the draw with the entry list`;
      }
    }

    const newer = (old, next, at) => !old || old.id === next.id || Date.parse(next[at]) >= Date.parse(old[at]);

    return {
      async load() {
        const [as, gs] = await Promise.all([api("GET", showPath("/auctions")), api("GET", showPath("/giveaways"))]);
        auction = as.data.length ? as.data[as.data.length - 1] : null;
        giveaway = gs.data.length ? gs.data[gs.data.length - 1] : null;
        renderAuction();
        renderGiveaway();
      },
      onEvent(type, data) {
        if ((type === "auction.started" || type === "auction.ended") && newer(auction, data, "starts_at")) {
          auction = data;
          renderAuction();
        } else if (type === "auction.bid" && auction && auction.id === data.auction_id && auction.status === "active") {
          if (data.seq > auction.bid_count) {
            Object.assign(auction, {
              bid_count: data.seq,
              current_bid_minor: data.amount_minor,
              leading_bidder: data.bidder_name,
              next_min_bid_minor: data.next_min_bid_minor,
              ends_at: data.ends_at,
              reserve_met: data.reserve_met,
            });
          }
          renderAuction();
        } else if ((type === "giveaway.opened" || type === "giveaway.ended") && newer(giveaway, data, "opens_at")) {
          giveaway = data;
          renderGiveaway();
        } else if (type === "giveaway.entered" && giveaway && giveaway.id === data.giveaway_id) {
          giveaway.entry_count = Math.max(giveaway.entry_count, data.number);
          renderGiveaway();
        }
      },
      tick() {
        renderAuction();
        renderGiveaway();
      },
    };
  });
})();
