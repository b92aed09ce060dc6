// Drives a ButtplugHost server with an official Buttplug client, for the xUnit end-to-end tests.
// Usage: node drive.mjs <3|5> <ws-url> '<plan JSON>'
// The plan is a list of steps; each prints one JSON line with its result. Exits 1 on the first failure.
import { createRequire } from "node:module";
import { existsSync, writeFileSync } from "node:fs";
const require = createRequire(import.meta.url);

const [major, url, planText] = process.argv.slice(2);
const bp = require(major === "3" ? "buttplug3" : "buttplug5");
const plan = JSON.parse(planText);
const print = (o) => process.stdout.write(JSON.stringify(o) + "\n");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const removed = [];
const client = new bp.ButtplugClient("ButtplugHost e2e (buttplug " + major + ")");
const devices = [];
const addedEvents = [];
// A device that comes back (same index) replaces its old entry, so later steps drive the live one.
client.addListener("deviceadded", (d) => {
  addedEvents.push(d);
  const at = devices.findIndex((x) => x.index === d.index);
  if (at >= 0) devices[at] = d; else devices.push(d);
  print({ event: "deviceadded", name: d.name, index: d.index });
});
client.addListener("deviceremoved", (d) => { removed.push(d); print({ event: "deviceremoved", name: d.name, index: d.index }); });
client.addListener("scanningfinished", () => print({ event: "scanningfinished" }));
client.addListener("disconnect", () => print({ event: "disconnect" }));

async function waitForDevice(name, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const d = devices.find((x) => x.name.includes(name));
    if (d) return d;
    await sleep(20);
  }
  throw new Error("no device named like '" + name + "' within " + ms + " ms");
}

const device = (step) => (step.index !== undefined ? devices.find((x) => x.index === step.index) : undefined)
  ?? devices.find((x) => x.name.includes(step.device ?? "")) ?? devices[0];

// v4 only: what the client was told about each device (names, index, features' output ranges).
const describe = (d) => ({
  name: d.name, displayName: d.displayName ?? null, index: d.index, gap: d.messageTimingGap ?? null,
  features: major === "3" ? [] : [...d.features.values()].map((f) => ({ index: f.index, output: f._feature.Output ?? null })),
});

// `feature` (v4 only) drives one feature instead of every vibrator.
async function vibrate(d, value, feature) {
  if (major === "3") return d.vibrate(value);
  const command = bp.DeviceOutput.Vibrate.percent(value);
  if (feature !== undefined) return d.features.get(feature).runOutput(command);
  return d.runOutput(command);
}

async function linear(d, position, duration, steps) {
  if (major === "3") return d.linear(position, duration);
  if (steps !== undefined) return d.runOutput(bp.DeviceOutput.HwPositionWithDuration.value(steps, duration));
  return d.runOutput(bp.DeviceOutput.HwPositionWithDuration.percent(position, duration));
}

// A scalar output: v3 sends the float (the server rounds); v4 sends `steps` when given, else a percent.
async function scalar(d, type, value, steps) {
  if (major === "3") return d.scalarCommandBuilder(value, type);
  const output = bp.DeviceOutput[type];
  return d.runOutput(steps !== undefined ? output.value(steps) : output.percent(value));
}

