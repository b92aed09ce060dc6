// Drives the server in the VM with the official client (buttplug@5) and checks, byte for byte, what
// the uhid toys received (their log). Usage: node client.mjs NODE_MODULES_DIR WS_URL TOY_LOG CONTROL_FIFO
// Prints "PASS <check>" / "FAIL <check>: why" lines and "RESULT n passed, m failed"; exits 1 on a failure.
import { createRequire } from "node:module";
import { readFileSync, appendFileSync } from "node:fs";
import path from "node:path";

const [modules, url, toyLog, control] = process.argv.slice(2);
const bp = createRequire(path.join(modules, "x.js"))("buttplug5");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let passed = 0, failed = 0;
const check = (name, ok, why = "") => { if (ok) { passed++; console.log("PASS " + name); } else { failed++; console.log("FAIL " + name + ": " + why); } };

// The toys log grows by a report every 15 ms (the Joy-Con keep-alive): parse only what is new, or the
// checks' polling starves this emulated guest's event loop (and with it the WebSocket's pong).
const parsed = [];
let consumed = 0;
const entries = () => {
  const data = readFileSync(toyLog);
  const end = data.lastIndexOf(0x0a) + 1;
  if (end > consumed) {
    for (const line of data.subarray(consumed, end).toString("utf8").split("\n")) if (line) parsed.push(JSON.parse(line));
    consumed = end;
  }
  return parsed;
};
const reports = (toy) => entries().filter((e) => e.toy === toy && e.report).map((e) => e.report);
const lines = (toy) => entries().filter((e) => e.toy === toy && e.line).map((e) => e.line);
async function until(what, test, ms = 180000) {
  const end = Date.now() + ms;
  while (Date.now() < end) { if (test()) return true; await sleep(100); }
  console.log("timed out waiting for " + what);
  return false;
}
const pad = (hex, bytes) => hex + "00".repeat(bytes - hex.length / 2);

const client = new bp.ButtplugClient("HID VM test");
const devices = [];
const removed = [];
client.addListener("deviceadded", (d) => { devices.push(d); console.log("deviceadded " + d.name + " #" + d.index); });
client.addListener("deviceremoved", (d) => { removed.push(d); console.log("deviceremoved " + d.name + " #" + d.index); });
const find = (name) => devices.filter((d) => !removed.includes(d)).find((d) => d.name === name);

try {
  await client.connect(new bp.ButtplugNodeWebsocketClientConnector(url));
  await client.startScanning();
  const names = ["Vorze Cyclone X10 Device", "Nintendo Joycon", "Lovense Hush"];
  await until("three devices", () => names.every(find), 900000);
  for (const name of names) check("found " + name, !!find(name), "not added");

  // Vorze Cyclone X10: rotate output reports (report id 0, ASCII digits).
  const cyclone = find(names[0]);
  if (cyclone) {
    await cyclone.runOutput(bp.DeviceOutput.Rotate.value(5));
    const cw5 = "003c303135323030353030010203683e";
    check("cyclone rotate 5 clockwise", await until("cyclone report", () => reports("cyclone").includes(cw5)), JSON.stringify(reports("cyclone")));
    await cyclone.runOutput(bp.DeviceOutput.Rotate.value(-10));
    const ccw10 = "003c3031353230313a3030010203683e";
    check("cyclone rotate 10 counter-clockwise", await until("cyclone report", () => reports("cyclone").includes(ccw10)), JSON.stringify(reports("cyclone")));
  }

  // Joy-Con: sub-command 0x48 at init, rumble 0x10 at 500/1000, repeated by the keep-alive.
  const joycon = find(names[1]);
  if (joycon) {
    check("joycon enable vibration", reports("joycon").includes(pad("010000000000000000004801", 64)), JSON.stringify(reports("joycon").slice(0, 3)));
    await joycon.runOutput(bp.DeviceOutput.Vibrate.percent(0.5));
    const rumble = pad("1001a888ac62a888ac62", 64);
    check("joycon rumble at 500 (repeated every 15 ms)", await until("joycon rumble x3", () => reports("joycon").filter((r) => r === rumble).length >= 3),
      "got " + reports("joycon").filter((r) => r === rumble).length);
  }

  // Lovense Hush behind the dongle: DeviceType; at connect, Vibrate:10; as the dongle's command JSON, battery.
  const hush = find(names[2]);
  if (hush) {
    const command = (cmd) => `{"type":"toy","func":"command","id":"c44ebe0e7f7e","cmd":"${cmd}"}`;
    check("dongle search then stopSearch", ["{\"type\":\"toy\",\"func\":\"statuss\"}", "{\"type\":\"toy\",\"func\":\"search\"}", "{\"type\":\"usb\",\"func\":\"stopSearch\"}"].every((l) => lines("dongle").includes(l)), JSON.stringify(lines("dongle")));
    check("dongle DeviceType; identification", lines("dongle").includes(command("DeviceType;")), JSON.stringify(lines("dongle")));
    await hush.runOutput(bp.DeviceOutput.Vibrate.percent(0.5));
    check("dongle Vibrate:10;", await until("Vibrate:10;", () => lines("dongle").includes(command("Vibrate:10;"))), JSON.stringify(lines("dongle")));
    // One check's exception must not skip the rest (stop, hot-plug).
    try {
      const battery = await hush.battery();
      check("dongle battery 85 %", Math.round(battery * 100) === 85 || battery === 85, "got " + battery);
    } catch (e) {
      check("dongle battery 85 %", false, e.message + "; dongle lines: " + JSON.stringify(lines("dongle").slice(-4)));
    }
  }

  // Stop: every device at rest.
  await client.stopAllDevices();
  check("cyclone stopped", await until("cyclone stop", () => reports("cyclone").at(-1) === "003c303135323031303030010203683e"), JSON.stringify(reports("cyclone").at(-1)));
  check("joycon stopped", await until("joycon stop", () => reports("joycon").at(-1) === pad("10010000414000004140", 64)), reports("joycon").at(-1));
  check("hush stopped", await until("Vibrate:0;", () => lines("dongle").includes(`{"type":"toy","func":"command","id":"c44ebe0e7f7e","cmd":"Vibrate:0;"}`)), JSON.stringify(lines("dongle").slice(-3)));

  // Hot-plug: unplug the Cyclone (device removed), plug it back in during a scan (device added again).
  if (cyclone) {
    appendFileSync(control, "unplug cyclone\n");
    check("cyclone unplugged is removed", await until("deviceremoved", () => removed.some((d) => d.name === names[0])));
    await client.startScanning().catch(() => {});
    appendFileSync(control, "plug cyclone\n");
    check("cyclone plugged in again is added", await until("deviceadded again", () => !!find(names[0]), 120000));
    const again = find(names[0]);
    if (again) {
      await again.runOutput(bp.DeviceOutput.Rotate.value(1));
      check("cyclone works after re-plugging", await until("cyclone report", () => reports("cyclone").at(-1) === "003c303135323030313030010203683e"), reports("cyclone").at(-1));
    }
    await client.stopScanning().catch(() => {});
  }
  await client.stopAllDevices();
  await client.disconnect();
} catch (e) {
  check("no exception", false, e && (e.stack || e.message || String(e)));
}
console.log(`RESULT ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
