// A reseller's kit page: reads the referral code and access key from the link's fragment
// (#code=...&key=...; a fragment never reaches a server), lists the reseller's materials
// through the contract (X-Reseller-Key) and shows each with its signed download link.
// Signed links expire (a page left open for hours): the first picture or video that fails
// to load makes the page list again, which hands out fresh links.
"use strict";

(function () {
  const show = document.body.dataset.show;
  const api = document.body.dataset.api;
  const $ = (id) => document.getElementById(id);
  let current = null; // { code, key } the page was opened with
  let refreshedAt = 0; // when the list was last fetched again after a failed load (ms)
  window.studioResell = { lists: 0 };

  function onMediaError() {
    if (!current || Date.now() - refreshedAt < 30000) return; // once per 30 s at most
    refreshedAt = Date.now();
    load(current.code, current.key);
  }

  function fromFragment() {
    const p = new URLSearchParams(location.hash.slice(1));
    return { code: (p.get("code") || "").toUpperCase(), key: p.get("key") || "" };
  }

  function size(bytes) {
    if (bytes >= 1e6) return (bytes / 1e6).toFixed(1) + " MB";
    if (bytes >= 1e3) return Math.round(bytes / 1e3) + " kB";
    return bytes + " B";
  }

  function seconds(s) {
    const m = Math.floor(s / 60);
    const r = Math.round(s % 60);
    return m + ":" + String(r).padStart(2, "0");
  }

  function setStatus(text, error) {
    const el = $("status");
    el.textContent = text;
    el.classList.toggle("error", !!error);
    el.hidden = !text;
  }

  function card(m) {
    const box = document.createElement("article");
    box.className = "item";
    box.dataset.material = m.id;
    if (m.kind === "clip") {
      const v = document.createElement("video");
      v.controls = true;
      v.playsInline = true;
      v.preload = "metadata";
      v.addEventListener("error", onMediaError);
      v.src = m.download_url;
      box.appendChild(v);
    } else {
      const img = document.createElement("img");
      img.alt = m.label;
      img.loading = "lazy";
      img.addEventListener("error", onMediaError);
      img.src = m.download_url;
      box.appendChild(img);
    }
    const label = document.createElement("p");
    label.className = "label";
    label.textContent = m.label;
    box.appendChild(label);
    const meta = document.createElement("p");
    meta.className = "meta muted";
    const bits = [size(m.size)];
    if (m.kind === "clip" && m.duration_s) bits.unshift(seconds(m.duration_s));
    if (m.kind !== "clip") bits.push(m.reseller_code ? "yours" : "for every reseller");
    meta.textContent = bits.join(" · ");
    box.appendChild(meta);
    const a = document.createElement("a");
    a.className = "dl";
    a.href = m.download_url;
    a.download = m.id + (m.kind === "clip" ? ".mp4" : ".png");
    a.textContent = m.kind === "clip" ? "Download video" : "Download picture";
    box.appendChild(a);
    return box;
  }

  async function load(code, key) {
    current = { code, key };
    $("open").hidden = true;
    $("who").textContent = "Referral code " + code;
    $("open-code").value = code;
    setStatus("Loading your materials…");
    let resp;
    try {
      resp = await fetch(api + "/shows/" + encodeURIComponent(show) + "/resellers/" +
        encodeURIComponent(code) + "/materials", { headers: { "X-Reseller-Key": key } });
    } catch (e) {
      setStatus("Could not reach the shop. Check your connection and reload.", true);
      return;
    }
    if (!resp.ok) {
      let detail = "The shop said no (" + resp.status + ").";
      try { detail = (await resp.json()).detail || detail; } catch (e) { /* keep */ }
      setStatus(detail, true);
      $("open").hidden = false;
      return;
    }
    const items = await resp.json();
    window.studioResell.lists += 1;
    const clips = items.filter((m) => m.kind === "clip");
    const pics = items.filter((m) => m.kind !== "clip");
    $("clips").replaceChildren(...clips.map(card));
    $("pics").replaceChildren(...pics.map(card));
    $("clips-sec").hidden = clips.length === 0;
    $("pics-sec").hidden = pics.length === 0;
    setStatus(items.length ? "" : "Nothing here yet: the host uploads clips and posters after the show.");
  }

  $("open").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const code = $("open-code").value.trim().toUpperCase();
    const key = $("open-key").value.trim();
    history.replaceState(null, "", "#code=" + encodeURIComponent(code) + "&key=" + encodeURIComponent(key));
    load(code, key);
  });

  const { code, key } = fromFragment();
  if (code && key) {
    load(code, key);
  } else {
    setStatus("");
    $("open").hidden = false;
  }
})();
