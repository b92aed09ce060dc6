// The ButtplugHost status page. The server pushes its whole state (server-sent events) whenever it
// changes; the page never polls. Every text from the server goes through textContent (client and
// device names come from outside).
"use strict";

const $ = (id) => document.getElementById(id);
let state = null;
const dragging = new Set(); // sliders the person is moving: not overwritten by pushed levels

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

async function post(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? "{}" : JSON.stringify(body),
  });
  if (!response.ok) {
    let reason = response.statusText;
    try { reason = (await response.json()).error ?? reason; } catch { /* not JSON */ }
    $("connection").textContent = "Refused: " + reason;
    $("connection").className = "bad";
  }
  return response.ok;
}

function duration(since) {
  let s = Math.max(0, Math.floor((Date.now() - new Date(since).getTime()) / 1000));
  const d = Math.floor(s / 86400); s %= 86400;
  const h = Math.floor(s / 3600); s %= 3600;
  const m = Math.floor(s / 60); s %= 60;
  return (d ? d + "d " : "") + (d || h ? h + "h " : "") + (d || h || m ? m + "m " : "") + s + "s";
}

function renderServer(server) {
  $("server-name").textContent = server.name;
  document.title = server.name + " — ButtplugHost";
  const rows = [
    ["Version", server.version],
    ["Clients connect to", server.address ?? "(connects out)"],
    ["Up for", duration(server.started)],
    ["Health", server.health],
    ["User device config", server.userDeviceConfigFile ?? "none (changes are not saved to a file)"],
  ];
  $("server").replaceChildren(...rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v, "data-field": k })]));
}

function renderClients(clients) {
  const box = $("clients");
  if (clients.length === 0) { box.replaceChildren(el("p", { class: "muted", text: "No app connected." })); return; }
  box.replaceChildren(...clients.map((c) => el("dl", { class: "client" },
    el("dt", { text: "Name" }), el("dd", { text: c.name ?? "(handshake not done)" }),
    el("dt", { text: "Spec version" }), el("dd", { text: c.specVersion ?? "–" }),
    el("dt", { text: "Address" }), el("dd", { text: c.address }),
    el("dt", { text: "Connected" }), el("dd", { text: duration(c.since) + " ago" }),
    el("dt", { text: "Drives" }), el("dd", { class: "drives", text: drives(c.drives) }))));
}

// The outputs a client drives now ("2 Lovense Hush: Vibrate 0"); several clients share the devices.
function drives(list) {
  if (!list || list.length === 0) return "nothing";
  return list.map((d) => `${d.device} ${d.deviceName}: ${d.type} ${d.feature}`).join("; ");
}

function outputRow(device, feature, output) {
  const id = `d${device.index}-f${feature.index}-${output.type}`;
  const value = el("span", { class: "value", text: String(output.level) });
  const slider = el("input", { type: "range", id, min: String(output.min), max: String(output.max), step: "1", value: String(output.level), "aria-label": `${output.type} of feature ${feature.index}` });
  let pending = null;
  let sending = false;
  const send = async () => {
    if (sending || pending === null) return;
    sending = true;
    const v = pending; pending = null;
    await post(`/api/devices/${device.index}/output`, { feature: feature.index, type: output.type, value: v });
    sending = false;
    if (pending !== null) send();
  };
  slider.addEventListener("input", () => { value.textContent = slider.value; pending = Number(slider.value); send(); });
  slider.addEventListener("pointerdown", () => dragging.add(id));
  const release = () => dragging.delete(id);
  slider.addEventListener("pointerup", release);
  slider.addEventListener("pointercancel", release);
  slider.addEventListener("blur", release);
  return el("div", { class: "output" }, el("label", { for: id, text: `${feature.index}: ${output.type}` }), slider, value);
}