try {
  for (const step of plan) {
    switch (step.op) {
      case "connect":
        await client.connect(new bp.ButtplugNodeWebsocketClientConnector(url));
        print({ op: "connect", ok: true });
        break;
      case "connect-refused":
        // The server must refuse the handshake with an Error (e.g. client approval denied or timed out).
        try {
          await client.connect(new bp.ButtplugNodeWebsocketClientConnector(url));
        } catch (e) {
          print({ op: "connect-refused", ok: true, message: String(e?.message ?? e), errorClass: bp.ErrorClass?.[e?.ErrorClass] ?? e?.ErrorClass ?? null });
          break;
        }
        throw new Error("connected, but a refusal was expected");
      case "scan":
        await client.startScanning();
        print({ op: "scan", ok: true });
        break;
      case "stopscan":
        await client.stopScanning();
        print({ op: "stopscan", ok: true });
        break;
      case "wait-device": {
        const d = await waitForDevice(step.name, step.timeout ?? 10000);
        print({ op: "wait-device", ok: true, name: d.name, displayName: d.displayName ?? null, index: d.index });
        break;
      }
      case "wait-count": {
        const until = Date.now() + (step.timeout ?? 10000);
        while (devices.length < step.count && Date.now() < until) await sleep(20);
        if (devices.length < step.count) throw new Error("only " + devices.length + " devices within the timeout");
        print({ op: "wait-count", ok: true });
        break;
      }
      case "devices":
        print({ op: "devices", ok: true, devices: devices.map(describe) });
        break;
      case "vibrate":
        await vibrate(device(step), step.value, step.feature);
        print({ op: "vibrate", ok: true });
        break;
      case "linear":
        await linear(device(step), step.position, step.duration, step.steps);
        print({ op: "linear", ok: true });
        break;
      case "rotate":
        if (major === "3") await device(step).rotate(step.value, step.clockwise ?? true);
        // v4 ranges of signed outputs are [-max, max]; steps give the exact signed value.
        else if (step.steps !== undefined) await device(step).runOutput(bp.DeviceOutput.Rotate.value(step.steps));
        else await device(step).runOutput(bp.DeviceOutput.Rotate.percent(step.value * ((step.clockwise ?? true) ? 1 : -1)));
        print({ op: "rotate", ok: true });
        break;
      case "oscillate":
        await scalar(device(step), "Oscillate", step.value, step.steps);
        print({ op: "oscillate", ok: true });
        break;
      case "constrict":
        await scalar(device(step), "Constrict", step.value, step.steps);
        print({ op: "constrict", ok: true });
        break;
      case "battery": {
        const level = await device(step).battery();
        print({ op: "battery", ok: true, value: level });
        break;
      }
      case "subscribe": {
        // v4 only: subscribes to one input of one feature and waits for `count` readings (default 1).
        const feature = device(step).features.get(step.feature);
        const readings = [];
        feature.on("inputreading", (r) => { if (r.inputType === step.input) readings.push(r.value); });
        await feature.runInput(step.input, bp.InputCommandType.Subscribe);
        const count = step.count ?? 1;
        const until = Date.now() + (step.timeout ?? 10000);
        while (readings.length < count && Date.now() < until) await sleep(20);
        if (readings.length < count) throw new Error("only " + readings.length + " " + step.input + " readings within the timeout");
        print({ op: "subscribe", ok: true, readings });
        break;
      }
      case "unsubscribe":
        await device(step).features.get(step.feature).runInput(step.input, bp.InputCommandType.Unsubscribe);
        print({ op: "unsubscribe", ok: true });
        break;
      case "stop":
        await device(step).stop();
        print({ op: "stop", ok: true });
        break;
      case "stopall":
        await client.stopAllDevices();
        print({ op: "stopall", ok: true });
        break;
      case "sleep":
        await sleep(step.ms);
        break;
      case "disconnect":
        await client.disconnect();
        print({ op: "disconnect", ok: true });
        break;
      case "drop":
        // The app goes away without the StopAllDevices an official client sends in disconnect():
        // closed, crashed or cut off. The connection closes; the server decides what stops.
        await client._connector.disconnect();
        print({ op: "drop", ok: true });
        break;
      case "signal":
        // Tells the test (or another client) that every step before this one is done.
        writeFileSync(step.path, "done");
        print({ op: "signal", ok: true });
        break;
      case "wait-file": {
        // Waits until the test (or another client) says it may go on.
        const until = Date.now() + (step.timeout ?? 30000);
        while (!existsSync(step.path) && Date.now() < until) await sleep(20);
        if (!existsSync(step.path)) throw new Error("no " + step.path + " within the timeout");
        print({ op: "wait-file", ok: true });
        break;
      }
      case "wait-added": {
        // Waits until `count` deviceadded events (re-adds included) named like `name` have arrived.
        const matching = () => addedEvents.filter((x) => x.name.includes(step.name ?? ""));
        const until = Date.now() + (step.timeout ?? 10000);
        while (matching().length < step.count && Date.now() < until) await sleep(20);
        const seen = matching();
        if (seen.length < step.count) throw new Error("only " + seen.length + " deviceadded events for '" + step.name + "' within the timeout");
        print({ op: "wait-added", ok: true, index: seen[seen.length - 1].index });
        break;
      }
      case "wait-removed": {
        const until = Date.now() + (step.timeout ?? 10000);
        while (!removed.some((x) => x.name.includes(step.name ?? "")) && Date.now() < until) await sleep(20);
        if (!removed.some((x) => x.name.includes(step.name ?? ""))) throw new Error("device '" + step.name + "' was not removed");
        print({ op: "wait-removed", ok: true });
        break;
      }
      default:
        throw new Error("unknown step " + step.op);
    }
  }
  process.exit(0);
} catch (e) {
  print({ error: String(e?.message ?? e) });
  process.exit(1);
}
