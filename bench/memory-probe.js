// Loaded into the benchmarked server with --import: answers the parent's "usage" message with
// process.memoryUsage() and process.cpuUsage(), so that the benchmark can report the server's RSS,
// heap and CPU time per request (a figure that other processes on the machine do not distort much).
// "usage-after-gc" first runs a full garbage collection (the server must run with --expose-gc).
process.on('message', (message) => {
  if (message === 'usage-after-gc') globalThis.gc?.();
  if (message === 'usage' || message === 'usage-after-gc')
    process.send?.({ memory: process.memoryUsage(), cpu: process.cpuUsage() });
});