function settingsForm(device) {
  const s = device.settings;
  if (!s) return null;
  const name = el("input", { type: "text", name: "displayName", value: s.displayName ?? "", placeholder: device.name, maxlength: "100" });
  const allow = el("input", { type: "checkbox", name: "allow" }); allow.checked = s.allow;
  const deny = el("input", { type: "checkbox", name: "deny" }); deny.checked = s.deny;
  const limits = device.features.flatMap((f) => f.outputs.map((o) => {
    const current = s.limits.find((l) => l.feature === f.index && l.type === o.type);
    const input = el("input", { type: "number", min: "0", max: String(o.max), step: "1", value: current?.max ?? "", placeholder: String(o.max), "data-feature": String(f.index), "data-type": o.type });
    return el("label", {}, `Limit of ${f.index}: ${o.type} (0–${o.max}) `, input);
  }));
  const form = el("form", {},
    el("label", {}, "Name ", name),
    ...limits,
    el("label", {}, allow, " Allow (when any device is allowed, only allowed ones connect)"),
    el("label", {}, deny, " Deny (never connect)"),
    el("button", { type: "submit", text: "Save" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = {
      displayName: name.value,
      allow: allow.checked,
      deny: deny.checked,
      limits: [...form.querySelectorAll("input[data-feature]")].map((i) => ({
        feature: Number(i.dataset.feature), type: i.dataset.type, max: i.value === "" ? null : Number(i.value),
      })),
    };
    await post(`/api/devices/${device.index}/settings`, body);
  });
  return el("details", {}, el("summary", { text: "Settings" }), form);
}

function deviceKey(d) {
  return JSON.stringify([d.index, d.name, d.displayName, d.address, d.features.map((f) => f.outputs.map((o) => [o.type, o.min, o.max])), d.settings]);
}

function renderDevices(devices) {
  const box = $("devices");
  if (devices.length === 0) { box.replaceChildren(el("p", { class: "muted", text: "No device connected. Start a scan from an app." })); return; }
  const existing = new Map([...box.querySelectorAll(".device")].map((e) => [e.dataset.key, e]));
  const cards = devices.map((d) => {
    const key = deviceKey(d);
    let card = existing.get(key);
    if (!card || card.querySelector("details[open]") === null) {
      const open = card?.querySelector("details")?.open;
      card = el("article", { class: "device", "data-key": key, "data-index": String(d.index) },
        el("h3", { text: `${d.index}: ${d.displayName ?? d.name}` }),
        el("p", { class: "muted", text: `${d.displayName ? d.name + " · " : ""}${d.protocol} · plugin ${d.plugin} · ${d.bus} ${d.address}` }),
        el("p", { class: "readings" }),
        ...d.features.flatMap((f) => f.outputs.map((o) => outputRow(d, f, o))),
        settingsForm(d));
      if (open) card.querySelector("details").open = true;
    }
    const readings = [];
    if (d.battery !== undefined && d.battery !== null) readings.push(`Battery ${d.battery} %`);
    if (d.rssi !== undefined && d.rssi !== null) readings.push(`Signal ${d.rssi} dBm`);
    card.querySelector(".readings").textContent = readings.join(" · ");
    for (const f of d.features) for (const o of f.outputs) {
      const id = `d${d.index}-f${f.index}-${o.type}`;
      const slider = card.querySelector(`[id="${id}"]`);
      if (slider && !dragging.has(id) && document.activeElement !== slider) {
        slider.value = String(o.level);
        slider.nextElementSibling.textContent = String(o.level);
      }
    }
    return card;
  });
  box.replaceChildren(...cards);
}

function renderBuses(buses) {
  $("buses").replaceChildren(...buses.map((b) => el("li", {},
    el("strong", { text: b.name }), " ",
    el("span", { class: b.available ? "good" : (b.configured && b.loaded ? "bad" : "muted"), text: b.available ? "available" : (b.loaded ? "unavailable" : "not loaded") }),
    b.reason ? ": " + b.reason : "")));
}

function renderPlugins(plugins) {
  $("plugins").tBodies[0].replaceChildren(...plugins.map((p) => el("tr", { "data-plugin": p.id },
    el("td", { text: p.id }), el("td", { text: p.version ?? "" }), el("td", { text: p.sdkVersion ?? "" }),
    p.error ? el("td", { class: "error", text: `${p.state}: ${p.error}` }) : el("td", { text: `${p.state} (${p.kind})` }))));
}

function renderLog(lines) {
  const box = $("log");
  const atBottom = box.scrollTop + box.clientHeight >= box.scrollHeight - 4;
  box.replaceChildren(...lines.map((l) => el("li", { class: l.level, text: `${new Date(l.time).toLocaleTimeString()} ${l.level} ${l.category}: ${l.message}` })));
  if (atBottom) box.scrollTop = box.scrollHeight;
}

function render() {
  if (!state) return;
  renderServer(state.server);
  renderClients(state.clients);
  renderDevices(state.devices);
  renderBuses(state.buses);
  renderPlugins(state.plugins);
  renderLog(state.log);
  renderApprovals(state.approvals); // approval.js
}

function connect() {
  const events = new EventSource("api/events");
  events.onopen = () => { $("connection").textContent = "Live"; $("connection").className = "good"; };
  events.onmessage = (message) => { state = JSON.parse(message.data); render(); };
  events.onerror = () => { $("connection").textContent = "Disconnected from the server; reconnecting…"; $("connection").className = "bad"; };
}

$("stop-all").addEventListener("click", () => post("/api/stop-all"));
$("scan").addEventListener("click", () => post("/api/scan"));
$("stop-scan").addEventListener("click", () => post("/api/stop-scan"));
// The clocks (uptime, connected since) tick here; the state itself only comes pushed.
setInterval(() => { if (state) { renderServer(state.server); renderClients(state.clients); renderApprovals(state.approvals); } }, 1000);
connect();
