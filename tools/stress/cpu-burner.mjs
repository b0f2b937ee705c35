// Keeps one CPU core busy until its parent lets go of it or its time is up, whichever comes
// first, so a burner can never outlive the run that started it by more than its limit.
//   node tools/stress/cpu-burner.mjs <limit in ms>     (started with an IPC channel)
const limitMs = Number(process.argv[2]);
const end = Date.now() + (Number.isFinite(limitMs) && limitMs > 0 ? limitMs : 60_000);
const startedWithChannel = typeof process.send === 'function';

let sink = 0;
function burn() {
  // The flag, not the 'disconnect' event: a parent that lets go while this process is still
  // starting closes the channel before any listener could hear it.
  if (startedWithChannel && !process.connected) process.exit(0);
  // Slices of 50 ms leave the event loop room to notice the channel closing.
  const sliceEnd = Math.min(Date.now() + 50, end);
  while (Date.now() < sliceEnd) sink = Math.sqrt(sink + Date.now());
  if (Date.now() >= end) process.exit(0);
  setImmediate(burn);
}
burn();
