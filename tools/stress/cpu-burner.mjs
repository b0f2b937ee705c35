// Keeps one CPU core busy until its parent disconnects or its time is up, whichever comes first,
// so a burner can never outlive the run that started it by more than its limit.
//   node tools/stress/cpu-burner.mjs <limit in ms>
const limitMs = Number(process.argv[2]);
const end = Date.now() + (Number.isFinite(limitMs) && limitMs > 0 ? limitMs : 60_000);

process.on('disconnect', () => process.exit(0));

let sink = 0;
function burn() {
  // Slices of 50 ms leave the event loop room to notice the parent going away.
  const sliceEnd = Math.min(Date.now() + 50, end);
  while (Date.now() < sliceEnd) sink = Math.sqrt(sink + Date.now());
  if (Date.now() >= end) process.exit(0);
  setImmediate(burn);
}
burn();
