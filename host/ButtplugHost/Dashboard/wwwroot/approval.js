// Client approval on the status page: apps waiting to connect (Allow once / Always allow / Deny) and
// the remembered decisions (Revoke). app.js calls renderApprovals with each pushed state. Names and
// origins come from the apps themselves: textContent only.
"use strict";

function approvalButton(text, cls, onclick) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  b.className = cls;
  b.addEventListener("click", onclick);
  return b;
}

function approvalField(dl, label, value, field) {
  const dt = document.createElement("dt");
  dt.textContent = label;
  const dd = document.createElement("dd");
  dd.textContent = value;
  dd.dataset.field = field;
  dl.append(dt, dd);
}

async function answerApproval(id, answer) {
  await post(`/api/approvals/${encodeURIComponent(id)}`, { answer });
}

let approvalsShown = null; // what is on the page: rebuilt only when it changes (the clock ticks in place)

function tickApprovals(approvals) {
  for (const r of approvals.pending) {
    const left = document.querySelector(`.approval[data-id="${CSS.escape(r.id)}"] [data-field=left]`);
    if (left) left.textContent = `${Math.max(0, Math.ceil((new Date(r.deadline).getTime() - Date.now()) / 1000))} s`;
  }
}

function renderApprovals(approvals) {
  const key = JSON.stringify(approvals ?? null);
  if (key === approvalsShown) { if (approvals) tickApprovals(approvals); return; }
  approvalsShown = key;
  const section = document.getElementById("approvals-section");
  const box = document.getElementById("approvals");
  const decisions = document.getElementById("decisions");
  if (!approvals || approvals.mode === "Off") {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  document.getElementById("approval-mode").textContent =
    `Client approval: ${approvals.mode.toLowerCase()} · an app waits up to ${approvals.timeoutSeconds} s` +
    (approvals.file ? ` · decisions kept in ${approvals.file}` : " · decisions kept until the server stops");
  if (approvals.pending.length === 0) {
    const p = document.createElement("p");
    p.className = "muted";
    p.textContent = "No app is waiting to connect.";
    box.replaceChildren(p);
  } else {
    box.replaceChildren(...approvals.pending.map((r) => {
      const card = document.createElement("article");
      card.className = "approval";
      card.dataset.id = r.id;
      const h = document.createElement("h3");
      h.textContent = `${r.name} asks to connect`;
      const dl = document.createElement("dl");
      approvalField(dl, "App", r.name, "name");
      approvalField(dl, "Origin", r.origin, "origin");
      approvalField(dl, "Spec version", String(r.specVersion), "spec");
      approvalField(dl, "Address", r.address, "address");
      approvalField(dl, "Refused in", "", "left");
      const buttons = document.createElement("p");
      buttons.className = "answers";
      buttons.append(
        approvalButton("Allow once", "allow-once", () => answerApproval(r.id, "AllowOnce")),
        approvalButton("Always allow", "always-allow", () => answerApproval(r.id, "AlwaysAllow")),
        approvalButton("Deny", "deny", () => answerApproval(r.id, "Deny")));
      card.append(h, dl, buttons);
      return card;
    }));
    tickApprovals(approvals);
  }
  if (approvals.decisions.length === 0) {
    const li = document.createElement("li");
    li.className = "muted";
    li.textContent = "No app remembered yet.";
    decisions.replaceChildren(li);
    return;
  }
  decisions.replaceChildren(...approvals.decisions.map((d) => {
    const li = document.createElement("li");
    li.className = "decision";
    li.dataset.name = d.name;
    li.dataset.origin = d.origin;
    const what = document.createElement("span");
    what.textContent = `${d.name} (${d.origin}): ${d.decision === "Allow" ? "allowed" : "denied"}` + (d.configured ? " by the configuration" : "");
    li.append(what);
    if (!d.configured) {
      li.append(" ", approvalButton("Revoke", "revoke", () => post("/api/approvals/forget", { name: d.name, origin: d.origin })));
    }
    return li;
  }));
}
